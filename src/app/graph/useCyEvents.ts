import { useEffect, useState, type RefObject } from 'react';
import type { Core, EventObject } from 'cytoscape';
import { dataId } from './element-ids';
import type { HoverInfo } from './Tooltip';

declare global {
  interface Window {
    cy?: Core;
  }
}

export interface CyHandlers {
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClear: () => void;
  onCy: (cy: Core | null) => void;
  onReady?: () => void;
}

let graphReadyMarked = false;

/** Binds taps and hover to the handlers (read through a ref, so binding happens once per instance). */
export function useCyEvents(cy: Core | null, handlers: RefObject<CyHandlers>): HoverInfo | null {
  const [hover, setHover] = useState<HoverInfo | null>(null);
  useEffect(() => {
    if (!cy) return;
    const latest = () => handlers.current;
    window.cy = cy;
    latest().onCy(cy);
    const ready = () => {
      if (!graphReadyMarked) {
        graphReadyMarked = true;
        performance.mark('graph-ready');
      }
      handlers.current.onReady?.();
    };
    const onNode = (e: EventObject) => handlers.current.onSelectNode(dataId(e.target.id()));
    const onEdge = (e: EventObject) => handlers.current.onSelectEdge(dataId(e.target.id()));
    const onBackground = (e: EventObject) => {
      if (e.target === cy) handlers.current.onClear();
    };
    // The node under the pointer whose card is shown (null: none shown).
    let shown: string | null = null;
    const onOver = (e: EventObject) => {
      const node = e.target;
      const id = dataId(node.id());
      if (shown === id) return;
      shown = id;
      const p = node.renderedPosition();
      const r = node.renderedOuterHeight() / 2;
      setHover({ id, x: p.x, top: p.y - r, bottom: p.y + r });
    };
    const onOut = () => {
      shown = null;
      setHover(null);
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('mouseover', 'node', onOver);
    // After a zoom or pan under a resting pointer the node is still hovered: moving on it shows the card.
    cy.on('mousemove', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('viewport tapstart', onOut);
    // The first frame: cytoscape's render event, or two animation frames if it has already drawn.
    cy.one('render', ready);
    const raf = requestAnimationFrame(() => requestAnimationFrame(ready));
    return () => {
      cancelAnimationFrame(raf);
      cy.removeListener('tap', 'node', onNode);
      cy.removeListener('tap', 'edge', onEdge);
      cy.removeListener('tap', onBackground);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mousemove', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
      cy.removeListener('viewport tapstart', onOut);
      cy.removeListener('render', ready);
      if (window.cy === cy) delete window.cy;
      latest().onCy(null);
    };
  }, [cy, handlers]);
  return hover;
}
