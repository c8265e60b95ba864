import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleGraphData } from '../../src/core/pipeline/graph/assemble';
import { buildCooccurrence } from '../../src/core/pipeline/graph/cooccurrence';
import { GraphDataSchema } from '../../src/core/pipeline/schema';
import type { ExtractedConcept, ParsedDocument } from '../../src/core/pipeline/types';
import { concept, conceptFromText, makeDoc } from './graph-fixtures';

// Section A: 甲乙。丙。  Section B: 甲丙。丁。
function fixture() {
  const doc = makeDoc([
    { id: 'A', sentences: ['甲乙。', '丙。'] },
    { id: 'B', sentences: ['甲丙。', '丁。'] },
  ]);
  const concepts = ['甲', '乙', '丙', '丁'].map((l) => conceptFromText(doc, l));
  return { doc, concepts, co: buildCooccurrence(doc, concepts) };
}

describe('co-occurrence edges', () => {
  it('joins concepts that share a section and only those', () => {
    const { co } = fixture();
    // 丁 U+4E01 < 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532: ids sorted by code units, source < target.
    expect(co.nodes.map((n) => n.id)).toEqual(['丁', '丙', '乙', '甲']);
    expect(co.edges.map((e) => e.id)).toEqual(['丁--丙', '丁--甲', '丙--乙', '丙--甲', '乙--甲']);
    expect(co.edges.find((e) => e.id.includes('乙') && e.id.includes('丁'))).toBeUndefined();
  });

  it('counts shared sections as weight, shared sentences, the Jaccard association and the proximity', () => {
    const { co } = fixture();
    const byId = new Map(co.edges.map((e) => [e.id, e]));
    expect(byId.get('丙--甲')).toEqual({
      id: '丙--甲',
      source: '丙',
      target: '甲',
      weight: 2,
      sections: ['A', 'B'],
      sentences: 1, // 甲丙。 in B; in A they are in different sentences
      association: 1,
      // In A they stand in neighbouring sentences of one paragraph (甲乙。|丙。), in B in one sentence.
      adjacent: 1,
      paragraphs: 2,
      proximity: ['adjacent', 'sentence'],
      closeness: 1.5, // 1/2 + 1
      strength: 0.75, // 1.5 · 2 sections / (2 · 2)
    });
    expect(byId.get('乙--甲')).toMatchObject({ weight: 1, sections: ['A'], sentences: 1, association: 0.5 });
    expect(byId.get('丙--乙')).toMatchObject({ weight: 1, sections: ['A'], sentences: 0, association: 0.5 });
    expect(byId.get('丁--甲')).toMatchObject({ weight: 1, sections: ['B'], sentences: 0, association: 0.5 });
  });

  it('gives each node exactly the sections of its mentions, in document order', () => {
    const { co } = fixture();
    const byId = new Map(co.nodes.map((n) => [n.id, n]));
    expect(byId.get('甲')!.sections).toEqual(['A', 'B']);
    expect(byId.get('乙')!.sections).toEqual(['A']);
    expect(byId.get('丁')!.sections).toEqual(['B']);
  });

  it('rounds the association to 4 decimals and keeps it above 0', () => {
    // 甲 in 3 of 3 sections, 乙 in 1: Jaccard 1/3.
    const doc = makeDoc([
      { id: 's1', sentences: ['甲乙。'] },
      { id: 's2', sentences: ['甲。'] },
      { id: 's3', sentences: ['甲。'] },
    ]);
    const co = buildCooccurrence(doc, [conceptFromText(doc, '甲'), conceptFromText(doc, '乙')]);
    expect(co.edges).toHaveLength(1);
    expect(co.edges[0]!.association).toBe(0.3333);
  });

  it('counts a mention outside every section in the node but not in any edge, with a warning', () => {
    const doc = makeDoc([{ id: 'A', sentences: ['甲乙。'] }]);
    const outside = doc.document.text.length; // beyond the last section
    doc.document.text += '乙';
    const co = buildCooccurrence(doc, [
      conceptFromText(doc, '甲'),
      concept('乙', [
        { start: 1, end: 2 },
        { start: outside, end: outside + 1 },
      ]),
    ]);
    expect(co.nodes.find((n) => n.id === '乙')!.mentions).toHaveLength(2);
    expect(co.nodes.find((n) => n.id === '乙')!.sections).toEqual(['A']);
    expect(co.edges.map((e) => e.weight)).toEqual([1]);
    expect(co.warnings).toEqual(['1 mention(s) lie outside every section and join no edge']);
  });

  it('keeps the first of two concepts with the same id and says so', () => {
    const doc = makeDoc([{ id: 'A', sentences: ['甲乙。'] }]);
    const co = buildCooccurrence(doc, [
      conceptFromText(doc, '甲'),
      conceptFromText(doc, '甲'),
      conceptFromText(doc, '乙'),
    ]);
    expect(co.nodes.map((n) => n.id)).toEqual(['乙', '甲']);
    expect(co.warnings).toEqual(['duplicate concept id 甲: only the first is kept']);
  });
});

