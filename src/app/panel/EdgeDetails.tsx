import type { GraphData, GraphEdge } from '../../core/pipeline/schema';
import { passagesForEdge } from '../../core/explorer/passages';
import type { Lang } from '../../core/explorer/view-types';
import { strings } from '../i18n';
import { EvidenceList, SectionList, type PassageLinks } from './DetailsBlocks';

export interface EdgeDetailsProps extends PassageLinks {
  data: GraphData;
  edge: GraphEdge;
  lang: Lang;
  onSelectNode: (id: string) => void;
}

/** Why a link exists: the two concepts, the sentences behind it and the sections they share. */
export function EdgeDetails({ data, edge, lang, onSelectNode, ...links }: EdgeDetailsProps) {
  const t = strings(lang);
  const ends = [edge.source, edge.target]
    .map((id) => data.nodes.find((n) => n.id === id))
    .filter((n) => n !== undefined);
  const passages = passagesForEdge(data, edge.id);
  const together = passages.some((p) => p.concepts.length === 2);
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
      <EvidenceList
        data={data}
        passages={passages}
        heading={together ? t.bothSentences : t.passages}
        note={together ? undefined : t.eitherSentences}
        lang={lang}
        {...links}
      />
      <SectionList data={data} ids={edge.sections} heading={t.sharedSections} lang={lang} />
    </article>
  );
}
