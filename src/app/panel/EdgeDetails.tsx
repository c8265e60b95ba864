import type { GraphData, GraphEdge, GraphNode } from '../../core/pipeline/schema';
import { linkEvidence, type LinkSection } from '../../core/explorer/passages';
import { rankAmongLinks } from '../../core/explorer/link-strength';
import { shortGloss } from '../../core/explorer/label-wrap';
import type { Lang } from '../../core/explorer/view-types';
import { displayLabel, formatStrength, strings } from '../i18n';
import type { PassageLinks } from './DetailsBlocks';
import { LINK_STRINGS, WEIGHT_TEXT, type WorkedStrength } from './link-strings';
import { PassageItem } from './PassageItem';
import { endClass } from './link-marks';
import './links.css';

export interface EdgeDetailsProps extends PassageLinks {
  data: GraphData;
  edge: GraphEdge;
  lang: Lang;
  onSelectNode: (id: string) => void;
}

function worked(data: GraphData, edge: GraphEdge, sections: LinkSection[], lang: Lang): WorkedStrength {
  const t = strings(lang);
  const count = (id: string) => data.nodes.find((n) => n.id === id)?.sections.length ?? 1;
  const [a, b] = [count(edge.source), count(edge.target)];
  const fmt = (v: number) => formatStrength(v, lang);
  return {
    terms: sections.map((s) => ({
      address: s.address,
      proximity: t.proximity[s.proximity],
      weight: WEIGHT_TEXT[s.proximity],
    })),
    closeness: fmt(edge.closeness),
    sectionsA: a,
    sectionsB: b,
    sectionCount: data.sections.length,
    expected: fmt((a * b) / Math.max(1, data.sections.length)),
    strength: fmt(edge.strength),
  };
}

/** Why a link exists: the two concepts, how close they stand, and every sentence of theirs in each shared section. */
export function EdgeDetails({ data, edge, lang, onSelectNode, ...links }: EdgeDetailsProps) {
  const t = strings(lang);
  const l = LINK_STRINGS[lang];
  const ends = [edge.source, edge.target]
    .map((id) => data.nodes.find((n) => n.id === id))
    .filter((n): n is GraphNode => n !== undefined);
  const sections = linkEvidence(data, edge.id);
  const markClass = endClass(edge);
  // In running text, a short name: the Chinese label, or the English gloss without its explanation.
  const name = (n: GraphNode | undefined) => (n ? shortGloss(displayLabel(n, lang)) : '');
  return (
    <article className="details link-details" aria-labelledby="details-title">
      <header className="details-head">
        <p className="eyebrow">{t.linkBetween}</p>
        <h2 id="details-title" className="edge-ends">
          {ends.map((n, i) => (
            <span key={n.id}>
              {i > 0 && <span aria-hidden="true"> — </span>}
              <button
                type="button"
                className={`concept-button ${markClass(n.id)}`}
                onClick={() => onSelectNode(n.id)}
              >
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
      <p className="link-summary">
        {l.whereTheyMeet(name(ends[0]), name(ends[1]), edge.weight)}
        <span lang="zh">
          {sections.map((s) => l.meetAt(s.address, t.proximity[s.proximity])).join(l.listJoin)}
        </span>
      </p>
      <dl className="facts">
        <dt>{t.strength}</dt>
        <dd>
          <strong className="strength-value">{formatStrength(edge.strength, lang)}</strong>
        </dd>
        <dt>{t.sharedSectionCount}</dt>
        <dd>{t.countSections(edge.weight)}</dd>
        <dt>{t.sameSentenceCount}</dt>
        <dd>{t.countSentences(edge.sentences)}</dd>
        <dt>{t.adjacentCount}</dt>
        <dd>{t.countPairs(edge.adjacent)}</dd>
        <dt>{t.paragraphCount}</dt>
        <dd>{t.countParagraphs(edge.paragraphs)}</dd>
      </dl>
      <p className="strength-rank muted">
        {ends.map((n) => {
          const { rank, of } = rankAmongLinks(data.edges, edge, n.id);
          return <span key={n.id}>{l.rankAmong(name(n), rank, of)}</span>;
        })}
      </p>
      <details className="link-meaning">
        <summary>{l.howComputed}</summary>
        <p>{l.meaning}</p>
        <p>{l.meaningMore}</p>
        <p className="worked" lang={lang === 'zh' ? 'zh' : undefined}>
          {l.worked(worked(data, edge, sections, lang))}
        </p>
      </details>
      <section aria-labelledby="details-passages">
        <h3 id="details-passages">{l.evidence(sections.length)}</h3>
        <p className="muted evidence-note">{l.evidenceNote}</p>
        {sections.map((s) => (
          <section key={s.sectionId} className="link-section" aria-label={s.address}>
            <h4 lang="zh">
              <span className="link-section-address">{s.address}</span> {s.title}
              <span className={`proximity-badge proximity-${s.proximity}`} lang={lang === 'zh' ? 'zh' : 'en'}>
                {t.proximity[s.proximity]}
              </span>
            </h4>
            <ol className="passage-list">
              {s.passages.map((p) => (
                <PassageItem
                  key={p.sentenceStart}
                  data={data}
                  passage={p}
                  lang={lang}
                  href={links.passageHref(p.sentenceStart)}
                  onShow={links.onShowPassage}
                  markClass={markClass}
                  showWhere={false}
                />
              ))}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}
