/**
 * Node metrics on the co-occurrence graph: degree, weighted degree, betweenness (unweighted,
 * normalised) and Louvain communities (weighted, seeded, renumbered stably).
 */
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import type { GraphEdge } from '../schema';
import type { AnalysisGraph } from './analysis-graph';
import { compareIds } from './cooccurrence';
import { DEFAULT_SEED, mulberry32 } from './rng';

/** Above this many nodes betweenness (O(n·m)) is skipped: 7 s at 5,000 nodes on a small machine. */
export const BETWEENNESS_MAX_NODES = 2500;

export interface NodeMetrics {
  degree: number;
  weightedDegree: number;
  betweenness: number;
  community: number;
}

/**
 * Louvain communities with a fresh seeded rng, weighted by edge weight, renumbered by descending
 * community size, ties by smallest member id. Isolated nodes each form their own community.
 */
export function detectCommunities(graph: AnalysisGraph, seed: number = DEFAULT_SEED): Map<string, number> {
  // Louvain's result is keyed by node key (a number, never a concept id: see analysis-graph.ts).
  const raw =
    graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed) }) : null;
  const members = new Map<number, string[]>();
  graph.forEachNode((key, { id }) => {
    const c = raw === null ? Number(key) : raw[key]!;
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  });
  const groups = [...members.values()].map((ids) => {
    let smallest = ids[0]!;
    for (const id of ids) if (id < smallest) smallest = id;
    return { ids, smallest };
  });
  groups.sort((a, b) => b.ids.length - a.ids.length || compareIds(a.smallest, b.smallest));
  const result = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const id of group.ids) result.set(id, index);
  });
  return result;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Degree and weighted degree counted from all edges; betweenness and communities on the analysis
 * graph (all edges, or the backbone for very large graphs).
 */
export function computeMetrics(
  graph: AnalysisGraph,
  edges: readonly GraphEdge[],
  options: { seed?: number } = {},
): { metrics: Map<string, NodeMetrics>; warnings: string[] } {
  const warnings: string[] = [];
  let betweenness: ReturnType<typeof betweennessCentrality> | null = null;
  if (graph.order > BETWEENNESS_MAX_NODES) {
    warnings.push(`betweenness skipped above ${BETWEENNESS_MAX_NODES} concepts`);
  } else if (graph.size > 0) {
    // Without edges every betweenness is 0 (and graphology's Brandes rejects an empty graph).
    betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  }
  const communities = detectCommunities(graph, options.seed);
  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      weighted.set(id, (weighted.get(id) ?? 0) + e.weight);
    }
  }
  const metrics = new Map<string, NodeMetrics>();
  graph.forEachNode((key, { id }) => {
    // Keyed by node key (a number, never a concept id).
    const b = betweenness?.[key] ?? 0;
    metrics.set(id, {
      degree: degree.get(id) ?? 0,
      weightedDegree: weighted.get(id) ?? 0,
      // Normalised betweenness lies in [0, 1]; clamp away float noise (-1e-17) so the schema holds.
      betweenness: Math.max(0, round(Number.isFinite(b) ? b : 0, 6)),
      community: communities.get(id)!,
    });
  });
  return { metrics, warnings };
}
