/**
 * Splits a string into plain and marked segments for display (rendered as React text, never HTML).
 * Marks are [start, end) offsets into `text` (UTF-16 code units). Overlapping marks merge (the earlier
 * mark's id wins), marks outside the text are clipped, empty marks are dropped.
 */
export interface Span {
  start: number;
  end: number;
  /** What the mark stands for, e.g. a concept id. */
  id?: string;
}

export interface TextSegment {
  text: string;
  marked: boolean;
  /** Offset of the segment in `text`. */
  start: number;
  /** The id of the mark, for marked segments that carry one. */
  id?: string;
}

/** Sorts (earlier first, longer first), clips and merges overlapping marks. */
export function normaliseMarks(marks: readonly Span[], length: number): Span[] {
  const clipped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const m of clipped) {
    const last = merged[merged.length - 1];
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

export function segmentText(text: string, marks: readonly Span[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const m of normaliseMarks(marks, text.length)) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start), marked: false, start: at });
    const seg: TextSegment = { text: text.slice(m.start, m.end), marked: true, start: m.start };
    if (m.id !== undefined) seg.id = m.id;
    segments.push(seg);
    at = m.end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), marked: false, start: at });
  return segments;
}
