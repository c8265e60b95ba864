/**
 * Precomputed, deterministic node positions: seeded initial positions (by community) → ForceAtlas2
 * (inferSettings with stronger gravity, iterations scaled down for big graphs, Barnes–Hut above 1,000
 * nodes) → scaled to a box of about ±1000 (bigger for big graphs) → noverlap (up to 1,000 nodes) with
 * the diameters the explorer draws, plus room for labels → a final greedy separation (overlap.ts)
 * that guarantees no overlap → isolated nodes on rings outside the drawing → 2 decimals.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { idOf, nodeKey, type AnalysisGraph } from './analysis-graph';
import { separateDiscs } from './overlap';
import { DEFAULT_SEED, mulberry32 } from './rng';
import { MAX_DIAMETER, MIN_DIAMETER, nodeDiameter } from './node-size';

export { MAX_DIAMETER, MIN_DIAMETER, nodeDiameter };

/** Gap kept between two node discs (px), room for the edge of a label. */
export const NODE_GAP = 10;
/** Half the width of one label character (px at zoom 1, 14 px CJK font): labels get room too. */
const LABEL_HALF_CHAR = 7;
/** noverlap runs up to this many connected nodes (see computeLayout). */
export const NOVERLAP_MAX_NODES = 1000;
/** Labels longer than 6 characters may touch their neighbours' (the explorer can wrap them). */
const LABEL_HALF_MAX = 42;
/** Distance between neighbouring isolated nodes on their ring (px): a short label fits. */
const ISOLATED_SPACING = 90;

export interface Point {
  x: number;
  y: number;
}

/**
 * Half-width of the box the connected nodes are scaled into: ±1000 at 100 nodes (±500…±3000 by
 * node count), widened when the nodes' footprints (spacing radii) would fill more than 40% of it.
 */
export function layoutRadius(nodeCount: number, spacingRadii: readonly number[] = []): number {
  let footprint = 0;
  for (const r of spacingRadii) footprint += (2 * r + NODE_GAP) ** 2;
  return Math.max(
    1000 * Math.min(3, Math.max(0.5, Math.sqrt(nodeCount / 100))),
    Math.sqrt(footprint / 0.4) / 2,
  );
}

/** The radius a node keeps clear around its centre: its disc, or half its label when that is wider. */
export function spacingRadius(diameter: number, label: string): number {
  return Math.max(diameter / 2, Math.min(LABEL_HALF_MAX, Array.from(label).length * LABEL_HALF_CHAR));
}

/** ForceAtlas2 iterations: 500 up to 500 nodes, fewer as the graph grows (50 at 5,000 nodes). */
export function layoutIterations(nodeCount: number): number {
  return Math.round(Math.min(500, Math.max(40, 250_000 / Math.max(1, nodeCount))));
}

const round2 = (v: number): number => Math.round(v * 100) / 100 || 0;

/**
 * Seeded initial positions: with communities, each community starts in its own disc (area ∝ size,
 * centres on a sunflower, biggest in the middle), so ForceAtlas2 needs few iterations to separate
 * them; without, uniformly in a square.
 */
function initialPositions(
  ids: readonly string[],
  seed: number,
  community?: (id: string) => number,
): Map<string, Point> {
  const rng = mulberry32(seed);
  const unit = 10;
  const result = new Map<string, Point>();
  if (!community) {
    const spread = unit * Math.sqrt(ids.length);
    for (const id of ids) result.set(id, { x: (rng() * 2 - 1) * spread, y: (rng() * 2 - 1) * spread });
    return result;
  }
  const sizes = new Map<number, number>();
  for (const id of ids) sizes.set(community(id), (sizes.get(community(id)) ?? 0) + 1);
  const centres = new Map<number, Point>();
  let area = 0;
  for (const c of [...sizes.keys()].sort((a, b) => a - b)) {
    const k = centres.size;
    const radius = unit * Math.sqrt(area) * 1.2;
    centres.set(c, { x: radius * Math.cos(k * 2.399963), y: radius * Math.sin(k * 2.399963) });
    area += sizes.get(c)!;
  }
  for (const id of ids) {
    const centre = centres.get(community(id))!;
    const r = unit * Math.sqrt(sizes.get(community(id))!) * 0.5 * Math.sqrt(rng());
    const angle = rng() * 2 * Math.PI;
    result.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
  }
  return result;
}

function forceLayout(
  graph: AnalysisGraph,
  connected: readonly string[],
  seed: number,
  community?: (id: string) => number,
): Map<string, Point> {
  // Node keys, not concept ids, go into ForceAtlas2 (it indexes nodes in a plain object): see analysis-graph.ts.
  const g = graph.copy() as AnalysisGraph;
  const keep = new Set(connected);
  for (const key of graph.nodes()) if (!keep.has(idOf(graph, key))) g.dropNode(key);
  const keyOf = new Map<string, string>();
  g.forEachNode((key, { id }) => keyOf.set(id, key));
  for (const [id, p] of initialPositions(connected, seed, community))
    g.mergeNodeAttributes(keyOf.get(id)!, { x: p.x, y: p.y });
  const n = g.order;
  // inferSettings' gravity (0.05 against scalingRatio 10) leaves clusters of a co-occurrence graph
  // (near-cliques per section) far apart: scaled to the box, each is a tight knot with unreadable
  // labels. Gravity = scalingRatio = 2 keeps them near each other and fills the box evenly.
  // Barnes–Hut above 1,000 nodes, with Gephi's θ = 1.2 (θ = 0.5 costs 2.5× for no visible gain).
  const settings = {
    ...forceAtlas2.inferSettings(n),
    gravity: 2,
    scalingRatio: 2,
    barnesHutOptimize: n > 1000,
    barnesHutTheta: 1.2,
  };
  forceAtlas2.assign(g, { iterations: layoutIterations(n), settings, getEdgeWeight: 'weight' });
  const attributes = (id: string) => g.getNodeAttributes(keyOf.get(id)!);
  return new Map(
    connected.map((id) => [id, { x: attributes(id).x as number, y: attributes(id).y as number }]),
  );
}

