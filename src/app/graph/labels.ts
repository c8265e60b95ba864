import type { Core, NodeSingular } from 'cytoscape';
import type { Lang } from '../../core/view-types';
import { declutterLabels, labelSize2d, type LabelCandidate } from '../../core/style-rules';

/** Label wrap width in screen px. */
export const LABEL_WIDTH: Record<Lang, number> = { zh: 86, en: 120 };
const MARGIN_Y = 3;
const OUTLINE = 2;

/**
 * Labels keep a constant size on screen (font size divided by zoom), and only labels that do not overlap
 * a more important one are shown: zooming out thins them out, zooming in reveals more. Faded nodes
 * (outside the selection's neighbourhood) show no label.
 */
export function placeLabels(cy: Core, lang: Lang, rank: ReadonlyMap<string, number>): void {
  const z = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const maxWidth = LABEL_WIDTH[lang];
  const field = lang === 'en' ? 'labelEn' : 'label';
  const order = (n: NodeSingular) =>
    n.hasClass('selected') ? -3 : n.hasClass('path') ? -2 : n.hasClass('highlighted') ? -1 : 0;
  const candidates: { node: NodeSingular; box: LabelCandidate; key: number; rank: number }[] = [];
  const hide = new Set<string>();
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      if (n.scratch('_labelZoom') !== z) {
        n.style({
          'font-size': n.data('fontSize') / z,
          'text-max-width': `${maxWidth / z}px`,
          'text-outline-width': OUTLINE / z,
          'text-margin-y': MARGIN_Y / z,
        });
        n.scratch('_labelZoom', z);
      }
      if (n.hasClass('hidden')) return;
      if (n.hasClass('faded')) {
        hide.add(n.id());
        return;
      }
      const p = n.renderedPosition();
      const r = n.renderedOuterHeight() / 2;
      const size = labelSize2d(String(n.data(field)), n.data('fontSize'), maxWidth);
      const box = {
        id: n.id(),
        x: p.x - size.w / 2,
        y: p.y + r + MARGIN_Y,
        w: size.w,
        h: size.h,
        node: { x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r },
      };
      if (box.x > width || box.x + box.w < 0 || box.y > height || box.y + box.h < 0) return;
      candidates.push({ node: n, box, key: order(n), rank: rank.get(n.id()) ?? Infinity });
    });
    candidates.sort((a, b) => a.key - b.key || a.rank - b.rank);
    const shown = declutterLabels(candidates.map((c) => c.box));
    for (const c of candidates) if (!shown.has(c.box.id)) hide.add(c.box.id);
    cy.nodes().forEach((n) => {
      const off = hide.has(n.id());
      if (n.hasClass('nolabel') !== off) n.toggleClass('nolabel', off);
    });
  });
}

/** Forgets the zoom the label sizes were computed for (after a new stylesheet). */
export function resetLabelZoom(cy: Core): void {
  cy.nodes().forEach((n) => {
    n.removeScratch('_labelZoom');
  });
}
