/**
 * From a parsed document and its extracted concepts to GraphData: co-occurrence graph → metrics →
 * themes → layout → pinyin. Deterministic: sorted ids, fixed precision, seeded randomness only.
 */
import { SCHEMA_VERSION, type GraphData, type GraphNode, type Lexicon } from '../schema';
import type { ExtractedConcept, ParsedDocument, ProgressFn } from '../types';
import { buildAnalysisGraph, BACKBONE_K, FULL_GRAPH_EDGE_LIMIT } from './analysis-graph';
import { buildCooccurrence } from './cooccurrence';
import { computeLayout } from './layout';
import { computeMetrics } from './metrics';
import { toPinyin } from './pinyin';
import { DEFAULT_SEED } from './rng';
import { assignThemes } from './themes';

export const DEFAULT_GENERATOR = 'policy-graph 0.1.0';

export interface AssembleOptions {
  lexicon?: Lexicon;
  generator?: string;
  seed?: number;
  /** Called with ('graph', f) and ('layout', f), f in [0, 1]. */
  onProgress?: ProgressFn;
}

export function assembleGraphData(
  doc: ParsedDocument,
  concepts: readonly ExtractedConcept[],
  options: AssembleOptions = {},
): GraphData {
  const seed = options.seed ?? DEFAULT_SEED;
  const progress = options.onProgress ?? (() => {});
  progress('graph', 0);
  const co = buildCooccurrence(doc, concepts);
  progress('graph', 0.5);
  const { graph, backbone } = buildAnalysisGraph(
    co.nodes.map((node) => node.id),
    co.edges,
  );
  const { metrics, warnings: metricWarnings } = computeMetrics(graph, co.edges, { seed });
  if (backbone) {
    metricWarnings.push(
      `${co.edges.length} edges (over ${FULL_GRAPH_EDGE_LIMIT}): communities, betweenness and layout use each concept's ${BACKBONE_K} strongest edges`,
    );
  }
  const themes = assignThemes(
    doc,
    co.nodes.map((node) => ({
      id: node.id,
      theme: node.concept.theme,
      mentionSections: node.mentionSections,
    })),
    options.lexicon,
  );
  progress('graph', 1);
  progress('layout', 0);
  const labels = new Map(co.nodes.map((node) => [node.id, node.concept.label]));
  const positions = computeLayout(graph, (id) => metrics.get(id)!.weightedDegree, {
    seed,
    community: (id) => metrics.get(id)!.community,
    label: (id) => labels.get(id)!,
  });
  progress('layout', 1);

  const nodes: GraphNode[] = co.nodes.map((node) => {
    const c = node.concept;
    const m = metrics.get(node.id)!;
    const p = positions.get(node.id)!;
    return {
      id: node.id,
      label: c.label,
      labelEn: c.labelEn,
      pinyin: toPinyin(c.label),
      aliases: [...c.aliases],
      kind: c.kind,
      theme: themes.nodeThemes.get(node.id)!,
      description: c.description,
      descriptionEn: c.descriptionEn,
      origin: c.origin,
      members: [...c.members],
      count: node.mentions.length,
      mentions: node.mentions,
      sections: node.sections,
      degree: m.degree,
      weightedDegree: m.weightedDegree,
      betweenness: m.betweenness,
      community: m.community,
      x: p.x,
      y: p.y,
    };
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    generator: options.generator ?? DEFAULT_GENERATOR,
    document: {
      id: doc.document.id,
      title: doc.document.title,
      date: doc.document.date,
      source: doc.document.source,
      publishedDate: doc.document.publishedDate,
      text: doc.document.text,
    },
    sections: doc.sections.map(({ id, kind, part, address, title, start, end }) => ({
      id,
      kind,
      part,
      address,
      title,
      start,
      end,
    })),
    themes: themes.themes,
    nodes,
    edges: co.edges,
    warnings: [...doc.warnings, ...co.warnings, ...metricWarnings, ...themes.warnings],
  };
}
