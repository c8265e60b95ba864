/**
 * Heading markers at the start of a line (after indentation only). Levels, coarsest first:
 *   group     第一篇 / 第一编 / 第一部分
 *   chapter   第一章
 *   section   第一节
 *   part      一、 … 二十三、 (also 一． 一.), or 一\u3000title (numeral, space, title: style 'space')
 *   sub       （一） or (一)
 * and items: 1. 1． 1、 (style 'dot') or （1） (1) (style 'paren').
 * A 第X… heading and a numeral-space heading are headings only when the rest of the line has no
 * sentence punctuation (。！？；), so 第二部分是主要任务。 and 三 大攻坚战。 are text. The same characters
 * in the middle of a line (河（湖）长制, 区县（市）) are text, （2022年…） is not a subsection because only
 * Chinese numerals count there, and 一、二、三产业 is not part 一.
 */
import { asciiDigits, chineseNumeralValue } from './numerals';
import { isSpace, type Line } from './lines';

export type Level = 'group' | 'chapter' | 'section' | 'part' | 'sub';
/** Coarsest first. */
export const LEVELS: readonly Level[] = ['group', 'chapter', 'section', 'part', 'sub'];

export interface LevelHeading {
  kind: 'level';
  level: Level;
  value: number;
  numeral: string;
  /** 篇, 编, 部分, 章 or 节 for 第X… headings, '' otherwise. */
  word: string;
  /** 'space' for a numeral followed by a space (一\u3000总体要求), 'mark' otherwise. */
  style: 'mark' | 'space';
  markerEnd: number;
}
export interface ItemHeading {
  kind: 'item';
  value: number;
  style: 'dot' | 'paren';
  markerEnd: number;
}
export type Heading = LevelHeading | ItemHeading;

const N = '[零〇一二三四五六七八九十百]{1,6}';
const ORDINAL = new RegExp(`第(${N})(部分|篇|编|章|节)[ \\t\\u3000：:、．.]*`, 'y');
const PART = new RegExp(`(${N})[、．.](?!${N}[、．])`, 'y');
const PART_SPACE = new RegExp(`(${N})[ \\u3000]+(?=\\S)`, 'y');
const SUB = new RegExp(`[（(](${N})[）)]`, 'y');
const ITEM_DOT = /([0-9０-９]{1,3})[.．、](?![0-9０-９])/y;
const ITEM_PAREN = /[（(]([0-9０-９]{1,3})[）)]/y;
const SENTENCE_PUNCT = /[。！？；!?;]/;
const WORD_LEVEL: ReadonlyMap<string, Level> = new Map([
  ['篇', 'group'],
  ['编', 'group'],
  ['部分', 'group'],
  ['章', 'chapter'],
  ['节', 'section'],
]);

function stickyMatch(re: RegExp, text: string, at: number, end: number): RegExpExecArray | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && re.lastIndex <= end ? m : null;
}

/** The rest of the line after a marker reads as a heading title, not a sentence. */
function titleOnly(text: string, from: number, end: number): boolean {
  return !SENTENCE_PUNCT.test(text.slice(from, end));
}

function levelHeading(
  level: Level,
  m: RegExpExecArray,
  at: number,
  word: string,
  style: 'mark' | 'space',
): LevelHeading | null {
  const numeral = m[1] ?? '';
  const value = chineseNumeralValue(numeral);
  if (value === null) return null;
  return { kind: 'level', level, value, numeral, word, style, markerEnd: at + m[0].length };
}

/** The heading that starts this line, if any. */
export function headingAt(text: string, line: Line): Heading | null {
  let at = line.start;
  while (at < line.end && isSpace(text[at])) at++;
  if (at >= line.end) return null;
  let m = stickyMatch(ORDINAL, text, at, line.end);
  if (m) {
    const word = m[2] ?? '';
    const level = WORD_LEVEL.get(word);
    if (level && titleOnly(text, at + m[0].length, line.end)) return levelHeading(level, m, at, word, 'mark');
    return null;
  }
  m = stickyMatch(PART, text, at, line.end);
  if (m) return levelHeading('part', m, at, '', 'mark');
  m = stickyMatch(PART_SPACE, text, at, line.end);
  if (m && titleOnly(text, at + m[0].length, line.end)) return levelHeading('part', m, at, '', 'space');
  m = stickyMatch(SUB, text, at, line.end);
  if (m) return levelHeading('sub', m, at, '', 'mark');
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
