import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition, StylesheetJsonBlock } from 'cytoscape';
import type { GraphData } from '../../core/pipeline/schema';
import type { ColorMode, Lang, LayoutMode, SizeMode } from '../../core/explorer/view-types';
import { fitViewport, labelPriority, nodeSizes } from '../../core/explorer/style-rules';
import { applyClasses, type AppliedClasses } from './apply-classes';
import { nodeElementId } from './element-ids';
import { buildElements } from './elements';
import { buildStylesheet } from './stylesheet';
import { applyLayout } from './layouts';
import { Tooltip } from './Tooltip';
import { useLabelPlacement } from './labels';
import { useCyEvents, type CyHandlers } from './useCyEvents';

export interface GraphViewProps extends CyHandlers {
  data: GraphData;
  lang: Lang;
  color: ColorMode;
  /** What node size shows (style-rules nodeSizes); switching only swaps the stylesheet. */
  size: SizeMode;
  layout: LayoutMode;
  /** Classes per element id (style-rules displayClasses). */
  classes: ReadonlyMap<string, string>;
  /** Node to bring into view when it changes (selection from search, table or panel). */
  focus: string | null;
  label: string;
}

const CY_STYLE = { width: '100%', height: '100%' };
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 4;
const PADDING = 30;
const LABEL_ROOM = 30;

interface FirstView {
  data: GraphData;
  zoom: number;
  pan: { x: number; y: number };
}

function GraphViewImpl(props: GraphViewProps) {
  const { data, lang, color, size, layout, classes, focus } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const handlers = useRef<CyHandlers>(props);
  useEffect(() => {
    handlers.current = props;
  });

  // The first view fits the preset positions into the canvas; it is computed before cytoscape starts,
  // so the first frame is already framed and labelled (no fit, no label re-measuring).
  // A new size mode keeps the view; a new graph is framed with the sizes of the mode shown then.
  const host = useRef<HTMLDivElement>(null);
  const [first, setFirst] = useState<FirstView | null>(null);
  const sizeMode = useRef(size);
  useEffect(() => {
    sizeMode.current = size;
  }, [size]);
  useLayoutEffect(() => {
    const rect = host.current?.getBoundingClientRect();
    const sizes = nodeSizes(data.nodes, sizeMode.current);
    const nodes = data.nodes.map((n) => ({ x: n.x, y: n.y, size: sizes.get(n.id)! }));
    const width = rect && rect.width > 0 ? rect.width : 800;
    const height = rect && rect.height > 0 ? rect.height : 600;
    // Leave room under the lowest nodes for their labels.
    setFirst({ data, ...fitViewport(nodes, width, height - LABEL_ROOM, PADDING, MIN_ZOOM, MAX_ZOOM) });
  }, [data]);
  const view = first?.data === data ? first : null;
  const designZoom = view?.zoom ?? 1;

  const elements = useMemo(() => buildElements(data, designZoom), [data, designZoom]);
  const stylesheet = useMemo(
    () => buildStylesheet(color, lang, designZoom, size),
    [color, lang, designZoom, size],
  );
  const nodesById = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const rank = useMemo(() => new Map(labelPriority(data).map((id, i) => [id, i])), [data]);

  const hover = useCyEvents(cy, handlers);
  const relabel = useLabelPlacement(cy, lang, rank, size, designZoom, stylesheet, elements);

  // Layout: the preset positions are in the elements and framed by the first view.
  const laidOut = useRef<{ elements: unknown; layout: LayoutMode } | null>(null);
  useEffect(() => {
    if (!cy) return;
    const last = laidOut.current;
    laidOut.current = { elements, layout };
    if ((last === null || last.elements !== elements) && layout === 'preset') return;
    if (last && last.elements === elements && last.layout === layout) return;
    void applyLayout(cy, data, layout);
  }, [cy, data, elements, layout]);

  // Classes: apply what changed, after the browser has painted the React side (the details panel),
  // so a click shows its details without waiting for the canvas restyle. Once the canvas carries a
  // classes map, only the elements whose classes differ from it are touched.
  const applied = useRef<AppliedClasses | null>(null);
  useEffect(() => {
    if (!cy) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        if (cy.destroyed()) return;
        applied.current = applyClasses(cy, elements, classes, applied.current);
        relabel.current();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [cy, elements, classes, relabel]);

  // Bring a newly focused node into view if it is off screen.
  useEffect(() => {
    if (!cy || focus === null) return;
    const node = cy.getElementById(nodeElementId(focus));
    if (node.empty() || !node.visible()) return;
    const p = node.renderedPosition();
    const margin = 40;
    if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) {
      cy.animate({ center: { eles: node } }, { duration: 200 });
    }
  }, [cy, focus]);

  const onCy = useCallback((instance: Core) => setCy((prev) => (prev === instance ? prev : instance)), []);
  const hovered = hover ? nodesById.get(hover.id) : undefined;
  return (
    <div ref={host} className="graph-view" role="region" aria-label={props.label}>
      {view && (
        <CyCanvas elements={elements} stylesheet={stylesheet} zoom={view.zoom} pan={view.pan} onCy={onCy} />
      )}
      {hover && hovered && <Tooltip key={hover.id} node={hovered} at={hover} lang={lang} />}
    </div>
  );
}

/**
 * The react-cytoscapejs component, re-rendered only when the elements or the stylesheet change: each of
 * its updates walks every element, so selection, hover and classes must not reach it.
 */
const CyCanvas = memo(function CyCanvas(props: {
  elements: ElementDefinition[];
  stylesheet: StylesheetJsonBlock[];
  zoom: number;
  pan: { x: number; y: number };
  onCy: (cy: Core) => void;
}) {
  return (
    <CytoscapeComponent
      elements={props.elements}
      stylesheet={props.stylesheet}
      style={CY_STYLE}
      zoom={props.zoom}
      pan={props.pan}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      boxSelectionEnabled={false}
      autounselectify
      cy={props.onCy}
    />
  );
});

export const GraphView = memo(GraphViewImpl);
