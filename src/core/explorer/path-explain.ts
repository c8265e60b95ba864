/**
 * Why there is no path between two concepts: the current filters cut the chain that joins them in the
 * document (and which filter cuts which link), or the document itself never joins them — then the groups
 * of linked concepts each belongs to and the sections each group lives in. Two groups never share a
 * section: any two concepts of one section are linked.
 */
import type { GraphData, GraphEdge } from '../pipeline/schema';
import type { VisibilityState } from './filters';
import { computeVisible } from './filters';
import { shortestPath, type ConceptPath } from './shortest-path';
import type { Visible } from './view-types';

/** A concept the filters hide, and why. */
export interface HiddenConcept {
  id: string;
  /** 'theme': its theme is unticked; 'isolated': no visible link is left to it and isolated concepts are hidden. */
  reason: 'theme' | 'isolated';
  theme: string;
}

/** A link the filters hide, and every filter that does. */
export interface HiddenLink {
  id: string;
  reasons: ('minWeight' | 'sameSentence' | 'theme')[];
}

/** Concepts joined by chains of links in the whole document, and the sections they occur in. */
export interface ConceptGroup {
  /** Node ids, the asked concept first, then by id. */
  nodes: string[];
  /** Section ids in document order. */
  sections: string[];
}

export type PathGap =
  /** The filters hide an endpoint itself. */
  | { kind: 'endpoint'; hidden: HiddenConcept[] }
  /** Joined in the document; the filters hide part of the strongest chain. */
  | {
      kind: 'filtered';
      path: ConceptPath;
      hiddenConcepts: HiddenConcept[];
      hiddenLinks: HiddenLink[];
      /** The minimum of shared sections set (for saying how far below it a link is). */
      minWeight: number;
    }
  /** Not joined anywhere in the document. */
  | { kind: 'apart'; from: ConceptGroup; to: ConceptGroup; groupCount: number };

const everythingCache = new WeakMap<GraphData, Visible>();

/** Every concept and every link. */
export function everything(data: GraphData): Visible {
  let all = everythingCache.get(data);
  if (!all) {
    all = { nodes: new Set(data.nodes.map((n) => n.id)), edges: new Set(data.edges.map((e) => e.id)) };
    everythingCache.set(data, all);
  }
  return all;
}

const groupCache = new WeakMap<GraphData, Map<string, number>>();

/** Group number of every concept: connected components over all links (union–find). */
function groupsOf(data: GraphData): Map<string, number> {
  const cached = groupCache.get(data);
  if (cached) return cached;
  const index = new Map(data.nodes.map((n, i) => [n.id, i]));
  const parent = data.nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const e of data.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined) continue;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const groups = new Map(data.nodes.map((n, i) => [n.id, find(i)]));
  groupCache.set(data, groups);
  return groups;
}

function group(data: GraphData, id: string): ConceptGroup {
  const groups = groupsOf(data);
  const mine = groups.get(id);
  const nodes = data.nodes.filter((n) => groups.get(n.id) === mine);
  const inGroup = new Set(nodes.flatMap((n) => n.sections));
  return {
    nodes: [
      id,
      ...nodes
        .map((n) => n.id)
        .filter((n) => n !== id)
        .sort(),
    ],
    sections: data.sections.filter((s) => inGroup.has(s.id)).map((s) => s.id),
  };
}

function hiddenConcept(data: GraphData, filters: VisibilityState, id: string): HiddenConcept | null {
  const node = data.nodes.find((n) => n.id === id);
  if (!node) return null;
  if (filters.hiddenThemes.includes(node.theme)) return { id, reason: 'theme', theme: node.theme };
  return computeVisible(data, filters).nodes.has(id) ? null : { id, reason: 'isolated', theme: node.theme };
}

function linkReasons(edge: GraphEdge, data: GraphData, filters: VisibilityState): HiddenLink['reasons'] {
  const reasons: HiddenLink['reasons'] = [];
  if (edge.weight < filters.minWeight) reasons.push('minWeight');
  if (filters.sameSentence && edge.sentences <= 0) reasons.push('sameSentence');
  const themeOf = (id: string) => data.nodes.find((n) => n.id === id)?.theme ?? '';
  if (
    filters.hiddenThemes.includes(themeOf(edge.source)) ||
    filters.hiddenThemes.includes(themeOf(edge.target))
  )
    reasons.push('theme');
  return reasons;
}

/**
 * Why `from` and `to` have no path under `filters`; null when they have one (or an id is unknown).
 */
export function explainNoPath(
  data: GraphData,
  filters: VisibilityState,
  from: string,
  to: string,
): PathGap | null {
  const known = new Set(data.nodes.map((n) => n.id));
  if (!known.has(from) || !known.has(to)) return null;
  const visible = computeVisible(data, filters);
  if (shortestPath(data, visible, from, to)) return null;
  const hiddenEnds = [from, to]
    .filter((id, i, ends) => ends.indexOf(id) === i)
    .map((id) => (visible.nodes.has(id) ? null : hiddenConcept(data, filters, id)))
    .filter((h) => h !== null);
  if (hiddenEnds.length > 0) return { kind: 'endpoint', hidden: hiddenEnds };
  const path = shortestPath(data, everything(data), from, to);
  if (!path) {
    const groups = groupsOf(data);
    return {
      kind: 'apart',
      from: group(data, from),
      to: group(data, to),
      groupCount: new Set(groups.values()).size,
    };
  }
  const edges = new Map(data.edges.map((e) => [e.id, e]));
  const hiddenConcepts = path.nodes
    .filter((id) => !visible.nodes.has(id))
    .map((id) => hiddenConcept(data, filters, id))
    .filter((h) => h !== null);
  const hiddenLinks = path.edges
    .filter((id) => !visible.edges.has(id))
    .map((id) => ({ id, reasons: linkReasons(edges.get(id)!, data, filters) }));
  return { kind: 'filtered', path, hiddenConcepts, hiddenLinks, minWeight: filters.minWeight };
}

/** Which filters are set at all (for saying "no filter is set"). */
export function activeFilters(
  filters: VisibilityState,
): ('theme' | 'minWeight' | 'sameSentence' | 'hideIsolated')[] {
  const active: ('theme' | 'minWeight' | 'sameSentence' | 'hideIsolated')[] = [];
  if (filters.hiddenThemes.length > 0) active.push('theme');
  if (filters.minWeight > 1) active.push('minWeight');
  if (filters.sameSentence) active.push('sameSentence');
  if (filters.hideIsolated) active.push('hideIsolated');
  return active;
}
