import type { GraphData } from '../../core/schema';

/** Contract between the explorer (App) and the open-your-own-document control. Placeholder. */
export interface OpenDocumentProps {
  /** Called with a validated graph built from a .txt (in a worker) or read from a graph.json. */
  onGraph: (data: GraphData, origin: { name: string }) => void;
  lang: 'zh' | 'en';
}

export function OpenDocument(_props: OpenDocumentProps) {
  return null;
}
