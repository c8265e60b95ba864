/** The evaluation's scoring, structure checks, figures and adjudications (tests/eval/), on hand-made cases. */
import { readFileSync } from 'node:fs';
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { buildGraphData } from '../../src/core/pipeline';
import { jiebaSegmenter } from '../../src/core/pipeline/extract';
import { AnnotationSchema, applyAdjudications, type Annotation } from '../eval/annotation';
import { isFigure } from '../eval/figures';
import { scoreDocument, type EvalNode } from '../eval/score';
import { checkStructure } from '../eval/structure';

const text = readFileSync(new URL('../fixtures/extract/provincial-report.txt', import.meta.url), 'utf8');
const annotation: Annotation = AnnotationSchema.parse(
  JSON.parse(
    readFileSync(new URL('../fixtures/eval/selftest/provincial-report.json', import.meta.url), 'utf8'),
  ),
);
const node = (label: string, origin = 'pattern', aliases: string[] = []): EvalNode => ({
  label,
  aliases,
  origin,
});

describe('scoreDocument', () => {
  const nodes = [
    node('八八战略', 'quoted'),
    node('千项万亿工程', 'pattern', ['“千项万亿”工程']),
    node('之江实验室'),
    node('杭州城西科创大走廊', 'discovered'), // an alias of the name
    node('中央八项规定', 'vocabulary'),
    node('数字经济', 'vocabulary'), // acceptable
    node('西湖实验室等省实验室'), // forbidden, and a wrong boundary
    node('五年年均增长6.7'), // a figure
  ];
  const s = scoreDocument(text, nodes, annotation);

  it('counts recall per class, leaving out names that only occur inside longer names', () => {
    expect(s.recall.quoted).toEqual({ hit: 2, total: 4 });
    expect(s.recall.local).toEqual({ hit: 2, total: 6 });
    expect(s.recall.national).toEqual({ hit: 1, total: 1 }); // 八项规定 only inside 中央八项规定
    expect(s.nestedOnly).toEqual(['八项规定']);
    expect(s.missed.quoted).toEqual(['两个维护', '浙里办']);
    expect(s.missed.local).toEqual(['义乌国际商贸城', '温州环大罗山科创走廊', '甬江科创区', '西湖实验室']);
  });

  it('counts precision overall, without vocabulary nodes and per origin', () => {
    expect(s.precision).toEqual({ hit: 6, total: 8 });
    expect(s.precisionWithoutVocabulary).toEqual({ hit: 4, total: 6 });
    expect(s.byOrigin).toEqual({
      quoted: { hit: 1, total: 1 },
      pattern: { hit: 2, total: 4 },
      discovered: { hit: 1, total: 1 },
      vocabulary: { hit: 2, total: 2 },
    });
    expect(s.wrong.map((w) => w.label)).toEqual(['西湖实验室等省实验室', '五年年均增长6.7']);
    expect(s.forbiddenFound).toEqual(['西湖实验室等省实验室']);
    expect(s.figures).toEqual(['五年年均增长6.7']);
  });

  it('reports a name that is not in the text', () => {
    const a = {
      ...annotation,
      names: [...annotation.names, { name: '不存在的名称', class: 'local' as const }],
    };
    expect(scoreDocument(text, nodes, a).notInText).toEqual(['不存在的名称']);
  });
});

describe('isFigure', () => {
  it.each([
    '五年年均增长6.7',
    '人均预期寿命达到82.7',
    '群众安全感达到99.19',
    '城乡居民收入比缩小至2.21',
    '10个概念验证中心',
    '全省安排财政资金642亿元',
    '跨境公路班车开行量突破1',
  ])('%s is a figure', (s) => expect(isFigure(s)).toBe(true));
  it.each(['城市大脑2.0', '数字化改革3.0', '1612+N', '15分钟高品质生活服务圈', '十四五规划', '5G', '20条'])(
    '%s is not a figure',
    (s) => expect(isFigure(s)).toBe(false),
  );
});

describe('applyAdjudications', () => {
  it('moves, drops, aliases and reclassifies entries of one document, and reports those that match nothing', () => {
    const r = applyAdjudications(annotation, [
      { document: 'provincial-report', string: '甬江科创区', change: 'acceptable', reason: 'r' },
      { document: 'provincial-report', string: '各位代表', change: 'drop', reason: 'r' },
      { document: 'provincial-report', string: '浙里办', change: 'class', class: 'local', reason: 'r' },
      { document: 'provincial-report', string: '之江实验室', change: 'alias', alias: '之江', reason: 'r' },
      { document: 'provincial-report', string: '没有这个', change: 'drop', reason: 'r' },
      { document: 'other', string: '八八战略', change: 'drop', reason: 'r' },
    ]);
    expect(r.applied).toHaveLength(4);
    expect(r.unmatched.map((a) => a.string)).toEqual(['没有这个']);
    expect(r.annotation.names.some((n) => n.name === '甬江科创区')).toBe(false);
    expect(r.annotation.acceptable).toContain('甬江科创区');
    expect(r.annotation.forbidden).not.toContain('各位代表');
    expect(r.annotation.names.find((n) => n.name === '浙里办')?.class).toBe('local');
    expect(r.annotation.names.find((n) => n.name === '之江实验室')?.aliases).toEqual(['之江']);
    expect(annotation.forbidden).toContain('各位代表'); // the reader's file is untouched
  });
});

describe('checkStructure', () => {
  const data = buildGraphData(text, {
    documentId: 'provincial-report',
    segmenter: jiebaSegmenter(tokenize, tag),
  });

  it('finds the parse right where the reader says so', () => {
    const c = checkStructure(data, annotation);
    expect(c.problems).toEqual([]);
    expect(c.parsed.parts.map((p) => p.subsections)).toEqual([0, 4, 0]);
  });

  it('names each difference', () => {
    const wrong: Annotation = {
      ...annotation,
      structure: {
        date: '2023-01-17',
        parts: [
          { marker: '一', heading: '过去五年工作回顾', subsections: 1 },
          { marker: '二', heading: '今年工作', subsections: 4 },
        ],
        appendices: [{ heading: '附件1 名单' }],
        glossary: [{ term: '八八战略', definitionStart: '' }],
      },
    };
    expect(checkStructure(data, wrong).problems).toEqual([
      'date: parsed 2023-01-16, reader 2023-01-17',
      'parts: parsed 3, reader 2',
      'part 一: subsections parsed 0, reader 1',
      'part 二: heading parsed “2023年工作安排”, reader “今年工作”',
      'appendices: parsed 0, reader 1',
      'glossary: term 八八战略 is not a glossary node',
    ]);
  });
});
