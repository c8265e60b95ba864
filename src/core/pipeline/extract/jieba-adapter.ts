/**
 * Wraps jieba-wasm as a Segmenter. jieba-rs reports `tokenize` offsets in Unicode code points; JavaScript
 * strings index UTF-16 code units, so an astral character (𠀀) shifts every later offset by one. The
 * adapter converts offsets to JS string offsets. When jieba's `tag` is passed too, tokens come from tag()
 * (it segments exactly like tokenize(…, 'default', true) and its words cover the text in order, so offsets
 * are running string lengths) and carry their part-of-speech tag; if its words ever fail to spell the
 * text, tokenize() is used without tags. Pure: jieba's functions are passed in, nothing is imported.
 */
import type { Segmenter, Token } from '../types';

export type JiebaTokenize = (
  text: string,
  mode: string,
  hmm?: boolean | null,
) => { word: string; start: number; end: number }[];
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

/** Tokens from jieba's tag(): its words cover the text in order, so offsets are running lengths. */
function fromTags(text: string, tags: { word: string; tag: string }[]): Token[] | null {
  const out: Token[] = [];
  let at = 0;
  for (const t of tags) {
    const end = at + t.word.length;
    if (t.word.length === 0 || text.slice(at, end) !== t.word) return null;
    out.push({ word: t.word, start: at, end, tag: t.tag });
    at = end;
  }
  return at === text.length ? out : null;
}

export function jiebaSegmenter(tokenize: JiebaTokenize, tag?: JiebaTag): Segmenter {
  return {
    tokenize(text: string): Token[] {
      if (text.length === 0) return [];
      const tagged = tag ? fromTags(text, tag(text, true)) : null;
      if (tagged) return tagged;
      const raw = tokenize(text, 'default', true);
      const table = codePointTable(text);
      const out: Token[] = [];
      for (const t of raw) {
        const start = table ? table[t.start] : t.start;
        const end = table ? table[t.end] : t.end;
        if (start === undefined || end === undefined || end <= start || end > text.length) continue;
        out.push({ word: text.slice(start, end), start, end });
      }
      return out;
    },
  };
}
