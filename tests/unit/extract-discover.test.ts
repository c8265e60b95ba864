/** Discovery of recurring unquoted names (needs part-of-speech tags from the segmenter). */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { docOf } from '../fixtures/extract/doc-of';

const segmenter = jiebaSegmenter(tokenize, tag);
const discovered = (paragraphs: string[]) =>
  extractConcepts(docOf(paragraphs), { segmenter, vocabulary: [] })
    .filter((c) => c.origin === 'discovered')
    .map((c) => c.label);

describe('discovery', () => {
  it('finds a place or organisation name that recurs in two sections', () => {
    expect(discovered(['支持义乌国际商贸城转型升级。', '推动义乌国际商贸城扩大开放。'])).toEqual(['义乌国际商贸城']);
  });

  it('needs two different sections', () => {
    expect(discovered(['支持义乌国际商贸城转型升级，推动义乌国际商贸城扩大开放。', '其他工作。'])).toEqual([]);
  });

  it('ignores boilerplate, persons and administrative units that recur', () => {
    const paragraphs = [
      '深刻领会习近平同志的重要论述，切实增强公共服务体系，明确奋斗目标，杭州市大力发展数字经济。',
      '深刻领会习近平同志的重要论述，切实增强公共服务体系，明确奋斗目标，杭州市大力发展数字经济。',
    ];
    expect(discovered(paragraphs)).toEqual([]);
  });

  it('does not re-find the inside or the surroundings of a known name', () => {
    const paragraphs = ['实施“西湖明珠工程”，建设舟山群岛新区。', '西湖明珠工程成效明显，舟山群岛新区加快发展。'];
    expect(discovered(paragraphs)).toEqual([]);
  });
});
