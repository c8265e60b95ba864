/**
 * Which canvas labels matter most: a node's role from the view's display classes, and the ordered label
 * requests and obstacle discs that placeLabels takes. Re-exported by style-rules.
 */
import type { Disc, LabelRequest } from './label-placement';

/**
 * What a node's label is to the view: the selected node, an end of the selected link or a path node
 * (must-show), a neighbour of the selection (shown where it fits, before the rest), a plain node, or a
 * faded one (no label, and its pale disc is no obstacle).
 */
export type LabelRole = 'selected' | 'end' | 'path' | 'neighbour' | 'plain' | 'faded';

const ROLE_ORDER: Record<LabelRole, number> = { selected: 0, end: 1, path: 2, neighbour: 3, plain: 4, faded: 5 };

/** A node's role from its display classes (style-rules displayClasses) and whether it ends the selected link. */
export function labelRole(classes: string, endOfSelectedLink: boolean): LabelRole {
  const has = (c: string) => ` ${classes} `.includes(` ${c} `);
  if (has('selected')) return 'selected';
  if (endOfSelectedLink) return 'end';
  if (has('path')) return 'path';
  if (has('faded')) return 'faded';
  if (has('highlighted')) return 'neighbour';
  return 'plain';
}

export interface LabelledNode extends Disc {
  /** Label size (px). */
  w: number;
  h: number;
  role: LabelRole;
  /** Importance among nodes of the same role (lower first), e.g. labelPriority's index. */
  rank: number;
}

/** The labels to place, in order (role, then rank), and the obstacle discs (every node not faded). */
export function labelRequests(nodes: readonly LabelledNode[]): { labels: LabelRequest[]; discs: Disc[] } {
  const discs: Disc[] = [];
  const wanted: LabelledNode[] = [];
  for (const n of nodes) {
    if (n.role === 'faded') continue;
    discs.push({ id: n.id, x: n.x, y: n.y, r: n.r });
    wanted.push(n);
  }
  wanted.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.rank - b.rank);
  const labels = wanted.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    r: n.r,
    w: n.w,
    h: n.h,
    must: n.role === 'selected' || n.role === 'end' || n.role === 'path',
  }));
  return { labels, discs };
}
