import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  documentMentions,
  passageText,
  passagesForEdge,
  passagesForNode,
  sentenceSpans,
} from '../../src/core/explorer/passages';
import { segmentText } from '../../src/core/explorer/text-segments';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';

const parsed = parseGraphData(
  JSON.parse(readFileSync(new URL('../fixtures/mini-graph.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.error);
const data: GraphData = parsed.data;
const text = data.document.text;
const slice = (s: number, e: number) => text.slice(s, e);

describe('sentences', () => {
  it('split at 。！？； and line ends, keep closing quotes, never cross a section', () => {
    const all = sentenceSpans(data).map((s) => slice(s.start, s.end));
    expect(all).toContain('学习贯彻“八八战略”是重大政治任务！');
    expect(all).toContain('“八八战略”是总纲领；');
    expect(all).toContain('一、深刻把握精神实质');
    expect(all).toContain('坚持和发展新时代“枫桥经验”，推进共同富裕？');
    for (const s of sentenceSpans(data)) {
      expect(slice(s.start, s.end)).not.toMatch(/^\s|\s$|\n/);
      for (const sec of data.sections) {
        const crosses = s.start < sec.start && s.end > sec.start;
        expect(crosses).toBe(false);
      }
    }
  });
});

describe('passagesForNode', () => {
  it('marks every mention at its offsets, one passage per sentence', () => {
    const ps = passagesForNode(data, '八八战略');
    expect(ps.map((p) => p.address)).toEqual(['序言', '一', '一（一）', '一（一）']);
    for (const p of ps) {
      expect(p.marks.length).toBeGreaterThan(0);
      for (const m of p.marks) {
        expect(slice(m.start, m.end)).toBe('八八战略');
        expect(m.start).toBeGreaterThanOrEqual(p.sentenceStart);
        expect(m.end).toBeLessThanOrEqual(p.sentenceEnd);
      }
    }
    expect(ps.flatMap((p) => p.marks).length).toBe(data.nodes.find((n) => n.id === '八八战略')!.count);
    expect(slice(ps[2]!.sentenceStart, ps[2]!.sentenceEnd)).toBe('（一）深刻领悟“八八战略”的真理力量。');
    expect(ps[2]!.title).toBe('深刻领悟“八八战略”的真理力量');
  });

  it('keeps a mention outside every section (the title lines) with an empty address', () => {
    const ps = passagesForNode(data, '两个先行');
    expect(ps[0]).toMatchObject({ sectionId: null, address: '' });
    expect(slice(ps[0]!.sentenceStart, ps[0]!.sentenceEnd)).toBe('中共示例市委关于推进“两个先行”的');
    expect(ps.map((p) => p.sectionId)).toEqual([null, 'preamble', 'p1-s1', 'p1-s2', 'p2-intro', 'closing']);
  });

  it('gives [] for an unknown concept', () => {
    expect(passagesForNode(data, 'missing')).toEqual([]);
  });

  it('segments a passage into plain and marked text', () => {
    const p = passagesForNode(data, '两个先行')[2]!;
    const { text: sentence, marks } = passageText(data, p);
    const segs = segmentText(sentence, marks);
    expect(segs.map((s) => s.text).join('')).toBe(sentence);
    expect(segs.filter((s) => s.marked).map((s) => s.text)).toEqual(['两个先行']);
  });
});

describe('passagesForEdge', () => {
  it('returns the sentences holding both concepts, both marked', () => {
    const ps = passagesForEdge(data, '共同富裕--枫桥经验');
    expect(ps).toHaveLength(1);
    const p = ps[0]!;
    expect(slice(p.sentenceStart, p.sentenceEnd)).toBe('坚持和发展新时代“枫桥经验”，推进共同富裕？');
    expect(p.concepts).toEqual(['共同富裕', '枫桥经验']);
    expect(p.marks.map((m) => slice(m.start, m.end))).toEqual(['枫桥经验', '共同富裕']);
    expect(p.address).toBe('二（二）');
  });

  it('falls back to the shared sections’ sentences with either concept', () => {
    const edge = data.edges.find((e) => e.id === '八八战略--两个确立')!;
    expect(edge.sentences).toBe(0);
    const ps = passagesForEdge(data, edge.id);
    expect(ps.map((p) => p.sectionId)).toEqual(['p1-intro', 'p1-intro']);
    expect(ps.map((p) => p.concepts)).toEqual([['八八战略'], ['两个确立']]);
  });

  it('only uses shared sections', () => {
    const ps = passagesForEdge(data, '两个先行--亚运会');
    expect(ps.map((p) => p.sectionId)).toEqual(['closing']);
  });
});

describe('evidence = what the pipeline counts', () => {
  it('for every link of the bundled graph, the sentences shown with both concepts number edge.sentences', () => {
    const bundled = parseGraphData(
      JSON.parse(
        readFileSync(new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url), 'utf8'),
      ),
    );
    if (!bundled.ok) throw new Error(bundled.error);
    const g = bundled.data;
    let withSentences = 0;
    for (const e of g.edges) {
      const both = passagesForEdge(g, e.id).filter((p) => p.concepts.length === 2);
      expect(both.length, e.id).toBe(e.sentences);
      if (e.sentences > 0) withSentences++;
    }
    expect(withSentences).toBeGreaterThan(100);
    // Every mention lies in exactly one shown sentence.
    for (const n of g.nodes) {
      const marks = passagesForNode(g, n.id).flatMap((p) => p.marks);
      expect(marks.length, n.id).toBe(n.mentions.length);
    }
  });
});

describe('documentMentions', () => {
  it('lists every mention in order without overlaps', () => {
    const ms = documentMentions(data);
    expect(ms.length).toBe(data.nodes.reduce((n, c) => n + c.count, 0));
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    for (const m of ms) expect(slice(m.start, m.end)).toBe(data.nodes.find((n) => n.id === m.nodeId)!.label);
  });
});

describe('segmentText', () => {
  it('merges overlaps, clips and keeps ids', () => {
    expect(
      segmentText('abcdef', [
        { start: 3, end: 9, id: 'y' },
        { start: 1, end: 2, id: 'x' },
        { start: 1, end: 2 },
        { start: 4, end: 5 },
      ]),
    ).toEqual([
      { text: 'a', marked: false, start: 0 },
      { text: 'b', marked: true, start: 1, id: 'x' },
      { text: 'c', marked: false, start: 2 },
      { text: 'def', marked: true, start: 3, id: 'y' },
    ]);
    expect(segmentText('', [])).toEqual([{ text: '', marked: false, start: 0 }]);
  });
});
