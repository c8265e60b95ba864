/**
 * The graphology graph the metrics and the layout run on. Up to FULL_GRAPH_EDGE_LIMIT edges it holds
 * every co-occurrence edge. Beyond that (a long document with thousands of concepts has hundreds of
 * thousands of pairs) building and iterating the full graph costs seconds, so it holds the backbone:
 * each concept's BACKBONE_K strongest edges (weight, then association, then edge order).
 * Degree and weighted degree never use it: they are counted exactly from all edges.
 *
 * Node keys are positions in the id list ('0', '1', …), never concept ids: graphology keeps neighbours
 * in plain objects keyed by node, and so do louvain and ForceAtlas2, so a concept called “constructor”
 * or “__proto__” would meet Object.prototype there. The id is the node's `id` attribute (idOf).
 */
import { UndirectedGraph } from 'graphology';
import type { GraphEdge } from '../schema';

export const FULL_GRAPH_EDGE_LIMIT = 50_000;
/** Edge ranks pack (rank, index) as rank · 2^24 + index: up to 16.7 M edges, weights below 10^5. */
const INDEX_SPAN = 2 ** 24;
const MAX_RANK = 2 ** 29;
export const BACKBONE_K = 12;

export interface EdgeAttributes {
  weight: number;
}

export interface NodeAttributes {
  /** The concept id this node stands for. */
  id: string;
  /** Position, while the layout runs. */
  x?: number;
  y?: number;
}

export type AnalysisGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/** The key of the node for `ids[index]`. */
export function nodeKey(index: number): string {
  return String(index);
}

/** The concept id of a node key. */
export function idOf(graph: AnalysisGraph, key: string): string {
  return graph.getNodeAttribute(key, 'id');
}

/** Indices (ascending) of the edges that are among the k strongest of either endpoint. */
export function backboneEdgeIndices(
  ids: readonly string[],
  edges: readonly GraphEdge[],
  k: number,
): number[] {
  const index = new Map(ids.map((id, i) => [id, i]));
  // Incidence lists in CSR form: offsets per node, edge indices in one typed array.
  const offsets = new Int32Array(ids.length + 1);
  const ends = new Int32Array(edges.length * 2);
  edges.forEach((e, i) => {
    ends[2 * i] = index.get(e.source)!;
    ends[2 * i + 1] = index.get(e.target)!;
    offsets[ends[2 * i]! + 1]!++;
    offsets[ends[2 * i + 1]! + 1]!++;
  });
  for (let v = 0; v < ids.length; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, ids.length);
  const incident = new Int32Array(edges.length * 2);
  for (let i = 0; i < edges.length; i++) {
    incident[fill[ends[2 * i]!]!++] = i;
    incident[fill[ends[2 * i + 1]!]!++] = i;
  }
  // Rank = weight first, then association (4 decimals), strongest first, ties by edge order: packed
  // into one float (exact below 2^53) so each node's list sorts natively, without a comparator.
  const rank = Float64Array.from(
    edges,
    (e, i) => (MAX_RANK - (e.weight * 10_000 + Math.round(e.association * 10_000))) * INDEX_SPAN + i,
  );
  const keep = new Uint8Array(edges.length);
  const scratch = new Float64Array(edges.length * 2);
  for (let v = 0; v < ids.length; v++) {
    const from = offsets[v]!;
    const to = offsets[v + 1]!;
    if (to - from <= k) {
      for (let j = from; j < to; j++) keep[incident[j]!] = 1;
      continue;
    }
    const list = scratch.subarray(from, to);
    for (let j = from; j < to; j++) list[j - from] = rank[incident[j]!]!;
    list.sort();
    for (let j = 0; j < k; j++) keep[list[j]! % INDEX_SPAN] = 1;
  }
  const result: number[] = [];
  keep.forEach((flag, i) => {
    if (flag) result.push(i);
  });
  return result;
}

/** Nodes in id order (keys nodeKey(i), attribute id), edges (source, target) in edge order with attribute weight. */
export function buildAnalysisGraph(
  ids: readonly string[],
  edges: readonly GraphEdge[],
): { graph: AnalysisGraph; backbone: boolean } {
  const graph: AnalysisGraph = new UndirectedGraph();
  const keyOf = new Map<string, string>();
  ids.forEach((id, i) => {
    keyOf.set(id, nodeKey(i));
    graph.addNode(nodeKey(i), { id });
  });
  const backbone = edges.length > FULL_GRAPH_EDGE_LIMIT;
  // Keyless edges: graphology's generated keys cannot collide, whatever characters the labels hold.
  const add = (e: GraphEdge) =>
    graph.addUndirectedEdge(keyOf.get(e.source)!, keyOf.get(e.target)!, { weight: e.weight });
  if (backbone) for (const i of backboneEdgeIndices(ids, edges, BACKBONE_K)) add(edges[i]!);
  else for (const e of edges) add(e);
  return { graph, backbone };
}
