/** Property tests: any text extracts without throwing, with valid offsets inside sections. */
import fc from 'fast-check';
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { docOf } from '../fixtures/extract/doc-of';

const segmenter = jiebaSegmenter(tokenize, tag);
const PIECES = [
  ...'“”「」『』"‘’（）()、，。；：！？·',
  '实施',
  '推进',
  '工程',
  '行动',
  '计划',
  '战略',
  '长制',
  '实验室',
  '大学',
  '公园',
  '带',
  '村',
  '城市',
  '中心',
  '平台',
  '西湖',
  '之江',
  '八八战略',
  '两个先行',
  '杭州',
  '都市区',
  '和',
  '的',
  '等',
  '五大',
  '2.0',
  '𠀀',
  '\uD800',
  ' ',
  '\n',
  '共同富裕',
  '亚运会',
  '习近平新时代中国特色社会主义思想',
  '第十五次党代会',
  '党的二十大',
  '河（湖）长制',
];
const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 2 }),
);
const paragraph = fc.array(piece, { maxLength: 40 }).map((p) => p.join('').replace(/\n/g, ''));

describe('extractConcepts on arbitrary text', () => {
  it('never throws; offsets are valid, inside sections, spell a surface, and do not overlap', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (paragraphs, withSegmenter) => {
          const doc = docOf(paragraphs);
          const text = doc.document.text;
          const out = extractConcepts(doc, withSegmenter ? { segmenter } : {});
          const taken = new Uint8Array(text.length);
          for (const c of out) {
            expect(c.id).toBe(c.label);
            expect([...c.label].length).toBeGreaterThanOrEqual(2);
            expect(c.mentions.length).toBeGreaterThan(0);
            for (const m of c.mentions) {
              expect(
                Number.isInteger(m.start) &&
                  Number.isInteger(m.end) &&
                  m.start < m.end &&
                  m.end <= text.length,
              ).toBe(true);
              expect(doc.sections.some((s) => s.start <= m.start && m.end <= s.end)).toBe(true);
              expect([c.label, ...c.aliases]).toContain(text.slice(m.start, m.end));
              for (let k = m.start; k < m.end; k++) {
                expect(taken[k]).toBe(0);
                taken[k] = 1;
              }
            }
          }
          const ids = out.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
      { numRuns: 300, seed: 20220727 },
    );
  });

  it('ignores sections with impossible offsets instead of throwing', () => {
    const doc = docOf(['实施“西湖明珠工程”。']);
    doc.sections.push({ ...doc.sections[0]!, id: 'bad', start: 5, end: 1_000_000 });
    expect(extractConcepts(doc).map((c) => c.id)).toEqual(['西湖明珠工程']);
  });
});
