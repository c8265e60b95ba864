import { describe, expect, it } from 'vitest';
import { GraphDataSchema, type GraphData, type GraphNode } from '../../src/core/pipeline/schema';
import { NODE_DIAMETER, themeCentres, themeGroupedPositions } from '../../src/core/explorer/theme-layout';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);

function minDistance(points: { x: number; y: number }[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return min;
}

/** A graph of n nodes over k themes with uneven theme sizes, from a seeded generator. */
function bigGraph(n: number, k: number): GraphData {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const themes = Array.from({ length: k }, (_, i) => ({ id: `t${i}`, label: `主题${i}`, labelEn: `Theme ${i}`, color: '#123456' }));
  const nodes = Array.from({ length: n }, (_, i) => ({
    ...(data.nodes[0] as GraphNode),
    id: `n${i}`,
    theme: `t${Math.floor(Math.pow(rand(), 2) * k)}`,
    weightedDegree: Math.floor(rand() * 50),
  }));
  return { ...data, themes, nodes, edges: [] };
}

describe('themeGroupedPositions', () => {
  it('places every node, deterministically', () => {
    const a = themeGroupedPositions(data);
    expect([...a.keys()].sort()).toEqual(data.nodes.map((n) => n.id).sort());
    expect([...themeGroupedPositions(data)]).toEqual([...a]);
    // input order does not matter
    expect(new Map(themeGroupedPositions({ ...data, nodes: [...data.nodes].reverse() }))).toEqual(a);
  });

  it('keeps nodes of the fixture at least one node diameter apart', () => {
    expect(minDistance([...themeGroupedPositions(data).values()])).toBeGreaterThanOrEqual(NODE_DIAMETER);
  });

  it('puts the most connected concept of each theme at its cluster centre', () => {
    const pos = themeGroupedPositions(data);
    const centres = themeCentres(data);
    for (const theme of data.themes) {
      const members = data.nodes.filter((n) => n.theme === theme.id);
      const c = centres.get(theme.id)!;
      const dist = (n: GraphNode) => Math.hypot(pos.get(n.id)!.x - c.x, pos.get(n.id)!.y - c.y);
      const hub = [...members].sort((a, b) => b.weightedDegree - a.weightedDegree || (a.id < b.id ? -1 : 1))[0]!;
      expect(Math.min(...members.map(dist))).toBe(dist(hub));
      for (const m of members) expect(dist(m)).toBeLessThanOrEqual(c.radius - NODE_DIAMETER / 2 + 0.01);
    }
  });

  it('separates clusters and avoids overlap on a large uneven graph', () => {
    const big = bigGraph(600, 7);
    const pos = themeGroupedPositions(big);
    expect(pos.size).toBe(600);
    expect(minDistance([...pos.values()])).toBeGreaterThanOrEqual(NODE_DIAMETER);
    const centres = [...themeCentres(big).values()];
    expect(centres.length).toBe(new Set(big.nodes.map((n) => n.theme)).size);
    for (let i = 0; i < centres.length; i++)
      for (let j = i + 1; j < centres.length; j++) {
        const a = centres[i]!;
        const b = centres[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.radius + b.radius);
      }
    // every node lies inside its own cluster's disc and outside every other one
    const byTheme = themeCentres(big);
    for (const node of big.nodes) {
      const p = pos.get(node.id)!;
      for (const [theme, c] of byTheme) {
        const d = Math.hypot(p.x - c.x, p.y - c.y);
        if (theme === node.theme) expect(d).toBeLessThanOrEqual(c.radius);
        else expect(d).toBeGreaterThan(c.radius);
      }
    }
  });

  it('groups nodes whose theme is not in the legend too', () => {
    const odd = { ...data, nodes: data.nodes.map((n, i) => (i < 2 ? { ...n, theme: 'zz-unlisted' } : n)) };
    const centres = themeCentres(odd);
    expect(centres.has('zz-unlisted')).toBe(true);
    expect(themeGroupedPositions(odd).size).toBe(data.nodes.length);
  });
});
