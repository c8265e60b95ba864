/**
 * The closing (结语) of a resolution or report: the final paragraph(s) of the last section that read as
 * a call to action rather than as part of that section. A paragraph counts as the start of the closing
 * when it is not the section's first paragraph (the heading paragraph) and
 *   - it opens with a call by someone: 市委号召, 市委、市政府号召, 大会号召, 我们倡议 (the caller ends in
 *     委 中央 政府 会 们, within the first clause; 要号召群众 is an ordinary sentence), or 让我们, 同志们,
 *     朋友们 (also after 各位代表，), or
 *   - it is the last paragraph, ends with ！ or 而…奋斗 (而团结奋斗, 而不懈奋斗), and contains a rallying cue
 *     (号召, 让我们, 同志们, 以实际行动, 团结, 奋斗, 奋进).
 * Paragraphs are lines: in this genre every paragraph is one line.
 */
import { isBlank, lineText, type Line } from './lines';

const OPENING =
  /^(?:[^，,。！？!?]{0,8}[委央府会们](?:郑重|特此|在此)?(?:号召|倡议)|(?:各位代表[，,！!]\s*)?(?:让我们|同志们|朋友们))/;
const ENDING = /(?:[！!]|而[\u4e00-\u9fff]{0,4}奋斗[。！!]?)[”’」』）)]?$/;
const CUE = /号召|让我们|同志们|以实际行动|团结|奋斗|奋进/;

/** Line index where the closing starts inside lines[first .. last), or null when there is none. */
export function closingStart(
  text: string,
  lines: readonly Line[],
  first: number,
  last: number,
): number | null {
  const paragraphs: number[] = [];
  for (let i = first; i < last; i++) if (!isBlank(text, lines[i] as Line)) paragraphs.push(i);
  for (let p = 1; p < paragraphs.length; p++) {
    const index = paragraphs[p] as number;
    if (OPENING.test(lineText(text, lines[index] as Line))) return index;
  }
  const lastIndex = paragraphs[paragraphs.length - 1];
  if (paragraphs.length >= 2 && lastIndex !== undefined) {
    const s = lineText(text, lines[lastIndex] as Line);
    if (ENDING.test(s) && CUE.test(s)) return lastIndex;
  }
  return null;
}
