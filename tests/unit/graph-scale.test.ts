import { describe, expect, it } from 'vitest';
import { assembleGraphData } from '../../src/core/pipeline/graph/assemble';
import { NODE_GAP, nodeDiameter } from '../../src/core/pipeline/graph/layout';
import { GraphDataSchema } from '../../src/core/pipeline/schema';
import { syntheticDoc } from './graph-fixtures';

describe('graph stage at scale: 5,000 concepts over 500 sections (~400 K characters)', () => {
  it('builds, with metrics, themes and layout, and keeps every invariant', () => {
    const { doc, concepts } = syntheticDoc(5000, 500);
    expect(doc.document.text.length).toBeGreaterThan(390_000);
    // Timing lives in `npm run bench`, not here: this test holds the invariants at scale only.
    const data = assembleGraphData(doc, concepts);
    expect(data.nodes).toHaveLength(5000);
    expect(data.warnings).toContain('betweenness skipped above 2500 concepts');
    expect(data.warnings.some((w) => w.includes('strongest edges'))).toBe(true);
    expect(GraphDataSchema.safeParse({ ...data, edges: data.edges.slice(0, 2000) }).success).toBe(true);

    // Plain loops and one assertion per invariant: 400 K edges through expect() would take seconds.
    const sections = new Map(data.nodes.map((n) => [n.id, new Set(n.sections)]));
    const degree = new Map<string, number>();
    let previous = '';
    let badWeight = 0;
    let notShared = 0;
    let unsorted = 0;
    for (const e of data.edges) {
      if (e.weight !== e.sections.length) badWeight++;
      for (const s of e.sections)
        if (!sections.get(e.source)!.has(s) || !sections.get(e.target)!.has(s)) notShared++;
      const key = `${e.source}\u0000${e.target}`;
      if (!(e.source < e.target && key > previous)) unsorted++;
      previous = key;
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    expect({ badWeight, notShared, unsorted }).toEqual({ badWeight: 0, notShared: 0, unsorted: 0 });
    expect(data.nodes.filter((n) => n.degree !== (degree.get(n.id) ?? 0))).toEqual([]);

    // No two node discs overlap (grid of cells as wide as the biggest disc plus the gap).
    const max = Math.max(...data.nodes.map((n) => n.weightedDegree));
    const radius = (w: number) => nodeDiameter(w, max) / 2;
    const cell = 60 + NODE_GAP;
    const grid = new Map<string, number[]>();
    data.nodes.forEach((n, i) => {
      const k = `${Math.floor(n.x / cell)},${Math.floor(n.y / cell)}`;
      grid.set(k, [...(grid.get(k) ?? []), i]);
    });
    let overlaps = 0;
    data.nodes.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = data.nodes[j]!;
            if (Math.hypot(a.x - b.x, a.y - b.y) < radius(a.weightedDegree) + radius(b.weightedDegree))
              overlaps++;
          }
        }
      }
    });
    expect(overlaps).toBe(0);
  });
});
