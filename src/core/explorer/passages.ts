/**
 * Evidence for the explorer: the sentences behind a concept or a link, with the mentions to highlight.
 * Sentences are the parser's own (splitSentences over the sections), so the evidence shown is what an
 * edge's `sentences` count counts; text outside every section (the title lines) is split the same way.
 * All offsets are absolute offsets into `document.text` (UTF-16 code units, end exclusive).
 */
import type { GraphData, ProximityLevel, Section } from '../pipeline/schema';
import type { Span } from './text-segments';
import { splitSentences } from '../pipeline/parse/sentences';

export interface PassageMark {
  start: number;
  end: number;
  nodeId: string;
}

export interface Passage {
  /** Number of the sentence in the document (sentenceSpans order). */
  index: number;
  /** Innermost section holding the sentence; null for text outside every section (the title lines). */
  sectionId: string | null;
  /** Section address (二（三）), '' outside sections. */
  address: string;
  title: string;
  sentenceStart: number;
  sentenceEnd: number;
  marks: PassageMark[];
  /** Ids of the concepts marked in this sentence, in the order asked for. */
  concepts: string[];
}

interface Index {
  sentences: Span[];
  sectionOf: (Section | null)[];
}

const indexCache = new WeakMap<GraphData, Index>();

/** A stand-in section for text outside every section (id ''), so splitSentences can split it too. */
function outside(start: number, end: number): Section {
  return { id: '', kind: 'preamble', part: null, address: '', title: '', start, end };
}

/** Sentence spans of the whole document, in order, without surrounding whitespace. */
export function sentenceSpans(data: GraphData): readonly Span[] {
  return buildIndex(data).sentences;
}

function buildIndex(data: GraphData): Index {
  const cached = indexCache.get(data);
  if (cached) return cached;
  const text = data.document.text;
  // The sections and the gaps between them cover the text once (overlapping sections are clipped).
  const ranges: Section[] = [];
  let at = 0;
  for (const s of [...data.sections].sort((a, b) => a.start - b.start)) {
    if (s.start > at) ranges.push(outside(at, s.start));
    if (s.end > Math.max(at, s.start)) ranges.push({ ...s, start: Math.max(at, s.start) });
    at = Math.max(at, s.end);
  }
  if (at < text.length) ranges.push(outside(at, text.length));
  const byId = new Map(data.sections.map((s) => [s.id, s]));
  const split = splitSentences(text, ranges);
  const index: Index = {
    sentences: split.map((s) => ({ start: s.start, end: s.end })),
    sectionOf: split.map((s) => (s.section === '' ? null : (byId.get(s.section) ?? null))),
  };
  indexCache.set(data, index);
  return index;
}

/** Index of the sentence containing offset `at`, or -1 (whitespace between sentences). */
function sentenceAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Groups the mentions of the given concepts by sentence; `keep` decides which sentences to return. */
function collect(
  data: GraphData,
  nodeIds: readonly string[],
  keep: (i: number, ids: Set<string>) => boolean,
): Passage[] {
  const { sentences, sectionOf } = buildIndex(data);
  const bySentence = new Map<number, PassageMark[]>();
  for (const id of nodeIds) {
    const node = data.nodes.find((n) => n.id === id);
    if (!node) continue;
    for (const m of node.mentions) {
      const i = sentenceAt(sentences, m.start);
      if (i < 0) continue;
      const marks = bySentence.get(i) ?? [];
      marks.push({ start: m.start, end: m.end, nodeId: id });
      bySentence.set(i, marks);
    }
  }
  const passages: Passage[] = [];
  for (const i of [...bySentence.keys()].sort((a, b) => a - b)) {
    const marks = bySentence.get(i)!.sort((a, b) => a.start - b.start || b.end - a.end);
    const ids = new Set(marks.map((m) => m.nodeId));
    if (!keep(i, ids)) continue;
    const sentence = sentences[i]!;
    const section = sectionOf[i] ?? null;
    passages.push({
      index: i,
      sectionId: section?.id ?? null,
      address: section?.address ?? '',
      title: section?.title ?? '',
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      marks,
      concepts: nodeIds.filter((id) => ids.has(id)),
    });
  }
  return passages;
}

const nodeCache = new WeakMap<GraphData, Map<string, Passage[]>>();
const edgeCache = new WeakMap<GraphData, Map<string, Passage[]>>();

