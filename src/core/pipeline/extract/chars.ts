/** Character classes used by the extractors (JS string offsets, UTF-16). */

/** CJK ideographs (BMP blocks and the astral extension planes via surrogates). */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd87f)
  );
}

export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

const WORDISH = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;

/** A character that can be part of a term: CJK, Latin letters, digits. */
export function isTermChar(ch: string | undefined): boolean {
  return (
    ch !== undefined &&
    (isCjk(ch) || WORDISH.test(ch) || (ch.charCodeAt(0) >= 0xdc00 && ch.charCodeAt(0) <= 0xdfff))
  );
}

/** Number of code points (an astral character counts once). */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (!(isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length)) n++;
    else {
      n++;
      i++;
    }
  }
  return n;
}

/** Clause punctuation: a name never spans one of these (brackets are handled separately). */
export const CLAUSE_BREAK = new Set([...'，。；：！？、,.;:!?…—·・《》〈〉【】[]{}“”‘’「」『』"\'\n\r\t 　']);

export function isClauseBreak(ch: string | undefined): boolean {
  return ch === undefined || CLAUSE_BREAK.has(ch);
}

export const OPEN_QUOTE_FOR: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
]);
export const CLOSING_QUOTES = new Set(['”', '」', '』', '’', '"']);

/** Chinese numerals that start counted sets (五大产业生态圈, 三条诗路文化带, 两个先行). */
export const NUMERAL_CHARS = new Set([...'一二三四五六七八九十百千两0123456789']);
