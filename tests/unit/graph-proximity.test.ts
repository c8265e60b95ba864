import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCooccurrence } from '../../src/core/pipeline/graph/cooccurrence';
import {
  PROXIMITY_LEVELS,
  associationStrength,
  closenessOf,
  paragraphIds,
  roundSignificant,
} from '../../src/core/pipeline/graph/proximity';
import { splitSentences } from '../../src/core/pipeline/parse/sentences';
import { LINK_FIELDS, parseGraphData, type Section } from '../../src/core/pipeline/schema';
import type { ParsedDocument } from '../../src/core/pipeline/types';
import { conceptFromText } from './graph-fixtures';

/** A document of sections, each a list of paragraphs (lines); sentences split as the parser splits them. */
function paragraphDoc(spec: { id: string; paragraphs: string[] }[]): ParsedDocument {
  let text = '';
  const sections: Section[] = [];
  for (const s of spec) {
    const start = text.length;
    text += s.paragraphs.join('\n');
    sections.push({
      id: s.id,
      kind: 'subsection',
      part: 1,
      address: s.id,
      title: '',
      start,
      end: text.length,
    });
    text += '\n';
  }
  return {
    document: { id: 'p', title: 'P', date: null, source: null, publishedDate: null, text },
    sections,
    sentences: splitSentences(text, sections),
    warnings: [],
  };
}

// Four sections (N = 4); every concept occurs in two of them.
//   A: 甲乙。丙。      (paragraph 1: sentences 0, 1)
//      丁。甲。        (paragraph 2: sentences 2, 3)
//   B: 甲丙。乙。      (sentences 4, 5)
//   C: 戊。            (sentence 6)
//   D: 丁戊。          (sentence 7)
function handDoc() {
  const doc = paragraphDoc([
    { id: 'A', paragraphs: ['甲乙。丙。', '丁。甲。'] },
    { id: 'B', paragraphs: ['甲丙。乙。'] },
    { id: 'C', paragraphs: ['戊。'] },
    { id: 'D', paragraphs: ['丁戊。'] },
  ]);
  const co = buildCooccurrence(
    doc,
    ['甲', '乙', '丙', '丁', '戊'].map((l) => conceptFromText(doc, l)),
  );
  const edge = (a: string, b: string) => co.edges.find((e) => e.id === (a < b ? `${a}--${b}` : `${b}--${a}`));
  return { doc, co, edge };
}

