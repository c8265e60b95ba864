/**
 * Canvas label placement (pure, screen px). Each label may sit below, above, right or left of its node,
 * or at a corner; it is kept where its box overlaps no kept label and no other node's disc. Must-show
 * labels (the selection, the selected link's ends, a path) are always kept, placed first, on the
 * clearest side.
 * Re-exported by style-rules.
 */

/**
 * Sides in the order tried: under the node (how labels read elsewhere in the view), over it, beside it,
 * then the four corners of the node's square (the disc's curve leaves room there without a margin).
 */
export const LABEL_SIDES = [
  'below', 'above', 'right', 'left', 'below-right', 'above-right', 'below-left', 'above-left',
] as const;
export type LabelSide = (typeof LABEL_SIDES)[number];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A node's disc: centre and radius (px). */
export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** A label to place: its node's centre, the node's radius (the label starts at its edge) and label size. */
export interface LabelRequest extends Disc {
  w: number;
  h: number;
  /** Always shown (selected node, selected link's ends, path nodes); else shown only where it fits. */
  must: boolean;
}

export interface PlacementOptions {
  /** Canvas size: a label that is not wholly on screen is not placed (unless must-show). */
  width: number;
  height: number;
  /** Room between two labels (px). */
  gap: number;
  /** Distance from the node's edge to its label's text (px). */
  margin: number;
  /** Width of the text outline drawn around the label (px): part of the label's box. */
  outline?: number;
  /** Room between a label and another node's disc (px). */
  discGap?: number;
}

export interface Placement {
  /** Shown labels and their side. */
  sides: Map<string, LabelSide>;
  /** Box-against-box and box-against-disc tests made (work done, for the scaling tests). */
  checks: number;
}

/**
 * The box of a label on one side of its node: the text `margin` from the node's edge (none at the
 * corners), grown by the text outline `outline` on every side.
 */
export function labelBox(l: Omit<LabelRequest, 'must' | 'id'>, side: LabelSide, margin: number, outline = 0): Box {
  const { x, y, r, w, h } = l;
  let box: Box;
  switch (side) {
    case 'below':
      box = { x: x - w / 2, y: y + r + margin, w, h };
      break;
    case 'above':
      box = { x: x - w / 2, y: y - r - margin - h, w, h };
      break;
    case 'right':
      box = { x: x + r + margin, y: y - h / 2, w, h };
      break;
    case 'left':
      box = { x: x - r - margin - w, y: y - h / 2, w, h };
      break;
    case 'below-right':
      box = { x: x + r, y: y + r, w, h };
      break;
    case 'above-right':
      box = { x: x + r, y: y - r - h, w, h };
      break;
    case 'below-left':
      box = { x: x - r - w, y: y + r, w, h };
      break;
    case 'above-left':
      box = { x: x - r - w, y: y - r - h, w, h };
      break;
  }
  return { x: box.x - outline, y: box.y - outline, w: box.w + 2 * outline, h: box.h + 2 * outline };
}

interface Item {
  id: string;
  box: Box;
  /** Disc items: centre and radius; label items: null. */
  disc: Disc | null;
}

const CELL = 64;
const OFFSET = 32768;
const cellKey = (gx: number, gy: number) => (gx + OFFSET) * 65536 + (gy + OFFSET);

/** Uniform grid of kept labels and obstacle discs, so a test looks only at nearby items. */
class Obstacles {
  private readonly cells = new Map<number, Item[]>();
  checks = 0;

  constructor(
    private readonly gap: number,
    private readonly discGap: number,
  ) {}

  private range(b: Box, pad: number, visit: (key: number) => boolean | void): void {
    const x1 = Math.floor((b.x - pad) / CELL);
    const x2 = Math.floor((b.x + b.w + pad) / CELL);
    const y1 = Math.floor((b.y - pad) / CELL);
    const y2 = Math.floor((b.y + b.h + pad) / CELL);
    for (let gx = x1; gx <= x2; gx++) for (let gy = y1; gy <= y2; gy++) if (visit(cellKey(gx, gy))) return;
  }

  add(item: Item): void {
    this.range(item.box, 0, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(item);
      else this.cells.set(key, [item]);
    });
  }

  /** Overlap area of box `b` (grown by the gap) with kept labels, plus a disc's area per disc it touches. */
  cost(b: Box, owner: string): number {
    let sum = 0;
    const seen = new Set<Item>();
    const g = this.gap;
    this.range(b, Math.max(g, this.discGap), (key) => {
      for (const item of this.cells.get(key) ?? []) {
        if (seen.has(item) || (item.id === owner && item.disc)) continue;
        seen.add(item);
        this.checks++;
        if (item.disc) {
          if (boxTouchesDisc(b, item.disc, this.discGap)) sum += Math.PI * item.disc.r * item.disc.r;
        } else sum += overlapArea(b, item.box, g);
      }
    });
    return sum;
  }

  /** Whether box `b` (the label of `owner`) touches a kept label or another node's disc. */
  clash(b: Box, owner: string): boolean {
    let hit = false;
    this.range(b, Math.max(this.gap, this.discGap), (key) => {
      for (const item of this.cells.get(key) ?? []) {
        if (item.id === owner && item.disc) continue;
        this.checks++;
        hit = item.disc ? boxTouchesDisc(b, item.disc, this.discGap) : boxesTouch(b, item.box, this.gap);
        if (hit) return true;
      }
      return false;
    });
    return hit;
  }
}

