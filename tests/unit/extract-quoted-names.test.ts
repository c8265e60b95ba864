/**
 * Quoted heads of names (“315”科技创新体系建设工程), conjoined names (甬江科创区和前湾新区) and quoted
 * adjectives (“最美”), with jieba and without a segmenter.
 */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter, type VocabularyEntry } from '../../src/core/pipeline/extract';
import { isQuotedAdjective } from '../../src/core/pipeline/extract/quoted-filter';
import { LexiconSchema } from '../../src/core/pipeline/schema';
import type { ExtractedConcept, ParsedDocument, Segmenter } from '../../src/core/pipeline/types';
import { docOf } from '../fixtures/extract/doc-of';

const jieba = jiebaSegmenter(tokenize, tag);
const MODES: [string, Segmenter | undefined][] = [
  ['with jieba', jieba],
  ['without a segmenter', undefined],
];

/** Every mention spells the label or an alias, and no two mentions share a character. */
function spellings(doc: ParsedDocument, out: readonly ExtractedConcept[]): Map<string, string[]> {
  const t = doc.document.text;
  const taken = new Uint8Array(t.length);
  const spelled = new Map<string, string[]>();
  for (const c of out) {
    spelled.set(
      c.label,
      c.mentions.map((m) => {
        for (let k = m.start; k < m.end; k++) {
          expect(taken[k], `${c.label} at ${k}`).toBe(0);
          taken[k] = 1;
        }
        const s = t.slice(m.start, m.end);
        expect([c.label, ...c.aliases]).toContain(s);
        return s;
      }),
    );
  }
  return spelled;
}

function run(paragraphs: string[], segmenter?: Segmenter, vocabulary: readonly VocabularyEntry[] = []) {
  const doc = docOf(paragraphs);
  const out = extractConcepts(doc, { segmenter, vocabulary });
  return { doc, out, byId: new Map(out.map((c) => [c.id, c])), spelled: spellings(doc, out) };
}
const labels = (paragraphs: string[], segmenter?: Segmenter) =>
  run(paragraphs, segmenter)
    .out.map((c) => c.label)
    .sort();

