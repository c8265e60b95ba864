import { useId, useMemo, type ReactNode } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import type { Lang, ViewState, Visible } from '../../core/explorer/view-types';
import { searchIndexFor } from '../../core/explorer/search';
import { shortestPath } from '../../core/explorer/path';
import { ConceptCombobox } from '../search/ConceptCombobox';
import { PATH_STRINGS } from './strings';
import './path.css';

export type PathPatch = Partial<Pick<ViewState, 'pathFrom' | 'pathTo' | 'selected' | 'selectedEdge'>>;

export interface PathFinderProps {
  data: GraphData;
  visible: Visible;
  from: string | null;
  to: string | null;
  /** Choosing an end that completes the pair also clears the selection, so the details panel shows the path. */
  onChange: (patch: PathPatch) => void;
  /** Whether the details panel shows the path now (else a button brings it there). */
  panelShowsPath: boolean;
  lang: Lang;
}

/**
 * The path tool's controls in the sidebar: the two ends and a one-line result. The path itself, with the
 * passages of each link, or why there is none, is in the details panel (PathDetails).
 */
export function PathFinder({ data, visible, from, to, onChange, panelShowsPath, lang }: PathFinderProps) {
  const t = PATH_STRINGS[lang];
  const headingId = useId();
  const index = useMemo(() => searchIndexFor(data), [data]);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const fromNode = from ? byId.get(from) : undefined;
  const toNode = to ? byId.get(to) : undefined;
  const path = useMemo(
    () => (fromNode && toNode ? shortestPath(data, visible, fromNode.id, toNode.id) : null),
    [data, visible, fromNode, toNode],
  );
  const choose = (patch: PathPatch, other: string | null) =>
    onChange(other ? { ...patch, selected: null, selectedEdge: null } : patch);

  let result: ReactNode;
  if (!fromNode || !toNode) {
    result = <p className="pg-path-hint">{t.hint}</p>;
  } else {
    result = (
      <div className="pg-path-result">
        <p role="status">
          {path ? (path.edges.length === 0 ? t.same : t.found(path.edges.length)) : t.none}
          {panelShowsPath ? t.detailsHere : t.period}
        </p>
        {!panelShowsPath && (
          <button type="button" onClick={() => onChange({ selected: null, selectedEdge: null })}>
            {t.showDetails}
          </button>
        )}
      </div>
    );
  }

  return (
    <section className="pg-pathfinder" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.heading}</h3>
      <div className="pg-path-ends">
        <ConceptCombobox
          index={index}
          label={t.from}
          placeholder={t.from}
          lang={lang}
          selectedText={fromNode?.label ?? ''}
          onChoose={(id) => choose({ pathFrom: id }, to)}
        />
        <ConceptCombobox
          index={index}
          label={t.to}
          placeholder={t.to}
          lang={lang}
          selectedText={toNode?.label ?? ''}
          onChoose={(id) => choose({ pathTo: id }, from)}
        />
        <div className="pg-path-actions">
          <button
            type="button"
            onClick={() => onChange({ pathFrom: to, pathTo: from })}
            disabled={!from && !to}
          >
            {t.swap}
          </button>
          <button
            type="button"
            onClick={() => onChange({ pathFrom: null, pathTo: null })}
            disabled={!from && !to}
          >
            {t.clear}
          </button>
        </div>
      </div>
      {result}
    </section>
  );
}
