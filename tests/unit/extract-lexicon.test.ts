/** Lexicon merge and reject, and the general vocabulary file. */
import { describe, expect, it } from 'vitest';
import { candidateLabels, extractConcepts, generalVocabulary } from '../../src/core/pipeline/extract';
import { CONCEPT_KINDS, LexiconSchema, type Lexicon } from '../../src/core/pipeline/schema';
import { docOf } from '../fixtures/extract/doc-of';

const doc = docOf([
  '深入实施“八八战略”，推进“两个先行”，开展杭州“最美”群像选树计划。',
  '实施西湖明珠工程，推进大学生杭聚工程，高水平推进共同富裕。',
  '忠实践行八八战略，做强杭州都市区。',
]);

const lexicon: Lexicon = LexiconSchema.parse({
  documentId: 'hand',
  themes: [{ id: 'party', label: '党建', labelEn: 'Party building' }],
  concepts: [
    {
      label: '八八战略',
      aliases: [],
      kind: 'strategy',
      theme: 'party',
      labelEn: 'Eight-Eight Strategy (curated)',
      description: '策展说明。',
      descriptionEn: 'Curated note.',
    },
    {
      label: '西湖明珠计划',
      aliases: ['西湖明珠工程'],
      kind: 'programme',
      theme: 'talent',
      labelEn: 'West Lake Pearl',
      description: '人才工程。',
      descriptionEn: 'Talent programme.',
    },
    {
      label: '杭州都市区',
      aliases: [],
      kind: 'place',
      theme: 'region',
      labelEn: 'Hangzhou metropolitan area',
      description: '都市区。',
      descriptionEn: 'Metro area.',
    },
    {
      label: '之江实验室',
      aliases: [],
      kind: 'institution',
      theme: 'science',
      labelEn: 'Zhejiang Lab',
      description: '实验室。',
      descriptionEn: 'Lab.',
    },
  ],
  reject: ['最美'],
});

