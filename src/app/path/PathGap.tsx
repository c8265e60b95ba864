import type { GraphData, GraphNode } from '../../core/pipeline/schema';
import type { ConceptGroup, PathGap } from '../../core/explorer/path-explain';
import type { Lang } from '../../core/explorer/view-types';
import { displayLabel, sectionHeading, themeName } from '../i18n';
import { PATH_STRINGS } from './strings';
import { shortGloss } from '../../core/explorer/label-wrap';

/** Concepts named as examples of a group: the most mentioned first. */
const EXAMPLES = 5;
/** Up to this many sections are listed with their titles; more are listed by address only. */
const TITLED_SECTIONS = 5;

function GroupBlock({
  data,
  group,
  lang,
  onSelectNode,
}: {
  data: GraphData;
  group: ConceptGroup;
  lang: Lang;
  onSelectNode: (id: string) => void;
}) {
  const t = PATH_STRINGS[lang];
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const sections = group.sections
    .map((id) => data.sections.find((s) => s.id === id))
    .filter((s) => s !== undefined);
  const self = byId.get(group.nodes[0]!)!;
  const others = group.nodes
    .slice(1)
    .map((id) => byId.get(id))
    .filter((n): n is GraphNode => n !== undefined)
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, EXAMPLES);
  return (
    <div className="path-group">
      <p>
        {group.nodes.length === 1
          ? t.alone(shortGloss(displayLabel(self, lang)))
          : t.groupOf(shortGloss(displayLabel(self, lang)), group.nodes.length)}
      </p>
      {sections.length <= TITLED_SECTIONS ? (
        <ul className="path-group-sections" lang="zh">
          {sections.map((s) => (
            <li key={s.id}>{sectionHeading(s.address, s.title, lang)}</li>
          ))}
        </ul>
      ) : (
        <p className="path-group-sections" lang="zh">
          {sections.map((s) => s.address).join(t.listJoin)}
        </p>
      )}
      {others.length > 0 && (
        <p className="muted">
          {t.groupExamples}
          {others.map((n, i) => (
            <span key={n.id}>
              {i > 0 && t.listJoin}
              <button type="button" className="link-button" onClick={() => onSelectNode(n.id)}>
                <span lang="zh">{n.label}</span>
              </button>
            </span>
          ))}
          {group.nodes.length - 1 > others.length ? ' …' : ''}
        </p>
      )}
    </div>
  );
}

/** Why two concepts have no path: a hidden end, the filters that cut the chain, or the document itself. */
export function PathGapExplanation({
  data,
  gap,
  lang,
  filtersActive,
  onSelectNode,
}: {
  data: GraphData;
  gap: PathGap;
  lang: Lang;
  filtersActive: boolean;
  onSelectNode: (id: string) => void;
}) {
  const t = PATH_STRINGS[lang];
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? shortGloss(displayLabel(n, lang)) : id;
  };
  const theme = (id: string) =>
    themeName(
      data.themes.find((th) => th.id === id),
      lang,
    ) || id;
  if (gap.kind === 'endpoint') {
    return (
      <div className="path-gap" data-gap="endpoint">
        {gap.hidden.map((h) => (
          <p key={h.id}>
            {h.reason === 'theme' ? t.hiddenTheme(name(h.id), theme(h.theme)) : t.hiddenIsolated(name(h.id))}
          </p>
        ))}
      </div>
    );
  }
  if (gap.kind === 'filtered') {
    const edges = new Map(data.edges.map((e) => [e.id, e]));
    return (
      <div className="path-gap" data-gap="filtered">
        <p>
          {t.filteredIntro(name(gap.path.nodes[0]!), name(gap.path.nodes.at(-1)!), gap.path.edges.length)}
        </p>
        <p className="path-chain" lang="zh">
          {gap.path.nodes.map(name).join(' — ')}
        </p>
        <ul className="path-gap-reasons">
          {gap.hiddenConcepts.map((h) => (
            <li key={h.id}>
              {h.reason === 'theme'
                ? t.conceptTheme(name(h.id), theme(h.theme))
                : t.conceptIsolated(name(h.id))}
            </li>
          ))}
          {gap.hiddenLinks.flatMap((h) => {
            const e = edges.get(h.id)!;
            // Named in the direction of the path.
            const at = gap.path.edges.indexOf(h.id);
            const [a, b] =
              at >= 0
                ? [name(gap.path.nodes[at]!), name(gap.path.nodes[at + 1]!)]
                : [name(e.source), name(e.target)];
            return h.reasons.map((r) => (
              <li key={`${h.id}-${r}`}>
                {r === 'minWeight'
                  ? t.linkMinWeight(a, b, e.weight, gap.minWeight)
                  : r === 'sameSentence'
                    ? t.linkSameSentence(a, b)
                    : t.linkTheme(a, b)}
              </li>
            ));
          })}
        </ul>
      </div>
    );
  }
  return (
    <div className="path-gap" data-gap="apart">
      <p>
        {t.apart(name(gap.from.nodes[0]!), name(gap.to.nodes[0]!))}
        {filtersActive ? ` ${t.apartNotFilters}` : ''}
      </p>
      <GroupBlock data={data} group={gap.from} lang={lang} onSelectNode={onSelectNode} />
      <GroupBlock data={data} group={gap.to} lang={lang} onSelectNode={onSelectNode} />
      <p className="muted">{t.apartWhy(gap.groupCount)}</p>
    </div>
  );
}
