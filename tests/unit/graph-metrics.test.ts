import { describe, expect, it } from 'vitest';
import {
  backboneEdgeIndices,
  buildAnalysisGraph,
  FULL_GRAPH_EDGE_LIMIT,
  idOf,
  nodeKey,
} from '../../src/core/pipeline/graph/analysis-graph';
import { buildCooccurrence } from '../../src/core/pipeline/graph/cooccurrence';
import { BETWEENNESS_MAX_NODES, computeMetrics, detectCommunities } from '../../src/core/pipeline/graph/metrics';
import { mulberry32 } from '../../src/core/pipeline/graph/rng';
import type { GraphEdge } from '../../src/core/pipeline/schema';
import { makeDoc, conceptFromText, syntheticDoc } from './graph-fixtures';

function edge(source: string, target: string, weight = 1): GraphEdge {
  return {
    id: `${source}--${target}`,
    source,
    target,
    weight,
    sections: [],
    sentences: 0,
    association: 1,
    adjacent: 0,
    paragraphs: 0,
    proximity: [],
    closeness: weight / 8,
    strength: 1,
  };
}

function analysis(ids: string[], edges: GraphEdge[]) {
  return buildAnalysisGraph(ids, edges).graph;
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });
});

describe('degree, weighted degree, betweenness', () => {
  it('counts degree and weighted degree from the edges', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const edges = [edge('a', 'b', 3), edge('a', 'c', 2), edge('b', 'c', 1)];
    const { metrics } = computeMetrics(analysis(ids, edges), edges);
    expect(metrics.get('a')).toMatchObject({ degree: 2, weightedDegree: 5 });
    expect(metrics.get('c')).toMatchObject({ degree: 2, weightedDegree: 3 });
    expect(metrics.get('d')).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
  });

  it('gives unweighted normalised betweenness (the middle of a path is 1)', () => {
    // A heavy weight on a–b must not matter: betweenness ignores weights.
    const ids = ['a', 'b', 'c'];
    const edges = [edge('a', 'b', 9), edge('b', 'c', 1)];
    const { metrics, warnings } = computeMetrics(analysis(ids, edges), edges);
    expect(metrics.get('b')!.betweenness).toBe(1);
    expect(metrics.get('a')!.betweenness).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('rounds betweenness to 6 decimals', () => {
    // Star with 4 leaves plus one leaf–leaf edge: the centre lies on 5 of the 10 pairs' paths.
    const ids = ['c', 'l1', 'l2', 'l3', 'l4', 'x'];
    const edges = [
      edge('c', 'l1'),
      edge('c', 'l2'),
      edge('c', 'l3'),
      edge('c', 'l4'),
      edge('l4', 'x'),
      edge('l1', 'l2'),
    ];
    const { metrics } = computeMetrics(analysis(ids, edges), edges);
    for (const m of metrics.values()) expect(Math.round(m.betweenness * 1e6) / 1e6).toBe(m.betweenness);
    expect(metrics.get('c')!.betweenness).toBeGreaterThan(metrics.get('l4')!.betweenness);
    expect(metrics.get('l4')!.betweenness).toBeGreaterThan(0);
  });

  it(`skips betweenness above ${BETWEENNESS_MAX_NODES} nodes with a warning`, () => {
    const ids = Array.from({ length: BETWEENNESS_MAX_NODES + 1 }, (_, i) => `n${String(i).padStart(5, '0')}`);
    const edges = ids.slice(1).map((id, i) => edge(ids[i]!, id));
    const { metrics, warnings } = computeMetrics(analysis(ids, edges), edges);
    expect(warnings).toEqual([`betweenness skipped above ${BETWEENNESS_MAX_NODES} concepts`]);
    expect([...metrics.values()].every((m) => m.betweenness === 0)).toBe(true);
  });
});

describe('Louvain communities', () => {
  // Two 5-cliques joined by one light edge; the second clique has a 6th member.
  const left = ['a1', 'a2', 'a3', 'a4', 'a5'];
  const right = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
  const clique = (ids: string[]) => ids.flatMap((x, i) => ids.slice(i + 1).map((y) => edge(x, y, 3)));
  const edges = [...clique(left), ...clique(right), edge('a1', 'b1', 1)];
  const ids = [...left, ...right].sort();

  it('finds the two cliques, numbered by descending size', () => {
    const communities = detectCommunities(analysis(ids, edges), 1);
    for (const id of right) expect(communities.get(id)).toBe(0);
    for (const id of left) expect(communities.get(id)).toBe(1);
  });

  it('is deterministic for a seed: same result twice, whatever ran in between', () => {
    const { doc, concepts } = syntheticDoc(400, 40, 300, 11);
    const co = buildCooccurrence(doc, concepts);
    const graph = analysis(
      co.nodes.map((n) => n.id),
      co.edges,
    );
    const first = detectCommunities(graph, 5);
    detectCommunities(graph, 6);
    Math.random();
    const second = detectCommunities(graph, 5);
    expect([...second]).toEqual([...first]);
    expect(new Set(first.values()).size).toBeGreaterThan(1);
  });

  it('numbers communities by size, ties by smallest member id, isolated nodes alone', () => {
    const doc = makeDoc([
      { id: 's1', sentences: ['甲乙丙。'] },
      { id: 's2', sentences: ['丁戊。'] },
      { id: 's3', sentences: ['己庚。'] },
      { id: 's4', sentences: ['辛。'] },
    ]);
    const concepts = [...'甲乙丙丁戊己庚辛'].map((l) => conceptFromText(doc, l));
    const co = buildCooccurrence(doc, concepts);
    const graph = analysis(
      co.nodes.map((n) => n.id),
      co.edges,
    );
    const c = detectCommunities(graph, 3);
    expect(new Set(['甲', '乙', '丙'].map((x) => c.get(x)))).toEqual(new Set([0]));
    // 丁戊 and 己庚 both have 2 members: 丁 (U+4E01) < 己 (U+5DF1), so 丁戊 is 1.
    expect([c.get('丁'), c.get('戊'), c.get('己'), c.get('庚'), c.get('辛')]).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('analysis graph backbone', () => {
  it('holds all edges up to the limit', () => {
    const edges = [edge('a', 'b'), edge('b', 'c')];
    const { graph, backbone } = buildAnalysisGraph(['a', 'b', 'c'], edges);
    expect(backbone).toBe(false);
    expect(graph.size).toBe(2);
    // Node keys are positions in the id list; the concept id is the node's `id` attribute.
    expect(graph.nodes().map((key) => idOf(graph, key))).toEqual(['a', 'b', 'c']);
    expect(graph.hasEdge(nodeKey(0), nodeKey(1))).toBe(true);
    expect(graph.hasEdge(nodeKey(0), nodeKey(2))).toBe(false);
    expect(FULL_GRAPH_EDGE_LIMIT).toBeGreaterThan(10_000);
  });

  it("keeps each node's k strongest edges (weight, then association), every non-isolated node keeps one", () => {
    // Hub h linked to 5 leaves with weights 1..5; k = 2 keeps h's two strongest, and each leaf's only edge.
    const ids = ['h', 'l1', 'l2', 'l3', 'l4', 'l5', 'x', 'y', 'z'];
    const edges = [1, 2, 3, 4, 5].map((w) => edge('h', `l${w}`, w));
    edges.push(
      { ...edge('x', 'y', 2), association: 0.2 },
      { ...edge('x', 'z', 2), association: 0.9 },
      edge('y', 'z', 1),
    );
    const kept = backboneEdgeIndices(ids, edges, 1).map((i) => edges[i]!.id);
    // h keeps h--l5; each leaf keeps its only edge; x keeps x--z (higher association); y keeps x--y; z keeps x--z.
    expect(kept).toEqual(['h--l1', 'h--l2', 'h--l3', 'h--l4', 'h--l5', 'x--y', 'x--z']);
  });
});
