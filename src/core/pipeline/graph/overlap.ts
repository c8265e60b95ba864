/**
 * The guarantee after noverlap: no two node discs closer than `gap`. noverlap removes most overlaps
 * with small moves but may stall in dense clumps (nodes with identical neighbourhoods); this pass
 * places nodes one by one, biggest first, and moves any node that would overlap an already placed
 * one to the nearest free spot on a sunflower spiral around its position. Deterministic, O(n · k)
 * with a uniform grid.
 */

export interface Disc {
  x: number;
  y: number;
  r: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const MAX_STEPS = 200_000;

/** Moves discs (in place) so that every pair is at least `gap` apart; returns how many moved. */
export function separateDiscs(discs: Disc[], gap: number): number {
  if (discs.length < 2) return 0;
  let maxR = 0;
  for (const d of discs) maxR = Math.max(maxR, d.r);
  const cell = 2 * maxR + gap;
  const grid = new Map<number, number[]>();
  // Cell coordinates clamped to ±16000 so the key stays a small integer (fast Map lookups).
  const cellOf = (v: number) => Math.max(-16000, Math.min(16000, Math.floor(v / cell)));
  const key = (cx: number, cy: number) => (cx + 16384) * 32768 + (cy + 16384);

  const fits = (x: number, y: number, r: number): boolean => {
    const cx = cellOf(x);
    const cy = cellOf(y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const list = grid.get(key(cx + dx, cy + dy));
        if (!list) continue;
        for (const j of list) {
          const o = discs[j]!;
          const min = r + o.r + gap;
          const ddx = o.x - x;
          const ddy = o.y - y;
          if (ddx * ddx + ddy * ddy < min * min) return false;
        }
      }
    }
    return true;
  };

  // Biggest first (they stay where the force layout put them), ties by input order.
  const order = discs.map((_, i) => i).sort((a, b) => discs[b]!.r - discs[a]!.r || a - b);
  const step = Math.max(1, gap);
  let moved = 0;
  for (const i of order) {
    const d = discs[i]!;
    if (!fits(d.x, d.y, d.r)) {
      for (let k = 1; k <= MAX_STEPS; k++) {
        const radius = step * Math.sqrt(k);
        const x = d.x + radius * Math.cos(k * GOLDEN_ANGLE);
        const y = d.y + radius * Math.sin(k * GOLDEN_ANGLE);
        if (fits(x, y, d.r)) {
          d.x = x;
          d.y = y;
          break;
        }
      }
      moved++;
    }
    const k = key(cellOf(d.x), cellOf(d.y));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  return moved;
}
