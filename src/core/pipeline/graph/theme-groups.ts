/**
 * Theme groups of a document without a curated lexicon.
 *
 * Start from 'Overall framing' (preamble, closing) and one group per part (merging the smallest
 * adjacent parts, by concepts held, while more than 12 groups remain), then repeatedly split the group
 * holding most concepts into its subsections (or items) while it holds more than 35% of the concepts
 * and has at least 2 of them. A split must keep ≤ 12 groups; when all the subsections would not fit,
 * the smallest adjacent ones merge into runs ('Part 2 (1–2)'). A split part's lead-in stays a group of
 * its own (the part's id and labels); that group, like the framing, folds into a neighbour when it
 * would hold fewer than 3 concepts (lead-in → first subsection, preamble → first group, closing →
 * last group). Paragraph documents: ≤ 8 blocks of about equal text length (paragraphBlocks).
 * A concept's group is the one holding most of its mentions, ties → the one holding the earliest of
 * them. Groups without concepts are dropped.
 */
import type { ParsedDocument } from '../types';
import {
  framingDraft,
  headingTree,
  isParagraphDocument,
  MAX_GROUPS,
  mergeSmallest,
  paragraphBlocks,
  splitUnit,
  textLength,
  toGroup,
  type GroupDraft,
  type SectionGroup,
} from './section-groups';

/** A split stops once the largest group holds at most this share of the concepts. */
export const LARGEST_SHARE = 0.35;
/** Framing and lead-in groups with fewer concepts fold into a neighbour. */
export const MIN_REST_CONCEPTS = 3;

/** Every node's mention sections, flattened: node n's are sections[offsets[n] .. offsets[n + 1]). */
interface Mentions {
  offsets: Int32Array;
  sections: Int32Array;
  sectionCount: number;
}

function flatten(nodes: readonly (readonly number[])[], sectionCount: number): Mentions {
  const offsets = new Int32Array(nodes.length + 1);
  nodes.forEach((list, n) => (offsets[n + 1] = offsets[n]! + list.length));
  const sections = new Int32Array(offsets[nodes.length]!);
  nodes.forEach((list, n) => sections.set(list, offsets[n]!));
  return { offsets, sections, sectionCount };
}

/**
 * Each node's group: most mentions, ties → the group holding the earliest of them; nodes with no
 * mention in any group go to group 0.
 */
function assignNodes(
  groups: readonly SectionGroup[],
  m: Mentions,
): { nodeGroup: Int32Array; counts: number[] } {
  const groupOf = new Int32Array(m.sectionCount).fill(-1);
  groups.forEach((g, k) => g.sections.forEach((s) => (groupOf[s] = k)));
  const hits = new Int32Array(groups.length);
  const first = new Int32Array(groups.length);
  const touched = new Int32Array(groups.length);
  const counts = groups.map(() => 0);
  const nodeCount = m.offsets.length - 1;
  const nodeGroup = new Int32Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) {
    let t = 0;
    for (let i = m.offsets[n]!; i < m.offsets[n + 1]!; i++) {
      const s = m.sections[i]!;
      const k = s >= 0 && s < m.sectionCount ? groupOf[s]! : -1;
      if (k < 0) continue;
      if (hits[k] === 0) {
        touched[t++] = k;
        first[k] = s;
      } else if (s < first[k]!) first[k] = s;
      hits[k]!++;
    }
    let best = t > 0 ? touched[0]! : 0;
    for (let j = 1; j < t; j++) {
      const k = touched[j]!;
      if (hits[k]! > hits[best]! || (hits[k] === hits[best] && first[k]! < first[best]!)) best = k;
    }
    for (let j = 0; j < t; j++) hits[touched[j]!] = 0;
    nodeGroup[n] = best;
    if (groups.length > 0) counts[best]!++;
  }
  return { nodeGroup, counts };
}

interface Realized {
  groups: GroupDraft[];
  nodeGroup: Int32Array;
  counts: number[];
}

