import { describe, expect, it } from 'vitest';
import { computeVisible, maxEdgeWeight, type VisibilityState } from '../../src/core/explorer/filters';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);

const base: VisibilityState = {
  hiddenThemes: [],
  minWeight: 1,
  sameSentence: false,
  hideIsolated: false,
  selected: null,
  pathFrom: null,
  pathTo: null,
};
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;

describe('h8 fixture', () => {
  it('is valid graph data whose mentions point at the label or an alias in the text', () => {
    expect(GraphDataSchema.safeParse(fixture).success).toBe(true);
    expect(data.themes).toHaveLength(3);
    expect(data.nodes.length).toBeGreaterThanOrEqual(10);
    for (const node of data.nodes) {
      expect(node.count).toBe(node.mentions.length);
      for (const m of node.mentions) expect([node.label, ...node.aliases]).toContain(data.document.text.slice(m.start, m.end));
    }
    const isolated = data.nodes.filter((n) => !data.edges.some((e) => e.source === n.id || e.target === n.id));
    expect(isolated.map((n) => n.label).sort()).toEqual(['最多跑一次', '清廉杭州'].sort());
    expect(new Set(data.edges.map((e) => e.weight)).size).toBeGreaterThan(1);
    expect(data.edges.some((e) => e.sentences === 0)).toBe(true);
  });
});

describe('computeVisible', () => {
  it('shows everything with default filters', () => {
    const v = computeVisible(data, base);
    expect(v.nodes.size).toBe(data.nodes.length);
    expect(v.edges.size).toBe(data.edges.length);
  });

  it('hides the nodes of hidden themes and every edge touching them', () => {
    const v = computeVisible(data, { ...base, hiddenThemes: ['ecology'] });
    const ecology = data.nodes.filter((n) => n.theme === 'ecology').map((n) => n.id);
    expect(ecology.length).toBeGreaterThan(0);
    for (const id of ecology) expect(v.nodes.has(id)).toBe(false);
    expect(v.nodes.size).toBe(data.nodes.length - ecology.length);
    const expected = data.edges.filter((e) => !ecology.includes(e.source) && !ecology.includes(e.target));
    expect([...v.edges].sort()).toEqual(expected.map((e) => e.id).sort());
    // 八八战略—大运河 crosses themes and must go.
    expect(v.edges.has(`${idOf('八八战略')}--${idOf('大运河')}`)).toBe(false);
  });

  it('keeps only edges at or above the minimum weight', () => {
    const v = computeVisible(data, { ...base, minWeight: 2 });
    const expected = data.edges.filter((e) => e.weight >= 2).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(data.edges.length);
    expect([...v.edges].sort()).toEqual(expected);
    // Nodes stay unless hideIsolated is on.
    expect(v.nodes.size).toBe(data.nodes.length);
    expect(computeVisible(data, { ...base, minWeight: 3 }).edges.size).toBe(1);
    expect(computeVisible(data, { ...base, minWeight: 4 }).edges.size).toBe(0);
  });

  it('keeps only edges whose concepts share a sentence with sameSentence', () => {
    const v = computeVisible(data, { ...base, sameSentence: true });
    expect([...v.edges].sort()).toEqual(data.edges.filter((e) => e.sentences > 0).map((e) => e.id).sort());
    expect(v.edges.has(`${idOf('八八战略')}--${idOf('大运河')}`)).toBe(false);
    expect(v.edges.has(`${idOf('城西科创大走廊')}--${idOf('数字经济')}`)).toBe(true);
  });

  it('hides nodes without visible edges with hideIsolated, but keeps the selection and path endpoints', () => {
    const v = computeVisible(data, { ...base, hideIsolated: true });
    expect(v.nodes.has(idOf('最多跑一次'))).toBe(false);
    expect(v.nodes.has(idOf('清廉杭州'))).toBe(false);
    expect(v.nodes.size).toBe(data.nodes.length - 2);

    const heavy = computeVisible(data, { ...base, hideIsolated: true, minWeight: 3 });
    expect([...heavy.nodes].sort()).toEqual([idOf('八八战略'), idOf('共同富裕')].sort());

    const kept = computeVisible(data, {
      ...base,
      hideIsolated: true,
      minWeight: 3,
      selected: idOf('最多跑一次'),
      pathFrom: idOf('亚运会'),
      pathTo: idOf('良渚'),
    });
    expect([...kept.nodes].sort()).toEqual(
      ['八八战略', '共同富裕', '最多跑一次', '亚运会', '良渚'].map(idOf).sort(),
    );
  });

  it('lets a hidden theme win over selection', () => {
    const v = computeVisible(data, { ...base, hideIsolated: true, hiddenThemes: ['governance'], selected: idOf('枫桥经验') });
    expect(v.nodes.has(idOf('枫桥经验'))).toBe(false);
  });

  it('isolates nodes whose only neighbours are in a hidden theme', () => {
    // 枫桥经验's only edge goes to 八八战略 (development).
    const v = computeVisible(data, { ...base, hideIsolated: true, hiddenThemes: ['development'] });
    expect(v.nodes.has(idOf('枫桥经验'))).toBe(false);
    expect(v.nodes.has(idOf('五水共治'))).toBe(true);
  });

  it('returns the identical object for equal filter fields and a new one when they change', () => {
    const a = computeVisible(data, { ...base, hiddenThemes: ['ecology', 'governance'] });
    const b = computeVisible(data, { ...base, hiddenThemes: ['governance', 'ecology'] });
    expect(b).toBe(a);
    // selected does not matter while hideIsolated is off
    expect(computeVisible(data, { ...base, hiddenThemes: ['ecology', 'governance'], selected: 'c01' })).toBe(a);
    const c = computeVisible(data, { ...base, hiddenThemes: ['ecology'] });
    expect(c).not.toBe(a);
    expect(c.nodes.size).toBeGreaterThan(a.nodes.size);
  });

  it('is fast on a large graph', () => {
    const n = 5000;
    const nodes = Array.from({ length: n }, (_, i) => ({ ...data.nodes[0]!, id: `n${i}`, theme: data.themes[i % 3]!.id }));
    const edges = Array.from({ length: 20000 }, (_, i) => ({
      ...data.edges[0]!,
      id: `e${i}`,
      source: `n${i % n}`,
      target: `n${(i * 7 + 1) % n}`,
      weight: 1 + (i % 4),
    }));
    const big: GraphData = { ...data, nodes, edges };
    const t0 = performance.now();
    const v = computeVisible(big, { ...base, minWeight: 2, hideIsolated: true, hiddenThemes: ['ecology'] });
    const ms = performance.now() - t0;
    expect(v.edges.size).toBeGreaterThan(0);
    expect(ms).toBeLessThan(200);
  });
});

describe('maxEdgeWeight', () => {
  it('is the largest weight, 1 without edges', () => {
    expect(maxEdgeWeight(data)).toBe(3);
    expect(maxEdgeWeight({ ...data, edges: [] })).toBe(1);
  });
});
