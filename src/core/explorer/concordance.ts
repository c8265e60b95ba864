/**
 * A concordance for any wording (keyword in context): every occurrence of the typed text in the document,
 * with the words on either side, its address (二（三）) and subsection title, counts per part, sortable by
 * position or by the words to the left or right, and a CSV of it to cite. Contexts stop at the edge of the
 * occurrence's paragraph and section (a heading or the next subsection is not context); text outside every
 * section (the title lines) is its own unit, addressed 标题.
 */
import { csvField } from '../pipeline/export/csv';
import type { GraphData, Section } from '../pipeline/schema';

export interface ConcordanceLine {
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
  /** Section id, or null outside every section. */
  section: string | null;
  address: string;
  title: string;
  /** The part the occurrence is in, as readers name it: 序言, 二, 结语, 标题. */
  part: string;
}

export interface Concordance {
  query: string;
  lines: ConcordanceLine[];
  /** Occurrences per part, in document order. */
  perPart: { part: string; count: number }[];
  /** Every occurrence was listed (false when `limit` cut the list; counts are always complete). */
  complete: boolean;
}

export type ConcordanceSort = 'position' | 'left' | 'right';

export const CONTEXT_WIDTH = 24;
const HEADER = '标题';

function partName(data: GraphData, s: Section): string {
  if (s.part === null) return s.address;
  const intro = data.sections.find((x) => x.part === s.part && x.kind === 'intro');
  if (intro) return intro.address;
  return s.address.replace(/[（(].*$/, '').replace(/、.*$/, '') || s.address;
}

/** The section holding offset `at` (sections are in document order and never overlap), else null. */
function sectionAt(sections: readonly Section[], at: number): Section | null {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sections[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The unit an offset belongs to: its section, or the gap between sections it falls in. */
function unitAt(sections: readonly Section[], textLength: number, at: number): { start: number; end: number; section: Section | null } {
  const s = sectionAt(sections, at);
  if (s) return { start: s.start, end: s.end, section: s };
  let start = 0;
  let end = textLength;
  for (const x of sections) {
    if (x.end <= at) start = Math.max(start, x.end);
    else if (x.start > at) {
      end = Math.min(end, x.start);
      break;
    }
  }
  return { start, end, section: null };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');
/** Context to the left of `at` within [from, at): back to the line start, at most `width` characters. */
function leftContext(text: string, from: number, at: number, width: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return squash(text.slice(Math.max(from, lineStart, at - width), at));
}
function rightContext(text: string, end: number, to: number, width: number): string {
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  return squash(text.slice(end, Math.min(to, lineEnd, end + width)));
}

/** Every non-overlapping occurrence of `query` (trimmed) in the document, in order. */
export function concordance(
  data: GraphData,
  query: string,
  options: { width?: number; limit?: number } = {},
): Concordance {
  const q = query.trim();
  const width = options.width ?? CONTEXT_WIDTH;
  const limit = options.limit ?? Infinity;
  const text = data.document.text;
  const sections = [...data.sections].sort((a, b) => a.start - b.start);
  const lines: ConcordanceLine[] = [];
  const perPart = new Map<string, number>();
  if (q.length === 0) return { query: q, lines, perPart: [], complete: true };
  let total = 0;
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length)) {
    const unit = unitAt(sections, text.length, at);
    const end = Math.min(at + q.length, text.length);
    const part = unit.section ? partName(data, unit.section) : HEADER;
    perPart.set(part, (perPart.get(part) ?? 0) + 1);
    total++;
    if (lines.length >= limit) continue;
    lines.push({
      start: at,
      end,
      left: leftContext(text, unit.start, at, width),
      match: text.slice(at, end),
      right: rightContext(text, end, unit.end, width),
      section: unit.section?.id ?? null,
      address: unit.section?.address ?? HEADER,
      title: unit.section?.title ?? '',
      part,
    });
  }
  return {
    query: q,
    lines,
    perPart: [...perPart.entries()].map(([part, count]) => ({ part, count })),
    complete: lines.length === total,
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const reversed = (s: string) => [...s].reverse().join('');

/** Lines by position, or by the words nearest the match on the left (read right to left) or the right. */
export function sortConcordance(lines: readonly ConcordanceLine[], by: ConcordanceSort): ConcordanceLine[] {
  if (by === 'position') return [...lines].sort((a, b) => a.start - b.start);
  const key = new Map(lines.map((l) => [l, by === 'left' ? reversed(l.left) : l.right]));
  return [...lines].sort((a, b) => cmp(key.get(a)!, key.get(b)!) || a.start - b.start);
}

/** The concordance as CSV (UTF-8 with BOM, formula-safe): one row per occurrence. */
export function concordanceCsv(data: GraphData, lines: readonly ConcordanceLine[]): string {
  const header = ['document', 'date', 'offset', 'address', 'subsection title', 'left', 'match', 'right'];
  const rows = lines.map((l) => [data.document.title, data.document.date ?? '', l.start, l.address, l.title, l.left, l.match, l.right]);
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
