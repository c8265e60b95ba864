/** The data downloads of the export menu; file names carry the document id. */
import type { GraphData } from '../../core/pipeline/schema';
import { toCytoscapeJson, toEdgesCsv, toGexf, toGraphJson, toGraphML, toNodesCsv } from '../../core/pipeline/export';

export interface DataFormat {
  /** Key of the menu item's label in EXPORT_STRINGS. */
  label: 'json' | 'gexf' | 'graphml' | 'cyjs' | 'csv';
  files: (data: GraphData, id: string) => { text: string; mime: string; name: string }[];
}

export const DATA_FORMATS: readonly DataFormat[] = [
  {
    label: 'json',
    files: (d, id) => [{ text: toGraphJson(d), mime: 'application/json', name: `${id}.graph.json` }],
  },
  {
    label: 'gexf',
    files: (d, id) => [{ text: toGexf(d), mime: 'application/gexf+xml', name: `${id}.gexf` }],
  },
  {
    label: 'graphml',
    files: (d, id) => [{ text: toGraphML(d), mime: 'application/graphml+xml', name: `${id}.graphml` }],
  },
  {
    label: 'cyjs',
    files: (d, id) => [{ text: toCytoscapeJson(d), mime: 'application/json', name: `${id}.cyjs` }],
  },
  {
    label: 'csv',
    files: (d, id) => [
      { text: toNodesCsv(d), mime: 'text/csv;charset=utf-8', name: `${id}-nodes.csv` },
      { text: toEdgesCsv(d), mime: 'text/csv;charset=utf-8', name: `${id}-edges.csv` },
    ],
  },
];
