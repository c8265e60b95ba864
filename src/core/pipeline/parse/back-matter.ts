/**
 * What follows the body: appendices (附件1, 附件2 …) and a glossary (名词解释). Their numbering restarts
 * (附件1 has its own 一、二、…), so they must not be read as more parts of the body.
 *
 *   appendix   a line 附件N (alone, or followed by its title: 附件1 2022年省十件民生实事); the title is the
 *              rest of the line or the next short line. Inside it, 一、 headings (numbers increasing) each
 *              open a section (address 附件1·一, id a1-s1); the lines before the first one are the
 *              appendix's own section (附件1, id a1). Kind 'appendix'.
 *   glossary   a line 名词解释 (or 附件2 followed by a line 名词解释, or 附件2 名词解释): each entry (a line
 *              opening with 1. 1、 （1）, or else a line holding 术语：定义) is a section of kind 'glossary'
 *              (address 名词解释3, id g3) whose title is the defined term.
 * The back matter starts at the first such line after the body's first heading line; the body ends there.
 */
import type { SectionKind } from '../schema';
import { headingAt, stripTrailingPunct, type Heading } from './headings';
import { chineseNumeralValue } from './numerals';
import { isBlank, lineText, type Line } from './lines';

export interface Leaf {
  id: string;
  kind: SectionKind;
  part: number | null;
  address: string;
  title: string;
  /** Lines lines[first .. last). */
  first: number;
  last: number;
}

const APPENDIX = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?\s*(.{0,40})$/;
const GLOSSARY = /^(?:名词解释|名词注释|名词术语解释|术语解释)\s*[:：]?$/;
const SENTENCE_PUNCT = /[。！？；!?;]/;
const TITLE_LENGTH = 40;
const TERM_END = /[：:]/;
const MAX_TERM = 40;

function appendixLine(s: string): { n: number | null; rest: string } | null {
  const m = APPENDIX.exec(s);
  if (!m || SENTENCE_PUNCT.test(s)) return null;
  const raw = (m[1] ?? '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const n = raw === '' ? null : /^[0-9]+$/.test(raw) ? Number(raw) : chineseNumeralValue(raw);
  return { n, rest: (m[2] ?? '').trim() };
}

/** Line index where the back matter starts in lines[from .. to), or null. */
export function backMatterStart(
  text: string,
  lines: readonly Line[],
  from: number,
  to: number,
): number | null {
  let seenHeading = false;
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (isBlank(text, line)) continue;
    const s = lineText(text, line);
    if (seenHeading && (appendixLine(s) || GLOSSARY.test(s))) return i;
    if (headingAt(text, line)) seenHeading = true;
  }
  return null;
}

/** The defined term of a glossary entry line (after its marker): the text before the first colon. */
export function glossaryTerm(entry: string): string | null {
  const m = TERM_END.exec(entry);
  if (!m || m.index === 0) return null;
  const term = entry.slice(0, m.index).trim();
  return term.length <= MAX_TERM && !SENTENCE_PUNCT.test(term) ? term : null;
}

function glossaryLeaves(text: string, lines: readonly Line[], from: number, to: number): Leaf[] {
  const starts: { line: number; title: string }[] = [];
  const marked = (i: number): Heading | null => {
    const h = headingAt(text, lines[i] as Line);
    return h?.kind === 'item' ? h : null;
  };
  const anyMarked = Array.from({ length: to - from }, (_, k) => marked(from + k)).some((h) => h !== null);
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (isBlank(text, line)) continue;
    const h = marked(i);
    if ((anyMarked && !h) || GLOSSARY.test(lineText(text, line))) continue; // 名词解释： heads, defines nothing
    const body = text.slice(h ? h.markerEnd : line.start, line.end).trim();
    const term = glossaryTerm(body);
    if (term !== null) starts.push({ line: i, title: term });
  }
  return starts.map((s, k) => ({
    id: `g${k + 1}`,
    kind: 'glossary',
    part: null,
    address: `名词解释${k + 1}`,
    title: s.title,
    first: k === 0 ? from : s.line, // the first entry takes any heading or lead-in above it
    last: starts[k + 1]?.line ?? to,
  }));
}

