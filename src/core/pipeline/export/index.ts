/** Data exporters: pure functions from graph data to file text (GEXF, GraphML, Cytoscape JSON, CSV). */
import type { GraphData } from '../schema';
import { edgesCsvChunks, nodesCsvChunks, toEdgesCsv, toNodesCsv } from './csv';
import { cyjsChunks, toCytoscapeJson } from './cyjs';
import { gexfChunks, toGexf } from './gexf';
import { graphmlChunks, toGraphML } from './graphml';

export { csvField, toEdgesCsv, toNodesCsv } from './csv';
export { toCytoscapeJson, type CyjsOptions } from './cyjs';
export { toGexf, type GexfOptions } from './gexf';
export { toGraphML } from './graphml';
export { subsetGraphData } from './subset';
export { stripIllegalXml } from './xml';

/** graph.json text: 2-space-indented JSON with a final newline. */
export function toGraphJson(data: GraphData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/**
 * toGraphJson's text in pieces, byte for byte the same: the arrays' elements one at a time (each
 * stringified on its own and indented as JSON.stringify indents it at that depth).
 */
export function* graphJsonChunks(data: GraphData): Generator<string> {
  const keys = Object.keys(data) as (keyof GraphData)[];
  yield '{';
  for (const [k, key] of keys.entries()) {
    const value = data[key];
    yield `${k === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (const [i, item] of (value as unknown[]).entries())
        yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
      yield '\n  ]';
    } else yield JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  }
  yield '\n}\n';
}

export interface ExportFile {
  /** File name, e.g. graph.gexf. */
  name: string;
  /** MIME type for browser downloads. */
  mime: string;
  content: string;
}

/** Names of the files `exportAll` produces, in order. */
export const EXPORT_FILE_NAMES = [
  'graph.json',
  'graph.gexf',
  'graph.graphml',
  'graph.cyjs',
  'nodes.csv',
  'edges.csv',
] as const;

/**
 * The data files the command line writes for one document, in a fixed order (EXPORT_FILE_NAMES), each
 * made on demand (a writer can keep one file's text in memory at a time).
 */
export const EXPORTERS: readonly {
  name: (typeof EXPORT_FILE_NAMES)[number];
  mime: string;
  make: (data: GraphData) => string;
  /** The same text in pieces (a large graph is written without one huge string). */
  chunks: (data: GraphData) => Iterable<string>;
}[] = [
  { name: 'graph.json', mime: 'application/json', make: toGraphJson, chunks: graphJsonChunks },
  {
    name: 'graph.gexf',
    mime: 'application/gexf+xml',
    make: (data) => toGexf(data),
    chunks: (data) => gexfChunks(data),
  },
  { name: 'graph.graphml', mime: 'application/graphml+xml', make: toGraphML, chunks: graphmlChunks },
  {
    name: 'graph.cyjs',
    mime: 'application/json',
    make: (data) => toCytoscapeJson(data),
    chunks: (data) => cyjsChunks(data),
  },
  {
    name: 'nodes.csv',
    mime: 'text/csv;charset=utf-8',
    make: toNodesCsv,
    chunks: nodesCsvChunks,
  },
  {
    name: 'edges.csv',
    mime: 'text/csv;charset=utf-8',
    make: toEdgesCsv,
    chunks: edgesCsvChunks,
  },
];

/** Every data file the command line writes for one document, in a fixed order (EXPORT_FILE_NAMES). */
export function exportAll(data: GraphData): ExportFile[] {
  return EXPORTERS.map((e) => ({ name: e.name, mime: e.mime, content: e.make(data) }));
}
