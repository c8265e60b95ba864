import type { ElementDefinition } from 'cytoscape';
import type { GraphData } from '../../core/pipeline/schema';
import type { SizeMode } from '../../core/explorer/view-types';
import { SIZE_MODES } from '../../core/explorer/view-state';
import {
  KIND_COLORS,
  KIND_SHAPES,
  communityColor,
  edgeOpacity,
  edgeWidth,
  labelSize,
  nodeSizes,
  wrapLabel,
} from '../../core/explorer/style-rules';

import { edgeElementId, nodeElementId } from './element-ids';

const FALLBACK = '#bbbbbb';

/** Element data fields of a size mode: diameter, label size in screen px, label font size in model units. */
export const SIZE_FIELDS: Record<SizeMode, { size: string; labelPx: string; fontSize: string }> = {
  weightedDegree: { size: 'sizeWeightedDegree', labelPx: 'labelPxWeightedDegree', fontSize: 'fontSizeWeightedDegree' },
  count: { size: 'sizeCount', labelPx: 'labelPxCount', fontSize: 'fontSizeCount' },
  betweenness: { size: 'sizeBetweenness', labelPx: 'labelPxBetweenness', fontSize: 'fontSizeBetweenness' },
};
const SELECTED_MIN_WIDTH = 5;

/**
 * Cytoscape elements for a graph: every display value the stylesheet maps is precomputed here once per
 * graph (sizes once per size mode), so switching colour, size mode or language only swaps the stylesheet,
 * and selection only classes.
 * `designZoom` is the first zoom: label font sizes are set so labels have their screen size there.
 * Element ids carry a prefix (element-ids.ts).
 */
export function buildElements(data: GraphData, designZoom: number): ElementDefinition[] {
  const themeColor = new Map(data.themes.map((t) => [t.id, t.color]));
  const sizes = SIZE_MODES.map((mode) => ({ fields: SIZE_FIELDS[mode], sizes: nodeSizes(data.nodes, mode) }));
  const maxW = data.edges.reduce((m, e) => Math.max(m, e.weight), 1);
  const nodes: ElementDefinition[] = data.nodes.map((n) => {
    const sized = Object.assign(
      {},
      ...sizes.map(({ fields, sizes: byId }) => {
        const size = byId.get(n.id)!;
        return {
          [fields.size]: size,
          [fields.labelPx]: labelSize(size),
          [fields.fontSize]: labelSize(size) / designZoom,
        };
      }),
    ) as object;
    return {
      group: 'nodes',
      data: {
        id: nodeElementId(n.id),
        label: n.label,
        // Canvas labels with their line breaks (derived here; GraphData keeps the plain labels).
        labelZh: wrapLabel(n.label, 'zh'),
        labelEn: n.labelEn !== '' ? wrapLabel(n.labelEn, 'en') : wrapLabel(n.label, 'zh'),
        ...sized,
        colorTheme: themeColor.get(n.theme) ?? FALLBACK,
        colorCommunity: communityColor(n.community),
        colorKind: KIND_COLORS[n.kind],
        shapeKind: KIND_SHAPES[n.kind],
      },
      position: { x: n.x, y: n.y },
    };
  });
  const edges: ElementDefinition[] = data.edges.map((e) => {
    const width = edgeWidth(e.weight, maxW);
    return {
      group: 'edges',
      data: {
        id: edgeElementId(e.id),
        source: nodeElementId(e.source),
        target: nodeElementId(e.target),
        width,
        // Selected, a link is drawn thicker than it is (and than a light link's 1 px by far).
        widthSelected: Math.max(SELECTED_MIN_WIDTH, width + 2),
        opacity: edgeOpacity(e.association),
      },
    };
  });
  return [...nodes, ...edges];
}
