/** GEXF 1.3 writer (Gephi 0.9+, graphology-gexf, sigma.js), with the viz module for colour, size, position. */
import type { GraphData } from '../schema';
import { EDGE_COLUMNS, nodeColor, nodeColumns, nodeSize, themeIndex, type ColumnType } from './columns';
import { attrValue as v, hexToRgb, xmlText } from './xml';

const GEXF_TYPE: Record<ColumnType, string> = { string: 'string', int: 'integer', double: 'double' };

export interface GexfOptions {
  /** Written as meta/creator; default data.generator. */
  creator?: string;
}

/** Serialises graph data (or a subset of it) as GEXF 1.3 text. Deterministic: same data, same bytes. */
export function toGexf(data: GraphData, options: GexfOptions = {}): string {
  return [...gexfChunks(data, options)].join('');
}

/** toGexf's text in pieces (one node or edge each), for writing a large graph without one huge string. */
export function* gexfChunks(data: GraphData, options: GexfOptions = {}): Generator<string> {
  const themes = themeIndex(data);
  const nodeCols = nodeColumns(data);
  const out = {
    push: (...lines: string[]) => lines.forEach((line) => pending.push(line + '\n')),
  };
  const pending: string[] = [];
  const flush = function* () {
    yield pending.join('');
    pending.length = 0;
  };
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${xmlText(options.creator ?? data.generator)}</creator>`,
    `    <description>${xmlText(data.document.title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
  );
  // Attribute ids are the column names: graphology-gexf keys values by id unless the id is numeric.
  const declare = (cls: string, cols: { name: string; type: ColumnType }[]) => {
    out.push(`    <attributes class="${cls}" mode="static">`);
    for (const c of cols)
      out.push(`      <attribute id="${v(c.name)}" title="${v(c.name)}" type="${GEXF_TYPE[c.type]}"/>`);
    out.push('    </attributes>');
  };
  declare('node', nodeCols);
  declare('edge', EDGE_COLUMNS);

  out.push('    <nodes>');
  for (const node of data.nodes) {
    let s = `      <node id="${v(node.id)}" label="${v(node.label)}">\n        <attvalues>\n`;
    for (const c of nodeCols) s += `          <attvalue for="${c.name}" value="${v(c.get(node))}"/>\n`;
    const { r, g, b } = hexToRgb(nodeColor(node, themes));
    s +=
      '        </attvalues>\n' +
      `        <viz:color r="${r}" g="${g}" b="${b}"/>\n` +
      `        <viz:size value="${v(nodeSize(node))}"/>\n` +
      `        <viz:position x="${v(node.x)}" y="${v(node.y)}" z="0"/>\n` +
      '      </node>';
    out.push(s);
    yield* flush();
  }
  out.push('    </nodes>', '    <edges>');
  for (const edge of data.edges) {
    let s =
      `      <edge id="${v(edge.id)}" source="${v(edge.source)}" target="${v(edge.target)}"` +
      ` weight="${v(edge.weight)}">\n        <attvalues>\n`;
    for (const c of EDGE_COLUMNS) s += `          <attvalue for="${c.name}" value="${v(c.get(edge))}"/>\n`;
    out.push(s + '        </attvalues>\n      </edge>');
    yield* flush();
  }
  out.push('    </edges>', '  </graph>', '</gexf>');
  yield* flush();
}
