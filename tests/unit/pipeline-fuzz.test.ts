/**
 * Fuzzing the pipeline with text made of Object.prototype names, control and bidirectional characters,
 * brackets, quotes, heading markers, CJK words and lone surrogates: it finishes, every offset is valid,
 * mentions spell their concepts, no hidden character reaches a name, and a graph with concepts passes
 * the graph-data contract (parseGraphData).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getNodeSegmenter } from '../../src/cli/segmenter';
import { buildGraphData } from '../../src/core/pipeline/index';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';
import type { Segmenter } from '../../src/core/pipeline/types';

const PROTO = Object.getOwnPropertyNames(Object.prototype);
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\u000b',
  '\u000c',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u200f',
];
const BRACKETS = [
  '“',
  '”',
  '「',
  '」',
  '『',
  '』',
  '‘',
  '’',
  '"',
  "'",
  '（',
  '）',
  '(',
  ')',
  '《',
  '》',
  '【',
  '】',
  '[',
  ']',
  '{',
  '}',
  '〔',
  '〕',
];
const STRUCTURE = [
  '\n一、',
  '\n二、',
  '\n（一）',
  '\n（二）',
  '\n1.',
  '\n（1）',
  '\n第一部分',
  '\n第二章',
  '\n第一节',
  '。',
  '，',
  '；',
  '、',
  '：',
  '\n\n',
  '（2022年7月27日通过）',
];
const WORDS = [
  '八八战略',
  '数字青溪',
  '工程',
  '行动',
  '制度',
  '共同富裕',
  '改革',
  '建设',
  '杭州',
  '实验室',
  '“两个先行”',
  '党的二十大',
  '𠀀',
  '\ud800',
  '\udc00',
  'ａ',
  '１',
];
const TOKENS = [...PROTO, ...CONTROLS, ...BRACKETS, ...STRUCTURE, ...WORDS, ...PROTO.map((p) => `“${p}”`)];

const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const text = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 160 }).map((t) => t.join(''));

function checkOffsets(data: GraphData): void {
  const n = data.document.text.length;
  expect(HIDDEN.test(data.document.text)).toBe(false);
  for (const s of data.sections) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= n).toBe(true);
  }
  const ids = new Set(data.nodes.map((x) => x.id));
  expect(ids.size).toBe(data.nodes.length);
  for (const node of data.nodes) {
    for (const name of [node.id, node.label, ...node.aliases])
      expect(HIDDEN.test(name), JSON.stringify(name)).toBe(false);
    expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
    expect(node.count).toBe(node.mentions.length);
    for (const m of node.mentions) {
      expect(0 <= m.start && m.start < m.end && m.end <= n).toBe(true);
      expect([node.label, ...node.aliases]).toContain(data.document.text.slice(m.start, m.end));
    }
  }
  for (const e of data.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  if (data.nodes.length > 0) {
    const checked = parseGraphData(data);
    expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  }
}

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await getNodeSegmenter();
});

describe('the pipeline on hostile text', () => {
  it('finishes with valid offsets (with the word segmenter)', () => {
    fc.assert(
      fc.property(text, (t) => checkOffsets(buildGraphData(t, { documentId: 'fuzz', segmenter }))),
      { numRuns: 150 },
    );
  });

  it('finishes with valid offsets (without a segmenter, and with a lexicon naming Object.prototype members)', () => {
    const lexicon = {
      documentId: 'fuzz',
      themes: [{ id: 'constructor', label: '构造', labelEn: 'Constructor' }],
      concepts: PROTO.slice(0, 6).map((label) => ({
        label,
        aliases: [],
        kind: 'concept' as const,
        theme: 'constructor',
        labelEn: label,
        description: label,
        descriptionEn: label,
      })),
      reject: ['toString'],
    };
    fc.assert(
      fc.property(text, (t) => checkOffsets(buildGraphData(t, { documentId: 'fuzz', lexicon }))),
      { numRuns: 150 },
    );
  });
});
