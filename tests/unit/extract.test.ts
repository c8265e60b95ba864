/** Concept extraction on the bundled resolution (real parser) and on hand-built documents. */
import { readFileSync } from 'node:fs';
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { GENERIC_WORDS } from '../../src/core/pipeline/extract/stopwords';
import { parseDocument } from '../../src/core/pipeline/parse';
import type { ExtractedConcept, ParsedDocument } from '../../src/core/pipeline/types';
import { docOf } from '../fixtures/extract/doc-of';

const segmenter = jiebaSegmenter(tokenize, tag);
const text = readFileSync(
  new URL('../../graph-data/sources/hangzhou-2022-07-27.txt', import.meta.url),
  'utf8',
);
const bundled = parseDocument(text, { id: 'hangzhou-2022-07-27' });
const concepts = extractConcepts(bundled, { segmenter });
const byId = new Map(concepts.map((c) => [c.id, c]));

/** Offsets valid, inside sections, sorted, non-overlapping; each mention spells the label or an alias. */
function checkMentions(doc: ParsedDocument, list: readonly ExtractedConcept[]): void {
  const t = doc.document.text;
  const owner = new Int32Array(t.length).fill(-1);
  list.forEach((c, ci) => {
    expect(c.mentions.length).toBeGreaterThan(0);
    c.mentions.forEach((m, i) => {
      expect(m.end).toBeGreaterThan(m.start);
      expect(doc.sections.some((s) => s.start <= m.start && m.end <= s.end)).toBe(true);
      expect([c.label, ...c.aliases]).toContain(t.slice(m.start, m.end));
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(c.mentions[i - 1]!.end);
      for (let k = m.start; k < m.end; k++) {
        expect(owner[k]).toBe(-1);
        owner[k] = ci;
      }
    });
  });
}

const WANTED = [
  '城西科创大走廊',
  '之江实验室',
  '浙江大学',
  '西湖大学',
  '国科大杭州高等研究院',
  '西湖明珠工程',
  '大学生杭聚工程',
  '农民增资增收专项行动',
  '理论铸魂溯源走心工程',
  '宋韵文化传世工程',
  '城市记忆工程',
  '大运河国家文化公园',
  '良渚国家古遗址公园',
  '西湖世界爱情文化公园',
  '之江艺术长廊',
  '中国网络作家村',
  '之江编剧村',
  '海塘安澜工程',
  '杭嘉湖南排后续西部通道工程',
  '乡村振兴战略',
  '科技创新和人才强市首位战略',
  '链长制',
  '淳安特别生态功能区',
  '天目窑遗址',
  '钱塘江古海塘',
  '新登古城墙',
  '亚运会',
  '千岛湖',
  '长三角',
  '城市大脑2.0',
  '八八战略',
  '两个先行',
  '五水共治',
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
  '党的二十大',
  '总体国家安全观',
  '习近平新时代中国特色社会主义思想',
  '1612+N',
  '县乡一体、条抓块统',
  '诗路文化·三江两岸',
  '春风行动',
  '红色根脉强基工程',
  '领雁工程',
  '富春山居图',
];

