/** Restricts graph data to what the explorer shows, for exporting the visible graph. */
import type { GraphData } from '../schema';

/**
 * Keeps the given nodes (in their original order), the edges joining two kept nodes (only those in
 * `edgeIds` when given) and the themes the kept nodes use. Node metrics (degree, betweenness …) and
 * positions are those of the whole document graph; document, sections and warnings are kept as they are.
 */
export function subsetGraphData(
  data: GraphData,
  nodeIds: ReadonlySet<string>,
  edgeIds?: ReadonlySet<string>,
): GraphData {
  const nodes = data.nodes.filter((n) => nodeIds.has(n.id));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter(
    (e) => kept.has(e.source) && kept.has(e.target) && (edgeIds === undefined || edgeIds.has(e.id)),
  );
  const usedThemes = new Set(nodes.map((n) => n.theme));
  const themes = data.themes.filter((t) => usedThemes.has(t.id));
  return { ...data, themes, nodes, edges };
}
