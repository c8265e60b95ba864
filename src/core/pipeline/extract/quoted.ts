/**
 * Quoted terms: “…”, 「…」, 『…』, ‘…’ and straight "…" pairs inside sections. A quoted term is kept whole
 * (“县乡一体、条抓块统”, “1612+N”, “河（湖）长制”); slogans record their parts as members. Quotations that are
 * sentences (contain 。！？；, or run past MAX_QUOTE characters) and single characters (“严”) are not terms.
 */
import type { Section } from '../schema';
import { codePointLength, isCjk, OPEN_QUOTE_FOR } from './chars';

export interface QuotedTerm {
  label: string;
  members: string[];
}

/** A quoted term where it occurs: the whole quotation, marks included, is [start, end). */
export interface QuotedOccurrence extends QuotedTerm {
  start: number;
  end: number;
}

export interface QuotedScan {
  /** Every occurrence of a quoted term, in document order. */
  terms: QuotedOccurrence[];
  /** Whole quotations including the quote marks, in document order. */
  ranges: { start: number; end: number }[];
}

/** Longest quoted term kept, in code points. */
export const MAX_QUOTE = 32;
const SENTENCE_END = /[。！？；!?;]/;
const MEMBER_SPLIT = /[、，,·・]/;
const TERMISH = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;
const SEARCH_LIMIT = 80;

function members(label: string): string[] {
  if (!MEMBER_SPLIT.test(label)) return [];
  const parts = label
    .split(MEMBER_SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return parts.length >= 2 ? parts : [];
}

/** The content of a quotation as a term, or null when it is not one. */
export function quotedTerm(raw: string, isGeneric: (s: string) => boolean): QuotedTerm | null {
  const label = raw.trim();
  const n = codePointLength(label);
  if (n < 2 || n > MAX_QUOTE || SENTENCE_END.test(label)) return null;
  let termChars = 0;
  for (const ch of label) if (isCjk(ch) || TERMISH.test(ch)) termChars++;
  if (termChars < 2 || isGeneric(label)) return null;
  return { label, members: members(label) };
}

function closingFor(text: string, at: number, end: number, open: string, close: string): number {
  const limit = Math.min(end, at + SEARCH_LIMIT);
  for (let j = at + 1; j < limit; j++) {
    const ch = text[j];
    if (ch === close) return j;
    if (ch === open || ch === '\n') return -1;
  }
  return -1;
}

export function scanQuoted(
  text: string,
  sections: readonly Section[],
  isGeneric: (s: string) => boolean,
): QuotedScan {
  const terms: QuotedOccurrence[] = [];
  const ranges: { start: number; end: number }[] = [];
  for (const sec of sections) {
    let i = sec.start;
    while (i < sec.end) {
      const ch = text[i] as string;
      const close = ch === '"' ? '"' : OPEN_QUOTE_FOR.get(ch);
      if (close === undefined) {
        i++;
        continue;
      }
      const j = closingFor(text, i, sec.end, ch === '"' ? '\u0000' : ch, close);
      if (j < 0) {
        i++;
        continue;
      }
      const content = text.slice(i + 1, j);
      if (ch === '"' && SENTENCE_END.test(content)) {
        i++; // an unpaired straight quote: try pairing the next one
        continue;
      }
      ranges.push({ start: i, end: j + 1 });
      const term = quotedTerm(content, isGeneric);
      if (term) terms.push({ ...term, start: i, end: j + 1 });
      i = j + 1;
    }
  }
  return { terms, ranges };
}
