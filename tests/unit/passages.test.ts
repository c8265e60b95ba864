import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  closestPassages,
  documentMentions,
  linkEvidence,
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

  it('lists the shared sections’ sentences with either concept when none holds both', () => {
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

const bundled = (() => {
  const result = parseGraphData(
    JSON.parse(
      readFileSync(
        new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url),
        'utf8',
      ),
    ),
  );
  if (!result.ok) throw new Error(result.error);
  return result.data;
})();

describe('linkEvidence: complete evidence of a link', () => {
  it('八八战略—两个维护: a passage for each shared section, each concept marked', () => {
    const sections = linkEvidence(bundled, '两个维护--八八战略');
    expect(sections.map((s) => [s.address, s.proximity])).toEqual([
      ['三（一）', 'adjacent'],
      ['结语', 'sentence'],
    ]);
    const quote = (p: { sentenceStart: number; sentenceEnd: number }) =>
      bundled.document.text.slice(p.sentenceStart, p.sentenceEnd);
    const [first, closing] = sections;
    // 三（一）: 两个维护 twice in one sentence, 八八战略 in the next one.
    expect(first!.passages.map((p) => p.concepts)).toEqual([['两个维护'], ['八八战略']]);
    expect(quote(first!.passages[0]!)).toMatch(/^完善“两个维护”制度机制.*做到“两个维护”.*实践引领者。$/);
    expect(first!.passages[0]!.marks.map((m) => m.nodeId)).toEqual(['两个维护', '两个维护']);
    expect(quote(first!.passages[1]!)).toMatch(/^坚持和完善.*严格落实“八八战略”实施综合评估报告机制/);
    expect(first!.passages[1]!.index).toBe(first!.passages[0]!.index + 1);
    expect(closing!.passages).toHaveLength(1);
    expect(closing!.passages[0]!.concepts).toEqual(['两个维护', '八八战略']);
    expect(closing!.passages[0]!.marks.map((m) => bundled.document.text.slice(m.start, m.end))).toEqual([
      '八八战略',
      '两个维护',
    ]);
  });

  it('for every bundled link: each shared section has sentences of both concepts, and nothing else', () => {
    for (const e of bundled.edges) {
      const sections = linkEvidence(bundled, e.id);
      expect(
        sections.map((s) => s.sectionId),
        e.id,
      ).toEqual(e.sections);
      for (const s of sections) {
        const marked = new Set(s.passages.flatMap((p) => p.marks.map((m) => m.nodeId)));
        expect(marked, `${e.id} ${s.address}`).toEqual(new Set([e.source, e.target]));
        expect(s.passages.every((p) => p.sectionId === s.sectionId)).toBe(true);
        // Closest level matches what the sentences show.
        const both = s.passages.some((p) => p.concepts.length === 2);
        expect(both, `${e.id} ${s.address}`).toBe(s.proximity === 'sentence');
      }
    }
  });

  it('closestPassages: the sentences with both, else the nearest pair', () => {
    expect(closestPassages(bundled, '两个维护--八八战略').map((p) => p.sectionId)).toEqual(['closing']);
    const adjacentOnly = bundled.edges.find(
      (e) => e.proximity.length === 1 && e.proximity[0] === 'adjacent',
    )!;
    const pair = closestPassages(bundled, adjacentOnly.id);
    expect(pair).toHaveLength(2);
    expect(pair[1]!.index - pair[0]!.index).toBe(1);
    expect(new Set(pair.flatMap((p) => p.concepts))).toEqual(
      new Set([adjacentOnly.source, adjacentOnly.target]),
    );
    expect(linkEvidence(bundled, 'no--such')).toEqual([]);
  });
});

describe('evidence = what the pipeline counts', () => {
  it('for every link of the bundled graph, the sentences shown with both concepts number edge.sentences', () => {
    const bundled = parseGraphData(
      JSON.parse(
        readFileSync(
          new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url),
          'utf8',
        ),
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