/** Centres the points and scales them so the farthest coordinate is ±radius. */
function normalise(points: Map<string, Point>, radius: number): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const half = Math.max(maxX - minX, maxY - minY) / 2;
  const scale = half > 0 ? radius / half : 1;
  for (const p of points.values()) {
    p.x = (p.x - cx) * scale;
    p.y = (p.y - cy) * scale;
  }
}

/** noverlap jitters coincident points with Math.random: separate them deterministically first. */
function separateCoincident(points: Map<string, Point>, seed: number): void {
  const rng = mulberry32(seed ^ 0x9e3779b9);
  const seen = new Set<string>();
  for (const p of points.values()) {
    // A non-finite coordinate would never become distinct: fail in one line instead of looping.
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y))
      throw new Error('the layout produced a non-finite position');
    let key = `${p.x},${p.y}`;
    while (seen.has(key)) {
      p.x += (rng() - 0.5) * 2;
      p.y += (rng() - 0.5) * 2;
      key = `${p.x},${p.y}`;
    }
    seen.add(key);
  }
}

function removeOverlaps(points: Map<string, Point>, radii: Map<string, number>): void {
  // Keyed by position in `points`, never by concept id (see analysis-graph.ts).
  const g = new UndirectedGraph<{ x: number; y: number; size: number }>();
  const ids = [...points.keys()];
  ids.forEach((id, k) => g.addNode(nodeKey(k), { ...points.get(id)!, size: radii.get(id)! }));
  noverlap.assign(g, {
    // noverlap may stall in dense clumps rather than converge; separateDiscs finishes the job.
    maxIterations: 200,
    settings: {
      margin: NODE_GAP / 2,
      ratio: 1,
      expansion: 1.1,
      gridSize: Math.max(20, Math.ceil(Math.sqrt(points.size))),
      speed: 3,
    },
  });
  g.forEachNode((key, attributes) => {
    const p = points.get(ids[Number(key)]!)!;
    p.x = attributes.x;
    p.y = attributes.y;
  });
}

/** Isolated nodes on concentric rings just outside everything placed so far, in id order. */
function placeIsolated(points: Map<string, Point>, isolated: string[]): void {
  let outer = 0;
  for (const p of points.values()) outer = Math.max(outer, Math.hypot(p.x, p.y));
  let radius =
    points.size > 0 ? outer + MAX_DIAMETER + ISOLATED_SPACING : isolated.length > 1 ? ISOLATED_SPACING : 0;
  let placed = 0;
  while (placed < isolated.length) {
    const capacity = radius === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / ISOLATED_SPACING));
    const count = Math.min(capacity, isolated.length - placed);
    // A ring that is not full spreads its nodes evenly over the whole circle.
    for (let k = 0; k < count; k++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
      points.set(isolated[placed + k]!, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
    placed += count;
    radius += ISOLATED_SPACING;
  }
}

/**
 * Positions for every node of the co-occurrence graph, keyed by id, x/y rounded to 2 decimals.
 * weightedDegree gives each node the diameter the explorer draws (nodeDiameter).
 */
export function computeLayout(
  graph: AnalysisGraph,
  weightedDegree: (id: string) => number,
  options: { seed?: number; community?: (id: string) => number; label?: (id: string) => string } = {},
): Map<string, Point> {
  const seed = options.seed ?? DEFAULT_SEED;
  const keys = graph.nodes();
  const ids = keys.map((key) => idOf(graph, key));
  const connected = ids.filter((_, k) => graph.degree(keys[k]!) > 0);
  const isolated = ids.filter((_, k) => graph.degree(keys[k]!) === 0);
  let maxWeighted = 0;
  for (const id of ids) maxWeighted = Math.max(maxWeighted, weightedDegree(id));
  const label = options.label ?? ((id: string) => id);
  const radii = new Map(
    ids.map((id) => [id, spacingRadius(nodeDiameter(weightedDegree(id), maxWeighted), label(id))]),
  );

  const points =
    connected.length > 0 ? forceLayout(graph, connected, seed, options.community) : new Map<string, Point>();
  if (points.size > 0) {
    normalise(
      points,
      layoutRadius(
        points.size,
        [...points.keys()].map((id) => radii.get(id)!),
      ),
    );
    // noverlap spreads small and mid-sized graphs smoothly; above NOVERLAP_MAX_NODES it costs
    // ~40 ms an iteration and stalls in dense clumps, so separateDiscs alone does the work there.
    if (points.size <= NOVERLAP_MAX_NODES) {
      separateCoincident(points, seed);
      removeOverlaps(points, radii);
    }
    const ids = [...points.keys()];
    const discs = ids.map((id) => ({ ...points.get(id)!, r: radii.get(id)! }));
    separateDiscs(discs, NODE_GAP);
    ids.forEach((id, k) => points.set(id, { x: discs[k]!.x, y: discs[k]!.y }));
  }
  placeIsolated(points, isolated);
  const result = new Map<string, Point>();
  for (const id of ids) {
    const p = points.get(id)!;
    result.set(id, { x: round2(p.x), y: round2(p.y) });
  }
  return result;
}
