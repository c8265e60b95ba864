import { useId, useMemo, type ReactNode } from 'react';
import type { GraphData, GraphNode } from '../../core/pipeline/schema';
import type { Lang, Visible } from '../../core/explorer/view-types';
import { searchIndexFor } from '../../core/explorer/search';
import { linkingPassages, shortestPath } from '../../core/explorer/path';
import { passageText, type Passage } from '../../core/explorer/passages';
import { MarkedText } from '../panel/MarkedText';
import { ConceptCombobox } from '../search/ConceptCombobox';
import { PATH_STRINGS } from './strings';
import './path.css';

export interface PathFinderProps {
  data: GraphData;
  visible: Visible;
  from: string | null;
  to: string | null;
  onChange: (patch: { pathFrom?: string | null; pathTo?: string | null }) => void;
  onSelectNode: (id: string) => void;
  lang: Lang;
}

function PassageQuote({ passage, data }: { passage: Passage; data: GraphData }) {
  const { text, marks } = passageText(data, passage);
  return (
    <blockquote className="pg-passage" lang="zh">
      {passage.address !== '' && <cite className="pg-passage-address">{passage.address} </cite>}
      <MarkedText text={text} marks={marks} />
    </blockquote>
  );
}

/** Finds the shortest chain of links between two concepts and shows the passages behind each link. */
export function PathFinder({ data, visible, from, to, onChange, onSelectNode, lang }: PathFinderProps) {
  const t = PATH_STRINGS[lang];
  const headingId = useId();
  const index = useMemo(() => searchIndexFor(data), [data]);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const edgeById = useMemo(() => new Map(data.edges.map((e) => [e.id, e])), [data]);
  const fromNode = from ? byId.get(from) : undefined;
  const toNode = to ? byId.get(to) : undefined;
  const path = useMemo(
    () => (fromNode && toNode ? shortestPath(data, visible, fromNode.id, toNode.id) : null),
    [data, visible, fromNode, toNode],
  );
  const name = (n: GraphNode) => n.label;

  let result: ReactNode;
  if (!fromNode || !toNode) {
    result = <p className="pg-path-hint">{t.hint}</p>;
  } else if (!visible.nodes.has(fromNode.id) || !visible.nodes.has(toNode.id)) {
    const hiddenNode = visible.nodes.has(fromNode.id) ? toNode : fromNode;
    result = <p role="status">{t.hidden(name(hiddenNode))}</p>;
  } else if (!path) {
    result = <p role="status">{t.noPath(name(fromNode), name(toNode))}</p>;
  } else {
    result = (
      <>
        <p role="status">{path.edges.length === 0 ? t.same : t.found(path.edges.length)}</p>
        <ol className="pg-path-list" aria-label={t.path(name(fromNode), name(toNode))}>
          {path.nodes.map((id, i) => {
            const node = byId.get(id) as GraphNode;
            const nextId = path.nodes[i + 1];
            const next = nextId ? byId.get(nextId) : undefined;
            const edge = path.edges[i] ? edgeById.get(path.edges[i] as string) : undefined;
            const passages = next ? linkingPassages(data, id, next.id) : [];
            return (
              <li key={id} className="pg-path-step">
                <button type="button" className="pg-path-concept" onClick={() => onSelectNode(id)}>
                  {node.label}
                  {lang === 'en' && node.labelEn !== '' && <span className="pg-path-gloss"> {node.labelEn}</span>}
                </button>
                {next && edge && (
                  <div className="pg-path-link" role="group" aria-label={t.link(name(node), name(next))}>
                    <p className="pg-path-shared">{t.shared(edge.weight, edge.sentences)}</p>
                    {passages.length === 0 ? (
                      <p>{t.noPassage}</p>
                    ) : (
                      passages.map((p) => <PassageQuote key={p.sentenceStart} passage={p} data={data} />)
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      </>
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
          onChoose={(id) => onChange({ pathFrom: id })}
        />
        <ConceptCombobox
          index={index}
          label={t.to}
          placeholder={t.to}
          lang={lang}
          selectedText={toNode?.label ?? ''}
          onChoose={(id) => onChange({ pathTo: id })}
        />
        <div className="pg-path-actions">
          <button type="button" onClick={() => onChange({ pathFrom: to, pathTo: from })} disabled={!from && !to}>
            {t.swap}
          </button>
          <button type="button" onClick={() => onChange({ pathFrom: null, pathTo: null })} disabled={!from && !to}>
            {t.clear}
          </button>
        </div>
      </div>
      {result}
    </section>
  );
}
