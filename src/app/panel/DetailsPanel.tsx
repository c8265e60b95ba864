import type { GraphData } from '../../core/schema';
import type { Lang, Visible } from '../../core/view-types';
import { strings } from '../i18n';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

export interface DetailsPanelProps {
  data: GraphData;
  visible: Visible;
  selected: string | null;
  selectedEdge: string | null;
  lang: Lang;
  onSelectNode: (id: string) => void;
  onClear: () => void;
  onShowPassage: (sentenceStart: number) => void;
  passageHref: (sentenceStart: number) => string;
}

/** The right-hand panel: a concept's or a link's details and evidence, or a hint. */
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
      ) : (
        <div className="details-empty">
          <p>{t.detailsHint}</p>
          <p className="muted">
            {data.nodes.length} {t.concepts} · {data.edges.length} {t.links}
          </p>
        </div>
      )}
    </aside>
  );
}