describe('link proximity (hand-computed)', () => {
  it('splits the sections into the paragraphs of their lines', () => {
    const { doc } = handDoc();
    expect([...paragraphIds(doc.document.text, doc.sentences)]).toEqual([0, 0, 1, 1, 2, 2, 3, 4]);
  });

  it('finds the closest level in each shared section and counts sentences, neighbours and paragraphs', () => {
    const { co, edge } = handDoc();
    expect(co.edges).toHaveLength(7);
    // 甲乙: one sentence in A (甲乙。), neighbouring sentences in B (甲丙。|乙。).
    expect(edge('甲', '乙')).toMatchObject({
      weight: 2,
      proximity: ['sentence', 'adjacent'],
      sentences: 1,
      adjacent: 1,
      paragraphs: 2,
      closeness: 1.5,
    });
    // 乙丙: neighbouring sentences in both A and B.
    expect(edge('乙', '丙')).toMatchObject({
      proximity: ['adjacent', 'adjacent'],
      sentences: 0,
      adjacent: 2,
      paragraphs: 2,
      closeness: 1,
    });
    // 甲丁: 丁。甲。 in A's second paragraph.
    expect(edge('甲', '丁')).toMatchObject({
      proximity: ['adjacent'],
      adjacent: 1,
      paragraphs: 1,
      closeness: 0.5,
    });
    // 乙丁: A's first and second paragraph.
    expect(edge('乙', '丁')).toMatchObject({
      proximity: ['section'],
      adjacent: 0,
      paragraphs: 0,
      closeness: 0.125,
    });
    // 丙丁: sentences 1 and 2 follow each other, but across a paragraph break: only the same section.
    expect(edge('丙', '丁')).toMatchObject({
      proximity: ['section'],
      adjacent: 0,
      paragraphs: 0,
      closeness: 0.125,
    });
    expect(edge('丁', '戊')).toMatchObject({
      sections: ['D'],
      proximity: ['sentence'],
      sentences: 1,
      closeness: 1,
    });
    expect(edge('乙', '戊')).toBeUndefined();
  });

  it('strength = closeness · sections / (sections of one · sections of the other)', () => {
    const { edge } = handDoc();
    // N = 4, each concept in 2 sections: chance gives 2 · 2 / 4 = 1 shared section.
    expect(edge('甲', '乙')!.strength).toBe(1.5);
    expect(edge('甲', '丙')!.strength).toBe(1.5);
    expect(edge('乙', '丙')!.strength).toBe(1);
    expect(edge('甲', '丁')!.strength).toBe(0.5);
    expect(edge('乙', '丁')!.strength).toBe(0.125);
    expect(edge('丁', '戊')!.strength).toBe(1);
  });

  it('normalises for how often each concept occurs: a concept in every section links weakly', () => {
    // 总 occurs in all four sections; 甲 and 乙 only in A, all three in one sentence.
    const doc = paragraphDoc([
      { id: 'A', paragraphs: ['总甲乙。'] },
      { id: 'B', paragraphs: ['总。'] },
      { id: 'C', paragraphs: ['总。'] },
      { id: 'D', paragraphs: ['总。'] },
    ]);
    const co = buildCooccurrence(
      doc,
      ['总', '甲', '乙'].map((l) => conceptFromText(doc, l)),
    );
    const strength = new Map(co.edges.map((e) => [e.id, e.strength]));
    expect(strength.get('乙--甲')).toBe(4); // 1 · 4 / (1 · 1): four times what chance gives
    expect(strength.get('乙--总')).toBe(1); // 1 · 4 / (1 · 4): exactly what chance gives
    expect(strength.get('总--甲')).toBe(1);
  });

  it('keeps four significant digits and stays above zero', () => {
    expect(associationStrength(0.125, 3, 1, 1)).toBe(0.375);
    expect(associationStrength(1, 20, 3, 7)).toBe(0.9524); // 20/21
    expect(associationStrength(1.5, 7, 3, 1)).toBe(3.5);
    expect(associationStrength(0.125, 1, 9000, 9000)).toBeGreaterThan(0);
    expect(closenessOf(['sentence', 'adjacent', 'paragraph', 'section'])).toBe(1.875);
    expect(roundSignificant(1234.5678, 4)).toBe(1235);
    expect(roundSignificant(0.000123456, 4)).toBe(0.0001235);
    expect(roundSignificant(18, 4)).toBe(18);
    expect(roundSignificant(10, 4)).toBe(10);
    expect(roundSignificant(9.99999, 4)).toBe(10);
  });
});

