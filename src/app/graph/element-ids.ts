/**
 * Cytoscape element ids: a concept or link id with a prefix, so that no element id is the name of an
 * Object.prototype member (react-cytoscapejs keeps element ids in plain `{}` maps, where “constructor”
 * or “__proto__” already exist) and node and link ids never meet. Everything that reads `ele.id()`
 * maps back with dataId.
 */
const NODE_PREFIX = 'n:';
const EDGE_PREFIX = 'e:';

/** The element id of a concept (node). */
export function nodeElementId(conceptId: string): string {
  return NODE_PREFIX + conceptId;
}

/** The element id of a link (edge). */
export function edgeElementId(edgeId: string): string {
  return EDGE_PREFIX + edgeId;
}

/** The concept or link id of an element id (nodeElementId / edgeElementId undone). */
export function dataId(elementId: string): string {
  return elementId.slice(NODE_PREFIX.length);
}
