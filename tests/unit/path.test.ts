import { describe, expect, it } from 'vitest';
import { computeVisible } from '../../src/core/explorer/filters';
import { linkingPassages, shortestPath } from '../../src/core/explorer/path';
import { passageText, passagesForEdge, type Passage } from '../../src/core/explorer/passages';
import { segmentText } from '../../src/core/explorer/text-segments';
import { GraphDataSchema, type GraphData, type GraphEdge, type GraphNode } from '../../src/core/pipeline/schema';
import type { Visible } from '../../src/core/explorer/view-types';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
const proto = data.nodes[0] as GraphNode;
const protoEdge = data.edges[0] as GraphEdge;

function graph(ids: string[], links: [string, string, number?][]): GraphData {
  return {
    ...data,
    nodes: ids.map((id) => ({ ...proto, id, label: id, theme: 'development' })),
    edges: links.map(([s, t, w]) => ({ ...protoEdge, id: `${s}-${t}`, source: s, target: t, weight: w ?? 1 })),
  };
}
const all = (g: GraphData): Visible => ({ nodes: new Set(g.nodes.map((n) => n.id)), edges: new Set(g.edges.map((e) => e.id)) });
const base = { hiddenThemes: [], minWeight: 1, sameSentence: false, hideIsolated: false, selected: null, pathFrom: null, pathTo: null };
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;

describe('shortestPath', () => {
  it('follows a line in either direction', () => {
    const line = graph(['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    expect(shortestPath(line, all(line), 'a', 'd')).toEqual({ nodes: ['a', 'b', 'c', 'd'], edges: ['a-b', 'b-c', 'c-d'] });
    expect(shortestPath(line, all(line), 'd', 'a')).toEqual({ nodes: ['d', 'c', 'b', 'a'], edges: ['c-d', 'b-c', 'a-b'] });
    expect(shortestPath(line, all(line), 'b', 'b')).toEqual({ nodes: ['b'], edges: [] });
  });

  it('takes the fewest links even when a longer path is heavier', () => {
    const g = graph(['a', 'b', 'c', 'd'], [['a', 'b', 9], ['b', 'c', 9], ['c', 'd', 9], ['a', 'd', 1]]);
    expect(shortestPath(g, all(g), 'a', 'd')).toEqual({ nodes: ['a', 'd'], edges: ['a-d'] });
  });

  it('breaks ties in a diamond by higher weight, then smaller id', () => {
    const diamond = graph(['s', 'x', 'y', 't'], [['s', 'y', 1], ['s', 'x', 1], ['x', 't', 1], ['y', 't', 1]]);
    expect(shortestPath(diamond, all(diamond), 's', 't')!.nodes).toEqual(['s', 'x', 't']);
    const heavier = graph(['s', 'x', 'y', 't'], [['s', 'x', 1], ['s', 'y', 2], ['x', 't', 1], ['y', 't', 1]]);
    expect(shortestPath(heavier, all(heavier), 's', 't')!.nodes).toEqual(['s', 'y', 't']);
  });

  it('uses visible edges only and returns null when disconnected or an endpoint is hidden', () => {
    const line = graph(['a', 'b', 'c'], [['a', 'b'], ['b', 'c', 3]]);
    const v = all(line);
    expect(shortestPath(line, { nodes: v.nodes, edges: new Set(['b-c']) }, 'a', 'c')).toBeNull();
    expect(shortestPath(line, { nodes: new Set(['a', 'c']), edges: v.edges }, 'a', 'c')).toBeNull();
    expect(shortestPath(line, v, 'a', 'zzz')).toBeNull();
  });

  it('finds paths through the fixture under the filters', () => {
    const visible = computeVisible(data, base);
    const p = shortestPath(data, visible, idOf('枫桥经验'), idOf('亚运会'));
    expect(p!.nodes).toEqual(['枫桥经验', '八八战略', '共同富裕', '亚运会'].map(idOf));
    expect(p!.edges).toHaveLength(3);
    for (const [i, e] of p!.edges.entries()) {
      const edge = data.edges.find((x) => x.id === e)!;
      expect([edge.source, edge.target].sort()).toEqual([p!.nodes[i], p!.nodes[i + 1]].sort());
    }
    // 枫桥经验—五水共治: via 八八战略 and 大运河
    expect(shortestPath(data, visible, idOf('枫桥经验'), idOf('五水共治'))!.nodes).toEqual(
      ['枫桥经验', '八八战略', '大运河', '五水共治'].map(idOf),
    );
    // the only bridge 八八战略—大运河 has no shared sentence
    expect(shortestPath(data, computeVisible(data, { ...base, sameSentence: true }), idOf('枫桥经验'), idOf('五水共治'))).toBeNull();
    expect(shortestPath(data, visible, idOf('枫桥经验'), idOf('清廉杭州'))).toBeNull();
  });
});

describe('passages', () => {
  const text = (p: Passage) => passageText(data, p).text;

  it('are the link’s evidence, the same passages the details panel shows', () => {
    const edge = data.edges.find((e) => e.source === idOf('城西科创大走廊') || e.target === idOf('城西科创大走廊'))!;
    const [a, b] = [edge.source, edge.target];
    expect(linkingPassages(data, a, b, 99)).toEqual(passagesForEdge(data, edge.id));
    expect(linkingPassages(data, b, a, 99)).toEqual(passagesForEdge(data, edge.id));
  });

  it('returns each sentence mentioning both concepts, with both highlighted', () => {
    const ps = linkingPassages(data, idOf('城西科创大走廊'), idOf('数字经济'));
    expect(ps.map(text)).toEqual(['推进共同富裕，做强数字经济和城西科创大走廊。', '城西科创大走廊与数字经济协同推进。']);
    expect(ps[1]!.sectionId).toBe('p1-s1');
    const { text: sentence, marks } = passageText(data, ps[1]!);
    const segs = segmentText(sentence, marks);
    expect(segs.map((s) => [s.text, s.marked ? s.id : null])).toEqual([
      ['城西科创大走廊', idOf('城西科创大走廊')],
      ['与', null],
      ['数字经济', idOf('数字经济')],
      ['协同推进。', null],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text(ps[1]!));
  });

  it('falls back to the shared section’s sentences with either when none has both', () => {
    const edge = data.edges.find((e) => e.source === idOf('八八战略') && e.target === idOf('大运河'))!;
    expect(edge.sentences).toBe(0);
    const ps = linkingPassages(data, idOf('八八战略'), idOf('大运河'));
    expect(ps.map(text)).toEqual(['让我们坚持八八战略，为实现两个先行、共同富裕而努力！', '守护大运河。']);
    expect(ps.every((p) => p.sectionId === 'closing')).toBe(true);
    const marked = (p: Passage) => p.marks.map((m) => data.document.text.slice(m.start, m.end));
    expect(marked(ps[0]!)).toEqual(['八八战略']);
    expect(marked(ps[1]!)).toEqual(['大运河']);
  });

  it('highlights an alias mention and respects the limit', () => {
    const ps = linkingPassages(data, idOf('亚运会'), idOf('共同富裕'));
    expect(text(ps[0]!)).toBe('以亚运会为契机推进共同富裕。');
    expect(linkingPassages(data, idOf('城西科创大走廊'), idOf('数字经济'), 1)).toHaveLength(1);
    expect(linkingPassages(data, idOf('最多跑一次'), idOf('清廉杭州'))).toEqual([]);
  });
});
