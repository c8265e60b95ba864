/**
 * Splits sections into sentence-sized units and, when a segmenter is given, tokenizes each unit once.
 * Token boundaries are kept in a bitmap over the document so extractors can ask "does a word start here?".
 */
import type { Section } from '../schema';
import type { Segmenter, Token } from '../types';
import { isHighSurrogate } from './chars';

export interface Unit {
  start: number;
  end: number;
  /** Index into the sections array. */
  section: number;
  /** Tokens with document offsets, or null without a segmenter. */
  tokens: Token[] | null;
}

export interface Segmentation {
  units: Unit[];
  /** boundary[i] === 1 when a token starts or ends at offset i; null without a segmenter. */
  boundary: Uint8Array | null;
}

const UNIT_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
const MAX_UNIT = 600;

function splitSection(text: string, sec: Section, index: number, out: Unit[]): void {
  let s = sec.start;
  const push = (e: number) => {
    if (e > s) out.push({ start: s, end: e, section: index, tokens: null });
    s = e;
  };
  for (let i = sec.start; i < sec.end; i++) {
    const ch = text[i] as string;
    if (UNIT_END.has(ch)) push(i + 1);
    else if (i - s >= MAX_UNIT && ch !== '\n' && !isHighSurrogate(text.charCodeAt(i - 1))) {
      // no sentence punctuation for a long stretch: cut at a comma if one is near, else here
      let cut = i;
      for (let j = i; j > i - 100; j--)
        if ('，、,'.includes(text[j] as string)) {
          cut = j + 1;
          break;
        }
      push(cut);
    }
  }
  push(sec.end);
}

export function segment(
  text: string,
  sections: readonly Section[],
  segmenter: Segmenter | undefined,
  onUnit?: (done: number, total: number) => void,
): Segmentation {
  const units: Unit[] = [];
  sections.forEach((sec, i) => splitSection(text, sec, i, units));
  if (!segmenter) return { units, boundary: null };
  const boundary = new Uint8Array(text.length + 1);
  units.forEach((u, k) => {
    const slice = text.slice(u.start, u.end);
    const tokens: Token[] = [];
    boundary[u.start] = 1;
    boundary[u.end] = 1;
    for (const t of segmenter.tokenize(slice)) {
      if (!(t.start >= 0 && t.end <= slice.length && t.end > t.start)) continue;
      const start = u.start + t.start;
      const end = u.start + t.end;
      boundary[start] = 1;
      boundary[end] = 1;
      const token: Token = { word: text.slice(start, end), start, end };
      if (t.tag !== undefined) token.tag = t.tag;
      tokens.push(token);
    }
    u.tokens = tokens;
    if (onUnit && k % 200 === 0) onUnit(k, units.length);
  });
  return { units, boundary };
}
