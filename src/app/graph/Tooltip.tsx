import type { GraphNode } from '../../core/schema';
import type { Lang } from '../../core/view-types';
import { strings } from '../i18n';

export interface HoverInfo {
  id: string;
  /** Rendered position of the node's top centre, in canvas pixels. */
  x: number;
  y: number;
}

/** Short hover card: label, gloss, count. Plain React text. */
export function Tooltip({ node, at, lang }: { node: GraphNode; at: HoverInfo; lang: Lang }) {
  const t = strings(lang);
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: at.x, top: at.y }}>
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
