/** GEXF 1.3 writer (Gephi 0.9+, graphology-gexf, sigma.js), with the viz module for colour, size, position. */
import type { GraphData } from '../schema';
import { EDGE_COLUMNS, nodeColor, nodeColumns, nodeSize, themeIndex, type ColumnType } from './columns';
import { attrs, hexToRgb, xmlText } from './xml';

const GEXF_TYPE: Record<ColumnType, string> = { string: 'string', int: 'integer', double: 'double' };

export interface GexfOptions {
  /** Written as meta/creator; default 'policy-graph'. */
  creator?: string;
}

/** Serialises graph data (or a subset of it) as GEXF 1.3 text. Deterministic: same data, same bytes. */
export function toGexf(data: GraphData, options: GexfOptions = {}): string {
  const themes = themeIndex(data);
  const nodeCols = nodeColumns(data);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  );
  out.push('  <meta>');
  out.push(`    <creator>${xmlText(options.creator ?? data.generator ?? 'policy-graph')}</creator>`);
  out.push(`    <description>${xmlText(data.document.title)}</description>`);
  out.push('  </meta>');
  out.push('  <graph mode="static" defaultedgetype="undirected">');
  out.push('    <attributes class="node" mode="static">');
  // Attribute ids are the column names: graphology-gexf keys values by id unless the id is numeric.
  for (const c of nodeCols) {
    out.push(
      `      <attribute${attrs([
        ['id', c.name],
        ['title', c.name],
        ['type', GEXF_TYPE[c.type]],
      ])}/>`,
    );
  }
  out.push('    </attributes>');
  out.push('    <attributes class="edge" mode="static">');
  for (const c of EDGE_COLUMNS) {
    out.push(
      `      <attribute${attrs([
        ['id', c.name],
        ['title', c.name],
        ['type', GEXF_TYPE[c.type]],
      ])}/>`,
    );
  }
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const node of data.nodes) {
    out.push(
      `      <node${attrs([
        ['id', node.id],
        ['label', node.label],
      ])}>`,
    );
    out.push('        <attvalues>');
    for (const c of nodeCols)
      out.push(
        `          <attvalue${attrs([
          ['for', c.name],
          ['value', c.get(node)],
        ])}/>`,
      );
    out.push('        </attvalues>');
    const { r, g, b } = hexToRgb(nodeColor(node, themes));
    out.push(
      `        <viz:color${attrs([
        ['r', r],
        ['g', g],
        ['b', b],
      ])}/>`,
    );
    out.push(`        <viz:size${attrs([['value', nodeSize(node)]])}/>`);
    out.push(
      `        <viz:position${attrs([
        ['x', node.x],
        ['y', node.y],
        ['z', 0],
      ])}/>`,
    );
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const edge of data.edges) {
    const head = attrs([
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      ['weight', edge.weight],
    ]);
    out.push(`      <edge${head}>`);
    out.push('        <attvalues>');
    for (const c of EDGE_COLUMNS)
      out.push(
        `          <attvalue${attrs([
          ['for', c.name],
          ['value', c.get(edge)],
        ])}/>`,
      );
    out.push('        </attvalues>');
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}
