/** The jieba adapter: code-point offsets from jieba-rs become JavaScript string offsets. */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { docOf } from '../fixtures/extract/doc-of';

describe('jiebaSegmenter', () => {
  it('reports code points from jieba and UTF-16 offsets from the adapter', () => {
    const text = '𠀀𠀀城西科创大走廊';
    const raw = tokenize(text, 'default', true);
    expect(raw.find((t) => t.word === '城西')?.start).toBe(2); // jieba counts the astral characters once
    const tokens = jiebaSegmenter(tokenize).tokenize(text);
    const chengxi = tokens.find((t) => t.word === '城西');
    expect(chengxi?.start).toBe(4); // JavaScript counts them twice
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.at(-1)?.end).toBe(text.length);
  });

  it('attaches part-of-speech tags when jieba tag is given', () => {
    const tokens = jiebaSegmenter(tokenize, tag).tokenize('依托之江实验室、浙江大学');
    expect(tokens.map((t) => `${t.word}/${t.tag}`)).toEqual([
      '依托/v',
      '之江/ns',
      '实验室/n',
      '、/x',
      '浙江大学/nt',
    ]);
    expect(jiebaSegmenter(tokenize).tokenize('浙江大学')[0]?.tag).toBeUndefined();
  });

  it('keeps mention offsets right after astral characters', () => {
    const doc = docOf(['𠀀𠀀深入实施乡村振兴战略，𠀁推进大学生杭聚工程。']);
    const out = extractConcepts(doc, { segmenter: jiebaSegmenter(tokenize, tag) });
    const t = doc.document.text;
    const spans = out.flatMap((c) => c.mentions.map((m) => t.slice(m.start, m.end)));
    expect(spans.sort()).toEqual(['乡村振兴战略', '大学生杭聚工程']);
  });

  it('returns nothing for empty text', () => {
    expect(jiebaSegmenter(tokenize, tag).tokenize('')).toEqual([]);
  });
});
