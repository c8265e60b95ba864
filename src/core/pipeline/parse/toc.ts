/**
 * A table of contents before the body (five-year plans and long reports copied from a PDF or a web
 * page): a run of heading lines whose headings are then repeated by the body. Its entries must not
 * count as headings, or the body's headings (same numbers again) would all be rejected as going
 * backwards.
 *
 * The run starts at a 目录 line or at the body's first heading and holds heading lines, blank lines and
 * short title-like lines (no sentence punctuation; page numbers and dot leaders are fine). It is a table
 * of contents when the body after it starts its first entry's level again with that entry and then has
 * its first entries in the same order: with a 目录 line the first entry is enough; without one the run
 * must open with a 第X… heading and its first three entries must repeat (so a document that merely
 * opens with a few heading lines and reuses a number later is not mistaken for one).
 */
import type { Heading, LevelHeading } from './headings';
import { isBlank, lineText, type Line } from './lines';

/** The heading of a table of contents: 目录, 目 录. */
export const TOC_TITLE = /^目\s*录$/;
const MAX_ENTRY_LENGTH = 60;
const SENTENCE_PUNCT = /[。！？；!?;]/;
const REPEAT_WITH_TITLE = 1;
const REPEAT_WITHOUT_TITLE = 3;

const same = (a: LevelHeading, b: LevelHeading): boolean =>
  a.level === b.level && a.word === b.word && a.value === b.value;

/** Lines lines[start .. end) are a table of contents, or null. Linear in the body length. */
export function findToc(
  text: string,
  lines: readonly Line[],
  headings: ReadonlyArray<Heading | null>,
  bodyStart: number,
  bodyEnd: number,
): { start: number; end: number } | null {
  // The first non-blank body line: 目录, or a 第X… heading.
  let start = bodyStart;
  while (start < bodyEnd && isBlank(text, lines[start] as Line)) start++;
  if (start >= bodyEnd) return null;
  const titled = TOC_TITLE.test(lineText(text, lines[start] as Line));
  const opening = headings[start];
  if (!titled && (opening?.kind !== 'level' || opening.word === '')) return null;

  // The run of entries (heading lines), up to the first line that reads as body text or the first
  // heading that repeats the first entry.
  const entries: LevelHeading[] = [];
  let end = start + 1;
  for (let i = titled ? start + 1 : start; i < bodyEnd; i++) {
    const line = lines[i] as Line;
    if (isBlank(text, line)) continue;
    const h = headings[i];
    if (h?.kind === 'level') {
      if (entries.length > 0 && same(h, entries[0] as LevelHeading)) break;
      entries.push(h);
      end = i + 1;
    } else {
      const s = lineText(text, line);
      if (s.length > MAX_ENTRY_LENGTH || SENTENCE_PUNCT.test(s)) break;
    }
  }
  const need = titled ? REPEAT_WITH_TITLE : REPEAT_WITHOUT_TITLE;
  if (entries.length < need) return null;

  // After the run, the first heading of the first entry's level is the first entry again, and the
  // first `need` entries follow in order.
  const first = entries[0] as LevelHeading;
  let matched = 0;
  for (let i = end; i < bodyEnd && matched < need; i++) {
    const h = headings[i];
    if (h?.kind !== 'level') continue;
    if (matched === 0 && h.level === first.level && !same(h, first)) return null;
    if (same(h, entries[matched] as LevelHeading)) matched++;
  }
  return matched === need ? { start, end } : null;
}
