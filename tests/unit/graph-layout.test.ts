import { describe, expect, it } from 'vitest';
import { buildAnalysisGraph } from '../../src/core/pipeline/graph/analysis-graph';
import { buildCooccurrence } from '../../src/core/pipeline/graph/cooccurrence';
import {
  computeLayout,
  layoutIterations,
  MAX_DIAMETER,
  MIN_DIAMETER,
  NODE_GAP,
  nodeDiameter,
  type Point,
} from '../../src/core/pipeline/graph/layout';
import { computeMetrics } from '../../src/core/pipeline/graph/metrics';
import { separateDiscs } from '../../src/core/pipeline/graph/overlap';
import { concept, conceptFromText, makeDoc, syntheticDoc } from './graph-fixtures';

function layoutOf(conceptCount: number, sectionCount: number, seed = 3) {
  const { doc, concepts } = syntheticDoc(conceptCount, sectionCount, 300, seed);
  const co = buildCooccurrence(doc, concepts);
  const { graph } = buildAnalysisGraph(
    co.nodes.map((n) => n.id),
    co.edges,
  );
  const { metrics } = computeMetrics(graph, co.edges);
  const weighted = (id: string) => metrics.get(id)!.weightedDegree;
  const run = () => computeLayout(graph, weighted, { community: (id) => metrics.get(id)!.community });
  return { graph, metrics, weighted, run };
}

/** Smallest gap between two node discs (negative when they overlap). */
function smallestGap(points: Map<string, Point>, radius: (id: string) => number): number {
  const ids = [...points.keys()];
  let smallest = Infinity;
  for (let i = 0; i < ids.length; i++) {
    const a = points.get(ids[i]!)!;
    for (let j = i + 1; j < ids.length; j++) {
      const b = points.get(ids[j]!)!;
      smallest = Math.min(smallest, Math.hypot(a.x - b.x, a.y - b.y) - radius(ids[i]!) - radius(ids[j]!));
    }
  }
  return smallest;
}

describe('node sizes', () => {
  it('maps weighted degree to a 20–60 px diameter', () => {
    expect(nodeDiameter(0, 10)).toBe(MIN_DIAMETER);
    expect(nodeDiameter(10, 10)).toBe(MAX_DIAMETER);
    expect(nodeDiameter(5, 10)).toBeGreaterThan(MIN_DIAMETER);
    expect(nodeDiameter(5, 10)).toBeLessThan(MAX_DIAMETER);
    expect(nodeDiameter(3, 0)).toBe(MIN_DIAMETER);
  });

  it('runs fewer ForceAtlas2 iterations on big graphs', () => {
    expect(layoutIterations(100)).toBe(500);
    expect(layoutIterations(5000)).toBeLessThan(layoutIterations(1000));
    expect(layoutIterations(5000)).toBeGreaterThanOrEqual(40);
  });
});

describe('layout', () => {
  it('is deterministic: the same positions twice', () => {
    const { run } = layoutOf(150, 20);
    const first = run();
    Math.random();
    const second = run();
    expect([...second]).toEqual([...first]);
  });

  it('leaves no two node discs overlapping, with the gap kept', () => {
    const { run, weighted, metrics } = layoutOf(300, 30);
    const positions = run();
    const max = Math.max(...[...metrics.values()].map((m) => m.weightedDegree));
    const gap = smallestGap(positions, (id) => nodeDiameter(weighted(id), max) / 2);
    // Rounding to 2 decimals may cost up to ~0.015 px.
    expect(gap).toBeGreaterThanOrEqual(NODE_GAP - 0.02);
  });

  it('spreads the drawing over a box of about ±1000 px for ~100 nodes, rounded to 2 decimals', () => {
    const { run } = layoutOf(100, 15);
    const positions = [...run().values()];
    const extent = Math.max(...positions.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
    expect(extent).toBeGreaterThan(500);
    expect(extent).toBeLessThan(2500);
    for (const p of positions) {
      expect(Math.round(p.x * 100) / 100).toBe(p.x);
      expect(Math.round(p.y * 100) / 100).toBe(p.y);
    }
  });

  it('puts isolated nodes on a ring outside the connected ones, not at 0,0', () => {
    const doc = makeDoc([
      { id: 's1', sentences: ['甲乙丙。'] },
      { id: 's2', sentences: ['甲丁。'] },
      { id: 's3', sentences: ['戊。'] },
      { id: 's4', sentences: ['己。'] },
      { id: 's5', sentences: ['庚。'] },
    ]);
    const concepts = [...'甲乙丙丁戊己庚'].map((label) => conceptFromText(doc, label));
    const co = buildCooccurrence(doc, concepts);
    const { graph } = buildAnalysisGraph(
      co.nodes.map((n) => n.id),
      co.edges,
    );
    const { metrics } = computeMetrics(graph, co.edges);
    expect(['戊', '己', '庚'].map((id) => metrics.get(id)!.degree)).toEqual([0, 0, 0]);
    const positions = computeLayout(graph, (id) => metrics.get(id)!.weightedDegree);
    const r = (id: string) => Math.hypot(positions.get(id)!.x, positions.get(id)!.y);
    const connectedMax = Math.max(...['甲', '乙', '丙', '丁'].map(r));
    for (const id of ['戊', '己', '庚']) expect(r(id)).toBeGreaterThan(connectedMax + MAX_DIAMETER);
    const isolated = ['戊', '己', '庚'].map((id) => `${positions.get(id)!.x},${positions.get(id)!.y}`);
    expect(new Set(isolated).size).toBe(3);
  });

  it('places a graph without edges on a ring without overlaps', () => {
    const doc = makeDoc(
      Array.from({ length: 40 }, (_, i) => ({
        id: `s${i}`,
        sentences: [`${String.fromCharCode(0x4e00 + i)}。`],
      })),
    );
    const concepts = Array.from({ length: 40 }, (_, i) =>
      concept(String.fromCharCode(0x4e00 + i), [
        { start: doc.sections[i]!.start, end: doc.sections[i]!.start + 1 },
      ]),
    );
    const co = buildCooccurrence(doc, concepts);
    const { graph } = buildAnalysisGraph(
      co.nodes.map((n) => n.id),
      co.edges,
    );
    const positions = computeLayout(graph, () => 0);
    expect(positions.size).toBe(40);
    expect(smallestGap(positions, () => MIN_DIAMETER / 2)).toBeGreaterThan(NODE_GAP);
  });
});

describe('separateDiscs', () => {
  it('separates discs piled on one point, biggest stays put', () => {
    const discs = [...Array.from({ length: 50 }, () => ({ x: 5, y: 5, r: 10 })), { x: 5, y: 5, r: 30 }];
    const moved = separateDiscs(discs, 4);
    expect(moved).toBe(50);
    expect(discs[50]).toEqual({ x: 5, y: 5, r: 30 });
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const a = discs[i]!;
        const b = discs[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r + 4 - 1e-9);
      }
    }
  });

  it('leaves discs that already fit where they are', () => {
    const discs = [
      { x: 0, y: 0, r: 10 },
      { x: 30, y: 0, r: 10 },
    ];
    expect(separateDiscs(discs, 5)).toBe(0);
    expect(discs).toEqual([
      { x: 0, y: 0, r: 10 },
      { x: 30, y: 0, r: 10 },
    ]);
  });
});
