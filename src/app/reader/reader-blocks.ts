import type { GraphData, Section } from '../../core/pipeline/schema';
import { documentMentions, sentenceSpans, type PassageMark } from '../../core/explorer/passages';
import type { Span } from '../../core/explorer/text-segments';

export interface ReaderSentence extends Span {
  marks: Span[];
}

/**
 * A run of sentences shown as one element: a heading (part 一、, subsection （一）, numbered item 1.) or a
 * paragraph (a line of the text). Marks are relative to each sentence.
 */
export interface ReaderPiece {
  start: number;
  kind: 'heading' | 'paragraph';
  /** Heading level (3 part, 4 subsection or item of a part, 5 item of a subsection); 0 for paragraphs. */
  level: 0 | 3 | 4 | 5;
  sentences: ReaderSentence[];
}

export interface ReaderBlock {
  key: string;
  section: Section | null;
  pieces: ReaderPiece[];
}

/** Element id of a sentence in the reader (also the URL hash #s-<offset>). */
export function sentenceAnchor(start: number): string {
  return `s-${start}`;
}

/** Element id of a section's heading in the reader (the outline jumps there). */
export function sectionAnchor(id: string): string {
  return `sec-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Titles longer than this are body text that opens the section, not a heading (a glossary entry). */
const HEADING_MAX_CHARS = 60;

/** The heading level a section's own heading gets, or 0 when the text carries no heading for it. */
export function headingLevel(section: Section): 0 | 3 | 4 | 5 {
  if (section.title === '') return 0;
  if (section.kind === 'intro') return 3;
  if (section.kind === 'subsection') return 4;
  if (section.kind === 'item') return /-s\d+-i\d+$/.test(section.id) ? 5 : 4;
  return 0;
}

/**
 * Sections whose title is set as a heading: not the ones with no title, nor an over-long one, nor the
 * items of a list whose titles are mostly long (a glossary: 1.“一照通行”：对企业……).
 */
function headedSections(sections: readonly Section[]): Set<string> {
  const itemsByGroup = new Map<string, Section[]>();
  for (const s of sections) {
    if (s.kind !== 'item') continue;
    const group = s.id.replace(/-i\d+$/, '');
    itemsByGroup.set(group, [...(itemsByGroup.get(group) ?? []), s]);
  }
  const longLists = new Set<string>();
  for (const [group, items] of itemsByGroup) {
    const lengths = items.map((s) => s.title.length).sort((a, b) => a - b);
    if (lengths[lengths.length >> 1]! > HEADING_MAX_CHARS) longLists.add(group);
  }
  return new Set(
    sections
      .filter((s) => headingLevel(s) > 0 && s.title.length <= HEADING_MAX_CHARS + 20)
      .filter((s) => s.kind !== 'item' || !longLists.has(s.id.replace(/-i\d+$/, '')))
      .map((s) => s.id),
  );
}

/**
 * Where the section's heading ends in the text: just past its title when the title stands on the
 * section's first line (一、title / （一）title。…); -1 when it does not.
 */
function headingEnd(text: string, section: Section, headed: ReadonlySet<string>): number {
  if (!headed.has(section.id)) return -1;
  const lineEnd = text.indexOf('\n', section.start);
  const firstLineEnd = lineEnd < 0 || lineEnd > section.end ? section.end : lineEnd;
  const at = text.indexOf(section.title, section.start);
  return at >= 0 && at + section.title.length <= firstLineEnd ? at + section.title.length : -1;
}

const cache = new WeakMap<GraphData, ReaderBlock[]>();

/**
 * The document as blocks (top-level sections, and the unsectioned text around them) of pieces: the
 * section's heading sentences (those up to the end of its title on its first line) as a heading, then
 * each line as a paragraph.
 */
export function readerBlocks(data: GraphData): ReaderBlock[] {
  const hit = cache.get(data);
  if (hit) return hit;
  const text = data.document.text;
  const tops = data.sections
    .filter(
      (s) =>
        !data.sections.some(
          (o) => o !== s && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start,
        ),
    )
    .sort((a, b) => a.start - b.start);
  const ranges: { start: number; end: number; section: Section | null }[] = [];
  let at = 0;
  for (const s of tops) {
    if (s.start > at) ranges.push({ start: at, end: s.start, section: null });
    ranges.push({ start: s.start, end: s.end, section: s });
    at = Math.max(at, s.end);
  }
  if (at < text.length) ranges.push({ start: at, end: text.length, section: null });

  const sentences = sentenceSpans(data);
  const mentions = documentMentions(data);
  const headed = headedSections(data.sections);
  let si = 0;
  let mi = 0;
  const blocks: ReaderBlock[] = [];
  for (const r of ranges) {
    const pieces: ReaderPiece[] = [];
    const headEnd = r.section ? headingEnd(text, r.section, headed) : -1;
    const level = r.section ? headingLevel(r.section) : 0;
    let lineStart = r.start;
    let current: ReaderPiece | null = null;
    while (si < sentences.length && sentences[si]!.start < r.end) {
      const s = sentences[si++]!;
      const newline = text.lastIndexOf('\n', s.start - 1);
      const inHeading = s.start < headEnd;
      const startsLine = newline >= lineStart;
      if (!current || startsLine || (current.kind === 'heading' && !inHeading)) {
        current = inHeading
          ? { start: s.start, kind: 'heading', level, sentences: [] }
          : { start: s.start, kind: 'paragraph', level: 0, sentences: [] };
        pieces.push(current);
        lineStart = s.start;
      }
      while (mi < mentions.length && mentions[mi]!.end <= s.start) mi++;
      const marks: Span[] = [];
      for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) {
        const m: PassageMark = mentions[k]!;
        if (m.start >= s.start && m.end <= s.end)
          marks.push({ start: m.start - s.start, end: m.end - s.start, id: m.nodeId });
      }
      current.sentences.push({ start: s.start, end: s.end, marks });
    }
    if (pieces.length > 0)
      blocks.push({ key: r.section?.id ?? `text-${r.start}`, section: r.section, pieces });
  }
  cache.set(data, blocks);
  return blocks;
}

/** Start of the first sentence that mentions the concept, or null. */
export function firstMention(blocks: readonly ReaderBlock[], nodeId: string): number | null {
  for (const b of blocks)
    for (const p of b.pieces)
      for (const s of p.sentences) if (s.marks.some((m) => m.id === nodeId)) return s.start;
  return null;
}

/** Ids of the sections (blocks) that mention the concept. */
export function sectionsMentioning(blocks: readonly ReaderBlock[], nodeId: string): Set<string> {
  const out = new Set<string>();
  for (const b of blocks) {
    if (!b.section) continue;
    if (b.pieces.some((p) => p.sentences.some((s) => s.marks.some((m) => m.id === nodeId))))
      out.add(b.section.id);
  }
  return out;
}

export interface OutlineEntry {
  section: Section;
  children: Section[];
}

/** Parts with their subsections and items; the preamble, the closing and lone sections at the top level. */
export function outlineEntries(data: GraphData): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const partEntry = new Map<number, OutlineEntry>();
  for (const s of [...data.sections].sort((a, b) => a.start - b.start)) {
    const parent = s.part !== null && s.kind !== 'intro' ? partEntry.get(s.part) : undefined;
    if (parent) {
      parent.children.push(s);
      continue;
    }
    const entry = { section: s, children: [] };
    entries.push(entry);
    if (s.kind === 'intro' && s.part !== null) partEntry.set(s.part, entry);
  }
  return entries;
}
