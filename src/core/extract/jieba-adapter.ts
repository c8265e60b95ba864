/**
 * Wraps jieba-wasm as a Segmenter. jieba-rs reports `tokenize` offsets in Unicode code points; JavaScript
 * strings index UTF-16 code units, so an astral character (𠀀) shifts every later offset by one. The
 * adapter converts offsets to JS string offsets. When jieba's `tag` is passed too, each token gets its
 * part-of-speech tag (tag() segments exactly like tokenize(…, 'default', true); if the words ever
 * disagree, the tags are left out). Pure: jieba's functions are passed in, nothing is imported.
 */
import type { Segmenter, Token } from '../types';

export type JiebaTokenize = (text: string, mode: string, hmm?: boolean | null) => { word: string; start: number; end: number }[];
export type JiebaTag = (sentence: string, hmm?: boolean | null) => { word: string; tag: string }[];

/** Code-point offset → UTF-16 offset table for `text`, or null when the text has no surrogate pairs. */
export function codePointTable(text: string): Uint32Array | null {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return null;
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  table.push(text.length);
  return Uint32Array.from(table);
}

export function jiebaSegmenter(tokenize: JiebaTokenize, tag?: JiebaTag): Segmenter {
  return {
    tokenize(text: string): Token[] {
      if (text.length === 0) return [];
      const raw = tokenize(text, 'default', true);
      const tags = tag ? tag(text, true) : null;
      const aligned = tags !== null && tags.length === raw.length && tags.every((t, i) => t.word === raw[i]?.word);
      const table = codePointTable(text);
      const out: Token[] = [];
      raw.forEach((t, i) => {
        const start = table ? table[t.start] : t.start;
        const end = table ? table[t.end] : t.end;
        if (start === undefined || end === undefined || end <= start || end > text.length) return;
        const token: Token = { word: text.slice(start, end), start, end };
        const pos = aligned ? tags[i]?.tag : undefined;
        if (pos !== undefined) token.tag = pos;
        out.push(token);
      });
      return out;
    },
  };
}