// Random documents: sections of paragraphs of sentences, each sentence a list of concepts.
const LABELS = ['甲', '乙', '丙', '丁', '戊'];
const randomSpec = fc.array(
  fc.array(
    fc.array(fc.array(fc.integer({ min: 0, max: LABELS.length - 1 }), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  { minLength: 1, maxLength: 5 },
);

describe('link proximity (random documents, brute force)', () => {
  it('agrees with a pair-by-pair count over every mention', () => {
    fc.assert(
      fc.property(randomSpec, (spec) => {
        // Where each concept is: (section, paragraph, sentence) per mention, laid down while building.
        const where: { c: number; s: number; p: number; t: number }[] = [];
        let t = 0;
        let p = 0;
        const doc = paragraphDoc(
          spec.map((paragraphs, s) => ({
            id: `s${s}`,
            paragraphs: paragraphs.map((sentences) => {
              const line = sentences
                .map((list) => {
                  for (const c of list) where.push({ c, s, p, t });
                  t++;
                  return '句' + list.map((c) => `${LABELS[c]}，`).join('') + '。';
                })
                .join('');
              p++;
              return line;
            }),
          })),
        );
        const co = buildCooccurrence(
          doc,
          LABELS.map((l) => conceptFromText(doc, l)).filter((c) => c.mentions.length > 0),
        );
        const sectionsOf = (c: number) => new Set(where.filter((w) => w.c === c).map((w) => w.s));
        for (let a = 0; a < LABELS.length; a++) {
          for (let b = a + 1; b < LABELS.length; b++) {
            const sa = sectionsOf(a);
            const shared = [...sectionsOf(b)].filter((s) => sa.has(s)).sort((x, y) => x - y);
            const [x, y] = [LABELS[a]!, LABELS[b]!].sort();
            const e = co.edges.find((edge) => edge.id === `${x}--${y}`);
            if (shared.length === 0) {
              expect(e).toBeUndefined();
              continue;
            }
            const ma = where.filter((w) => w.c === a);
            const mb = where.filter((w) => w.c === b);
            const levels = shared.map((s) => {
              let best = 3;
              for (const u of ma.filter((w) => w.s === s))
                for (const v of mb.filter((w) => w.s === s)) {
                  const level =
                    u.t === v.t ? 0 : u.p === v.p && Math.abs(u.t - v.t) === 1 ? 1 : u.p === v.p ? 2 : 3;
                  best = Math.min(best, level);
                }
              return PROXIMITY_LEVELS[best]!;
            });
            const distinct = (list: typeof ma, key: 't' | 'p') => new Set(list.map((w) => w[key]));
            const ta = distinct(ma, 't');
            const tb = distinct(mb, 't');
            const pb = distinct(mb, 'p');
            const pairsNext = where
              .filter((u) => u.c === a)
              .filter((u, i, all) => all.findIndex((o) => o.t === u.t) === i)
              .reduce(
                (n, u) =>
                  n +
                  [u.t - 1, u.t + 1].filter((v) => tb.has(v) && mb.some((w) => w.t === v && w.p === u.p))
                    .length,
                0,
              );
            expect(e!.proximity).toEqual(levels);
            expect(e!.sentences).toBe([...ta].filter((v) => tb.has(v)).length);
            expect(e!.paragraphs).toBe([...distinct(ma, 'p')].filter((v) => pb.has(v)).length);
            expect(e!.adjacent).toBe(pairsNext);
            expect(e!.closeness).toBe(closenessOf(levels));
            expect(e!.strength).toBe(
              associationStrength(closenessOf(levels), spec.length, sa.size, sectionsOf(b).size),
            );
          }
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('graph files written before the proximity fields', () => {
  it('are completed on reading with exactly what the pipeline writes', () => {
    const raw = JSON.parse(
      readFileSync(
        new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url),
        'utf8',
      ),
    ) as { edges: Record<string, unknown>[] };
    const old = {
      ...raw,
      edges: raw.edges.map((e) =>
        Object.fromEntries(
          Object.entries(e).filter(([k]) => !(LINK_FIELDS as readonly string[]).includes(k)),
        ),
      ),
    };
    expect(old.edges[0]).not.toHaveProperty('strength');
    const current = parseGraphData(raw);
    const upgraded = parseGraphData(old);
    if (!current.ok || !upgraded.ok) throw new Error('bundled graph does not parse');
    expect(upgraded.data.edges).toEqual(current.data.edges);
  });

  it('recomputes the strength of every bundled link from its own counts', () => {
    const parsed = parseGraphData(
      JSON.parse(
        readFileSync(
          new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url),
          'utf8',
        ),
      ),
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const { data } = parsed;
    const sections = new Map(data.nodes.map((n) => [n.id, n.sections.length]));
    for (const e of data.edges) {
      expect(e.proximity).toHaveLength(e.weight);
      expect(e.closeness).toBe(closenessOf(e.proximity));
      expect(e.strength).toBe(
        associationStrength(
          e.closeness,
          data.sections.length,
          sections.get(e.source)!,
          sections.get(e.target)!,
        ),
      );
      expect(e.proximity.filter((l) => l === 'sentence').length).toBeLessThanOrEqual(e.sentences);
    }
  });
});
