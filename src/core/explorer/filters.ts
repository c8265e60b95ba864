/**
 * Which nodes and edges the explorer's filters show. Pure: the same (data, filter fields) always gives
 * the same answer, and repeated calls with equal filter fields return the identical `Visible` object,
 * so React memos and effects keyed on it do not re-run when an unrelated part of the view state changes.
 */
import type { GraphData } from '../pipeline/schema';
import type { ViewState, Visible } from './view-types';

/** The parts of the view state that decide visibility. */
export type VisibilityState = Pick<
  ViewState,
  'hiddenThemes' | 'minWeight' | 'sameSentence' | 'hideIsolated' | 'selected' | 'pathFrom' | 'pathTo'
>;

function visibilityKey(state: VisibilityState): string {
  const hidden = [...state.hiddenThemes].sort().join('\u0001');
  // Selection and path endpoints only matter when isolated nodes are hidden.
  const keep = state.hideIsolated ? [state.selected, state.pathFrom, state.pathTo].join('\u0001') : '';
  return [hidden, state.minWeight, state.sameSentence ? 1 : 0, state.hideIsolated ? 1 : 0, keep].join('\u0002');
}

const lastResult = new WeakMap<GraphData, { key: string; visible: Visible }>();

/**
 * A node is visible unless its theme is hidden. An edge is visible when both endpoints are visible, its
 * weight is at least `minWeight` and, with `sameSentence`, its concepts share at least one sentence.
 * With `hideIsolated`, nodes left without a visible edge are hidden too, except the selected node and the
 * path endpoints (a hidden theme still hides them).
 */
export function computeVisible(data: GraphData, state: VisibilityState): Visible {
  const key = visibilityKey(state);
  const cached = lastResult.get(data);
  if (cached && cached.key === key) return cached.visible;

  const hiddenThemes = new Set(state.hiddenThemes);
  const nodes = new Set<string>();
  for (const node of data.nodes) {
    if (!hiddenThemes.has(node.theme)) nodes.add(node.id);
  }
  const edges = new Set<string>();
  const linked = new Set<string>();
  for (const edge of data.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (edge.weight < state.minWeight) continue;
    if (state.sameSentence && edge.sentences <= 0) continue;
    edges.add(edge.id);
    linked.add(edge.source);
    linked.add(edge.target);
  }
  if (state.hideIsolated) {
    const keep = new Set([state.selected, state.pathFrom, state.pathTo]);
    for (const id of [...nodes]) {
      if (!linked.has(id) && !keep.has(id)) nodes.delete(id);
    }
  }
  const visible: Visible = { nodes, edges };
  lastResult.set(data, { key, visible });
  return visible;
}

/** Largest edge weight in the graph (1 for a graph without edges): the top of the weight slider. */
export function maxEdgeWeight(data: GraphData): number {
  let max = 1;
  for (const edge of data.edges) if (edge.weight > max) max = edge.weight;
  return max;
}
