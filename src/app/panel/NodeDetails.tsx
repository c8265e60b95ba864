import { useMemo } from 'react';
import type { GraphData, GraphNode } from '../../core/schema';
import { passagesForNode } from '../../core/passages';
import type { Lang, Visible } from '../../core/view-types';
import { sectionHeading, strings, themeName } from '../i18n';
import { PassageItem } from './PassageItem';
import { visibleNeighbours } from './neighbours';

export interface NodeDetailsProps {
  data: GraphData;
  node: GraphNode;
  visible: Visible;
  lang: Lang;
  onSelectNode: (id: string) => void;
  onShowPassage: (sentenceStart: number) => void;
  passageHref: (sentenceStart: number) => string;
}

export function NodeDetails({
  data,
  node,
  visible,
  lang,
  onSelectNode,
  onShowPassage,
  passageHref,
}: NodeDetailsProps) {
  const t = strings(lang);
  const theme = data.themes.find((th) => th.id === node.theme);
  const neighbours = useMemo(() => visibleNeighbours(data, visible, node.id), [data, visible, node.id]);
  const passages = passagesForNode(data, node.id);
  const sections = useMemo(() => {
    const byId = new Map(data.sections.map((s) => [s.id, s]));
    return node.sections.map((id) => byId.get(id)).filter((s) => s !== undefined);
  }, [data, node.sections]);

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <h2 id="details-title" lang="zh">
          {node.label}
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
        <section aria-label={t.description}>
          {node.description !== '' && <p lang="zh">{node.description}</p>}
          {node.descriptionEn !== '' && <p lang="en">{node.descriptionEn}</p>}
        </section>
      )}
      <section aria-labelledby="details-sections">
        <h3 id="details-sections">{t.sections}</h3>
        <ul className="section-list" lang="zh">
          {sections.map((s) => (
            <li key={s.id}>{sectionHeading(s.address, s.title, lang)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="details-neighbours">
        <h3 id="details-neighbours">
          {t.neighbours} ({neighbours.length})
        </h3>
        {neighbours.length === 0 ? (
          <p className="muted">{t.noNeighbours}</p>
        ) : (
          <ul className="neighbour-list">
            {neighbours.map(({ node: n, edge }) => (
              <li key={edge.id}>
                <button type="button" onClick={() => onSelectNode(n.id)}>
                  <span lang="zh">{n.label}</span>
                  {lang === 'en' && n.labelEn !== '' && <span className="gloss-inline"> {n.labelEn}</span>}
                  <span className="weight"> · {t.neighbourWeight(edge.weight)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="details-passages">
        <h3 id="details-passages">
          {t.passages} ({passages.length})
        </h3>
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
