/**
 * Heading markers at the start of a line (after indentation only):
 *   part        一、 … 二十三、 (also 一．)
 *   subsection  （一） or (一)
 *   item        1. 1． 1、 (style 'dot') or （1） (1) (style 'paren')
 * The same characters in the middle of a line (河（湖）长制, 区县（市）) are text, and （2022年…） is not a
 * subsection because only Chinese numerals count there.
 */
import { asciiDigits, chineseNumeralValue } from './numerals';
import { isSpace, type Line } from './lines';

export type Heading =
  | { kind: 'part'; value: number; numeral: string; markerEnd: number }
  | { kind: 'sub'; value: number; numeral: string; markerEnd: number }
  | { kind: 'item'; value: number; style: 'dot' | 'paren'; markerEnd: number };

const PART = /([零〇一二三四五六七八九十百]{1,6})[、．]/y;
const SUB = /[（(]([零〇一二三四五六七八九十百]{1,6})[）)]/y;
const ITEM_DOT = /([0-9０-９]{1,3})[.．、](?![0-9０-９])/y;
const ITEM_PAREN = /[（(]([0-9０-９]{1,3})[）)]/y;

function stickyMatch(re: RegExp, text: string, at: number, end: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && re.lastIndex <= end ? m : null;
}

/** The heading that starts this line, if any. */
export function headingAt(text: string, line: Line): Heading | null {
  let at = line.start;
  while (at < line.end && isSpace(text[at])) at++;
  if (at >= line.end) return null;
  let m = stickyMatch(PART, text, at, line.end);
  if (m) {
    const numeral = m[1] ?? '';
    const value = chineseNumeralValue(numeral);
    if (value !== null) return { kind: 'part', value, numeral, markerEnd: at + m[0].length };
  }
  m = stickyMatch(SUB, text, at, line.end);
  if (m) {
    const numeral = m[1] ?? '';
    const value = chineseNumeralValue(numeral);
    if (value !== null) return { kind: 'sub', value, numeral, markerEnd: at + m[0].length };
  }
  m = stickyMatch(ITEM_DOT, text, at, line.end);
  if (m) {
    const value = Number(asciiDigits(m[1] ?? ''));
    if (value > 0) return { kind: 'item', value, style: 'dot', markerEnd: at + m[0].length };
  }
  m = stickyMatch(ITEM_PAREN, text, at, line.end);
  if (m) {
    const value = Number(asciiDigits(m[1] ?? ''));
    if (value > 0) return { kind: 'item', value, style: 'paren', markerEnd: at + m[0].length };
  }
  return null;
}

const TITLE_END = /[。！？；!?;]/;
const TRAILING_PUNCT = new Set('，,、；;：:。！？!?');

/** s without trailing whitespace and punctuation (a loop, not a regex, to stay linear). */
export function stripTrailingPunct(s: string): string {
  let end = s.length;
  while (end > 0 && (TRAILING_PUNCT.has(s[end - 1] ?? '') || isSpace(s[end - 1]))) end--;
  return s.slice(0, end);
}

/** The heading sentence after the marker: up to the first 。！？； or the line end, without final punctuation. */
export function headingTitle(text: string, markerEnd: number, lineEnd: number): string {
  const rest = text.slice(markerEnd, lineEnd);
  const m = TITLE_END.exec(rest);
  return stripTrailingPunct((m ? rest.slice(0, m.index) : rest).trim());
}