// Labels chosen so that code-unit order differs from code-point order ('𠀀' is a surrogate pair,
// U+D840…, sorting before '｡' U+FF61 by code units but after it by code points).
const POOL = ['甲', '乙', 'a', 'B', '𠀀', '｡x', '十', 'ab'];

interface RandomDoc {
  /** sections → sentences → concept indices mentioned, in order */
  sections: number[][][];
}

function buildRandomDoc(spec: RandomDoc): { doc: ParsedDocument; concepts: ExtractedConcept[] } {
  const doc = makeDoc(
    spec.sections.map((sentences, s) => ({
      id: `p1-s${s + 1}`,
      sentences: sentences.map((list) => list.map((c) => `${POOL[c]}，`).join('') + '。'),
    })),
  );
  // Mentions are laid down exactly where the builder wrote the labels.
  const mentions: { start: number; end: number }[][] = POOL.map(() => []);
  let sentenceIndex = 0;
  for (const sentences of spec.sections) {
    for (const list of sentences) {
      let offset = doc.sentences[sentenceIndex++]!.start;
      for (const c of list) {
        mentions[c]!.push({ start: offset, end: offset + POOL[c]!.length });
        offset += POOL[c]!.length + 1;
      }
    }
  }
  const concepts = POOL.map((label, c) => concept(label, mentions[c]!)).filter((c) => c.mentions.length > 0);
  return { doc, concepts };
}

const randomDoc: fc.Arbitrary<RandomDoc> = fc.record({
  sections: fc.array(
    fc.array(fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 4 }), {
      minLength: 1,
      maxLength: 3,
    }),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
});

describe('co-occurrence invariants (random small documents)', () => {
  it('node sections are the sections of its mentions; edges are exactly the pairs sharing a section', () => {
    fc.assert(
      fc.property(randomDoc, (spec) => {
        const { doc, concepts } = buildRandomDoc(spec);
        const data = assembleGraphData(doc, concepts);
        // The graph-data contract wants at least one concept.
        expect(GraphDataSchema.safeParse(data).success).toBe(data.nodes.length > 0);

        // Expected values computed from the spec, independently of the implementation.
        const sectionsOf = new Map<string, string[]>();
        const sentencesOf = new Map<string, Set<number>>();
        let sentenceIndex = 0;
        spec.sections.forEach((sentences, s) => {
          for (const list of sentences) {
            for (const c of list) {
              const id = POOL[c]!;
              const secs = sectionsOf.get(id) ?? [];
              if (!secs.includes(`p1-s${s + 1}`)) secs.push(`p1-s${s + 1}`);
              sectionsOf.set(id, secs);
              sentencesOf.set(id, (sentencesOf.get(id) ?? new Set()).add(sentenceIndex));
            }
            sentenceIndex++;
          }
        });
        const ids = [...sectionsOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(data.nodes.map((n) => n.id)).toEqual(ids);
        for (const node of data.nodes) {
          expect(node.sections).toEqual(sectionsOf.get(node.id));
          expect(node.count).toBe(node.mentions.length);
        }
        const expectedEdges: string[] = [];
        for (let i = 0; i < ids.length; i++) {
          for (let j = i + 1; j < ids.length; j++) {
            const a = sectionsOf.get(ids[i]!)!;
            const b = sectionsOf.get(ids[j]!)!;
            const shared = a.filter((s) => b.includes(s));
            if (shared.length === 0) continue;
            expectedEdges.push(`${ids[i]}--${ids[j]}`);
            const edge = data.edges.find((e) => e.id === `${ids[i]}--${ids[j]}`)!;
            expect(edge).toBeDefined();
            expect(edge.source < edge.target).toBe(true);
            expect(edge.weight).toBe(shared.length);
            expect(edge.sections).toEqual(shared);
            const union = new Set([...a, ...b]).size;
            expect(edge.association).toBe(Math.round((shared.length / union) * 10000) / 10000);
            const sa = sentencesOf.get(ids[i]!)!;
            expect(edge.sentences).toBe([...sentencesOf.get(ids[j]!)!].filter((t) => sa.has(t)).length);
          }
        }
        expect(data.edges.map((e) => e.id)).toEqual(expectedEdges);
        // Degree and weighted degree agree with the edge list.
        for (const node of data.nodes) {
          const incident = data.edges.filter((e) => e.source === node.id || e.target === node.id);
          expect(node.degree).toBe(incident.length);
          expect(node.weightedDegree).toBe(incident.reduce((sum, e) => sum + e.weight, 0));
        }
      }),
      { numRuns: 60 },
    );
  });
});
