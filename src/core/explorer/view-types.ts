/** What the explorer shows: the view state every link carries (see view-state.ts for URL ↔ state). */
export type ColorMode = 'theme' | 'community' | 'kind';
export type LayoutMode = 'preset' | 'fcose' | 'theme';
/** What a node's size shows: weighted degree (the layout spaced nodes for it), mentions, or betweenness. */
export type SizeMode = 'weightedDegree' | 'count' | 'betweenness';
export type Lang = 'zh' | 'en';
/** What the centre shows: the graph, the document, or the concept table. */
export type CentreView = 'graph' | 'reader' | 'table';

export interface ViewState {
  /** Selected concept (node id), URL `sel`. */
  selected: string | null;
  /** Selected edge id, URL `edge`. */
  selectedEdge: string | null;
  /** Hidden theme ids, URL `hide=a,b` (hidden rather than shown, so a new theme defaults to visible). */
  hiddenThemes: string[];
  /** Minimum edge weight shown, URL `minw`, default 1. */
  minWeight: number;
  /** Only edges whose concepts share a sentence, URL `same=1`. */
  sameSentence: boolean;
  /** Hide nodes without visible edges, URL `iso=hide`. */
  hideIsolated: boolean;
  /** URL `color`, default 'theme'. */
  color: ColorMode;
  /** URL `size`, default 'weightedDegree'. */
  size: SizeMode;
  /** URL `layout`, default 'preset'. */
  layout: LayoutMode;
  /** URL `lang`; default from the browser. */
  lang: Lang;
  /** Same-origin graph file to open instead of the bundled one, URL `graph`. */
  graph: string | null;
  /** Shortest path endpoints, URL `from` and `to`. */
  pathFrom: string | null;
  pathTo: string | null;
  /** The centre view, URL `view=reader|table` (graph by default; the old `reader=1` still opens the reader). */
  view: CentreView;
}

/** Ids of what the current filters show. */
export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
