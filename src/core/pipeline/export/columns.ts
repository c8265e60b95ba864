/** The attribute columns every exporter writes, so GEXF, GraphML, Cytoscape and CSV agree. */
import type { GraphData, GraphEdge, GraphNode } from '../schema';

export type ColumnType = 'string' | 'int' | 'double';

export interface Column<T> {
  name: string;
  type: ColumnType;
  get: (item: T) => string | number;
}

/** Separator for list values (sections, proximity) in flat formats. */
export const LIST_SEPARATOR = ';';

/** Theme id → theme, for labels and colours. */
export function themeIndex(data: GraphData): Map<string, GraphData['themes'][number]> {
  return new Map(data.themes.map((t) => [t.id, t]));
}

/** Node attributes (besides id and label), in output order. */
export function nodeColumns(data: GraphData): Column<GraphNode>[] {
  const themes = themeIndex(data);
  return [
    { name: 'labelEn', type: 'string', get: (n) => n.labelEn },
    { name: 'pinyin', type: 'string', get: (n) => n.pinyin },
    { name: 'kind', type: 'string', get: (n) => n.kind },
    { name: 'theme', type: 'string', get: (n) => n.theme },
    { name: 'themeLabel', type: 'string', get: (n) => themes.get(n.theme)?.label ?? n.theme },
    { name: 'count', type: 'int', get: (n) => n.count },
    { name: 'degree', type: 'int', get: (n) => n.degree },
    { name: 'weightedDegree', type: 'double', get: (n) => n.weightedDegree },
    { name: 'betweenness', type: 'double', get: (n) => n.betweenness },
    { name: 'community', type: 'int', get: (n) => n.community },
    { name: 'sections', type: 'string', get: (n) => n.sections.join(LIST_SEPARATOR) },
  ];
}

/** Edge attributes (besides id, source, target and weight), in output order. */
export const EDGE_COLUMNS: Column<GraphEdge>[] = [
  { name: 'sections', type: 'string', get: (e) => e.sections.join(LIST_SEPARATOR) },
  { name: 'sentences', type: 'int', get: (e) => e.sentences },
  { name: 'association', type: 'double', get: (e) => e.association },
  { name: 'strength', type: 'double', get: (e) => e.strength },
  { name: 'closeness', type: 'double', get: (e) => e.closeness },
  { name: 'adjacent', type: 'int', get: (e) => e.adjacent },
  { name: 'paragraphs', type: 'int', get: (e) => e.paragraphs },
  { name: 'proximity', type: 'string', get: (e) => e.proximity.join(LIST_SEPARATOR) },
];

/** Node size for viewers that draw one (GEXF viz:size): grows with the square root of the mention count. */
export function nodeSize(node: GraphNode): number {
  return Math.round((8 + 4 * Math.sqrt(node.count)) * 100) / 100;
}

/** Colour of a node's theme, grey when the theme is unknown. */
export function nodeColor(node: GraphNode, themes: Map<string, GraphData['themes'][number]>): string {
  return themes.get(node.theme)?.color ?? '#999999';
}
