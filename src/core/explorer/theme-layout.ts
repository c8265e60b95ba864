/**
 * The "grouped by theme" layout: one cluster per theme, laid out in rows; inside a cluster, the
 * concepts sit on a phyllotaxis (sunflower) spiral, the most connected one in the middle.
 * Deterministic and overlap-free for node diameters up to NODE_DIAMETER.
 */
import type { GraphData, GraphNode } from '../pipeline/schema';

/** Largest node diameter (px) the layout keeps apart. */
export const NODE_DIAMETER = 70;
/** Gap between neighbouring clusters (px). */
const CLUSTER_GAP = 120;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * Radius step of the spiral r = c·√(i + ½): its closest pair of points is ≥ 1.546·c apart (measured
 * for up to 2,000 points), so c = 80 / 1.5 keeps centres ≥ 80 px apart.
 */
const SPIRAL_STEP = 80 / 1.5;

export interface Point {
  x: number;
  y: number;
}

function spiralPoint(i: number): Point {
  const r = SPIRAL_STEP * Math.sqrt(i + 0.5);
  const angle = i * GOLDEN_ANGLE;
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

/** Radius of a cluster of n nodes, node discs included. */
export function clusterRadius(n: number): number {
  return n === 0 ? 0 : SPIRAL_STEP * Math.sqrt(n - 1 + 0.5) + NODE_DIAMETER / 2;
}

function byWeight(a: GraphNode, b: GraphNode): number {
  if (a.weightedDegree !== b.weightedDegree) return b.weightedDegree - a.weightedDegree;
  if (a.count !== b.count) return b.count - a.count;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Theme ids in legend order, then themes only nodes name (sorted), each with its nodes. */
function groups(data: GraphData): { theme: string; nodes: GraphNode[] }[] {
  const byTheme = new Map<string, GraphNode[]>();
  for (const theme of data.themes) byTheme.set(theme.id, []);
  const extra = [...new Set(data.nodes.map((n) => n.theme).filter((t) => !byTheme.has(t)))].sort();
  for (const t of extra) byTheme.set(t, []);
  for (const node of data.nodes) byTheme.get(node.theme)?.push(node);
  return [...byTheme]
    .filter(([, nodes]) => nodes.length > 0)
    .map(([theme, nodes]) => ({ theme, nodes: [...nodes].sort(byWeight) }));
}

/** Cluster centres: themes in rows of ⌈√T⌉, each row as tall as its largest cluster; centred on 0,0. */
export function themeCentres(data: GraphData): Map<string, Point & { radius: number }> {
  const list = groups(data);
  const perRow = Math.max(1, Math.ceil(Math.sqrt(list.length)));
  const centres = new Map<string, Point & { radius: number }>();
  let y = 0;
  let width = 0;
  const rows: { theme: string; radius: number; x: number; y: number }[][] = [];
  for (let r = 0; r * perRow < list.length; r++) {
    const row = list.slice(r * perRow, (r + 1) * perRow).map((g) => ({ theme: g.theme, radius: clusterRadius(g.nodes.length) }));
    const height = Math.max(...row.map((c) => c.radius));
    let x = 0;
    const placed = row.map((c) => {
      const at = { ...c, x: x + c.radius, y: y + height };
      x += 2 * c.radius + CLUSTER_GAP;
      return at;
    });
    rows.push(placed);
    width = Math.max(width, x - CLUSTER_GAP);
    y += 2 * height + CLUSTER_GAP;
  }
  const height = y - CLUSTER_GAP;
  for (const row of rows) {
    const rowWidth = row.length > 0 ? (row[row.length - 1] as { x: number; radius: number }).x + (row[row.length - 1] as { radius: number }).radius : 0;
    const shift = (width - rowWidth) / 2; // centre short rows
    for (const c of row) centres.set(c.theme, { x: c.x + shift - width / 2, y: c.y - height / 2, radius: c.radius });
  }
  return centres;
}

/** Positions of every node, grouped by theme. */
export function themeGroupedPositions(data: GraphData): Map<string, Point> {
  const centres = themeCentres(data);
  const positions = new Map<string, Point>();
  for (const group of groups(data)) {
    const centre = centres.get(group.theme) as Point;
    group.nodes.forEach((node, i) => {
      const p = spiralPoint(i);
      positions.set(node.id, { x: Math.round((centre.x + p.x) * 100) / 100, y: Math.round((centre.y + p.y) * 100) / 100 });
    });
  }
  return positions;
}
