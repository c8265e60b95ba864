/** Property tests: any set of documents gives a corpus whose presence points at the text and whose statuses
 * agree with presence. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus, normalizeSurface, parseCorpusData } from '../../src/core/corpus';
import { graphOf } from '../fixtures/corpus/docs';

const NAMES = ['两个先行', '八八战略', '千万工程', '先行', '省域现代化先行', '枫桥经验', '亚运会', '__proto__', 'constructor'];
const QUOTES: [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
];

const docArb = fc.record({
  year: fc.integer({ min: 2020, max: 2026 }),
  issuer: fc.constantFrom('杭州', '宁波'),
  resolution: fc.boolean(),
  province: fc.boolean(),
  carries: fc.boolean(),
  sections: fc.array(
    fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 4 }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function textOf(d: Doc, i: number): string {
  const kind = d.resolution ? '决议' : '报告';
  const head = d.province
    ? ['在高质量发展中奋力推进“两个先行”', '——在中国共产党浙江省第十五次代表大会上的报告', `（${d.year - 1}年6月${(i % 28) + 1}日）`]
    : null;
  const lines = [
    ...(head ?? []),
    `中共${d.issuer}市委关于${d.carries ? '深入学习贯彻省第十五次党代会精神' : '加强工作'}的${kind}`,
    ...(head ? [] : [`（${d.year}年${(i % 12) + 1}月1日中国共产党${d.issuer}市第十三届委员会第${i + 1}次全体会议通过）`]),
    '全会认为，要做好工作。',
    '一、总体要求',
    ...d.sections.map((s, k) => `（${'一二三'[k]}）第${k + 1}项。` + s.map(([n, q]) => `推进${QUOTES[q]![0]}${n}${QUOTES[q]![1]}。`).join('')),
  ];
  return lines.join('\n') + '\n';
}

describe('corpus properties', () => {
  const types = new Set<string>();
  it('presence points at the concept in each text; statuses agree with presence; the result validates', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 4 }), (docs) => {
        const graphs = docs.map((d, i) => graphOf(`d${i}`, textOf(d, i)));
        const corpus = buildCorpus(graphs);
        for (const r of corpus.relations) types.add(r.type);
        expect(parseCorpusData(JSON.parse(JSON.stringify(corpus))).ok).toBe(true);
        const text = new Map(graphs.map((g) => [g.document.id, g.document.text]));
        const relation = new Map(corpus.relations.map((r) => [r.id, r]));
        for (const c of corpus.concepts) {
          const surfaces = new Set([c.label, ...c.aliases].map(normalizeSurface));
          const present = new Set(c.presence.map((p) => p.document));
          for (const p of c.presence) {
            const at = text.get(p.document)!.slice(p.firstMention.start, p.firstMention.end);
            expect(surfaces.has(normalizeSurface(at))).toBe(true);
          }
          for (const s of c.statuses) {
            const r = relation.get(s.relation)!;
            const want = present.has(r.from) ? (present.has(r.to) ? 'taken-up' : 'added') : 'not-taken-up';
            expect(s.status).toBe(want);
          }
          const withStatus = new Set(c.statuses.map((s) => s.relation));
          for (const r of corpus.relations) expect(withStatus.has(r.id)).toBe(present.has(r.from) || present.has(r.to));
        }
      }),
      { numRuns: 25, seed: 20220727 },
    );
    // The generated corpora exercise both kinds of relation.
    expect([...types].sort()).toEqual(['follows', 'implements']);
  });
});
