import { useMemo } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import type { Lang, Visible } from '../../core/explorer/view-types';
import type { VisibilityState } from '../../core/explorer/filters';
import { strings } from '../i18n';
import { PathDetails } from '../path/PathDetails';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';
import './links.css';

export interface DetailsPanelProps {
  data: GraphData;
  visible: Visible;
  selected: string | null;
  selectedEdge: string | null;
  lang: Lang;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClear: () => void;
  /** Path ends (shown when nothing is selected) and the filters, to say why there is no path. */
  pathFrom: string | null;
  pathTo: string | null;
  filters: VisibilityState;
  onShowPassage: (sentenceStart: number) => void;
  passageHref: (sentenceStart: number) => string;
}

/** The right-hand panel: a concept's or a link's details and evidence, else the path between two concepts, or a hint. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { data, selected, selectedEdge, lang } = props;
  const t = strings(lang);
  const node = selected !== null ? data.nodes.find((n) => n.id === selected) : undefined;
  const edge = !node && selectedEdge !== null ? data.edges.find((e) => e.id === selectedEdge) : undefined;
  return (
    <aside className="details-panel" role="region" aria-label={t.details}>
      {node || edge ? (
        <button type="button" className="clear-selection" onClick={props.onClear}>
          {t.clearSelection}
        </button>
      ) : null}
      {node ? (
        <NodeDetails
          key={node.id}
          data={data}
          node={node}
          visible={props.visible}
          lang={lang}
          onSelectNode={props.onSelectNode}
          onShowPassage={props.onShowPassage}
          passageHref={props.passageHref}
        />
      ) : edge ? (
        <EdgeDetails
          key={edge.id}
          data={data}
          edge={edge}
          lang={lang}
          onSelectNode={props.onSelectNode}
          onShowPassage={props.onShowPassage}
          passageHref={props.passageHref}
        />
      ) : props.pathFrom !== null && props.pathTo !== null ? (
        <PathDetails
          data={data}
          visible={props.visible}
          filters={props.filters}
          from={props.pathFrom}
          to={props.pathTo}
          lang={lang}
          onSelectNode={props.onSelectNode}
          onSelectEdge={props.onSelectEdge}
        />
      ) : (
        <div className="details-empty">
          <p>{t.detailsHint}</p>
          <p className="muted">
            {data.nodes.length} {t.concepts} · {data.edges.length} {t.links}
          </p>
          <KeyConcepts data={data} visible={props.visible} lang={lang} onSelectNode={props.onSelectNode} />
        </div>
      )}
    </aside>
  );
}

/** With nothing selected: the most connected visible concepts, one click from their details. */
function KeyConcepts({
  data,
  visible,
  lang,
  onSelectNode,
}: {
  data: GraphData;
  visible: Visible;
  lang: Lang;
  onSelectNode: (id: string) => void;
}) {
  const t = strings(lang);
  const top = useMemo(
    () =>
      data.nodes
        .filter((n) => visible.nodes.has(n.id))
        // What the document stresses: mentions, then spread over sections, then links.
        .sort(
          (a, b) =>
            b.count - a.count ||
            b.sections.length - a.sections.length ||
            b.weightedDegree - a.weightedDegree ||
            (a.id < b.id ? -1 : 1),
        )
        .slice(0, 12),
    [data, visible],
  );
  if (top.length === 0) return null;
  return (
    <section aria-labelledby="details-key">
      <h3 id="details-key">{t.keyConcepts}</h3>
      <ul className="neighbour-list">
        {top.map((n) => (
          <li key={n.id}>
            <button type="button" onClick={() => onSelectNode(n.id)}>
              <span lang="zh">{n.label}</span>
              {lang === 'en' && n.labelEn !== '' && <span className="gloss-inline"> {n.labelEn}</span>}
              <span className="neighbour-weight"> · {t.mentionCount(n.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