/** Boxes closer than `gap` count as overlapping. */
export function boxesTouch(a: Box, b: Box, gap: number): boolean {
  return a.x - gap < b.x + b.w && b.x < a.x + a.w + gap && a.y - gap < b.y + b.h && b.y < a.y + a.h + gap;
}

/** A box and a disc closer than `gap`. */
export function boxTouchesDisc(b: Box, d: Disc, gap: number): boolean {
  const dx = Math.max(b.x - d.x, 0, d.x - (b.x + b.w));
  const dy = Math.max(b.y - d.y, 0, d.y - (b.y + b.h));
  const reach = d.r + gap;
  return dx * dx + dy * dy < reach * reach;
}

/** Must-show labels placed jointly up to this many (8^3 side combinations). */
const JOINT_MAX = 3;

/**
 * Sides for a few must-show labels at once: every combination of on-screen sides, scored by the area
 * they cover (labels over each other within the gap, discs), then by how far down LABEL_SIDES they are.
 */
function jointSides(
  musts: readonly LabelRequest[],
  grid: Obstacles,
  { width, height, margin, gap, outline }: PlacementOptions,
): [LabelRequest, LabelSide][] {
  const options = musts.map((l) => {
    const list = LABEL_SIDES.map((side, rank) => ({ side, rank, box: labelBox(l, side, margin, outline) })).filter(
      ({ box: b }) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height,
    );
    return (list.length > 0 ? list : [{ side: 'below' as LabelSide, rank: 0, box: labelBox(l, 'below', margin, outline) }]).map(
      (o) => ({ ...o, own: grid.cost(o.box, l.id) }),
    );
  });
  let best: number[] = [];
  let bestScore = Infinity;
  const pick: number[] = [];
  const visit = (i: number, score: number) => {
    if (score >= bestScore) return;
    if (i === musts.length) {
      bestScore = score;
      best = [...pick];
      return;
    }
    options[i]!.forEach((o, k) => {
      let s = score + o.own * 1000 + o.rank;
      for (let j = 0; j < i; j++) s += overlapArea(o.box, options[j]![pick[j]!]!.box, gap) * 1000;
      pick[i] = k;
      visit(i + 1, s);
    });
  };
  visit(0, 0);
  return musts.map((l, i) => [l, options[i]![best[i]!]!.side]);
}

/** Overlap area of two boxes, the first grown by `gap`. */
function overlapArea(a: Box, b: Box, gap: number): number {
  const w = Math.min(a.x + a.w + gap, b.x + b.w) - Math.max(a.x - gap, b.x);
  const h = Math.min(a.y + a.h + gap, b.y + b.h) - Math.max(a.y - gap, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Greedy placement in priority order (`labels` as given: must-show first, then by importance). Every
 * disc in `discs` is an obstacle to every label but its own node's (pass only the discs that are drawn
 * plainly: a faded disc may lie under a label). A label takes the first side, in LABEL_SIDES order,
 * that is wholly on screen and clear of kept labels and discs; a must-show label that finds none takes
 * the on-screen side where it covers the least (label overlap area, a disc's area per disc), else below.
 * Up to JOINT_MAX must-show labels are placed first, together (jointSides).
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  discs: readonly Disc[],
  options: PlacementOptions,
): Placement {
  const { width, height, margin, outline } = options;
  const grid = new Obstacles(options.gap, options.discGap ?? 2);
  for (const d of discs) {
    // Discs wholly off screen cannot touch a label on screen.
    if (d.x + d.r < 0 || d.y + d.r < 0 || d.x - d.r > width || d.y - d.r > height) continue;
    grid.add({ id: d.id, box: { x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }, disc: d });
  }
  const sides = new Map<string, LabelSide>();
  // A few must-show labels (a selected node, a selected link's ends) are placed together: the sides
  // that keep them clear of each other, of discs and of the screen edge, in side order.
  const musts = labels.filter((l) => l.must);
  if (musts.length > 1 && musts.length <= JOINT_MAX) {
    for (const [l, side] of jointSides(musts, grid, options)) {
      sides.set(l.id, side);
      grid.add({ id: l.id, box: labelBox(l, side, margin, outline), disc: null });
    }
  }
  for (const l of labels) {
    if (sides.has(l.id)) continue;
    let chosen: LabelSide | null = null;
    let chosenBox: Box | null = null;
    let best = Infinity;
    for (const side of LABEL_SIDES) {
      const b = labelBox(l, side, margin, outline);
      if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height) continue;
      if (!grid.clash(b, l.id)) {
        chosen = side;
        chosenBox = b;
        break;
      }
      if (!l.must) continue;
      // A must-show label with no clear side: the side where it covers least.
      const cost = grid.cost(b, l.id);
      if (cost < best) {
        best = cost;
        chosen = side;
        chosenBox = b;
      }
    }
    if (chosen === null && l.must) {
      chosen = 'below';
      chosenBox = labelBox(l, chosen, margin, outline);
    }
    if (chosen === null || chosenBox === null) continue;
    sides.set(l.id, chosen);
    grid.add({ id: l.id, box: chosenBox, disc: null });
  }
  return { sides, checks: grid.checks };
}
