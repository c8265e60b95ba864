import type { StylesheetJsonBlock } from 'cytoscape';
import type { ColorMode, Lang, SizeMode } from '../../core/explorer/view-types';
import { SIZE_FIELDS } from './elements';
import { LABEL_MARGIN, LABEL_OUTLINE, LABEL_WIDTH } from './labels';

/** ASCII family names only: a non-ASCII name silently invalidates the whole value in cytoscape. */
export const CANVAS_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const COLOR_FIELD: Record<ColorMode, string> = {
  theme: 'data(colorTheme)',
  community: 'data(colorCommunity)',
  kind: 'data(colorKind)',
};

const INK = '#1b2430';
const PATH = '#0b57d0';
/** The selection's halo (selected node and link). */
const SELECTION = '#f2b705';

/**
 * The graph stylesheet. Depends on colour mode, size mode, language and the first zoom (label sizes are in model
 * units, set to read at their screen size there); selection works through classes.
 */
export function buildStylesheet(
  color: ColorMode,
  lang: Lang,
  designZoom: number,
  size: SizeMode,
): StylesheetJsonBlock[] {
  const fields = SIZE_FIELDS[size];
  return [
    {
      selector: 'node',
      style: {
        label: lang === 'en' ? 'data(labelEn)' : 'data(labelZh)',
        width: `data(${fields.size})`,
        height: `data(${fields.size})`,
        shape: color === 'kind' ? ('data(shapeKind)' as never) : 'ellipse',
        'background-color': COLOR_FIELD[color],
        'border-width': 1,
        'border-color': '#ffffff',
        'z-index': 2,
        'font-family': CANVAS_FONT,
        'font-size': `data(${fields.fontSize})`,
        color: INK,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN / designZoom,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_WIDTH[lang] / designZoom}px`,
        // Lines come broken (wrapLabel); the width only catches a line the estimate got wrong.
        'text-overflow-wrap': lang === 'en' ? 'whitespace' : 'anywhere',
        'text-outline-color': '#ffffff',
        'text-outline-width': LABEL_OUTLINE / designZoom,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 8,
      } as never,
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        width: 'data(width)',
        'line-color': '#8d99a6',
        opacity: 'data(opacity)' as never,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.18, 'text-opacity': 0.5 } as never },
    { selector: 'edge.faded', style: { opacity: 0.05 } },
    {
      selector: 'node.highlighted',
      style: { 'border-width': 2, 'border-color': INK, 'z-index': 5, 'min-zoomed-font-size': 6 } as never,
    },
    { selector: 'edge.highlighted', style: { 'line-color': '#4a5562', opacity: 0.85, 'z-index': 4 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': INK,
        'underlay-color': SELECTION,
        'underlay-shape': 'ellipse',
        'underlay-padding': 6,
        'underlay-opacity': 0.6,
        'z-index': 10,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
      } as never,
    },
    // The selected link: thick and dark, on a halo of the selection colour, above every other link.
    {
      selector: 'edge.selected',
      style: {
        'line-color': INK,
        opacity: 1,
        width: 'data(widthSelected)',
        'z-index': 10,
        'underlay-color': SELECTION,
        'underlay-padding': 7,
        'underlay-opacity': 0.7,
      } as never,
    },
    {
      selector: 'node.path',
      style: { 'border-width': 4, 'border-color': PATH, 'z-index': 8, 'min-zoomed-font-size': 0 } as never,
    },
    { selector: 'edge.path', style: { 'line-color': PATH, opacity: 1, width: 4, 'z-index': 8 } },
    // Labelled nodes (z-index 2) draw above unlabelled ones, so no disc hides a shown label.
    { selector: 'node.nolabel', style: { label: '', 'z-index': 1 } },
  ];
}
