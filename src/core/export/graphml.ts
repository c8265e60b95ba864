/** GraphML writer (yEd, Cytoscape, igraph, networkx): typed <key> declarations, undirected edges. */
import type { GraphData } from '../schema';
import { EDGE_COLUMNS, nodeColumns, type Column, type ColumnType } from './columns';
import { attrs, xmlNumber, xmlText } from './xml';

const GRAPHML_TYPE: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double' };

interface Key<T> {
  id: string;
  column: Column<T>;
}

/** Serialises graph data (or a subset of it) as GraphML text. Deterministic: same data, same bytes. */
export function toGraphML(data: GraphData): string {
  let k = 0;
  const nodeKeys: Key<GraphData['nodes'][number]>[] = [
    { id: `d${k++}`, column: { name: 'label', type: 'string', get: (n) => n.label } },
    ...nodeColumns(data).map((column) => ({ id: `d${k++}`, column })),
    { id: `d${k++}`, column: { name: 'x', type: 'double', get: (n) => n.x } },
    { id: `d${k++}`, column: { name: 'y', type: 'double', get: (n) => n.y } },
  ];
  const edgeKeys: Key<GraphData['edges'][number]>[] = [
    { id: `d${k++}`, column: { name: 'weight', type: 'int', get: (e) => e.weight } },
    ...EDGE_COLUMNS.map((column) => ({ id: `d${k++}`, column })),
  ];
  const value = (v: string | number) => (typeof v === 'number' ? xmlNumber(v) : xmlText(v));

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  const declare = (scope: 'node' | 'edge', key: Key<never>) =>
    out.push(
      `  <key${attrs([
        ['id', key.id],
        ['for', scope],
        ['attr.name', key.column.name],
        ['attr.type', GRAPHML_TYPE[key.column.type]],
      ])}/>`,
    );
  for (const key of nodeKeys) declare('node', key as Key<never>);
  for (const key of edgeKeys) declare('edge', key as Key<never>);
  out.push(
    `  <graph${attrs([
      ['id', data.document.id],
      ['edgedefault', 'undirected'],
    ])}>`,
  );
  out.push(`    <desc>${xmlText(data.document.title)}</desc>`);
  for (const node of data.nodes) {
    out.push(`    <node${attrs([['id', node.id]])}>`);
    for (const key of nodeKeys) out.push(`      <data key="${key.id}">${value(key.column.get(node))}</data>`);
    out.push('    </node>');
  }
  for (const edge of data.edges) {
    out.push(
      `    <edge${attrs([
        ['id', edge.id],
        ['source', edge.source],
        ['target', edge.target],
      ])}>`,
    );
    for (const key of edgeKeys) out.push(`      <data key="${key.id}">${value(key.column.get(edge))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}
