import type { Core } from 'cytoscape';
import type { GraphData } from '../../core/schema';

/** Contract between the explorer (App) and the export menu. Placeholder until implemented. */
export interface ExportMenuProps {
  /** The live Cytoscape instance, for PNG/SVG; null before the first render. */
  cy: Core | null;
  /** The whole graph as loaded. */
  data: GraphData;
  /** Ids of the nodes and edges the current filters show: exports reflect them. */
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  lang: 'zh' | 'en';
}

export function ExportMenu(_props: ExportMenuProps) {
  return null;
}
