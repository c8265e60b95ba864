/**
 * Pure display rules of the graph view: sizes, widths, palettes and the classes that derive what is
 * shown (selection, neighbourhood, path, filters) from the view state. No renderer here.
 */
import type { ConceptKind, GraphData } from '../pipeline/schema';
import type { SizeMode, Visible } from './view-types';
import { WIDE } from './label-wrap';
import { MAX_DIAMETER, MIN_DIAMETER, nodeDiameter } from '../pipeline/graph/node-size';

export { phraseBreaks, shortGloss, wrapLabel } from './label-wrap';
export {
  LABEL_SIDES,
  boxTouchesDisc,
  boxesTouch,
  labelBox,
  placeLabels,
  type Box,
  type Disc,
  type LabelRequest,
  type LabelSide,
  type Placement,
  type PlacementOptions,
} from './label-placement';
export { labelRequests, labelRole, type LabelRole, type LabelledNode } from './label-roles';

/** Node diameter in px: the pipeline's (the layout spaced the nodes for these sizes), 20–60. */
export { MAX_DIAMETER as NODE_MAX_SIZE, MIN_DIAMETER as NODE_MIN_SIZE, nodeDiameter as nodeSize } from '../pipeline/graph/node-size';

/** The node metric a size mode shows. */
export function sizeMetric(
  node: { weightedDegree: number; count: number; betweenness: number },
  mode: SizeMode,
): number {
  return mode === 'count' ? node.count : mode === 'betweenness' ? node.betweenness : node.weightedDegree;
}

/**
 * Node diameters (px, 20–60, square root of the metric over its largest value) for a size mode. With
 * 'weightedDegree' they are the sizes the layout spaced the nodes for; a metric that is 0 everywhere
 * (betweenness is skipped on very large graphs) gives every node the smallest size.
 */
export function nodeSizes(
  nodes: readonly { id: string; weightedDegree: number; count: number; betweenness: number }[],
  mode: SizeMode,
): Map<string, number> {
  let max = 0;
  for (const n of nodes) max = Math.max(max, sizeMetric(n, mode));
  return new Map(nodes.map((n) => [n.id, nodeDiameter(sizeMetric(n, mode), max)]));
}

/** Label size in screen px (labels keep their size when zooming), a little larger for big nodes. */
export function labelSize(size: number): number {
  return Math.round(12 + ((size - MIN_DIAMETER) / (MAX_DIAMETER - MIN_DIAMETER)) * 4);
}

/** Edge width in px: square-root scale of weight onto [1, 8]. */
export function edgeWidth(weight: number, maxWeight: number): number {
  if (maxWeight <= 1) return 1.5;
  const t = Math.sqrt((Math.min(weight, maxWeight) - 1) / (maxWeight - 1));
  return Math.round((1 + 7 * Math.max(0, t)) * 10) / 10;
}

/** Edge opacity from association (Jaccard, 0–1]: weak associations recede. */
export function edgeOpacity(association: number): number {
  const a = Math.min(1, Math.max(0, association));
  return Math.round((0.2 + 0.65 * a) * 100) / 100;
}

/**
 * Paul Tol's "muted" scheme (designed to stay distinct for protan, deutan and tritan vision) plus its
 * pale grey, and Okabe–Ito orange for an eleventh category. https://personal.sron.nl/~pault/
 */
export const TOL_MUTED = [
  '#cc6677',
  '#332288',
  '#ddcc77',
  '#117733',
  '#88ccee',
  '#882255',
  '#44aa99',
  '#999933',
  '#aa4499',
] as const;
export const PALE_GREY = '#dddddd';
export const OKABE_ORANGE = '#e69f00';

/** Community colour: the nine muted colours, then pale grey for every further (smaller) community. */
export function communityColor(community: number): string {
  return TOL_MUTED[community] ?? PALE_GREY;
}

export const KIND_COLORS: Record<ConceptKind, string> = {
  doctrine: '#332288',
  strategy: '#cc6677',
  programme: '#117733',
  mechanism: '#44aa99',
  institution: '#882255',
  place: '#88ccee',
  heritage: '#999933',
  event: OKABE_ORANGE,
  brand: '#aa4499',
  goal: '#ddcc77',
  concept: PALE_GREY,
};

/** In kind mode the shape repeats the kind, so colour is never the only cue. */
export const KIND_SHAPES: Record<ConceptKind, string> = {
  doctrine: 'star',
  strategy: 'diamond',
  programme: 'round-rectangle',
  mechanism: 'hexagon',
  institution: 'rectangle',
  place: 'triangle',
  heritage: 'vee',
  event: 'pentagon',
  brand: 'tag',
  goal: 'octagon',
  concept: 'ellipse',
};

export interface PathResult {
  nodes: string[];
  edges: string[];
}

export interface DisplayInput {
  visible: Visible;
  selected: string | null;
  selectedEdge: string | null;
  path: PathResult | null;
}

/**
 * Classes per element id: `hidden` (filtered out), `selected`, `highlighted` (neighbourhood of the
 * selection), `path`, `faded` (everything else while something is selected or a path is shown).
 */
