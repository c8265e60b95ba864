import { useMemo } from 'react';
import type { GraphData, GraphNode } from '../../core/pipeline/schema';
import type { Lang, Visible } from '../../core/explorer/view-types';
import { linkingPassages, shortestPath } from '../../core/explorer/path';
import { activeFilters, explainNoPath } from '../../core/explorer/path-explain';
import type { VisibilityState } from '../../core/explorer/filters';
import { closestProximity } from '../../core/explorer/link-strength';
import { passageText } from '../../core/explorer/passages';
import { displayLabel, formatStrength, strings } from '../i18n';
import { MarkedText } from '../panel/MarkedText';
import { stepClass } from '../panel/link-marks';
import { PathGapExplanation } from './PathGap';
import { PATH_STRINGS } from './strings';
import { shortGloss } from '../../core/explorer/label-wrap';
import './path.css';

export interface PathDetailsProps {
  data: GraphData;
  visible: Visible;
  filters: VisibilityState;
  from: string;
  to: string;
  lang: Lang;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

/** The path between two concepts in the details panel: each link with the passages that make it, or why there is none. */
export function PathDetails({
  data,
  visible,
  filters,
  from,
  to,
  lang,
  onSelectNode,
  onSelectEdge,
}: PathDetailsProps) {
  const t = PATH_STRINGS[lang];
  const ts = strings(lang);
  const byId = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);
  const edgeById = useMemo(() => new Map(data.edges.map((e) => [e.id, e])), [data]);
  const path = useMemo(() => shortestPath(data, visible, from, to), [data, visible, from, to]);
  const gap = useMemo(
    () => (path ? null : explainNoPath(data, filters, from, to)),
    [path, data, filters, from, to],
  );
  const fromNode = byId.get(from);
  const toNode = byId.get(to);
  if (!fromNode || !toNode) return null;
  const name = (n: GraphNode) => shortGloss(displayLabel(n, lang));

  return (
    <article className="details path-details" aria-labelledby="details-title">
      <header className="details-head">
        <p className="eyebrow">{t.heading}</p>
        <h2 id="details-title" className="edge-ends" lang="zh">
          {fromNode.label} → {toNode.label}
        </h2>
      </header>
      {path ? (
        <>
          <p className="path-summary">
            <strong>{path.edges.length === 0 ? t.same : t.found(path.edges.length)}</strong>
          </p>
          <p className="muted path-rule">{t.byStrength}</p>
          <ol className="path-steps" aria-label={t.path(name(fromNode), name(toNode))}>
            {path.nodes.map((id, i) => {
              const node = byId.get(id)!;
              const next = path.nodes[i + 1] ? byId.get(path.nodes[i + 1]!) : undefined;
              const edge = path.edges[i] ? edgeById.get(path.edges[i]!) : undefined;
              return (
                <li key={id} className="path-step">
                  <button type="button" className="path-concept" onClick={() => onSelectNode(id)}>
                    <span lang="zh">{node.label}</span>
                    {lang === 'en' && node.labelEn !== '' && (
                      <span className="gloss-inline"> {node.labelEn}</span>
                    )}
                  </button>
                  {next && edge && (
                    <div className="path-link" role="group" aria-label={t.link(name(node), name(next))}>
                      <p className="path-link-facts">
                        {t.linkFacts(
                          formatStrength(edge.strength, lang),
                          ts.proximity[closestProximity(edge.proximity)],
                          edge.weight,
                        )}
                      </p>
                      {linkingPassages(data, id, next.id).map((p) => {
                        const { text, marks } = passageText(data, p);
                        return (
                          <blockquote key={p.sentenceStart} className="path-passage" lang="zh">
                            <cite className="path-passage-address">{p.address} </cite>
                            <MarkedText text={text} marks={marks} markClass={stepClass(id, next.id)} />
                          </blockquote>
                        );
                      })}
                      <button type="button" className="link-button" onClick={() => onSelectEdge(edge.id)}>
                        {t.allEvidence}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : gap ? (
        <PathGapExplanation
          data={data}
          gap={gap}
          lang={lang}
          filtersActive={activeFilters(filters).length > 0}
          onSelectNode={onSelectNode}
        />
      ) : null}
    </article>
  );
}