describe('extractConcepts with a curated lexicon', () => {
  const out = extractConcepts(doc, { lexicon });
  const byId = new Map(out.map((c) => [c.id, c]));

  it('turns every lexicon entry that occurs into a concept with its curated fields', () => {
    expect(byId.get('八八战略')).toMatchObject({
      origin: 'lexicon',
      theme: 'party',
      labelEn: 'Eight-Eight Strategy (curated)',
      description: '策展说明。',
      kind: 'strategy',
    });
    expect(byId.get('八八战略')?.mentions).toHaveLength(2); // quoted and unquoted
    expect(byId.get('杭州都市区')?.origin).toBe('lexicon');
    expect(byId.has('之江实验室')).toBe(false); // not in the text
  });

  it('merges a generic candidate into the entry whose alias it equals', () => {
    const pearl = byId.get('西湖明珠计划');
    expect(pearl?.origin).toBe('lexicon');
    expect(pearl?.mentions.map((m) => doc.document.text.slice(m.start, m.end))).toEqual(['西湖明珠工程']);
    expect(byId.has('西湖明珠工程')).toBe(false);
  });

  it('drops rejected candidates and keeps the remaining generic ones without a theme', () => {
    expect(byId.has('最美')).toBe(false);
    expect(byId.get('大学生杭聚工程')).toMatchObject({ origin: 'pattern', theme: '', labelEn: '' });
    expect(byId.get('两个先行')).toMatchObject({ origin: 'quoted', theme: '', kind: 'goal' });
    expect(byId.get('两个先行')?.labelEn).not.toBe(''); // gloss from the general vocabulary
    expect(byId.get('共同富裕')).toMatchObject({ origin: 'vocabulary', labelEn: 'common prosperity' });
  });

  it('leaves rejected words out of the surfaces too', () => {
    const rejectAll = LexiconSchema.parse({ ...lexicon, reject: ['最美', '共同富裕', '大学生杭聚工程'] });
    const ids = extractConcepts(doc, { lexicon: rejectAll }).map((c) => c.id);
    expect(ids).not.toContain('共同富裕');
    expect(ids).not.toContain('大学生杭聚工程');
  });

  it('lets a vocabulary entry merge into a lexicon entry that names it differently', () => {
    const lex = LexiconSchema.parse({
      documentId: 'hand',
      themes: [],
      concepts: [
        {
          label: '共富',
          aliases: ['共同富裕'],
          kind: 'goal',
          theme: 'prosperity',
          labelEn: 'Common prosperity (curated)',
          description: '共富。',
          descriptionEn: 'Shared.',
        },
      ],
    });
    const c = extractConcepts(doc, { lexicon: lex }).find((x) => x.id === '共富');
    expect(c).toMatchObject({ origin: 'lexicon', labelEn: 'Common prosperity (curated)' });
    expect(c?.mentions).toHaveLength(1);
  });

  it('candidateLabels lists what a curator must still cover', () => {
    const all = candidateLabels(doc).map((c) => c.label);
    expect(all).toEqual(extractConcepts(doc).map((c) => c.id));
    expect(all).toEqual(
      expect.arrayContaining(['八八战略', '最美群像选树计划', '西湖明珠工程', '大学生杭聚工程']),
    );
    expect(all).not.toContain('最美'); // a quoted adjective that never stands alone unquoted
    const left = candidateLabels(doc, { lexicon });
    expect(left.map((c) => c.label)).toEqual(['两个先行', '共同富裕', '大学生杭聚工程', '最美群像选树计划']);
    expect(left.map((c) => c.origin)).toEqual(['quoted', 'vocabulary', 'pattern', 'pattern']);
    expect(left[3]?.aliases).toEqual(['“最美”群像选树计划']);
  });

  it('never makes a single-character lexicon entry a concept', () => {
    const lex = LexiconSchema.parse({
      documentId: 'hand',
      themes: [],
      concepts: [
        {
          label: '严',
          aliases: [],
          kind: 'concept',
          theme: 'x',
          labelEn: 'strict',
          description: '严。',
          descriptionEn: 'Strict.',
        },
      ],
    });
    const one = docOf(['把“严”的主基调长期坚持下去，从严治党。']);
    expect(extractConcepts(one, { lexicon: lex })).toEqual([]);
  });
});

describe('general vocabulary', () => {
  const entries = generalVocabulary();

  it('has 200–400 well-formed entries with unique surface forms', () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    expect(entries.length).toBeLessThanOrEqual(400);
    const seen = new Map<string, string>();
    for (const e of entries) {
      expect(CONCEPT_KINDS).toContain(e.kind);
      for (const s of [e.label, ...e.aliases]) {
        expect(seen.get(s), `${s} in ${e.label} and ${seen.get(s)}`).toBeUndefined();
        seen.set(s, e.label);
        expect([...s].length).toBeGreaterThanOrEqual(2);
        expect(s).not.toMatch(/[“”"\s]/);
      }
      for (const line of [e.labelEn, e.description, e.descriptionEn]) {
        expect(line.trim().length).toBeGreaterThan(0);
        expect(line).not.toMatch(/\n/);
      }
    }
  });

  it('covers the doctrines, strategies, regional plans and events the brief names', () => {
    const labels = new Set(entries.flatMap((e) => [e.label, ...e.aliases]));
    for (const w of [
      '习近平新时代中国特色社会主义思想',
      '新发展理念',
      '总体国家安全观',
      '乡村振兴战略',
      '创新驱动发展战略',
      '一带一路',
      '长三角一体化发展',
      '京津冀协同发展',
      '粤港澳大湾区',
      '成渝地区双城经济圈',
      '枫桥经验',
      '两个确立',
      '两个维护',
      '四个意识',
      '四个自信',
      '中央八项规定',
      '全过程人民民主',
      '共同富裕',
      '碳达峰碳中和',
      '数字化改革',
      '放管服改革',
      '河长制',
      '最多跑一次',
      '亚运会',
      '党的二十大',
    ]) {
      expect(labels.has(w), w).toBe(true);
    }
  });
});
