/** Discovery of recurring unquoted names (needs part-of-speech tags from the segmenter). */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { isSubject } from '../../src/core/pipeline/extract/subjects';
import { docOf } from '../fixtures/extract/doc-of';

const segmenter = jiebaSegmenter(tokenize, tag);
const discovered = (paragraphs: string[]) =>
  extractConcepts(docOf(paragraphs), { segmenter, vocabulary: [] })
    .filter((c) => c.origin === 'discovered')
    .map((c) => c.label);

describe('discovery', () => {
  it('finds a place or organisation name that recurs in two sections', () => {
    expect(discovered(['支持义乌国际商贸城转型升级。', '推动义乌国际商贸城扩大开放。'])).toEqual([
      '义乌国际商贸城',
    ]);
  });

  it('needs two different sections', () => {
    expect(discovered(['支持义乌国际商贸城转型升级，推动义乌国际商贸城扩大开放。', '其他工作。'])).toEqual(
      [],
    );
  });

  it('ignores boilerplate, persons and administrative units that recur', () => {
    const paragraphs = [
      '深刻领会习近平同志的重要论述，切实增强公共服务体系，明确奋斗目标，杭州市大力发展数字经济。',
      '深刻领会习近平同志的重要论述，切实增强公共服务体系，明确奋斗目标，杭州市大力发展数字经济。',
    ];
    expect(discovered(paragraphs)).toEqual([]);
  });

  it('does not re-find the inside or the surroundings of a known name', () => {
    const paragraphs = [
      '实施“西湖明珠工程”，建设舟山群岛新区。',
      '西湖明珠工程成效明显，舟山群岛新区加快发展。',
    ];
    expect(discovered(paragraphs)).toEqual([]);
  });

  it('keeps names bound to a place and drops recurring vocabulary (sentences of the Chongqing and Guangdong reports)', () => {
    const paragraphs = [
      '数字重庆建设实现“1年形成重点能力”目标，推进公立医院高质量发展，加快发展集成电路产业。',
      '数字重庆整体构架全面形成，深化公立医院改革，壮大集成电路产业。',
      '加快湛江港30万吨级航道改扩建工程建设，推动粤东城际铁路建设。',
      '推进湛江港与北部湾港协同发展，粤东城际铁路汕头至汕尾段开通。',
    ];
    expect(discovered(paragraphs).sort()).toEqual(['数字重庆', '粤东城际铁路'].sort());
    const all = extractConcepts(docOf(paragraphs), { segmenter, vocabulary: [] });
    expect(all.find((c) => c.label === '湛江港')?.origin).toBe('pattern'); // a place and the head 港
  });

  it('never takes the document’s ever-present subjects (the Party, the people of the place)', () => {
    const paragraphs = ['中国共产党领导浙江人民奋勇前进。', '浙江人民在中国共产党领导下再创佳绩。'];
    expect(discovered(paragraphs)).toEqual([]);
  });
});

describe('isSubject', () => {
  it.each(['中国共产党', '党中央', '浙江人民', '全省人民', '重庆人民', '广大干部群众', '各族人民'])(
    '%s is a subject',
    (s) => expect(isSubject(s)).toBe(true),
  );
  it.each(['人民代表大会制度', '群众路线', '浙江精神', '人民政协', '中国共产党浙江省第十五次代表大会'])(
    '%s is not',
    (s) => expect(isSubject(s)).toBe(false),
  );
});