function appendixLeaves(text: string, lines: readonly Line[], n: number, from: number, to: number): Leaf[] {
  // Title: the rest of the 附件N line, or the next short line.
  const own = appendixLine(lineText(text, lines[from] as Line))?.rest ?? '';
  let titleLine = -1;
  if (own === '') {
    for (let i = from + 1; i < to; i++) {
      if (isBlank(text, lines[i] as Line)) continue;
      const s = lineText(text, lines[i] as Line);
      if (s.length <= TITLE_LENGTH && !SENTENCE_PUNCT.test(s) && !headingAt(text, lines[i] as Line))
        titleLine = i;
      break;
    }
  }
  const title = stripTrailingPunct(
    own !== '' ? own : titleLine >= 0 ? lineText(text, lines[titleLine] as Line) : '',
  );
  const subs: { line: number; value: number; numeral: string }[] = [];
  for (let i = from + 1; i < to; i++) {
    const h = headingAt(text, lines[i] as Line);
    if (h?.kind !== 'level' || h.level !== 'part') continue;
    if (h.value === (subs[subs.length - 1]?.value ?? 0) + 1)
      subs.push({ line: i, value: h.value, numeral: h.numeral });
  }
  const leaves: Leaf[] = [
    {
      id: `a${n}`,
      kind: 'appendix',
      part: null,
      address: `附件${n}`,
      title,
      first: from,
      last: subs[0]?.line ?? to,
    },
  ];
  subs.forEach((s, k) => {
    const line = lines[s.line] as Line;
    const h = headingAt(text, line);
    const heading = h
      ? stripTrailingPunct(
          text
            .slice(h.markerEnd, line.end)
            .trim()
            .split(/[。！？；]/)[0] ?? '',
        )
      : '';
    leaves.push({
      id: `a${n}-s${s.value}`,
      kind: 'appendix',
      part: null,
      address: `附件${n}·${s.numeral}`,
      title: heading,
      first: s.line,
      last: subs[k + 1]?.line ?? to,
    });
  });
  return leaves;
}

/** Leaves of the back matter lines[from .. to). */
export function backMatterLeaves(text: string, lines: readonly Line[], from: number, to: number): Leaf[] {
  // Blocks: each 附件N line or 名词解释 line opens one.
  const blocks: { line: number; appendix: { n: number | null; rest: string } | null }[] = [];
  for (let i = from; i < to; i++) {
    if (isBlank(text, lines[i] as Line)) continue;
    const s = lineText(text, lines[i] as Line);
    const a = appendixLine(s);
    if (a) blocks.push({ line: i, appendix: a });
    else if (
      GLOSSARY.test(s) &&
      !(blocks.length > 0 && isTitleOf(text, lines, blocks[blocks.length - 1]!.line, i))
    )
      blocks.push({ line: i, appendix: null });
  }
  const leaves: Leaf[] = [];
  let appendixNumber = 0;
  blocks.forEach((b, k) => {
    const end = blocks[k + 1]?.line ?? to;
    const glossaryAt = glossaryLine(text, lines, b.line, end);
    if (b.appendix) appendixNumber = b.appendix.n ?? appendixNumber + 1;
    if (glossaryAt !== null) {
      if (b.appendix)
        leaves.push({
          id: `a${appendixNumber}`,
          kind: 'appendix',
          part: null,
          address: `附件${appendixNumber}`,
          title: '名词解释',
          first: b.line,
          last: glossaryAt + 1,
        });
      leaves.push(...glossaryLeaves(text, lines, b.appendix ? glossaryAt + 1 : glossaryAt, end));
    } else if (b.appendix) leaves.push(...appendixLeaves(text, lines, appendixNumber, b.line, end));
  });
  return leaves;
}

/** The glossary heading line of a block: its own first line, or the line right after a 附件N line. */
function glossaryLine(text: string, lines: readonly Line[], first: number, end: number): number | null {
  const s = lineText(text, lines[first] as Line);
  if (GLOSSARY.test(s)) return first;
  const rest = appendixLine(s)?.rest ?? '';
  if (GLOSSARY.test(rest)) return first;
  for (let i = first + 1; i < end; i++) {
    if (isBlank(text, lines[i] as Line)) continue;
    return GLOSSARY.test(lineText(text, lines[i] as Line)) ? i : null;
  }
  return null;
}

/** True when line `i` is the first non-blank line after line `head`. */
function isTitleOf(text: string, lines: readonly Line[], head: number, i: number): boolean {
  for (let k = head + 1; k < i; k++) if (!isBlank(text, lines[k] as Line)) return false;
  return true;
}
