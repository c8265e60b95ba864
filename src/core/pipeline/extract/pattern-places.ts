/**
 * Places and brackets in suffix-pattern names (patterns.ts): a modifier that is a place (gazetteer.ts or a
 * place tag), brackets inside or after a name, connectives before a place, and names glued together.
 */
import { isTermChar } from './chars';
import { containsPlace, isPlaceName, mentionsPlace } from './gazetteer';
import type { QuoteHead } from './heads';
import { tokensIn, type TokenIndex } from './name-start';

export interface Ctx {
  text: string;
  boundary: Uint8Array | null;
  /** Quotations by the offset right after their closing mark. */
  quoteEndingAt: Map<number, QuoteHead>;
  /** Tagged tokens by start offset, or null without a tagging segmenter. */
  tokens: TokenIndex | null;
}

/** Words that open a designation after a connective (…和|国家级夜间文旅消费集聚区). */
const DESIGNATION = /^(?:国家|全国|中国|国际|省级|市级)/;
const CONNECTIVES = new Set(['和', '与', '及', '以及', '或']);
const PLACE_TAG = /^ns$/;
const TRAILING_BRACKET = /^[（(]([\u4e00-\u9fff]{2,6})[）)]/;
const PLACE_PART = /(?:段|片区|地区|园区|校区|分中心)$/;

/**
 * A place starts at `at`: a gazetteer name, a word tagged as a place or abbreviation, or an unknown two-character
 * word, which in this genre is mostly a joined abbreviation of places (深汕, 广清).
 */
function placeStarts(ctx: Ctx, at: number): boolean {
  const t = ctx.tokens?.get(at);
  if (!t) return false;
  return (
    PLACE_TAG.test(t.tag ?? '') ||
    isPlaceName(t.word) ||
    (t.tag === 'x' && /^[\u4e00-\u9fff]{2}$/.test(t.word))
  );
}

/** The word right before `end` is a place: a careful head after it is a name whatever follows (两江新区创新…). */
export function placeBefore(ctx: Ctx, end: number): boolean {
  for (let a = end - 1; a >= Math.max(0, end - 8); a--) {
    const t = ctx.tokens?.get(a);
    if (t) return t.end === end && (PLACE_TAG.test(t.tag ?? '') || isPlaceName(t.word));
  }
  return false;
}

/** Two names joined by a connective, the second opening with a place: the name is the second (…和|深汕特别合作区). */
export function connectiveStart(ctx: Ctx, s: number, stemEnd: number): number {
  const list = ctx.tokens ? tokensIn(ctx.tokens, s, stemEnd) : null;
  if (!list) return s;
  let start = s;
  for (const t of list)
    if (
      CONNECTIVES.has(t.word) &&
      t.end < stemEnd &&
      t.start > s &&
      (placeStarts(ctx, t.end) || DESIGNATION.test(ctx.text.slice(t.end, stemEnd)))
    )
      start = t.end;
  return start;
}

/** The stem holds a place: a gazetteer name or region word, or a token tagged as a place (not jieba's j:
 * 环保/j, 国企/j are abbreviations of ordinary words). */
export function hasPlace(ctx: Ctx, s: number, stemEnd: number): boolean {
  const list = ctx.tokens ? tokensIn(ctx.tokens, s, stemEnd) : null;
  if (!list) return containsPlace(ctx.text.slice(s, stemEnd));
  if (list.some((t) => PLACE_TAG.test(t.tag ?? '') || isPlaceName(t.word) || mentionsPlace(t.word)))
    return true;
  // places joined by their abbreviations open the stem: 成渝|中线高铁, 赣深|高铁, 广清永|高铁
  const first = list[0];
  return first !== undefined && /^(j|x)$/.test(first.tag ?? '') && /^[\u4e00-\u9fff]{2,3}$/.test(first.word);
}

/**
 * The opening bracket of a short bracketed place or designation that ends at `close` inside a name
 * (西部（重庆）科学城, 国家（西部）算力调度平台), or -1.
 */
export function innerBracketOpen(ctx: Ctx, close: number, limit: number): number {
  if (ctx.text[close] !== '）' && ctx.text[close] !== ')') return -1;
  for (let o = close - 1; o >= Math.max(limit, close - 7); o--) {
    const ch = ctx.text[o] as string;
    if (ch === '（' || ch === '(') return o > limit && isTermChar(ctx.text[o - 1]) && o < close - 2 ? o : -1;
    if (!/[\u4e00-\u9fff]/.test(ch)) return -1;
  }
  return -1;
}

/** A bracketed place or part right after the head belongs to the name: 香港科技大学（广州）, …公园（广东段）. */
export function trailingBracketEnd(ctx: Ctx, end: number): number {
  const m = TRAILING_BRACKET.exec(ctx.text.slice(end, end + 10));
  if (!m) return end;
  const inner = m[1] ?? '';
  const tag = ctx.tokens?.get(end + 1)?.tag ?? '';
  return isPlaceName(inner) ||
    PLACE_PART.test(inner) ||
    (PLACE_TAG.test(tag) && ctx.tokens?.get(end + 1)?.word === inner)
    ? end + m[0].length
    : end;
}

/** Two names glued without a separator, the second repeating the first's opening (未来社区|未来乡村). */
export function splitRepeated(label: string): string[] {
  for (let k = 3; k + 3 <= label.length; k++)
    if (label.startsWith(label.slice(k, k + 2)) && !/[和与及]/.test(label))
      return [label.slice(0, k), label.slice(k)];
  return [label];
}
