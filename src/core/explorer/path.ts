/**
 * Shortest path between two concepts over the visible links, and the passages of the document that
 * link two concepts (for the path explanation).
 */
import type { GraphData, GraphEdge } from '../pipeline/schema';
import type { Visible } from './view-types';
import { passagesForEdge, type Passage } from './passages';

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

/**
 * The passages linking two concepts: the evidence of the link between them (passagesForEdge: the
 * sentences holding both, else the shared sections' sentences with either), up to `limit`; [] when
 * the two are not linked.
 */
export function linkingPassages(data: GraphData, a: string, b: string, limit = 3): Passage[] {
  const edge = data.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
  return edge ? passagesForEdge(data, edge.id).slice(0, limit) : [];
}