describe.each(MODES)('a quotation heading a name, %s', (_mode, segmenter) => {
  it('joins “315” to 科技创新体系建设工程 and drops the bare code', () => {
    const { doc, out, byId, spelled } = run(['实施“315”科技创新体系建设工程，打造世界一流强港。'], segmenter);
    expect(out.map((c) => c.label)).toEqual(['315科技创新体系建设工程']);
    const c = byId.get('315科技创新体系建设工程');
    expect(c).toMatchObject({
      kind: 'programme',
      origin: 'pattern',
      aliases: ['“315”科技创新体系建设工程', '“315”'],
    });
    expect(spelled.get('315科技创新体系建设工程')).toEqual(['“315”科技创新体系建设工程']);
    expect(c?.mentions[0]?.start).toBe(doc.document.text.indexOf('“315”'));
  });

  it('keeps 八八战略 as a concept with its mentions outside the longer name', () => {
    const { spelled } = run(
      ['忠实践行“八八战略”，实施新一轮“八八战略”宁波行动。', '坚持八八战略不动摇。'],
      segmenter,
    );
    expect([...spelled.keys()].sort()).toEqual(['八八战略', '八八战略宁波行动']);
    expect(spelled.get('八八战略宁波行动')).toEqual(['“八八战略”宁波行动']);
    expect(spelled.get('八八战略')).toEqual(['八八战略', '八八战略']); // the standalone quotation and section 2
  });

  it('joins a quotation followed by the bare suffix, and other quote marks', () => {
    expect(labels(['深入实施扩大有效投资“千项万亿”工程。'], segmenter)).toEqual(['千项万亿工程']);
    const { byId } = run(['推进「数字乡村」建设工程，实施"浙里康养"提升行动。'], segmenter);
    // the quotation heads only this name and never stands alone: its quoted spelling is the name's short form
    expect(byId.get('数字乡村建设工程')?.aliases).toEqual(['「数字乡村」建设工程', '「数字乡村」']);
    expect(byId.get('浙里康养提升行动')?.aliases).toEqual(['"浙里康养"提升行动', '"浙里康养"']);
    expect([...byId.keys()].sort()).toEqual(['数字乡村建设工程', '浙里康养提升行动']);
  });

  it('counts the unquoted spelling elsewhere as a mention of the same concept', () => {
    const { spelled } = run(
      ['实施“315”科技创新体系建设工程。', '315科技创新体系建设工程成效明显。'],
      segmenter,
    );
    expect(spelled.get('315科技创新体系建设工程')).toEqual([
      '“315”科技创新体系建设工程',
      '315科技创新体系建设工程',
    ]);
  });

  it('keeps a code that also stands alone, but not one inside a longer number', () => {
    const alone = run(['实施“315”科技创新体系建设工程。', '“315”体系全面落地。'], segmenter).spelled;
    expect(alone.get('315')).toEqual(['315']);
    expect(labels(['实施“315”科技创新体系建设工程，完成投资3150亿元。'], segmenter)).toEqual([
      '315科技创新体系建设工程',
    ]);
  });

  it.each([
    ['忠实践行“八八战略”，实施乡村振兴战略。', ['乡村振兴战略', '八八战略']], // punctuation between
    ['以“八八战略”推动城西科创大走廊建设。', ['八八战略', '城西科创大走廊']], // a cut word between
    ['实施“八八战略”和乡村振兴战略。', ['乡村振兴战略', '八八战略']], // a connective
    ['完善“八八战略”实施综合评估报告机制。', ['八八战略']], // no name suffix
    ['打造“一号工程”升级版。', ['一号工程']],
    ['完善“两个维护”制度机制。', ['两个维护']], // 制度 followed by more of the phrase
    ['落实“八八战略”相关制度。', ['八八战略']], // a qualifier before the suffix
    ['推进“浙里办”平台建设。', ['浙里办']], // head and tail shorter than the suffix's minimum stem
    ['谋划推进“诗路文化·三江两岸”世界级文化旅游带建设。', ['诗路文化·三江两岸']], // a list is no head
    ['纵深推进“争星晋位、全域建强”行动。', ['争星晋位、全域建强']],
  ])('no joined name: %s', (sentence, expected) => {
    expect(labels([sentence], segmenter)).toEqual([...expected].sort());
  });
});

describe('a quoted head and the curated or general names', () => {
  const vocabulary: VocabularyEntry[] = [
    {
      label: '第一议题制度',
      aliases: ['第一议题'],
      kind: 'mechanism',
      labelEn: 'first-agenda-item system',
      description: '制度。',
      descriptionEn: 'System.',
    },
  ];

  it('merges into the vocabulary entry that names it, which takes the quoted spelling as an alias', () => {
    const { out, spelled } = run(['推进“第一议题”制度，落实第一议题。'], jieba, vocabulary);
    expect(out.map((c) => [c.label, c.origin, c.labelEn])).toEqual([
      ['第一议题制度', 'quoted', 'first-agenda-item system'],
    ]);
    expect(out[0]?.aliases).toEqual(['第一议题', '“第一议题”制度', '“第一议题”']);
    expect(spelled.get('第一议题制度')).toEqual(['“第一议题”制度', '第一议题']);
  });

  it('keeps a known concept that heads a longer unknown name: the known one owns the mention', () => {
    const known: VocabularyEntry[] = [
      { ...vocabulary[0]!, label: '一带一路', aliases: [], kind: 'strategy', labelEn: 'Belt and Road' },
    ];
    for (const segmenter of [jieba, undefined]) {
      const { out, spelled } = run(
        ['建设“一带一路”枢纽城市，实施“315”科技创新体系建设工程。'],
        segmenter,
        known,
      );
      expect(out.map((c) => c.label).sort()).toEqual(['315科技创新体系建设工程', '一带一路']);
      expect(spelled.get('一带一路')).toEqual(['一带一路']);
    }
  });

  const entry = (label: string, aliases: string[]) => ({
    label,
    aliases,
    kind: 'programme' as const,
    theme: 'culture',
    labelEn: 'Curated',
    description: '策展。',
    descriptionEn: 'Curated.',
  });
  const doc = docOf(['开展杭州“最美”群像选树计划，深化“名校名院名所”建设工程。']);

  it('lets a lexicon entry named by the quoted spelling own the span', () => {
    const lexicon = LexiconSchema.parse({
      documentId: 'hand',
      themes: [],
      concepts: [entry('“最美”群像选树计划', ['群像选树计划'])],
      reject: ['名校名院名所建设工程'],
    });
    const out = extractConcepts(doc, { lexicon, vocabulary: [] });
    const spelled = spellings(doc, out);
    expect([...spelled.entries()].sort()).toEqual([
      ['“最美”群像选树计划', ['“最美”群像选树计划']],
      ['名校名院名所', ['名校名院名所']], // the rejected longer name leaves the quoted head its mention
    ]);
    const curated = out.find((c) => c.label === '“最美”群像选树计划');
    expect(curated).toMatchObject({ origin: 'lexicon', labelEn: 'Curated' });
    expect(curated?.aliases).toContain('最美群像选树计划');
  });

  it('without the lexicon proposes both longer names and neither head', () => {
    expect(
      extractConcepts(doc, { vocabulary: [] })
        .map((c) => c.label)
        .sort(),
    ).toEqual(['名校名院名所建设工程', '最美群像选树计划']);
  });
});

