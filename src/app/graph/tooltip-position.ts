/** Where the hover card goes: above the node if it fits, else below; always wholly inside the canvas. */

export interface TooltipAnchor {
  /** The node's centre x, top and bottom y (canvas px). */
  x: number;
  top: number;
  bottom: number;
}

/** Distance from the node to the card, and the least room kept from the canvas edge (px). */
export const TOOLTIP_GAP = 8;
export const TOOLTIP_INSET = 4;

/**
 * Top-left corner of a `w` × `h` card for a node, in a `width` × `height` canvas: centred over the node,
 * moved below it when there is no room above, then clamped to the canvas (a card larger than the canvas
 * keeps its top-left corner inside).
 */
export function tooltipPosition(
  at: TooltipAnchor,
  size: { w: number; h: number },
  canvas: { width: number; height: number },
): { left: number; top: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
  const above = at.top - TOOLTIP_GAP - size.h;
  const below = at.bottom + TOOLTIP_GAP;
  const top =
    above >= TOOLTIP_INSET || below + size.h > canvas.height - TOOLTIP_INSET
      ? Math.max(above, TOOLTIP_INSET)
      : below;
  return {
    left: clamp(at.x - size.w / 2, TOOLTIP_INSET, canvas.width - TOOLTIP_INSET - size.w),
    top: clamp(top, TOOLTIP_INSET, canvas.height - TOOLTIP_INSET - size.h),
  };
}
