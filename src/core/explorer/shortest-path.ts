/**
 * Shortest path between two concepts over the visible links, where a link's length is 1 / √strength
 * (linkLength): the path follows strong links. Dijkstra with deterministic ties.
 */
import type { GraphData, GraphEdge } from '../pipeline/schema';
import type { Visible } from './view-types';
import { compareLinkStrength, linkLength } from './link-strength';

export interface ConceptPath {
  /** Node ids from `from` to `to`, inclusive. */
  nodes: string[];
  /** Edge ids, one per step (nodes.length - 1). */
  edges: string[];
  /** Sum of the links' lengths (1 / √strength each). */
  length: number;
}

interface Step {
  neighbour: string;
  edge: GraphEdge;
  length: number;
}

const adjacencyCache = new WeakMap<GraphData, WeakMap<Visible, Map<string, Step[]>>>();

function visibleAdjacency(data: GraphData, visible: Visible): Map<string, Step[]> {
  let byVisible = adjacencyCache.get(data);
  if (!byVisible) adjacencyCache.set(data, (byVisible = new WeakMap()));
  const cached = byVisible.get(visible);
  if (cached) return cached;
  const adjacency = new Map<string, Step[]>();
  const add = (from: string, step: Step) => {
    const list = adjacency.get(from);
    if (list) list.push(step);
    else adjacency.set(from, [step]);
  };
  for (const edge of data.edges) {
    if (!visible.edges.has(edge.id) || !visible.nodes.has(edge.source) || !visible.nodes.has(edge.target))
      continue;
    if (edge.source === edge.target) continue;
    const length = linkLength(edge.strength);
    add(edge.source, { neighbour: edge.target, edge, length });
    add(edge.target, { neighbour: edge.source, edge, length });
  }
  byVisible.set(visible, adjacency);
  return adjacency;
}

/** Preferred step among equally short ones: stronger link, then smaller neighbour id, then edge id. */
function compareSteps(a: Step, b: Step): number {
  const byStrength = compareLinkStrength(a.edge, b.edge);
  if (byStrength !== 0) return byStrength;
  if (a.neighbour !== b.neighbour) return a.neighbour < b.neighbour ? -1 : 1;
  return a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0;
}

/** A binary min-heap of [distance, id] (ties by id, so the order of visits is deterministic). */
class Heap {
  private items: [number, string][] = [];
  get size() {
    return this.items.length;
  }
  private less(i: number, j: number) {
    const a = this.items[i]!;
    const b = this.items[j]!;
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  private swap(i: number, j: number) {
    [this.items[i], this.items[j]] = [this.items[j]!, this.items[i]!];
  }
  push(item: [number, string]) {
    this.items.push(item);
    for (let i = this.items.length - 1; i > 0 && this.less(i, (i - 1) >> 1); i = (i - 1) >> 1)
      this.swap(i, (i - 1) >> 1);
  }
  pop(): [number, string] {
    const top = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length > 0) {
      this.items[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/** Shortest distance to `to` of every node that can reach it (Dijkstra), stopping once `from` is settled. */
function distancesTo(adjacency: Map<string, Step[]>, to: string, from: string): Map<string, number> {
  const settled = new Map<string, number>();
  const best = new Map<string, number>([[to, 0]]);
  const heap = new Heap();
  heap.push([0, to]);
  while (heap.size > 0) {
    const [d, id] = heap.pop();
    if (settled.has(id)) continue;
    settled.set(id, d);
    if (id === from) break;
    for (const step of adjacency.get(id) ?? []) {
      if (settled.has(step.neighbour)) continue;
      const next = d + step.length;
      const known = best.get(step.neighbour);
      if (known === undefined || next < known) {
        best.set(step.neighbour, next);
        heap.push([next, step.neighbour]);
      }
    }
  }
  return settled;
}

/**
 * The shortest path over visible links, a link's length being 1 / √strength, or null when there is
 * none or an endpoint is not visible. Among equally short paths each step takes the stronger link, then
 * the neighbour with the smaller id, so the answer is deterministic.
 */
export function shortestPath(
  data: GraphData,
  visible: Visible,
  from: string,
  to: string,
): ConceptPath | null {
  if (!visible.nodes.has(from) || !visible.nodes.has(to)) return null;
  if (from === to) return { nodes: [from], edges: [], length: 0 };
  const adjacency = visibleAdjacency(data, visible);
  const distance = distancesTo(adjacency, to, from);
  const total = distance.get(from);
  if (total === undefined) return null;
  const nodes = [from];
  const edges: string[] = [];
  let current = from;
  while (current !== to) {
    const here = distance.get(current)!;
    const tolerance = 1e-9 * Math.max(1, here);
    const steps = (adjacency.get(current) ?? []).filter((s) => {
      const there = distance.get(s.neighbour);
      return there !== undefined && there < here && Math.abs(there + s.length - here) <= tolerance;
    });
    const best = steps.sort(compareSteps)[0]!;
    nodes.push(best.neighbour);
    edges.push(best.edge.id);
    current = best.neighbour;
  }
  return { nodes, edges, length: total };
}