function memo(
  cache: WeakMap<GraphData, Map<string, Passage[]>>,
  data: GraphData,
  key: string,
  make: () => Passage[],
) {
  let byKey = cache.get(data);
  if (!byKey) cache.set(data, (byKey = new Map()));
  let value = byKey.get(key);
  if (!value) byKey.set(key, (value = make()));
  return value;
}

/** Every sentence mentioning the concept, in document order, its mentions marked. [] for an unknown id. */
export function passagesForNode(data: GraphData, nodeId: string): Passage[] {
  return memo(nodeCache, data, nodeId, () => collect(data, [nodeId], () => true));
}

/** The evidence of a link in one of the sections its concepts share. */
export interface LinkSection {
  sectionId: string;
  address: string;
  title: string;
  /** The closest the two concepts stand in this section (the edge's proximity for it). */
  proximity: ProximityLevel;
  /** Every sentence of the section mentioning either concept, in order; `concepts` says which. */
  passages: Passage[];
}

const linkCache = new WeakMap<GraphData, Map<string, LinkSection[]>>();

/**
 * The complete evidence of a link: for every shared section (in the edge's order), every sentence there
 * that mentions either concept, each concept's mentions marked. [] for an unknown edge.
 */
export function linkEvidence(data: GraphData, edgeId: string): LinkSection[] {
  let byId = linkCache.get(data);
  if (!byId) linkCache.set(data, (byId = new Map()));
  const hit = byId.get(edgeId);
  if (hit) return hit;
  const edge = data.edges.find((e) => e.id === edgeId);
  let result: LinkSection[] = [];
  if (edge) {
    const { sectionOf } = buildIndex(data);
    const shared = new Set(edge.sections);
    const passages = collect(data, [edge.source, edge.target], (i) => shared.has(sectionOf[i]?.id ?? ''));
    const sectionById = new Map(data.sections.map((s) => [s.id, s]));
    result = edge.sections.flatMap((id, k) => {
      const section = sectionById.get(id);
      if (!section) return [];
      return [
        {
          sectionId: id,
          address: section.address,
          title: section.title,
          proximity: edge.proximity[k] ?? 'section',
          passages: passages.filter((p) => p.sectionId === id),
        },
      ];
    });
  }
  byId.set(edgeId, result);
  return result;
}

/** Every sentence of the link's shared sections mentioning either concept, in document order. */
export function passagesForEdge(data: GraphData, edgeId: string): Passage[] {
  return memo(edgeCache, data, edgeId, () => linkEvidence(data, edgeId).flatMap((s) => s.passages));
}

/**
 * The shortest evidence of a link: in its closest shared section, the sentences holding both concepts;
 * when none does, the nearest pair of sentences, one mentioning each (in document order).
 */
export function closestPassages(data: GraphData, edgeId: string): Passage[] {
  const order: readonly ProximityLevel[] = ['sentence', 'adjacent', 'paragraph', 'section'];
  const sections = [...linkEvidence(data, edgeId)].sort(
    (a, b) => order.indexOf(a.proximity) - order.indexOf(b.proximity),
  );
  const best = sections[0];
  if (!best) return [];
  const both = best.passages.filter((p) => p.concepts.length === 2);
  if (both.length > 0) return both;
  let pair: [Passage, Passage] | null = null;
  for (const a of best.passages) {
    for (const b of best.passages) {
      if (b.index <= a.index || a.concepts[0] === b.concepts[0]) continue;
      if (!pair || b.index - a.index < pair[1].index - pair[0].index) pair = [a, b];
    }
  }
  return pair ?? best.passages.slice(0, 1);
}

/** All mentions of all concepts, for the reader view: sorted, overlaps resolved (longest first wins). */
export function documentMentions(data: GraphData): PassageMark[] {
  const all: PassageMark[] = [];
  for (const n of data.nodes)
    for (const m of n.mentions) all.push({ start: m.start, end: m.end, nodeId: n.id });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PassageMark[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (!last || m.start >= last.end) out.push(m);
  }
  return out;
}

/** The sentence of a passage with its marks relative to the sentence, ready for segmentText. */
export function passageText(data: GraphData, p: Passage): { text: string; marks: Span[] } {
  return {
    text: data.document.text.slice(p.sentenceStart, p.sentenceEnd),
    marks: p.marks.map((m) => ({
      start: m.start - p.sentenceStart,
      end: m.end - p.sentenceStart,
      id: m.nodeId,
    })),
  };
}
