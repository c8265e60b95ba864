import type { GraphData, GraphEdge } from '../../core/schema';
import { passagesForEdge } from '../../core/passages';
import type { Lang } from '../../core/view-types';
import { sectionHeading, strings } from '../i18n';
import { PassageItem } from './PassageItem';

export interface EdgeDetailsProps {
  data: GraphData;
  edge: GraphEdge;
  lang: Lang;
  onSelectNode: (id: string) => void;
  onShowPassage: (sentenceStart: number) => void;
  passageHref: (sentenceStart: number) => string;
}

/** Why a link exists: the two concepts, the sections they share and the sentences behind it. */
export function EdgeDetails({
  data,
  edge,
  lang,
  onSelectNode,
  onShowPassage,
  passageHref,
}: EdgeDetailsProps) {
  const t = strings(lang);
  const ends = [edge.source, edge.target]
    .map((id) => data.nodes.find((n) => n.id === id))
    .filter((n) => n !== undefined);
  const passages = passagesForEdge(data, edge.id);
  const together = passages.some((p) => p.concepts.length === 2);
  const sections = edge.sections
    .map((id) => data.sections.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <p className="eyebrow">{t.linkBetween}</p>
        <h2 id="details-title" className="edge-ends">
          {ends.map((n, i) => (
            <span key={n.id}>
              {i > 0 && <span aria-hidden="true"> — </span>}
              <button type="button" className="concept-button" onClick={() => onSelectNode(n.id)}>
                <span lang="zh">{n.label}</span>
                {n.labelEn !== '' && (
                  <span className="gloss-inline" lang="en">
                    {' '}
                    {n.labelEn}
                  </span>
                )}
              </button>
            </span>
          ))}
        </h2>
      </header>
      <dl className="facts">
        <dt>{t.weight}</dt>
        <dd>{edge.weight}</dd>
        <dt>{t.association}</dt>
        <dd>{edge.association.toFixed(2)}</dd>
        <dt>{t.sameSentenceCount}</dt>
        <dd>{edge.sentences}</dd>
      </dl>
      <section aria-labelledby="details-sections">
        <h3 id="details-sections">{t.sharedSections}</h3>
        <ul className="section-list" lang="zh">
          {sections.map((s) => (
            <li key={s.id}>{sectionHeading(s.address, s.title, lang)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="details-passages">
        <h3 id="details-passages">
          {together ? t.bothSentences : t.passages} ({passages.length})
        </h3>
        {!together && <p className="muted">{t.eitherSentences}</p>}
        <ol className="passage-list">
          {passages.map((p) => (
            <PassageItem
              key={p.sentenceStart}
              data={data}
              passage={p}
              lang={lang}
              href={passageHref(p.sentenceStart)}
              onShow={onShowPassage}
            />
          ))}
        </ol>
      </section>
    </article>
  );
}
