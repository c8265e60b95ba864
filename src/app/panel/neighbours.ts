import type { GraphData, GraphEdge, GraphNode } from '../../core/pipeline/schema';
import type { Visible } from '../../core/explorer/view-types';
import { compareLinkStrength } from '../../core/explorer/link-strength';

export interface Neighbour {
  node: GraphNode;
  edge: GraphEdge;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Visible neighbours of a concept, strongest link first (then more shared sections), then by label. */
export function visibleNeighbours(data: GraphData, visible: Visible, nodeId: string): Neighbour[] {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const out: Neighbour[] = [];
  for (const edge of data.edges) {
    if (!visible.edges.has(edge.id)) continue;
    const other = edge.source === nodeId ? edge.target : edge.target === nodeId ? edge.source : null;
    const node = other === null ? undefined : byId.get(other);
    if (node && visible.nodes.has(node.id)) out.push({ node, edge });
  }
  return out.sort(
    (a, b) => compareLinkStrength(a.edge, b.edge) || collator.compare(a.node.label, b.node.label),
  );
}
