/** RFC 4180 CSV tables of nodes and edges, with a UTF-8 BOM so spreadsheet programs read Chinese correctly. */
import type { GraphData } from '../schema';
import { EDGE_COLUMNS, nodeColumns } from './columns';

const BOM = '\uFEFF';
const EOL = '\r\n';
const PURE_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
 * gets a leading apostrophe, except plain numbers; fields with a comma, quote or line break are quoted.
 */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !PURE_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table's text in pieces: the BOM and header, then one row each. */
function* tableChunks(header: string[], rows: Iterable<(string | number)[]>): Generator<string> {
  yield BOM + header.map(csvField).join(',') + EOL;
  for (const row of rows) yield row.map(csvField).join(',') + EOL;
}

/** Nodes table: id,label,labelEn,pinyin,kind,theme,themeLabel,count,degree,weightedDegree,betweenness,community,x,y,sections. */
export function toNodesCsv(data: GraphData): string {
  return [...nodesCsvChunks(data)].join('');
}

/** toNodesCsv's text in pieces (one row each). */
export function nodesCsvChunks(data: GraphData): Generator<string> {
  const cols = nodeColumns(data);
  const sections = cols.find((c) => c.name === 'sections')!;
  const rest = cols.filter((c) => c !== sections);
  const header = ['id', 'label', ...rest.map((c) => c.name), 'x', 'y', 'sections'];
  const rows = (function* () {
    for (const n of data.nodes)
      yield [n.id, n.label, ...rest.map((c) => c.get(n)), n.x, n.y, sections.get(n)];
  })();
  return tableChunks(header, rows);
}

/** Edges table: id,source,target,weight,sentences,association,strength,closeness,adjacent,paragraphs,proximity,sections. */
export function toEdgesCsv(data: GraphData): string {
  return [...edgesCsvChunks(data)].join('');
}

/** toEdgesCsv's text in pieces (one row each). */
export function edgesCsvChunks(data: GraphData): Generator<string> {
  const sections = EDGE_COLUMNS.find((c) => c.name === 'sections')!;
  const rest = EDGE_COLUMNS.filter((c) => c !== sections);
  const header = ['id', 'source', 'target', 'weight', ...rest.map((c) => c.name), 'sections'];
  const rows = (function* () {
    for (const e of data.edges)
      yield [e.id, e.source, e.target, e.weight, ...rest.map((c) => c.get(e)), sections.get(e)];
  })();
  return tableChunks(header, rows);
}
