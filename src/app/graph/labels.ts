import { useEffect, useRef } from 'react';
import type { Core, NodeSingular } from 'cytoscape';
import type { Lang, SizeMode } from '../../core/explorer/view-types';
import { dataId } from './element-ids';
import { SIZE_FIELDS } from './elements';
import {
  NODE_MAX_SIZE,
  labelRequests,
  labelRole,
  labelSize2d,
  placeLabels,
  type LabelSide,
  type LabelledNode,
  type Placement,
} from '../../core/explorer/style-rules';

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

/** Renderer style of a label side; margins in model units (`m` = LABEL_MARGIN at the sized-for zoom). */
interface SideStyle {
  'text-valign': string;
  'text-halign': string;
  'text-margin-x': number;
  'text-margin-y': number;
}

function sideStyle(side: LabelSide, m: number): SideStyle {
  switch (side) {
    case 'below':
      return { 'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': m };
    case 'above':
      return { 'text-valign': 'top', 'text-halign': 'center', 'text-margin-x': 0, 'text-margin-y': -m };
    case 'right':
      return { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': m, 'text-margin-y': 0 };
    case 'left':
      return { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -m, 'text-margin-y': 0 };
    default: {
      // Corners of the node's square: no margin (the disc curves away from the corner).
      const [v, h] = side.split('-') as ['below' | 'above', 'left' | 'right'];
      return { 'text-valign': v === 'below' ? 'bottom' : 'top', 'text-halign': h, 'text-margin-x': 0, 'text-margin-y': 0 };
    }
  }
}

/** The side a node's label is drawn on (the stylesheet's default is below). */
const SIDE_KEY = 'labelSide';
const sideOf = (n: NodeSingular): LabelSide => (n.scratch(SIDE_KEY) as LabelSide | undefined) ?? 'below';

/**
 * Labels keep about the same size on screen: the stylesheet sizes them for the first zoom, and when the
 * zoom drifts by more than 25 % their sizes are reset for the new zoom. A label is shown below, above,
 * right or left of its node where it overlaps no more important label and no other node's disc
 * (core placeLabels), so zooming out thins them out and zooming in reveals more. The selected node,
 * the selected link's ends and path nodes are always labelled; the selection's neighbours come next.
 * Faded nodes show no label. Hidden labels carry the `nolabel` class, the side is in `labelSide` scratch.
 */
export function placeNodeLabels(
  cy: Core,
  lang: Lang,
  rank: ReadonlyMap<string, number>,
  state: LabelState,
  sizeMode: SizeMode,
): { shown: number; checks: number } {
  const pxField = SIZE_FIELDS[sizeMode].labelPx;
  const z = cy.zoom();
  const maxWidth = LABEL_WIDTH[lang];
  const resize = !(Math.abs(Math.log(z / state.sizedFor)) <= Math.log(RESIZE_FACTOR));
  const scale = resize ? 1 : z / state.sizedFor;
  const margin = LABEL_MARGIN / (resize ? z : state.sizedFor);
  const field = lang === 'en' ? 'labelEn' : 'labelZh';
  const ends = new Set<string>();
  cy.edges('.selected').forEach((e) => {
    ends.add(dataId(e.data('source') as string));
    ends.add(dataId(e.data('target') as string));
  });
  const width = cy.width();
  const height = cy.height();
  const reach = (NODE_MAX_SIZE / 2 + 4) * z;
  const nodes: LabelledNode[] = [];
  let placement: Placement = { sides: new Map(), checks: 0 };
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const px: number = n.data(pxField);
      if (resize) {
        n.style({
          'font-size': px / z,
          'text-max-width': `${maxWidth / z}px`,
          'text-outline-width': LABEL_OUTLINE / z,
          ...sideStyle(sideOf(n), margin),
        });
      }
      if (n.hasClass('hidden')) return;
      // Faded nodes get no label and are no obstacle; nodes off the canvas neither (a disc is at most
      // NODE_MAX_SIZE + border wide) unless their label must show: skip them before measuring, which is
      // most of the work on a large graph.
      const id = dataId(n.id());
      const role = labelRole(n.classes().join(' '), ends.has(id));
      if (role === 'faded') return;
      const p = n.renderedPosition();
      const off = p.x < -reach || p.y < -reach || p.x > width + reach || p.y > height + reach;
      if (off && (role === 'neighbour' || role === 'plain')) return;
      const size = labelSize2d(String(n.data(field)), px * scale, maxWidth * scale);
      nodes.push({
        id,
        x: p.x,
        y: p.y,
        r: n.renderedOuterHeight() / 2,
        w: size.w,
        h: size.h,
        role,
        rank: rank.get(id) ?? Infinity,
      });
    });
    const { labels, discs } = labelRequests(nodes);
    placement = placeLabels(labels, discs, {
      width,
      height,
      gap: LABEL_GAP,
      margin: LABEL_MARGIN * scale,
      outline: LABEL_OUTLINE * scale,
    });
    cy.nodes().forEach((n) => {
      const side = placement.sides.get(dataId(n.id()));
      const off = side === undefined;
      if (n.hasClass('nolabel') !== off) n.toggleClass('nolabel', off);
      if (side !== undefined && side !== sideOf(n)) {
        n.scratch(SIDE_KEY, side);
        n.style(sideStyle(side, margin));
      }
    });
  });
  if (resize) state.sizedFor = z;
  return { shown: placement.sides.size, checks: placement.checks };
}

/**
 * Runs label placement now (mount, new stylesheet) and shortly after the view settles (pan, zoom, resize,
 * layout, drag). Returns a function that places labels at once (after a class change).
 */
export function useLabelPlacement(
  cy: Core | null,
  lang: Lang,
  rank: ReadonlyMap<string, number>,
  sizeMode: SizeMode,
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
      if (!cy.destroyed()) placeNodeLabels(cy, lang, rank, state, sizeMode);
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
  }, [cy, lang, rank, sizeMode, designZoom, stylesheet, elements]);
  return relabel;
}
