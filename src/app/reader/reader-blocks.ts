import type { GraphData, Section } from '../../core/pipeline/schema';
import { documentMentions, sentenceSpans, type PassageMark } from '../../core/explorer/passages';
import type { Span } from '../../core/explorer/text-segments';

export interface ReaderSentence extends Span {
  marks: Span[];
}
export interface ReaderLine {
  start: number;
  /** Sentences of the line, marks relative to each sentence. */
  sentences: ReaderSentence[];
}
export interface ReaderBlock {
  key: string;
  section: Section | null;
  lines: ReaderLine[];
}

/** Element id of a sentence in the reader (also the URL hash #s-<offset>). */
export function sentenceAnchor(start: number): string {
  return `s-${start}`;
}

const cache = new WeakMap<GraphData, ReaderBlock[]>();

/** The document as blocks (top-level sections, and the unsectioned text around them) of lines of sentences. */
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
  let si = 0;
  let mi = 0;
  const blocks: ReaderBlock[] = [];
  for (const r of ranges) {
    const lines: ReaderLine[] = [];
    let lineStart = r.start;
    let current: ReaderLine | null = null;
    while (si < sentences.length && sentences[si]!.start < r.end) {
      const s = sentences[si++]!;
      const newline = text.lastIndexOf('\n', s.start - 1);
      if (!current || newline >= lineStart) {
        current = { start: s.start, sentences: [] };
        lines.push(current);
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
    if (lines.length > 0) blocks.push({ key: r.section?.id ?? `text-${r.start}`, section: r.section, lines });
  }
  cache.set(data, blocks);
  return blocks;
}