describe.each(MODES)('conjoined names, %s', (_mode, segmenter) => {
  it.each([
    ['推进甬江科创区和前湾新区建设。', ['前湾新区', '甬江科创区']],
    ['加快甬江实验室和白马湖实验室建设。', ['甬江实验室', '白马湖实验室']],
    [
      '建设之江文化产业带、大运河文化产业带和钱塘江诗路文化带。',
      ['之江文化产业带', '大运河文化产业带', '钱塘江诗路文化带'],
    ],
    ['推动杭州湾产业带和甬江科创区建设。', ['杭州湾产业带', '甬江科创区']],
    ['实施居民收入和中等收入群体双倍增计划。', ['居民收入和中等收入群体双倍增计划']],
    ['全面实施科技创新和人才强市首位战略。', ['科技创新和人才强市首位战略']],
  ])('%s', (sentence, expected) => {
    expect(labels([sentence], segmenter)).toEqual([...expected].sort());
  });
});

describe('quoted adjectives', () => {
  it.each(MODES)('drops “最美”, “最严”, “更好” when they never stand alone unquoted, %s', (_m, segmenter) => {
    expect(labels(['开展“最美”评选，坚持“最严”标准，“更好”服务群众，纠治“四风”。'], segmenter)).toEqual([
      '四风',
    ]);
  });

  it('uses jieba tags for adjectives outside the list (干净/a), the list alone without tags', () => {
    const s = ['打造“干净”城市环境，推进“两山”转化。'];
    expect(labels(s, jieba)).toEqual(['两山']);
    expect(labels(s)).toEqual(['两山', '干净']);
    expect(labels(s, jiebaSegmenter(tokenize))).toEqual(['两山', '干净']); // tokens without tags
  });

  it('keeps a quoted adjective that also occurs unquoted, with every occurrence as a mention', () => {
    const { spelled } = run(['推进“清廉”建设。', '打造清廉单元，争当最美志愿者。', '争当“最美”。'], jieba);
    expect(spelled.get('清廉')).toEqual(['清廉', '清廉']);
    expect(spelled.get('最美')).toEqual(['最美', '最美']);
  });

  it('isQuotedAdjective: degree forms and tagged adjectives of at most two characters', () => {
    for (const w of ['最美', '最严', '更好', '更强', '良好']) {
      expect(isQuotedAdjective(w), w).toBe(true);
      expect(isQuotedAdjective(w, jieba), w).toBe(true);
    }
    for (const w of ['干净', '整洁', '清廉']) {
      expect(isQuotedAdjective(w), w).toBe(false);
      expect(isQuotedAdjective(w, jieba), w).toBe(true);
    }
    for (const w of ['四风', '两山', '双减', '共富', '315', '最美丽', '更好服务']) {
      expect(isQuotedAdjective(w), w).toBe(false);
      expect(isQuotedAdjective(w, jieba), w).toBe(false);
    }
  });
});
