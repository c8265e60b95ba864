import { describe, expect, it } from 'vitest';
import { computeVisible } from '../../src/core/explorer/filters';
import { linkingPassages, shortestPath } from '../../src/core/explorer/path';
import { passageText, passagesForEdge, type Passage } from '../../src/core/explorer/passages';
import { segmentText } from '../../src/core/explorer/text-segments';
import {
  GraphDataSchema,
  type GraphData,
  type GraphEdge,
  type GraphNode,
} from '../../src/core/pipeline/schema';
import type { Visible } from '../../src/core/explorer/view-types';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
const proto = data.nodes[0] as GraphNode;
const protoEdge = data.edges[0] as GraphEdge;

function graph(ids: string[], links: [string, string, number?][]): GraphData {
  return {
    ...data,
    nodes: ids.map((id) => ({ ...proto, id, label: id, theme: 'development' })),
    edges: links.map(([s, t, strength]) => ({
      ...protoEdge,
      id: `${s}-${t}`,
      source: s,
      target: t,
      strength: strength ?? 1,
    })),
  };
}
const all = (g: GraphData): Visible => ({
  nodes: new Set(g.nodes.map((n) => n.id)),
  edges: new Set(g.edges.map((e) => e.id)),
});
const base = {
  hiddenThemes: [],
  minWeight: 1,
  sameSentence: false,
  hideIsolated: false,
  selected: null,
  pathFrom: null,
  pathTo: null,
};
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;

describe('shortestPath', () => {
  it('follows a line in either direction', () => {
    const line = graph(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    );
    expect(shortestPath(line, all(line), 'a', 'd')).toEqual({
      nodes: ['a', 'b', 'c', 'd'],
      edges: ['a-b', 'b-c', 'c-d'],
      length: 3,
    });
    expect(shortestPath(line, all(line), 'd', 'a')).toEqual({
      nodes: ['d', 'c', 'b', 'a'],
      edges: ['c-d', 'b-c', 'a-b'],
      length: 3,
    });
    expect(shortestPath(line, all(line), 'b', 'b')).toEqual({ nodes: ['b'], edges: [], length: 0 });
  });

  it('measures a link as 1/√strength: two strong links beat one weak link, four do not beat a fair one', () => {
    // a–d strength 1 (length 1) against a–b–d strength 16 each (0.25 + 0.25 = 0.5).
    const weak = graph(
      ['a', 'b', 'd'],
      [
        ['a', 'b', 16],
        ['b', 'd', 16],
        ['a', 'd', 1],
      ],
    );
    expect(shortestPath(weak, all(weak), 'a', 'd')).toEqual({
      nodes: ['a', 'b', 'd'],
      edges: ['a-b', 'b-d'],
      length: 0.5,
    });
    // a–d strength 4 (0.5) against four links of strength 16 (4 · 0.25 = 1).
    const fair = graph(
      ['a', 'w', 'x', 'y', 'd'],
      [
        ['a', 'w', 16],
        ['w', 'x', 16],
        ['x', 'y', 16],
        ['y', 'd', 16],
        ['a', 'd', 4],
      ],
    );
    expect(shortestPath(fair, all(fair), 'a', 'd')).toEqual({
      nodes: ['a', 'd'],
      edges: ['a-d'],
      length: 0.5,
    });
  });

  it('breaks ties between equally short paths by the stronger link, then the smaller id', () => {
    const diamond = graph(
      ['s', 'x', 'y', 't'],
      [
        ['s', 'y'],
        ['s', 'x'],
        ['x', 't'],
        ['y', 't'],
      ],
    );
    expect(shortestPath(diamond, all(diamond), 's', 't')!.nodes).toEqual(['s', 'x', 't']);
    // s–x 4 + x–t 1 and s–y 1 + y–t 4 are both 0.5 + 1 long: the first step takes the stronger link s–x.
    const crossed = graph(
      ['s', 'x', 'y', 't'],
      [
        ['s', 'x', 4],
        ['x', 't', 1],
        ['s', 'y', 1],
        ['y', 't', 4],
      ],
    );
    expect(shortestPath(crossed, all(crossed), 's', 't')).toEqual({
      nodes: ['s', 'x', 't'],
      edges: ['s-x', 'x-t'],
      length: 1.5,
    });
    expect(shortestPath(crossed, all(crossed), 't', 's')!.nodes).toEqual(['t', 'y', 's']);
  });

  it('uses visible edges only and returns null when disconnected or an endpoint is hidden', () => {
    const line = graph(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'c', 3],
      ],
    );
    const v = all(line);
    expect(shortestPath(line, { nodes: v.nodes, edges: new Set(['b-c']) }, 'a', 'c')).toBeNull();
    expect(shortestPath(line, { nodes: new Set(['a', 'c']), edges: v.edges }, 'a', 'c')).toBeNull();
    expect(shortestPath(line, v, 'a', 'zzz')).toBeNull();
  });

  it('finds paths through the fixture under the filters, along its strongest links', () => {
    const visible = computeVisible(data, base);
    // 枫桥经验–八八战略 (strength 2.5), 八八战略–共同富裕 (1.016), 共同富裕–亚运会 (2.5).
    const p = shortestPath(data, visible, idOf('枫桥经验'), idOf('亚运会'));
    expect(p!.nodes).toEqual(['枫桥经验', '八八战略', '共同富裕', '亚运会'].map(idOf));
    expect(p!.length).toBeCloseTo(2 / Math.sqrt(2.5) + 1 / Math.sqrt(1.016), 9);
    for (const [i, e] of p!.edges.entries()) {
      const edge = data.edges.find((x) => x.id === e)!;
      expect([edge.source, edge.target].sort()).toEqual([p!.nodes[i], p!.nodes[i + 1]].sort());
    }
    // 八八战略–数字经济 only share 一's lead-in, in different paragraphs (strength 0.1563, length 2.53):
    // the path goes round through 共同富裕, which shares a sentence with 数字经济 (0.99 + 0.89).
    expect(shortestPath(data, visible, idOf('枫桥经验'), idOf('数字经济'))!.nodes).toEqual(
      ['枫桥经验', '八八战略', '共同富裕', '数字经济'].map(idOf),
    );
    // 枫桥经验—五水共治: via 八八战略 and 大运河
    expect(shortestPath(data, visible, idOf('枫桥经验'), idOf('五水共治'))!.nodes).toEqual(
      ['枫桥经验', '八八战略', '大运河', '五水共治'].map(idOf),
    );
    // the only bridge 八八战略—大运河 has no shared sentence
    expect(
      shortestPath(
        data,
        computeVisible(data, { ...base, sameSentence: true }),
        idOf('枫桥经验'),
        idOf('五水共治'),
      ),
    ).toBeNull();
    expect(shortestPath(data, visible, idOf('枫桥经验'), idOf('清廉杭州'))).toBeNull();
  });
});