/** Drafts → final groups: small framing and lead-in groups folded, concepts assigned, empty groups dropped. */
function realize(drafts: GroupDraft[], m: Mentions): Realized {
  let list = drafts.filter((g) => g.sections.length > 0);
  let { nodeGroup, counts } = assignNodes(list, m);
  const small = list.map(
    (g, k) => (g.role === 'framing' || g.role === 'rest') && counts[k]! < MIN_REST_CONCEPTS,
  );
  const body = list.map((_, k) => k).filter((k) => !small[k]);
  if (body.length > 0 && body.length < list.length) {
    const extra = list.map((): number[] => []);
    const firstBody = list[body[0]!]!.sections[0]!;
    list.forEach((g, k) => {
      if (!small[k]) return;
      if (g.role === 'rest') {
        const into = body.find((j) => j > k) ?? body[body.length - 1]!;
        extra[into]!.push(...g.sections);
      } else {
        for (const s of g.sections) extra[s < firstBody ? body[0]! : body[body.length - 1]!]!.push(s);
      }
    });
    list = body.map((k) => {
      const g = list[k]!;
      return extra[k]!.length === 0
        ? g
        : { ...g, sections: [...g.sections, ...extra[k]!].sort((a, b) => a - b) };
    });
    ({ nodeGroup, counts } = assignNodes(list, m));
  }
  // Drop groups without concepts (no node's argmax can be an empty group, so assignments stand).
  const keep = list.map((_, k) => k).filter((k) => counts[k]! > 0);
  if (keep.length < list.length) {
    const index = new Int32Array(list.length).fill(-1);
    keep.forEach((k, j) => (index[k] = j));
    nodeGroup = nodeGroup.map((k) => index[k]!);
    list = keep.map((k) => list[k]!);
    counts = keep.map((k) => counts[k]!);
  }
  return { groups: list, nodeGroup, counts };
}

/** For mergeSmallest: how many groups over 12 `build(list)` realizes into; sizes [concepts held, text length]. */
function evaluateIn(doc: ParsedDocument, build: (list: GroupDraft[]) => GroupDraft[], m: Mentions) {
  return (list: GroupDraft[]) => {
    const r = realize(build(list), m);
    const held = new Map(r.groups.map((g, k) => [g.id, r.counts[k]!]));
    return {
      excess: r.groups.length - MAX_GROUPS,
      sizes: list.map((g) => [held.get(g.id) ?? 0, textLength(doc, g)]),
    };
  };
}

/**
 * The theme groups of a document without a lexicon (see the file comment) and each node's group.
 * `nodes[n]` lists the section index of each mention of node n (-1 outside every section).
 */
export function themeGroups(
  doc: ParsedDocument,
  nodes: readonly (readonly number[])[],
): { groups: SectionGroup[]; nodeGroup: Int32Array } {
  const m = flatten(nodes, doc.sections.length);
  const done = (r: Realized) => ({ groups: r.groups.map(toGroup), nodeGroup: r.nodeGroup });
  if (isParagraphDocument(doc)) return done(realize(paragraphBlocks(doc), m));

  const { framing, units } = headingTree(doc);
  let drafts = mergeSmallest(
    [framingDraft(framing), ...units],
    evaluateIn(doc, (list) => list, m),
  );
  let current = realize(drafts, m);
  for (;;) {
    let largest = 0;
    current.counts.forEach((c, k) => {
      if (c > current.counts[largest]!) largest = k;
    });
    if (current.groups.length === 0 || current.counts[largest]! <= LARGEST_SHARE * nodes.length) break;
    const at = drafts.findIndex((d) => d.id === current.groups[largest]!.id);
    const unit = drafts[at]!;
    if (unit.role !== 'unit' || unit.children.length < 2) break;
    const build = (kids: GroupDraft[]) => [
      ...drafts.slice(0, at),
      ...splitUnit(unit).filter((g) => g.role === 'rest'),
      ...kids,
      ...drafts.slice(at + 1),
    ];
    // Too many subsections for the budget: runs of adjacent subsections (merging the smallest).
    const kids = mergeSmallest(unit.children, evaluateIn(doc, build, m));
    const split = realize(build(kids), m);
    if (kids.length < 2 || split.groups.length > MAX_GROUPS) break;
    drafts = build(kids);
    current = split;
  }
  return done(current);
}
