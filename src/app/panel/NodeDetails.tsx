import { useMemo, useState } from 'react';
import type { GraphData, GraphNode } from '../../core/pipeline/schema';
import { passagesForNode } from '../../core/explorer/passages';
import type { Lang, Visible } from '../../core/explorer/view-types';
import { closestProximity } from '../../core/explorer/link-strength';
import { formatStrength, strings, themeName } from '../i18n';
import { EvidenceList, SectionList, type PassageLinks } from './DetailsBlocks';
import { visibleNeighbours, type Neighbour } from './neighbours';
import { Phrase } from '../Phrase';

export interface NodeDetailsProps extends PassageLinks {
  data: GraphData;
  node: GraphNode;
  visible: Visible;
  lang: Lang;
  onSelectNode: (id: string) => void;
}

/** Neighbours shown before "Show all". */
export const TOP_NEIGHBOURS = 12;

/** A concept: what it is, the sentences that mention it, where it occurs, what it links to. */
export function NodeDetails({ data, node, visible, lang, onSelectNode, ...links }: NodeDetailsProps) {
  const t = strings(lang);
  const theme = data.themes.find((th) => th.id === node.theme);
  const neighbours = useMemo(() => visibleNeighbours(data, visible, node.id), [data, visible, node.id]);
  const passages = passagesForNode(data, node.id);

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <h2 id="details-title" lang="zh">
          <Phrase text={node.label} />
        </h2>
        {node.labelEn !== '' && (
          <p className="gloss" lang="en">
            {node.labelEn}
          </p>
        )}
      </header>
      <dl className="facts">
        {node.pinyin !== '' && (
          <>
            <dt>{t.pinyin}</dt>
            <dd lang="zh-Latn-pinyin">{node.pinyin}</dd>
          </>
        )}
        <dt>{t.kind}</dt>
        <dd>{t.kinds[node.kind]}</dd>
        <dt>{t.theme}</dt>
        <dd>
          <span className="swatch" style={{ background: theme?.color }} aria-hidden="true" />{' '}
          {themeName(theme, lang)}
        </dd>
        <dt>{t.mentions}</dt>
        <dd>{t.timesIn(node.count, node.sections.length)}</dd>
      </dl>
      {(node.description !== '' || node.descriptionEn !== '') && (
        <section className="description" aria-label={t.description}>
          {node.description !== '' && <p lang="zh">{node.description}</p>}
          {node.descriptionEn !== '' && <p lang="en">{node.descriptionEn}</p>}
        </section>
      )}
      <EvidenceList data={data} passages={passages} heading={t.passages} lang={lang} {...links} />
      <SectionList data={data} ids={node.sections} heading={t.sections} lang={lang} />
      <NeighbourList neighbours={neighbours} lang={lang} onSelectNode={onSelectNode} />
    </article>
  );
}

/** Linked concepts, strongest link first: the top ones, and the rest behind a "Show all" button. */
function NeighbourList({
  neighbours,
  lang,
  onSelectNode,
}: {
  neighbours: readonly Neighbour[];
  lang: Lang;
  onSelectNode: (id: string) => void;
}) {
  const t = strings(lang);
  const [all, setAll] = useState(false);
  const shown = all ? neighbours : neighbours.slice(0, TOP_NEIGHBOURS);
  const more = neighbours.length > TOP_NEIGHBOURS;
  return (
    <section aria-labelledby="details-neighbours">
      <h3 id="details-neighbours">
        {t.neighbours} ({neighbours.length})
      </h3>
      {neighbours.length === 0 ? (
        <p className="muted">{t.noNeighbours}</p>
      ) : (
        <p className="muted neighbour-note">{t.neighboursRanked}</p>
      )}
      {neighbours.length > 0 && (
        <ul className="neighbour-list">
          {shown.map(({ node: n, edge }) => (
            <li key={edge.id}>
              <button type="button" onClick={() => onSelectNode(n.id)}>
                <span lang="zh">{n.label}</span>
                {lang === 'en' && n.labelEn !== '' && <span className="gloss-inline"> {n.labelEn}</span>}
                <span className="weight">
                  {' · '}
                  {t.neighbourStrength(
                    formatStrength(edge.strength, lang),
                    t.proximity[closestProximity(edge.proximity)],
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {more && (
        <button type="button" className="show-all" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t.showTop(TOP_NEIGHBOURS) : t.showAll(neighbours.length)}
        </button>
      )}
    </section>
  );
}