describe('passages', () => {
  const text = (p: Passage) => passageText(data, p).text;

  it('are the closest evidence of the link: the sentences holding both in its closest section', () => {
    const ps = linkingPassages(data, idOf('城西科创大走廊'), idOf('数字经济'));
    // Both sections (一's lead-in and 一（一）) hold a sentence with both; the first is the closest.
    expect(ps.map(text)).toEqual(['推进共同富裕，做强数字经济和城西科创大走廊。']);
    expect(linkingPassages(data, idOf('数字经济'), idOf('城西科创大走廊'))).toEqual(ps);
    const { text: sentence, marks } = passageText(data, ps[0]!);
    const segs = segmentText(sentence, marks);
    expect(segs.filter((s) => s.marked).map((s) => [s.text, s.id])).toEqual([
      ['数字经济', idOf('数字经济')],
      ['城西科创大走廊', idOf('城西科创大走廊')],
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(sentence);
  });

  it('when no sentence holds both, the nearest pair of sentences, one mentioning each', () => {
    const edge = data.edges.find((e) => e.source === idOf('八八战略') && e.target === idOf('大运河'))!;
    expect(edge.sentences).toBe(0);
    expect(edge.proximity).toEqual(['adjacent']);
    const ps = linkingPassages(data, idOf('八八战略'), idOf('大运河'));
    expect(ps.map(text)).toEqual(['让我们坚持八八战略，为实现两个先行、共同富裕而努力！', '守护大运河。']);
    expect(ps.every((p) => p.sectionId === 'closing')).toBe(true);
    const marked = (p: Passage) => p.marks.map((m) => data.document.text.slice(m.start, m.end));
    expect(marked(ps[0]!)).toEqual(['八八战略']);
    expect(marked(ps[1]!)).toEqual(['大运河']);
  });

  it('highlights an alias mention, respects the limit, and gives nothing for concepts not linked', () => {
    const ps = linkingPassages(data, idOf('亚运会'), idOf('共同富裕'));
    expect(text(ps[0]!)).toBe('以亚运会为契机推进共同富裕。');
    expect(linkingPassages(data, idOf('两个先行'), idOf('大运河'), 1)).toHaveLength(1);
    expect(linkingPassages(data, idOf('最多跑一次'), idOf('清廉杭州'))).toEqual([]);
  });

  it('come from the link’s complete evidence', () => {
    const edge = data.edges.find(
      (e) => e.source === idOf('城西科创大走廊') && e.target === idOf('数字经济'),
    )!;
    const all = passagesForEdge(data, edge.id);
    for (const p of linkingPassages(data, edge.source, edge.target, 99)) expect(all).toContainEqual(p);
  });
});
