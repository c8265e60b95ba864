/**
 * The co-occurrence graph: one node per concept, an edge between two concepts whose mentions share a
 * section. Built from per-section and per-sentence buckets (never all pairs over the whole text), so a
 * 400 KB document with thousands of concepts stays fast.
 */
import type { GraphEdge, Mention } from '../schema';
import type { ExtractedConcept, ParsedDocument } from '../types';

/** A concept with the sections its mentions fall in (section ids, document order). */
export interface CooccurrenceNode {
  id: string;
  concept: ExtractedConcept;
  mentions: Mention[];
  sections: string[];
  /** Indices into doc.sections of `sections`, ascending. */
  sectionIndices: number[];
  /** For each mention, the index into doc.sections of its section (-1 when outside every section). */
  mentionSections: number[];
}

export interface Cooccurrence {
  /** Sorted by id (UTF-16 code units). */
  nodes: CooccurrenceNode[];
  /** Sorted by source, then target; source < target. */
  edges: GraphEdge[];
  warnings: string[];
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function edgeId(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

/** Index of the span (sorted by start, non-overlapping) that contains offset, or -1. */
function findSpan(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0 || offset >= spans[found]!.end) return -1;
  return found;
}

function sortedByStart<T extends { start: number }>(items: readonly T[]): { item: T; index: number }[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.start - b.item.start || a.index - b.index);
}

/** Distinct values of a list of small non-negative ints, ascending. */
function uniqueSorted(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/** Ids of the sections common to two ascending lists of section indices. */
function sharedSectionIds(a: readonly number[], b: readonly number[], ids: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(ids[a[i]!]!);
      i++;
      j++;
    }
  }
  return out;
}

function intersectCount(a: readonly number[], b: readonly number[]): number {
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function buildCooccurrence(doc: ParsedDocument, concepts: readonly ExtractedConcept[]): Cooccurrence {
  const warnings: string[] = [];
  // Nodes: one per distinct id, sorted by code units.
  const byId = new Map<string, ExtractedConcept>();
  for (const concept of concepts) {
    if (byId.has(concept.id)) {
      warnings.push(`duplicate concept id ${concept.id}: only the first is kept`);
      continue;
    }
    byId.set(concept.id, concept);
  }
  const ids = [...byId.keys()].sort(compareIds);
  const n = ids.length;

  // Sections and sentences indexed for binary search (they come in document order; sort defensively).
  const sections = sortedByStart(doc.sections);
  const sectionSpans = sections.map((s) => s.item);
  const sentences = sortedByStart(doc.sentences).map((s) => s.item);

  const nodes: CooccurrenceNode[] = [];
  const nodeSentences: number[][] = [];
  const sectionBuckets: number[][] = doc.sections.map(() => []);
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const concept = byId.get(ids[i]!)!;
    const mentions = concept.mentions.map((m) => ({ start: m.start, end: m.end }));
    const indices: number[] = [];
    const mentionSections: number[] = [];
    const sentenceIndices: number[] = [];
    for (const m of mentions) {
      const s = findSpan(sectionSpans, m.start);
      if (s < 0 || m.end > sectionSpans[s]!.end) {
        outside++;
        mentionSections.push(-1);
        continue;
      }
      indices.push(sections[s]!.index);
      mentionSections.push(sections[s]!.index);
      const t = findSpan(sentences, m.start);
      if (t >= 0) sentenceIndices.push(t);
    }
    const sectionIndices = uniqueSorted(indices);
    // Concepts are visited in index order, so every bucket stays ascending.
    for (const s of sectionIndices) sectionBuckets[s]!.push(i);
    nodeSentences.push(uniqueSorted(sentenceIndices));
    nodes.push({
      id: ids[i]!,
      concept,
      mentions,
      sections: sectionIndices.map((s) => doc.sections[s]!.id),
      sectionIndices,
      mentionSections,
    });
  }
  if (outside > 0) warnings.push(`${outside} mention(s) lie outside every section and join no edge`);

  // For each concept i, count the sections it shares with every later concept j through the section
  // buckets (a dense counter, no pair map), then read the shared sections and sentences off the
  // two sorted lists. Edges come out sorted by (source, target).
  const edges: GraphEdge[] = [];
  const sectionIdList = doc.sections.map((s) => s.id);
  const counts = new Int32Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const own = nodes[i]!.sectionIndices;
    for (const s of own) {
      for (const j of sectionBuckets[s]!) {
        if (j <= i) continue;
        if (counts[j] === 0) touched.push(j);
        counts[j]!++;
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      const weight = counts[j]!;
      counts[j] = 0;
      const other = nodes[j]!.sectionIndices;
      const source = ids[i]!;
      const target = ids[j]!;
      edges.push({
        id: `${source}--${target}`,
        source,
        target,
        weight,
        sections: sharedSectionIds(own, other, sectionIdList),
        sentences: intersectCount(nodeSentences[i]!, nodeSentences[j]!),
        association: Math.max(0.0001, roundTo(weight / (own.length + other.length - weight), 4)),
      });
    }
    touched.length = 0;
  }
  return { nodes, edges, warnings };
}
