/** GraphML writer (yEd, Cytoscape, igraph, networkx): typed <key> declarations, undirected edges. */
import type { GraphData, GraphEdge, GraphNode } from '../schema';
import { EDGE_COLUMNS, nodeColumns, type Column, type ColumnType } from './columns';
import { attrValue as v, xmlNumber, xmlText } from './xml';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double' };

/** Serialises graph data (or a subset of it) as GraphML text. Deterministic: same data, same bytes. */
export function toGraphML(data: GraphData): string {
  return [...graphmlChunks(data)].join('');
}

/** toGraphML's text in pieces (one node or edge each), for writing a large graph without one huge string. */
export function* graphmlChunks(data: GraphData): Generator<string> {
  const nodeCols: Column<GraphNode>[] = [
    { name: 'label', type: 'string', get: (n) => n.label },
    ...nodeColumns(data),
    { name: 'x', type: 'double', get: (n) => n.x },
    { name: 'y', type: 'double', get: (n) => n.y },
  ];
  const edgeCols: Column<GraphEdge>[] = [
    { name: 'weight', type: 'int', get: (e) => e.weight },
    ...EDGE_COLUMNS,
  ];
  // Keys d0, d1, … : node keys first, then edge keys.
  const nodeKeys = nodeCols.map((column, i) => ({ id: `d${i}`, column }));
  const edgeKeys = edgeCols.map((column, i) => ({ id: `d${nodeCols.length + i}`, column }));
  const value = (x: string | number) => (typeof x === 'number' ? xmlNumber(x) : xmlText(x));

  const pending: string[] = [];
  const out = { push: (...lines: string[]) => lines.forEach((line) => pending.push(line + '\n')) };
  const flush = function* () {
    yield pending.join('');
    pending.length = 0;
  };
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const [scope, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const { id, column } of keys) {
      out.push(
        `  <key id="${id}" for="${scope}" attr.name="${v(column.name)}" attr.type="${GRAPHML_TYPE[column.type]}"/>`,
      );
    }
  }
  out.push(`  <graph id="${v(data.document.id)}" edgedefault="undirected">`);
  out.push(`    <desc>${xmlText(data.document.title)}</desc>`);
  for (const node of data.nodes) {
    let s = `    <node id="${v(node.id)}">\n`;
    for (const { id, column } of nodeKeys) s += `      <data key="${id}">${value(column.get(node))}</data>\n`;
    out.push(s + '    </node>');
    yield* flush();
  }
  for (const edge of data.edges) {
    let s = `    <edge id="${v(edge.id)}" source="${v(edge.source)}" target="${v(edge.target)}">\n`;
    for (const { id, column } of edgeKeys) s += `      <data key="${id}">${value(column.get(edge))}</data>\n`;
    out.push(s + '    </edge>');
    yield* flush();
  }
  out.push('  </graph>', '</graphml>');
  yield* flush();
}