describe('extractConcepts on the bundled resolution, no lexicon', () => {
  it('finds the named initiatives, institutions, heritage sites and formulas', () => {
    const missing = WANTED.filter((w) => !byId.has(w));
    expect(missing).toEqual([]);
  });

  it('yields a sane set: no generic words, no single characters, no quote marks', () => {
    console.log(`${concepts.length} concepts: ${concepts.map((c) => c.label).join(' ')}`);
    expect(concepts.length).toBeGreaterThan(100);
    expect(concepts.length).toBeLessThan(250);
    const generic = new Set(GENERIC_WORDS);
    for (const c of concepts) {
      expect(generic.has(c.label), c.label).toBe(false);
      expect([...c.label].length, c.label).toBeGreaterThanOrEqual(2);
      expect(c.label, c.label).not.toMatch(/[“”「」『』"]/);
      expect(c.id).toBe(c.label);
      expect(c.theme).toBe('');
    }
    for (const noise of [
      '发展',
      '全市',
      '体系',
      '严',
      '湖',
      '长制',
      '杭州日报',
      '新型实验室',
      '创新平台',
      '全国一流大学',
      '群像选树计划',
      '带动',
    ]) {
      expect(byId.has(noise), noise).toBe(false);
    }
  });

  it('keeps slogans whole and records their members', () => {
    expect(byId.get('县乡一体、条抓块统')?.members).toEqual(['县乡一体', '条抓块统']);
    expect(byId.get('诗路文化·三江两岸')?.members).toEqual(['诗路文化', '三江两岸']);
    expect(byId.get('简约、安全、精彩')?.members).toEqual(['简约', '安全', '精彩']);
    expect(byId.get('八八战略')?.members).toEqual([]);
  });

  it('keeps 河（湖）长制 whole: the vocabulary files it under 河长制 with the bracketed form as alias', () => {
    const river = byId.get('河长制');
    expect(river?.aliases).toContain('河（湖）长制');
    expect(river?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['河（湖）长制']);
  });

  it('records mentions inside sections only, as offsets that spell the label or an alias', () => {
    checkMentions(bundled, concepts);
    const first = Math.min(...bundled.sections.map((s) => s.start));
    expect(concepts.every((c) => c.mentions.every((m) => m.start >= first))).toBe(true);
    // 两个先行 occurs once in the title (outside sections) and nine times in the body
    expect(byId.get('两个先行')?.mentions).toHaveLength(9);
  });

  it('finds unquoted repetitions and keeps 八八战略 inside “八八战略”实施综合评估报告机制', () => {
    const at = text.indexOf('“八八战略”实施综合评估报告机制') + 1;
    expect(byId.get('八八战略')?.mentions.some((m) => m.start === at)).toBe(true);
    expect(byId.get('亚运会')?.mentions).toHaveLength(2);
  });

  it('uses vocabulary glosses and kinds, and leaves unknown candidates unglossed', () => {
    expect(byId.get('八八战略')).toMatchObject({
      labelEn: 'Double-Eight Strategy',
      kind: 'strategy',
      origin: 'quoted',
    });
    expect(byId.get('千岛湖')).toMatchObject({ kind: 'place', origin: 'vocabulary' });
    expect(byId.get('之江编剧村')).toMatchObject({
      labelEn: '',
      kind: 'place',
      origin: 'pattern',
      description: '',
    });
    expect(byId.get('西湖明珠工程')).toMatchObject({ labelEn: '', kind: 'programme', origin: 'quoted' });
  });

  it('is deterministic and sorted by id', () => {
    const again = extractConcepts(parseDocument(text, { id: 'hangzhou-2022-07-27' }), { segmenter });
    expect(JSON.stringify(again)).toBe(JSON.stringify(concepts));
    const ids = concepts.map((c) => c.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('works without a segmenter and still finds every wanted name', () => {
    const plain = extractConcepts(bundled);
    const ids = new Set(plain.map((c) => c.id));
    expect(WANTED.filter((w) => !ids.has(w))).toEqual([]);
    checkMentions(bundled, plain);
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    extractConcepts(bundled, { segmenter, onProgress: (_stage, f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
  });
});

describe('extractConcepts on hand-built documents', () => {
  it('drops single characters and empty quotations, pairs 「」『』 and straight quotes', () => {
    const doc = docOf([
      '把“严”的主基调坚持下去，“”不算，推进「清廉单元」和『浙里办』。',
      '推行"赛马制"改革，再说赛马制。',
    ]);
    const ids = extractConcepts(doc, { vocabulary: [] }).map((c) => c.id);
    expect(ids).toEqual(['浙里办', '清廉单元', '赛马制']);
  });

  it('counts unquoted occurrences in other sections as mentions', () => {
    const doc = docOf(['实施“西湖明珠工程”。', '西湖明珠工程成效明显。']);
    const [c] = extractConcepts(doc, { vocabulary: [] });
    expect(c?.mentions.map((m) => doc.document.text.slice(m.start, m.end))).toEqual([
      '西湖明珠工程',
      '西湖明珠工程',
    ]);
    expect(c?.mentions[1]!.start).toBe(doc.sections[1]!.start);
  });

  it('ignores the title and lines outside sections', () => {
    const doc = docOf(['正文没有术语。'], '关于推进“两个先行”的决议');
    expect(extractConcepts(doc)).toEqual([]);
  });

  it('resolves overlaps longest match first across concepts', () => {
    const vocabulary = [
      {
        label: '杭州',
        aliases: [],
        kind: 'place' as const,
        labelEn: 'Hangzhou',
        description: '城市。',
        descriptionEn: 'City.',
      },
      {
        label: '杭州都市区',
        aliases: [],
        kind: 'place' as const,
        labelEn: 'Hangzhou metro area',
        description: '都市区。',
        descriptionEn: 'Metro area.',
      },
    ];
    const doc = docOf(['做强杭州都市区，建设杭州。']);
    const out = extractConcepts(doc, { vocabulary });
    const span = (id: string) =>
      out.find((c) => c.id === id)?.mentions.map((m) => doc.document.text.slice(m.start, m.end));
    expect(span('杭州都市区')).toEqual(['杭州都市区']);
    expect(span('杭州')).toEqual(['杭州']);
    checkMentions(doc, out);
  });

  it('drops a concept whose every occurrence lies inside a longer one', () => {
    const doc = docOf(['高水平推进大运河国家文化公园建设。']);
    const ids = extractConcepts(doc).map((c) => c.id);
    expect(ids).toContain('大运河国家文化公园');
    expect(ids).not.toContain('中国大运河'); // the vocabulary's 大运河 only occurs inside the park's name
  });
});
