/**
 * The co-occurrence graph: one node per concept, an edge between two concepts whose mentions share a
 * section, with how close they stand there and the link's strength (proximity.ts). Built from
 * per-section, per-paragraph and per-sentence buckets (never all pairs over the whole text): the work is
 * proportional to the pairs that share a unit, so a 400 KB document with thousands of concepts stays fast.
 */
import type { GraphEdge, Mention } from '../schema';
import type { ExtractedConcept, ParsedDocument } from '../types';
import {
  PROXIMITY_LEVELS,
  PROXIMITY_WEIGHTS,
  associationStrength,
  paragraphIds,
  type ProximityLevel,
} from './proximity';

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

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A concept's sentences grouped by section: sections[k] holds sentences[from[k] .. from[k+1]). */
interface Units {
  sections: number[];
  from: number[];
  sentences: number[];
}

/** Groups (section, sentence) pairs, sentence -1 for a mention in no sentence, into ascending units. */
function groupUnits(pairs: [number, number][]): Units {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const units: Units = { sections: [], from: [], sentences: [] };
  let lastSection = -1;
  let lastSentence = -1;
  for (const [section, sentence] of pairs) {
    if (section !== lastSection) {
      units.sections.push(section);
      units.from.push(units.sentences.length);
      lastSection = section;
      lastSentence = -1;
    }
    if (sentence >= 0 && sentence !== lastSentence) units.sentences.push(sentence);
    lastSentence = sentence;
  }
  units.from.push(units.sentences.length);
  return units;
}

const NONE = PROXIMITY_LEVELS.length;
const [SENTENCE, ADJACENT, PARAGRAPH, SECTION] = [0, 1, 2, 3];

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
  const paragraphOf = paragraphIds(doc.document.text, sentences);
  // Sections of one paragraph (most subsections): every pair there shares the paragraph, no bucket needed.
  const sectionIndexById = new Map(doc.sections.map((s, k) => [s.id, k]));
  const paragraphsIn = new Int32Array(doc.sections.length);
  sentences.forEach((t, k) => {
    const s = sectionIndexById.get(t.section);
    if (s !== undefined && (k === 0 || paragraphOf[k] !== paragraphOf[k - 1])) paragraphsIn[s]!++;
  });

  const nodes: CooccurrenceNode[] = [];
  const units: Units[] = [];
  const sectionBuckets: number[][] = doc.sections.map(() => []);
  const sentenceBuckets: number[][] = sentences.map(() => []);
  const paragraphBuckets: number[][] = [];
  let outside = 0;
  for (let i = 0; i < n; i++) {
    const concept = byId.get(ids[i]!)!;
    const mentions = concept.mentions.map((m) => ({ start: m.start, end: m.end }));
    const pairs: [number, number][] = [];
    const mentionSections: number[] = [];
    for (const m of mentions) {
      const s = findSpan(sectionSpans, m.start);
      if (s < 0 || m.end > sectionSpans[s]!.end) {
        outside++;
        mentionSections.push(-1);
        continue;
      }
      mentionSections.push(sections[s]!.index);
      pairs.push([sections[s]!.index, findSpan(sentences, m.start)]);
    }
    const own = groupUnits(pairs);
    // Concepts are visited in index order, so every bucket stays ascending (and holds i once).
    for (const s of own.sections) sectionBuckets[s]!.push(i);
    let lastParagraph = -1;
    for (const t of own.sentences) {
      sentenceBuckets[t]!.push(i);
      const p = paragraphOf[t]!;
      if (p === lastParagraph) continue;
      lastParagraph = p;
      (paragraphBuckets[p] ??= []).push(i);
    }
    units.push(own);
    nodes.push({
      id: ids[i]!,
      concept,
      mentions,
      sections: own.sections.map((s) => doc.sections[s]!.id),
      sectionIndices: own.sections,
      mentionSections,
    });
  }
  if (outside > 0) warnings.push(`${outside} mention(s) lie outside every section and join no edge`);

  // For each concept i and every later concept j: per shared section the closest level (level[j],
  // reset after each section), and over all sections the counts, closeness and section list. Dense
  // counters over j, cleared through `touched`. Edges come out sorted by (source, target).
  const edges: GraphEdge[] = [];
  const sectionCount = doc.sections.length;
  const level = new Uint8Array(n).fill(NONE);
  const weight = new Int32Array(n);
  const sameSentence = new Int32Array(n);
  const adjacent = new Int32Array(n);
  const sameParagraph = new Int32Array(n);
  const closeness = new Float64Array(n);
  const shared: string[][] = [];
  const levels: ProximityLevel[][] = [];
  const touched: number[] = [];
  const visit = (bucket: readonly number[] | undefined, i: number, at: number, count: Int32Array) => {
    for (const j of bucket ?? []) {
      if (j <= i) continue;
      count[j]!++;
      if (level[j]! > at) level[j] = at;
    }
  };
  for (let i = 0; i < n; i++) {
    const own = units[i]!;
    for (let k = 0; k < own.sections.length; k++) {
      const s = own.sections[k]!;
      const single = paragraphsIn[s]! <= 1;
      const floor = single ? PARAGRAPH : SECTION;
      let lastParagraph = -1;
      for (let u = own.from[k]!; u < own.from[k + 1]!; u++) {
        const t = own.sentences[u]!;
        const p = paragraphOf[t]!;
        visit(sentenceBuckets[t], i, SENTENCE, sameSentence);
        if (t > 0 && paragraphOf[t - 1] === p) visit(sentenceBuckets[t - 1], i, ADJACENT, adjacent);
        if (t + 1 < sentences.length && paragraphOf[t + 1] === p)
          visit(sentenceBuckets[t + 1], i, ADJACENT, adjacent);
        if (p !== lastParagraph && !single) visit(paragraphBuckets[p], i, PARAGRAPH, sameParagraph);
        lastParagraph = p;
      }
      for (const j of sectionBuckets[s]!) {
        if (j <= i) continue;
        if (single) sameParagraph[j]!++;
        if (weight[j] === 0) {
          touched.push(j);
          shared[j] = [];
          levels[j] = [];
        }
        weight[j]!++;
        const at = Math.min(level[j]!, floor);
        level[j] = NONE;
        closeness[j]! += PROXIMITY_WEIGHTS[at]!;
        shared[j]!.push(doc.sections[s]!.id);
        levels[j]!.push(PROXIMITY_LEVELS[at]!);
      }
    }
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      const source = ids[i]!;
      const target = ids[j]!;
      const w = weight[j]!;
      const ni = own.sections.length;
      const nj = units[j]!.sections.length;
      edges.push({
        id: `${source}--${target}`,
        source,
        target,
        weight: w,
        sections: shared[j]!,
        sentences: sameSentence[j]!,
        association: Math.max(0.0001, roundTo(w / (ni + nj - w), 4)),
        adjacent: adjacent[j]!,
        paragraphs: sameParagraph[j]!,
        proximity: levels[j]!,
        closeness: closeness[j]!,
        strength: associationStrength(closeness[j]!, sectionCount, ni, nj),
      });
      weight[j] = sameSentence[j] = adjacent[j] = sameParagraph[j] = 0;
      closeness[j] = 0;
    }
    touched.length = 0;
  }
  return { nodes, edges, warnings };
}
