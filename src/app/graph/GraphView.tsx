import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition, EventObject, StylesheetJsonBlock } from 'cytoscape';
import type { GraphData } from '../../core/schema';
import type { ColorMode, Lang, LayoutMode } from '../../core/view-types';
import { buildElements } from './elements';
import { buildStylesheet } from './stylesheet';
import { applyLayout } from './layouts';
import { Tooltip, type HoverInfo } from './Tooltip';
import { placeLabels, resetLabelZoom } from './labels';
import { labelPriority } from '../../core/style-rules';

declare global {
  interface Window {
    cy?: Core;
  }
}

export interface GraphViewProps {
  data: GraphData;
  lang: Lang;
  color: ColorMode;
  layout: LayoutMode;
  /** Classes per element id (style-rules displayClasses). */
  classes: ReadonlyMap<string, string>;
  /** Node to bring into view when it changes (selection from search, table or panel). */
  focus: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClear: () => void;
  onCy: (cy: Core | null) => void;
  label: string;
}

let graphReadyMarked = false;
function markGraphReady(): void {
  if (graphReadyMarked) return;
  graphReadyMarked = true;
  performance.mark('graph-ready');
}

const CY_STYLE = { width: '100%', height: '100%' };

function GraphViewImpl(props: GraphViewProps) {
  const { data, lang, color, layout, classes, focus } = props;
  const [cy, setCy] = useState<Core | null>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  const elements = useMemo(() => buildElements(data), [data]);
  const stylesheet = useMemo(() => buildStylesheet(color, lang), [color, lang]);
  const nodesById = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const rank = useMemo(() => new Map(labelPriority(data).map((id, i) => [id, i])), [data]);

  // Label placement, re-run (at most once a frame) when the view, the layout or the classes change.
  const relabel = useRef<() => void>(() => {});
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const run = () => {
      frame = 0;
      if (!cy.destroyed()) placeLabels(cy, lang, rank);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(run);
    };
    relabel.current = schedule;
    resetLabelZoom(cy);
    run();
    cy.on('viewport resize layoutstop dragfree', schedule);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      cy.removeListener('viewport resize layoutstop dragfree', schedule);
      relabel.current = () => {};
    };
  }, [cy, lang, rank, stylesheet, elements]);

  // Events, exposure as window.cy, first-frame mark.
  useEffect(() => {
    if (!cy) return;
    window.cy = cy;
    handlers.current.onCy(cy);
    const onNode = (e: EventObject) => handlers.current.onSelectNode(e.target.id());
    const onEdge = (e: EventObject) => handlers.current.onSelectEdge(e.target.id());
    const onBackground = (e: EventObject) => {
      if (e.target === cy) handlers.current.onClear();
    };
    const onOver = (e: EventObject) => {
      const node = e.target;
      const p = node.renderedPosition();
      setHover({ id: node.id(), x: p.x, y: p.y - node.renderedOuterHeight() / 2 });
    };
    const onOut = () => setHover(null);
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('viewport tapstart', onOut);
    cy.one('render', markGraphReady);
    const raf = requestAnimationFrame(() => requestAnimationFrame(markGraphReady));
    return () => {
      cancelAnimationFrame(raf);
      cy.removeListener('tap', 'node', onNode);
      cy.removeListener('tap', 'edge', onEdge);
      cy.removeListener('tap', onBackground);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
      cy.removeListener('viewport tapstart', onOut);
      cy.removeListener('render', markGraphReady);
      if (window.cy === cy) delete window.cy;
      handlers.current.onCy(null);
    };
  }, [cy]);

  // Layout: the preset positions are in the elements, so the first view only needs a fit.
  const laidOut = useRef<{ elements: unknown; layout: LayoutMode } | null>(null);
  useEffect(() => {
    if (!cy) return;
    const last = laidOut.current;
    laidOut.current = { elements, layout };
    if (last === null && layout === 'preset') {
      cy.resize();
      cy.fit(undefined, 30);
      return;
    }
    if (last && last.elements === elements && last.layout === layout) return;
    void applyLayout(cy, data, layout);
  }, [cy, data, elements, layout]);

  // Classes: apply only what changed since the last call for these elements, after the browser has
  // painted the React side (the details panel), so a click shows its details without waiting for the
  // canvas restyle.
  const applied = useRef<{ elements: unknown; classes: ReadonlyMap<string, string> } | null>(null);
  useEffect(() => {
    if (!cy) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        if (cy.destroyed()) return;
        const prev = applied.current?.elements === elements ? applied.current.classes : null;
        cy.batch(() => {
          cy.elements().forEach((ele) => {
            const cls = classes.get(ele.id());
            if (cls === undefined || (prev && prev.get(ele.id()) === cls)) return;
            // Keep the label placement's own class until it runs again.
            ele.classes(ele.hasClass('nolabel') ? `${cls} nolabel` : cls);
          });
        });
        applied.current = { elements, classes };
        relabel.current();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [cy, elements, classes]);

  // Bring a newly focused node into view if it is off screen.
  useEffect(() => {
    if (!cy || focus === null) return;
    const node = cy.getElementById(focus);
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
    <div className="graph-view" role="region" aria-label={props.label}>
      <CyCanvas elements={elements} stylesheet={stylesheet} onCy={onCy} />
      {hover && hovered && <Tooltip node={hovered} at={hover} lang={lang} />}
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
  onCy: (cy: Core) => void;
}) {
  return (
    <CytoscapeComponent
      elements={props.elements}
      stylesheet={props.stylesheet}
      style={CY_STYLE}
      minZoom={0.1}
      maxZoom={4}
      boxSelectionEnabled={false}
      autounselectify
      cy={props.onCy}
    />
  );
});

export const GraphView = memo(GraphViewImpl);
