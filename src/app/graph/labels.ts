import { useEffect, useRef } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { Lang } from '../../core/view-types';
import { declutterLabels, labelSize2d, type LabelCandidate } from '../../core/style-rules';

/** Label wrap width, outline and gap to the node, in screen px. */
export const LABEL_WIDTH: Record<Lang, number> = { zh: 124, en: 150 };
export const LABEL_OUTLINE = 2;
export const LABEL_MARGIN = 3;
/** Room kept between two shown labels (px), so neighbouring labels do not read as one. */
const LABEL_GAP = 6;
/** Label sizes are recomputed when the zoom has moved this factor away from the one they were set for. */
const RESIZE_FACTOR = 1.25;

export interface LabelState {
  /** The zoom at which the labels have their designed screen size. */
  sizedFor: number;
}

/**
 * Labels keep about the same size on screen: the stylesheet sizes them for the first zoom, and when the
 * zoom drifts by more than 25 % their sizes are reset for the new zoom. Only labels that overlap no more
 * important label (nor its node) are shown, so zooming out thins them out and zooming in reveals more.
 * Faded nodes (outside the selection's neighbourhood) show no label.
 */
export function placeLabels(
  cy: Core,
  lang: Lang,
  rank: ReadonlyMap<string, number>,
  state: LabelState,
): void {
  const z = cy.zoom();
  const maxWidth = LABEL_WIDTH[lang];
  const resize = !(Math.abs(Math.log(z / state.sizedFor)) <= Math.log(RESIZE_FACTOR));
  const scale = resize ? 1 : z / state.sizedFor;
  const width = cy.width();
  const height = cy.height();
  const field = lang === 'en' ? 'labelEn' : 'labelZh';
  const order = (n: NodeSingular) =>
    n.hasClass('selected') ? -3 : n.hasClass('path') ? -2 : n.hasClass('highlighted') ? -1 : 0;
  const candidates: { box: LabelCandidate; key: number; rank: number }[] = [];
  const hide = new Set<string>();
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const px: number = n.data('labelPx');
      if (resize) {
        n.style({
          'font-size': px / z,
          'text-max-width': `${maxWidth / z}px`,
          'text-outline-width': LABEL_OUTLINE / z,
          'text-margin-y': LABEL_MARGIN / z,
        });
      }
      if (n.hasClass('hidden')) return;
      if (n.hasClass('faded')) {
        hide.add(n.id());
        return;
      }
      const p = n.renderedPosition();
      const r = n.renderedOuterHeight() / 2;
      const size = labelSize2d(String(n.data(field)), px * scale, maxWidth * scale);
      const box = {
        id: n.id(),
        x: p.x - size.w / 2,
        y: p.y + r + LABEL_MARGIN * scale,
        w: size.w,
        h: size.h,
        node: { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r },
      };
      // Only labels wholly on screen (a clipped label reads worse than none).
      if (box.x < 0 || box.x + box.w > width || box.y < 0 || box.y + box.h > height) {
        hide.add(n.id());
        return;
      }
      candidates.push({ box, key: order(n), rank: rank.get(n.id()) ?? Infinity });
    });
    candidates.sort((a, b) => a.key - b.key || a.rank - b.rank);
    const shown = declutterLabels(
      candidates.map((c) => c.box),
      LABEL_GAP,
    );
    for (const c of candidates) if (!shown.has(c.box.id)) hide.add(c.box.id);
    cy.nodes().forEach((n) => {
      const off = hide.has(n.id());
      if (n.hasClass('nolabel') !== off) n.toggleClass('nolabel', off);
    });
  });
  if (resize) state.sizedFor = z;
}

/**
 * Runs label placement now (mount, new stylesheet) and shortly after the view settles (pan, zoom, resize,
 * layout, drag). Returns a function that places labels at once (after a class change).
 */
export function useLabelPlacement(
  cy: Core | null,
  lang: Lang,
  rank: ReadonlyMap<string, number>,
  designZoom: number,
  stylesheet: unknown,
  elements: unknown,
): React.RefObject<() => void> {
  const relabel = useRef<() => void>(() => {});
  const last = useRef<{ cy: Core; elements: unknown; stylesheet: unknown; state: LabelState } | null>(null);
  useEffect(() => {
    if (!cy) return;
    const prev = last.current;
    let state: LabelState;
    if (prev && prev.cy === cy && prev.elements === elements) {
      // Same elements, new stylesheet: it sizes labels for designZoom again, unless bypasses survived.
      state = prev.stylesheet === stylesheet ? prev.state : { sizedFor: Number.NaN };
    } else state = { sizedFor: designZoom };
    last.current = { cy, elements, stylesheet, state };
    let timer = 0;
    const run = () => {
      timer = 0;
      if (!cy.destroyed()) placeLabels(cy, lang, rank, state);
    };
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 120);
    };
    relabel.current = run;
    run();
    cy.on('viewport resize layoutstop dragfree', later);
    return () => {
      window.clearTimeout(timer);
      cy.removeListener('viewport resize layoutstop dragfree', later);
      relabel.current = () => {};
    };
  }, [cy, lang, rank, designZoom, stylesheet, elements]);
  return relabel;
}
