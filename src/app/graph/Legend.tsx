import { useMemo } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import { CONCEPT_KINDS } from '../../core/pipeline/schema';
import type { ColorMode, Lang } from '../../core/explorer/view-types';
import { KIND_COLORS, KIND_SHAPES, TOL_MUTED, communityColor } from '../../core/explorer/style-rules';
import { strings, themeName } from '../i18n';

interface Entry {
  key: string;
  color: string;
  label: string;
  shape?: string;
  count: number;
}

/** What the colours (and in kind mode the shapes) mean, with how many concepts each has. */
export function Legend({ data, color, lang }: { data: GraphData; color: ColorMode; lang: Lang }) {
  const t = strings(lang);
  const entries = useMemo<Entry[]>(() => {
    const count = (pred: (n: GraphData['nodes'][number]) => boolean) => data.nodes.filter(pred).length;
    if (color === 'theme') {
      return data.themes.map((th) => ({
        key: th.id,
        color: th.color,
        label: themeName(th, lang),
        count: count((n) => n.theme === th.id),
      }));
    }
    if (color === 'kind') {
      return CONCEPT_KINDS.map((k) => ({
        key: k,
        color: KIND_COLORS[k],
        shape: KIND_SHAPES[k],
        label: t.kinds[k],
        count: count((n) => n.kind === k),
      })).filter((e) => e.count > 0);
    }
    const ids = [...new Set(data.nodes.map((n) => n.community))].sort((a, b) => a - b);
    const named = ids.filter((c) => c < TOL_MUTED.length);
    const rest = ids.filter((c) => c >= TOL_MUTED.length);
    const list: Entry[] = named.map((c) => ({
      key: String(c),
      color: communityColor(c),
      label: t.community(c),
      count: count((n) => n.community === c),
    }));
    if (rest.length > 0)
      list.push({
        key: 'rest',
        color: communityColor(TOL_MUTED.length),
        label: t.otherCommunities,
        count: count((n) => n.community >= TOL_MUTED.length),
      });
    return list;
  }, [data, color, lang, t]);

  return (
    <section className="legend" aria-label={t.legend}>
      <h2>{t.legend}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            <span
              className={`swatch shape-${e.shape ?? 'ellipse'}`}
              style={{ background: e.color }}
              aria-hidden="true"
            />
            <span>{e.label}</span>
            <span className="legend-count">{e.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
