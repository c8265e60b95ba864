import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDocument } from '../../src/core/pipeline/parse';
import { checkInvariants } from './parse-check';

const FRAGMENTS = [
  '一、',
  '二、',
  '十一、',
  '二十三、',
  '（一）',
  '（二）',
  '(三)',
  '1.',
  '2．',
  '3、',
  '（1）',
  '(2)',
  '第一篇',
  '第二部分',
  '第一章',
  '第三章　',
  '第一节',
  '第二节',
  '目录\n',
  '一.',
  '二　',
  '。',
  '！',
  '？',
  '；',
  '!',
  ';',
  '”',
  '"',
  '）',
  '\n',
  '\n\n',
  ' ',
  '\u3000',
  '\r',
  '河（湖）长制',
  '委员工作站(室)',
  '杭州',
  '两个先行',
  '（2022年7月27日通过）',
  '（摘自《杭州日报》2022年8月3日）',
  '——2023年1月12日在会议上',
  '市委号召，',
  '让我们',
  '而奋斗！',
  '\ufeff',
  '\ud83d',
  '😀',
];

const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 })
  .map((parts) => parts.join(''));
const lineText = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        '',
        '一、',
        '二、',
        '三、',
        '（一）',
        '（二）',
        '（三）',
        '1.',
        '2.',
        '（1）',
        '第一篇 ',
        '第二篇 ',
        '第一章 ',
        '第二章 ',
        '第一节 ',
        '第二节 ',
        '第一部分 ',
        '一　',
        '目录',
      ),
      fc.string(),
    ),
    { maxLength: 30 },
  )
  .map((rows) => rows.map(([marker, body]) => marker + body).join('\n'));

describe('parseDocument properties', () => {
  it('never throws on arbitrary strings and keeps every invariant', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, parseDocument(text, { id: 'p' }));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every invariant on random mixes of markers, punctuation and line breaks', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        checkInvariants(text, parseDocument(text, { id: 'p' }));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every invariant on random lines that start with markers', () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const parsed = parseDocument(text, { id: 'p' });
        checkInvariants(text, parsed);
        // ids are unique and every section starts on a line start (after indentation)
        for (const s of parsed.sections) {
          const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
          expect(text.slice(lineStart, s.start).trim()).toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        expect(parseDocument(text, { id: 'p' })).toEqual(parseDocument(text, { id: 'p' }));
      }),
      { numRuns: 100 },
    );
  });
});

function bigDocument(parts: number, subsections: number, paragraph: string): string {
  const numerals = '一二三四五六七八九十';
  const numeral = (n: number): string => {
    if (n <= 10) return numerals[n - 1] ?? '';
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : numerals[tens - 1]}十${ones === 0 ? '' : numerals[ones - 1]}`;
  };
  const lines = ['关于性能测试的决议', '（2022年7月27日通过）', paragraph];
  for (let p = 1; p <= parts; p++) {
    lines.push(`${numeral(p)}、第${p}部分的标题`, paragraph);
    for (let s = 1; s <= subsections; s++) lines.push(`（${numeral(s)}）第${s}小节的标题。${paragraph}`);
  }
  lines.push('市委号召，全市上下要以实际行动迎接胜利召开！');
  return lines.join('\n');
}

// Timings of these documents live in `npm run bench`; here only the structure they must parse into.
describe('parseDocument at scale', () => {
  it('parses a 400 KB document with 500 subsections', () => {
    const paragraph =
      '推进“两个先行”，建设城西科创大走廊，深化河（湖）长制；完善区、县（市）协作机制。'.repeat(19);
    const text = bigDocument(20, 25, paragraph);
    expect(text.length).toBeGreaterThan(400_000);
    const parsed = parseDocument(text, { id: 'big' });
    expect(parsed.sections.filter((s) => s.kind === 'subsection')).toHaveLength(500);
    expect(parsed.sections.at(-1)?.id).toBe('closing');
    expect(parsed.sections.find((s) => s.id === 'p20-s25')?.address).toBe('二十（二十五）');
    checkInvariants(text, parsed);
  });

  it('keeps the whole text on pathological lines (no terminators, runs of punctuation, many markers)', () => {
    const cases = [
      '一、' + '字'.repeat(400_000),
      '（一）' + '，'.repeat(400_000) + 'x',
      '（一）' + '"。'.repeat(100_000),
      Array.from({ length: 40_000 }, (_, i) => `${i + 1}.条`).join('\n'),
      '目录\n' + '第一章 标题\n'.repeat(40_000) + '第一章 标题',
      Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? '（一）甲' : '一、乙')).join('\n'),
      '第一章' + '　'.repeat(400_000) + '。',
      '\n'.repeat(400_000),
    ];
    for (const text of cases) {
      const parsed = parseDocument(text, { id: 'p' });
      expect(parsed.document.text.length).toBe(text.length);
    }
  });
});

describe('parseDocument at scale on five-year-plan structure', () => {
  it('parses a 400 KB plan with 20 篇, 60 章 and 300 节', () => {
    const numeral = (n: number): string => {
      const digits = '一二三四五六七八九';
      if (n <= 9) return digits[n - 1] ?? '';
      const tens = Math.floor(n / 10);
      const ones = n % 10;
      return `${tens === 1 ? '' : digits[tens - 1]}十${ones === 0 ? '' : digits[ones - 1]}`;
    };
    const paragraph =
      '推进“两个先行”，建设城西科创大走廊，深化河（湖）长制；完善区、县（市）协作机制。'.repeat(30);
    const lines = ['某市国民经济和社会发展', '第十四个五年规划纲要', '', '目录'];
    for (let c = 1; c <= 60; c++) lines.push(`第${numeral(c)}章\u3000第${c}章标题`);
    lines.push('', paragraph);
    for (let c = 1; c <= 60; c++) {
      if (c % 3 === 1) lines.push(`第${numeral((c + 2) / 3)}篇\u3000第${(c + 2) / 3}篇标题`);
      lines.push(`第${numeral(c)}章\u3000第${c}章标题`, paragraph);
      for (let j = 1; j <= 5; j++) lines.push(`第${numeral(j)}节\u3000第${j}节标题`, paragraph);
    }
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(400_000);
    const parsed = parseDocument(text, { id: 'plan' });
    checkInvariants(text, parsed);
    expect(parsed.sections.filter((s) => s.kind === 'intro')).toHaveLength(60);
    expect(parsed.sections.filter((s) => s.kind === 'subsection')).toHaveLength(300);
    expect(parsed.sections.find((s) => s.id === 'p60-s5')?.address).toBe('第六十章第五节');
    expect(parsed.document.title).toBe('某市国民经济和社会发展第十四个五年规划纲要');
  });
});
