/** Data exporters: pure functions from graph data to file text (GEXF, GraphML, Cytoscape JSON, CSV). */
import type { GraphData } from '../schema';
import { toEdgesCsv, toNodesCsv } from './csv';
import { toCytoscapeJson } from './cyjs';
import { toGexf } from './gexf';
import { toGraphML } from './graphml';

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

/** Every data file the command line writes for one document, in a fixed order (EXPORT_FILE_NAMES). */
export function exportAll(data: GraphData): ExportFile[] {
  return [
    { name: 'graph.json', mime: 'application/json', content: toGraphJson(data) },
    { name: 'graph.gexf', mime: 'application/gexf+xml', content: toGexf(data) },
    { name: 'graph.graphml', mime: 'application/graphml+xml', content: toGraphML(data) },
    { name: 'graph.cyjs', mime: 'application/json', content: toCytoscapeJson(data) },
    { name: 'nodes.csv', mime: 'text/csv;charset=utf-8', content: toNodesCsv(data) },
    { name: 'edges.csv', mime: 'text/csv;charset=utf-8', content: toEdgesCsv(data) },
  ];
}
