import { useLayoutEffect, useRef, useState } from 'react';
import type { GraphNode } from '../../core/pipeline/schema';
import type { Lang } from '../../core/explorer/view-types';
import { strings } from '../i18n';
import { tooltipPosition, type TooltipAnchor } from './tooltip-position';

export interface HoverInfo extends TooltipAnchor {
  id: string;
}

/**
 * Short hover card: label, gloss, count. Plain React text. It is measured before the browser paints and
 * placed over the node, or under it near the top edge, never past the canvas edges.
 */
export function Tooltip({ node, at, lang }: { node: GraphNode; at: HoverInfo; lang: Lang }) {
  const t = strings(lang);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const canvas = el?.parentElement;
    if (!el || !canvas) return;
    setPos(
      tooltipPosition(
        at,
        { w: el.offsetWidth, h: el.offsetHeight },
        { width: canvas.clientWidth, height: canvas.clientHeight },
      ),
    );
  }, [at, node, lang]);
  return (
    <div
      ref={ref}
      className="graph-tooltip"
      role="tooltip"
      style={pos ? { left: pos.left, top: pos.top } : { left: 0, top: 0, visibility: 'hidden' }}
    >
      <span className="tooltip-label" lang="zh">
        {node.label}
      </span>
      {node.labelEn !== '' && (
        <span className="tooltip-gloss" lang="en">
          {node.labelEn}
        </span>
      )}
      <span className="tooltip-count">{t.tooltipCount(node.count)}</span>
    </div>
  );
}