export function displayClasses(data: GraphData, input: DisplayInput): Map<string, string> {
  const { visible } = input;
  const focusNodes = new Set<string>();
  const focusEdges = new Set<string>();
  const selectedNode = input.selected !== null && visible.nodes.has(input.selected) ? input.selected : null;
  const selectedEdge =
    input.selectedEdge !== null && visible.edges.has(input.selectedEdge) ? input.selectedEdge : null;
  if (selectedNode !== null) {
    for (const e of data.edges) {
      if (!visible.edges.has(e.id) || (e.source !== selectedNode && e.target !== selectedNode)) continue;
      focusEdges.add(e.id);
      focusNodes.add(e.source === selectedNode ? e.target : e.source);
    }
  } else if (selectedEdge !== null) {
    const edge = data.edges.find((e) => e.id === selectedEdge);
    if (edge) {
      focusNodes.add(edge.source);
      focusNodes.add(edge.target);
    }
  }
  const pathNodes = new Set(input.path?.nodes ?? []);
  const pathEdges = new Set(input.path?.edges ?? []);
  const focusing = selectedNode !== null || selectedEdge !== null || pathNodes.size > 0;

  const classes = new Map<string, string>();
  const classify = (id: string, shown: boolean, isSelected: boolean, isFocus: boolean, onPath: boolean) => {
    if (!shown) return classes.set(id, 'hidden');
    const list: string[] = [];
    if (isSelected) list.push('selected');
    else if (isFocus) list.push('highlighted');
    if (onPath) list.push('path');
    if (focusing && list.length === 0) list.push('faded');
    classes.set(id, list.join(' '));
  };
  for (const n of data.nodes) {
    classify(n.id, visible.nodes.has(n.id), n.id === selectedNode, focusNodes.has(n.id), pathNodes.has(n.id));
  }
  for (const e of data.edges) {
    classify(e.id, visible.edges.has(e.id), e.id === selectedEdge, focusEdges.has(e.id), pathEdges.has(e.id));
  }
  return classes;
}

/**
 * The elements whose classes differ between two displayClasses results, with their new classes: a view
 * update touches only these (after a first tap on a large graph, the next one changes two neighbourhoods,
 * not every element). An id missing from `next` is left alone.
 */
export function changedClasses(
  prev: ReadonlyMap<string, string>,
  next: ReadonlyMap<string, string>,
): [id: string, classes: string][] {
  const changed: [string, string][] = [];
  for (const [id, cls] of next) if (prev.get(id) !== cls) changed.push([id, cls]);
  return changed;
}

/** Label order: bridging concepts first (betweenness), then the most connected, then the most mentioned. */
export function labelPriority(data: GraphData): string[] {
  return [...data.nodes]
    .sort(
      (a, b) =>
        b.betweenness - a.betweenness ||
        b.weightedDegree - a.weightedDegree ||
        b.count - a.count ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((n) => n.id);
}


/** Labels with Latin words wrap at spaces; Chinese ones anywhere. */
export function wrapsAtSpaces(text: string): boolean {
  return /\s/.test(text.trim()) && !WIDE.test(text);
}

/** Punctuation the canvas font (Noto Sans CJK SC) draws 1 em wide: curly quotes, middle dot, ellipsis, dash. */
const CJK_FONT_WIDE = /[\u2018\u2019\u201c\u201d\u00b7\u2026\u2014]/;

/**
 * Estimated size in px of a label wrapped at `maxWidth`: CJK, full-width characters and curly quotes are 1 em wide,
 * others about 0.58 em. Explicit line breaks ('\n', see wrapLabel) always break; within a line Chinese
 * wraps anywhere (text-overflow-wrap: anywhere), text with Latin words at spaces, and a word longer than
 * the width stays on its own line.
 */
export function labelSize2d(text: string, fontPx: number, maxWidth: number): { w: number; h: number } {
  const width = (s: string) =>
    [...s].reduce((sum, ch) => sum + (WIDE.test(ch) || CJK_FONT_WIDE.test(ch) ? 1 : 0.58) * fontPx, 0);
  let lines = 0;
  let widest = 0;
  for (const part of text.split('\n')) {
    const spaced = wrapsAtSpaces(part);
    const units = spaced ? part.trim().split(/\s+/) : [...part];
    const space = spaced ? 0.58 * fontPx * 0.5 : 0;
    let line = 0;
    lines++;
    for (const unit of units) {
      const w = width(unit);
      const add = line > 0 ? space + w : w;
      if (line > 0 && line + add > maxWidth) {
        widest = Math.max(widest, line);
        lines++;
        line = w;
      } else line += add;
    }
    widest = Math.max(widest, line);
  }
  return { w: widest, h: lines * fontPx * 1.25 };
}

/** Zoom and pan that fit the nodes (centre and diameter in model units) into a width × height canvas. */
export function fitViewport(
  nodes: readonly { x: number; y: number; size: number }[],
  width: number,
  height: number,
  padding: number,
  minZoom: number,
  maxZoom: number,
): { zoom: number; pan: { x: number; y: number } } {
  if (nodes.length === 0 || width <= 0 || height <= 0)
    return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    x1 = Math.min(x1, n.x - n.size / 2);
    y1 = Math.min(y1, n.y - n.size / 2);
    x2 = Math.max(x2, n.x + n.size / 2);
    y2 = Math.max(y2, n.y + n.size / 2);
  }
  const w = Math.max(1, x2 - x1);
  const h = Math.max(1, y2 - y1);
  const zoom = Math.min(
    maxZoom,
    Math.max(minZoom, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h)),
  );
  return { zoom, pan: { x: width / 2 - zoom * (x1 + w / 2), y: height / 2 - zoom * (y1 + h / 2) } };
}
