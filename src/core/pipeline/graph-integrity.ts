/**
 * What the graph-data contract requires beyond the shape of each field (schema.ts runs this as a
 * refinement, so every way a graph arrives gets it): at least one concept; unique concept, link,
 * section and theme ids (a link id is never also a concept id: the explorer keys display classes by
 * both); links between existing concepts; section and theme references that resolve; sections and
 * mentions inside the text; each mention inside one of its concept's sections (or outside every section, as a mention in the
 * title is); count = mentions; no control or bidirectional characters in concept and theme names.
 */
import type { GraphData } from './schema';

const MAX_SHOWN = 60;
/** Characters that would break a one-line message or reorder it on screen. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** An id for a one-line message: quoted, control and bidi characters escaped, long ids shortened. */
export function quoteId(id: string): string {
  const short = id.length > MAX_SHOWN ? `${id.slice(0, MAX_SHOWN)}…` : id;
  const escaped = short
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(UNSAFE, (c) => (c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return `"${escaped}"`;
}

/**
 * What normalizeText removes from documents (controls, bidirectional controls) must not come back in
 * the names a graph file gives: a U+202E in a label reverses what the reader sees.
 */
const HIDDEN_IN_NAMES = new RegExp(UNSAFE.source);

function duplicate(ids: Iterable<string>): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** The first problem found, as one line, or null when the graph holds together. */
export function integrityProblem(data: GraphData): string | null {
  if (data.nodes.length === 0) return 'the graph has no concepts';
  const textLength = data.document.text.length;

  const sectionDup = duplicate(data.sections.map((s) => s.id));
  if (sectionDup !== null) return `duplicate section id ${quoteId(sectionDup)}`;
  const sections = new Map<string, { start: number; end: number }>();
  for (const s of data.sections) {
    if (s.end < s.start) return `section ${quoteId(s.id)} ends before it starts`;
    if (s.end > textLength) return `section ${quoteId(s.id)} lies outside the document text`;
    sections.set(s.id, s);
  }
  const allSections = spanIndex(data.sections);
  const themeDup = duplicate(data.themes.map((t) => t.id));
  if (themeDup !== null) return `duplicate theme id ${quoteId(themeDup)}`;
  const themes = new Set(data.themes.map((t) => t.id));
  for (const t of data.themes)
    if (HIDDEN_IN_NAMES.test(t.label) || HIDDEN_IN_NAMES.test(t.labelEn))
      return `theme ${quoteId(t.id)} has a control or bidirectional character in its label`;

  const nodes = new Set<string>();
  for (const n of data.nodes) {
    if (nodes.has(n.id)) return `duplicate concept id ${quoteId(n.id)}`;
    nodes.add(n.id);
    for (const name of [n.id, n.label, n.labelEn, ...n.aliases, ...n.members])
      if (HIDDEN_IN_NAMES.test(name))
        return `concept ${quoteId(n.id)} has a control or bidirectional character in its names`;
    if (!themes.has(n.theme)) return `concept ${quoteId(n.id)} has a missing theme ${quoteId(n.theme)}`;
    if (n.count !== n.mentions.length)
      return `concept ${quoteId(n.id)} counts ${n.count} mentions but lists ${n.mentions.length}`;
    const own: { start: number; end: number }[] = [];
    for (const id of n.sections) {
      const s = sections.get(id);
      if (s === undefined) return `concept ${quoteId(n.id)} refers to a missing section ${quoteId(id)}`;
      own.push(s);
    }
    const problem = mentionProblem(n.id, n.mentions, own, allSections, textLength);
    if (problem !== null) return problem;
  }

  const edges = new Set<string>();
  for (const e of data.edges) {
    if (edges.has(e.id)) return `duplicate link id ${quoteId(e.id)}`;
    if (nodes.has(e.id)) return `link id ${quoteId(e.id)} is also a concept id`;
    edges.add(e.id);
    for (const end of [e.source, e.target])
      if (!nodes.has(end)) return `link ${quoteId(e.id)} refers to a missing concept ${quoteId(end)}`;
    for (const id of e.sections)
      if (!sections.has(id)) return `link ${quoteId(e.id)} refers to a missing section ${quoteId(id)}`;
  }
  return null;
}

/** Spans sorted by start with the running maximum of their ends, for containment and overlap queries. */
interface SpanIndex {
  starts: number[];
  reach: number[];
}

function spanIndex(spans: readonly { start: number; end: number }[]): SpanIndex {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let far = -1;
  for (const s of sorted) reach.push((far = Math.max(far, s.end)));
  return { starts: sorted.map((s) => s.start), reach };
}

/** Index of the last span starting at or before `at` (strictly before when `strict`), or -1. */
function lastStartingBy(index: SpanIndex, at: number, strict: boolean): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = index.starts[mid]!;
    if (strict ? s < at : s <= at) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/** Some span holds [start, end): among those starting at or before `start`, the farthest end reaches `end`. */
function contains(index: SpanIndex, start: number, end: number): boolean {
  const k = lastStartingBy(index, start, false);
  return k >= 0 && index.reach[k]! >= end;
}

/** Some span overlaps [start, end): among those starting before `end`, the farthest end passes `start`. */
function overlaps(index: SpanIndex, start: number, end: number): boolean {
  const k = lastStartingBy(index, end, true);
  return k >= 0 && index.reach[k]! > start;
}

/**
 * Every mention inside the text, and inside one of its concept's sections unless it lies outside every
 * section (a title line: the explorer shows it without an address, and it joins no link).
 */
function mentionProblem(
  id: string,
  mentions: readonly { start: number; end: number }[],
  own: readonly { start: number; end: number }[],
  all: SpanIndex,
  textLength: number,
): string | null {
  const mine = spanIndex(own);
  for (const m of mentions) {
    const where = `mention of ${quoteId(id)} at ${m.start}–${m.end}`;
    if (m.end > textLength) return `${where} lies outside the document text`;
    if (!contains(mine, m.start, m.end) && overlaps(all, m.start, m.end))
      return `${where} lies outside its sections`;
  }
  return null;
}
