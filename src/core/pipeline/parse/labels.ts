/**
 * Section addresses (the form readers cite) and heading titles.
 *   part        二 (一、), 第三章, 第一部分, 第一篇
 *   subsection  二（三）, 第三章第二节, 第一部分（二）, 第一部分·二 (一、 under 第X部分), 第一篇第二章,
 *               （三） or 第二节 at top level
 *   item        二（3）, 二、3, 第四章3., 3. at top level
 */
import {
  headingAt,
  headingTitle,
  stripTrailingPunct,
  type Heading,
  type ItemHeading,
  type LevelHeading,
} from './headings';
import { lineText, type Line } from './lines';

const NEXT_LINE_TITLE_LENGTH = 40;
const SENTENCE_PUNCT = /[。！？；!?;]/;

export function partAddress(h: LevelHeading): string {
  return h.word === '' ? h.numeral : `第${h.numeral}${h.word}`;
}

/** partAddr: the enclosing part's address, '' at top level. */
export function subAddress(partAddr: string, h: LevelHeading): string {
  if (h.word !== '') return `${partAddr}第${h.numeral}${h.word}`;
  if (h.level === 'sub') return `${partAddr}（${h.numeral}）`;
  return partAddr === '' ? h.numeral : `${partAddr}·${h.numeral}`;
}

/** partAddr and part: the enclosing part's address and heading ('' and null at top level). */
export function itemAddress(partAddr: string, part: LevelHeading | null, h: ItemHeading): string {
  if (h.style === 'paren') return `${partAddr}（${h.value}）`;
  if (partAddr === '') return `${h.value}.`;
  return part?.word === '' ? `${partAddr}、${h.value}` : `${partAddr}${h.value}.`;
}

/**
 * The heading's title: the rest of its line; a 第X… heading alone on its line (第一章 / 总则) takes
 * the next line when that is a short title (no sentence punctuation, not a heading) before `limit`.
 */
export function titleAt(text: string, lines: readonly Line[], i: number, h: Heading, limit: number): string {
  const line = lines[i] as Line;
  const own = headingTitle(text, h.markerEnd, line.end);
  if (own !== '' || h.kind !== 'level' || h.word === '' || i + 1 >= limit) return own;
  const next = lines[i + 1] as Line;
  const s = lineText(text, next);
  if (s.length > NEXT_LINE_TITLE_LENGTH || SENTENCE_PUNCT.test(s) || headingAt(text, next)) return '';
  return stripTrailingPunct(s);
}
