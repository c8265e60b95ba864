/**
 * Shortest path between two concepts over the visible links, and the passages of the document that
 * link two concepts (for the path explanation).
 */
import type { GraphData, GraphEdge, GraphNode, Mention } from './schema';
import type { Visible } from './view-types';

export interface ConceptPath {
  /** Node ids from `from` to `to`, inclusive. */
  nodes: string[];
  /** Edge ids, one per step (nodes.length - 1). */
  edges: string[];
}

interface Step {
  neighbour: string;
  edge: GraphEdge;
}

function visibleAdjacency(data: GraphData, visible: Visible): Map<string, Step[]> {
  const adjacency = new Map<string, Step[]>();
  const add = (from: string, step: Step) => {
    const list = adjacency.get(from);
    if (list) list.push(step);
    else adjacency.set(from, [step]);
  };
  for (const edge of data.edges) {
    if (!visible.edges.has(edge.id) || !visible.nodes.has(edge.source) || !visible.nodes.has(edge.target)) continue;
    if (edge.source === edge.target) continue;
    add(edge.source, { neighbour: edge.target, edge });
    add(edge.target, { neighbour: edge.source, edge });
  }
  return adjacency;
}

/** Preferred step first: higher weight, then smaller neighbour id, then smaller edge id. */
function compareSteps(a: Step, b: Step): number {
  if (a.edge.weight !== b.edge.weight) return b.edge.weight - a.edge.weight;
  if (a.neighbour !== b.neighbour) return a.neighbour < b.neighbour ? -1 : 1;
  return a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0;
}

/**
 * Fewest-links path over visible edges (unweighted BFS), or null when there is none or an endpoint is
 * not visible. Among equally short paths, each step from `from` takes the heaviest link, then the
 * neighbour with the smaller id, so the answer is deterministic.
 */
export function shortestPath(data: GraphData, visible: Visible, from: string, to: string): ConceptPath | null {
  if (!visible.nodes.has(from) || !visible.nodes.has(to)) return null;
  if (from === to) return { nodes: [from], edges: [] };
  const adjacency = visibleAdjacency(data, visible);
  // Distances to `to`, so the walk from `from` can choose its preferred step at every hop.
  const distance = new Map<string, number>([[to, 0]]);
  const queue = [to];
  for (let head = 0; head < queue.length && !distance.has(from); head++) {
    const current = queue[head] as string;
    const d = distance.get(current) as number;
    for (const step of adjacency.get(current) ?? []) {
      if (distance.has(step.neighbour)) continue;
      distance.set(step.neighbour, d + 1);
      queue.push(step.neighbour);
    }
  }
  if (!distance.has(from)) return null;
  const nodes = [from];
  const edges: string[] = [];
  let current = from;
  while (current !== to) {
    const need = (distance.get(current) as number) - 1;
    const steps = (adjacency.get(current) ?? []).filter((s) => distance.get(s.neighbour) === need);
    const best = steps.sort(compareSteps)[0] as Step;
    nodes.push(best.neighbour);
    edges.push(best.edge.id);
    current = best.neighbour;
  }
  return { nodes, edges };
}

/** A passage of the document with the mentions to highlight (offsets into `document.text`). */
export interface Passage {
  start: number;
  end: number;
  text: string;
  /** The section holding the passage, '' when none does. */
  sectionId: string;
  /** Mentions inside the passage, sorted, each with its concept. */
  marks: { start: number; end: number; nodeId: string }[];
}

const TERMINATORS = '。！？；\n';
const CLOSERS = '”’」』）)';

/** The sentence around `offset`: from after the previous 。！？； or line break to the next one. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !TERMINATORS.includes(text[start - 1] as string)) start--;
  let end = offset;
  while (end < text.length && !TERMINATORS.includes(text[end] as string)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
  while (start < end && /\s/.test(text[start] as string)) start++;
  return { start, end };
}

function inside(m: Mention, range: { start: number; end: number }): boolean {
  return m.start >= range.start && m.end <= range.end;
}

function makePassage(data: GraphData, range: { start: number; end: number }, concepts: GraphNode[]): Passage {
  const marks = concepts
    .flatMap((node) => node.mentions.filter((m) => inside(m, range)).map((m) => ({ start: m.start, end: m.end, nodeId: node.id })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const section = data.sections.find((s) => range.start >= s.start && range.start < s.end);
  return { ...range, text: data.document.text.slice(range.start, range.end), sectionId: section?.id ?? '', marks };
}

/**
 * The passages linking two concepts: every sentence mentioning both (up to `limit`). When they share a
 * section but no sentence, the sentence around the first mention of each in their first shared section.
 */
export function linkingPassages(data: GraphData, a: string, b: string, limit = 3): Passage[] {
  const nodeA = data.nodes.find((n) => n.id === a);
  const nodeB = data.nodes.find((n) => n.id === b);
  if (!nodeA || !nodeB) return [];
  const text = data.document.text;
  const passages: Passage[] = [];
  const seen = new Set<number>();
  for (const m of nodeA.mentions) {
    const range = sentenceAround(text, m.start);
    if (seen.has(range.start)) continue;
    seen.add(range.start);
    if (nodeB.mentions.some((n) => inside(n, range))) passages.push(makePassage(data, range, [nodeA, nodeB]));
    if (passages.length >= limit) return passages;
  }
  if (passages.length > 0) return passages;
  const shared = data.sections.find((s) => nodeA.sections.includes(s.id) && nodeB.sections.includes(s.id));
  if (!shared) return [];
  for (const node of [nodeA, nodeB]) {
    const first = node.mentions.find((m) => inside(m, shared));
    if (first) passages.push(makePassage(data, sentenceAround(text, first.start), [nodeA, nodeB]));
  }
  return passages.slice(0, limit);
}

/** Splits a passage into plain and highlighted runs for rendering as text (never as HTML). */
export function passageRuns(passage: Passage): { text: string; nodeId: string | null }[] {
  const runs: { text: string; nodeId: string | null }[] = [];
  let at = passage.start;
  for (const mark of passage.marks) {
    if (mark.start < at) continue; // overlapping mention: keep the first
    if (mark.start > at) runs.push({ text: passage.text.slice(at - passage.start, mark.start - passage.start), nodeId: null });
    runs.push({ text: passage.text.slice(mark.start - passage.start, mark.end - passage.start), nodeId: mark.nodeId });
    at = mark.end;
  }
  if (at < passage.end) runs.push({ text: passage.text.slice(at - passage.start), nodeId: null });
  return runs;
}
