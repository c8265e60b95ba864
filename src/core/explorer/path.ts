/**
 * The path tool's rules: the shortest path (shortest-path.ts) and the passages that make each step.
 */
import type { GraphData, GraphEdge } from '../pipeline/schema';
import { closestPassages, type Passage } from './passages';

export { shortestPath, type ConceptPath } from './shortest-path';

/** The link between two concepts, or undefined. */
export function linkBetween(data: GraphData, a: string, b: string): GraphEdge | undefined {
  return data.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
}

/**
 * The passages that show two linked concepts closest together (closestPassages of their link), up to
 * `limit`; [] when the two are not linked.
 */
export function linkingPassages(data: GraphData, a: string, b: string, limit = 3): Passage[] {
  const edge = linkBetween(data, a, b);
  return edge ? closestPassages(data, edge.id).slice(0, limit) : [];
}
