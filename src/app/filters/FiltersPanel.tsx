import { useId, useMemo } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import type { ColorMode, Lang, SizeMode, ViewState, Visible } from '../../core/explorer/view-types';
import { SIZE_MODES } from '../../core/explorer/view-state';
import { maxEdgeWeight } from '../../core/explorer/filters';
import { FILTER_STRINGS } from './strings';
import { Phrase } from '../Phrase';
import './filters.css';

export interface FiltersPanelProps {
  data: GraphData;
  state: ViewState;
  visible: Visible;
  onChange: (patch: Partial<ViewState>) => void;
  lang: Lang;
}

const COLOR_MODES: ColorMode[] = ['theme', 'community', 'kind'];

/** Theme checkboxes, link filters, colour and size choice, and a live summary of what is shown (layout: the toolbar). */
export function FiltersPanel({ data, state, visible, onChange, lang }: FiltersPanelProps) {
  const t = FILTER_STRINGS[lang];
  const id = useId();
  const maxWeight = useMemo(() => maxEdgeWeight(data), [data]);
  const themeCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const node of data.nodes) counts.set(node.theme, (counts.get(node.theme) ?? 0) + 1);
    return counts;
  }, [data]);
  const hidden = new Set(state.hiddenThemes);
  const themeIds = data.themes.map((th) => th.id);
  const minWeight = Math.min(Math.max(1, state.minWeight), maxWeight);

  function setThemeShown(themeId: string, shown: boolean) {
    const next = new Set(hidden);
    if (shown) next.delete(themeId);
    else next.add(themeId);
    // Keep hidden ids in legend order (plus any unknown ones from the URL, kept as they were).
    onChange({ hiddenThemes: [...themeIds.filter((tid) => next.has(tid)), ...[...next].filter((tid) => !themeIds.includes(tid))] });
  }

  return (
    <section className="pg-filters" aria-label={t.panel}>
      <fieldset className="pg-themes">
        <legend>{t.themes}</legend>
        <div className="pg-theme-shortcuts">
          <button type="button" onClick={() => onChange({ hiddenThemes: [] })}>
            {t.all}
          </button>
          <button type="button" onClick={() => onChange({ hiddenThemes: [...themeIds] })}>
            {t.none}
          </button>
        </div>
        <ul className="pg-theme-list">
          {data.themes.map((theme) => {
            const name = lang === 'zh' ? theme.label : theme.labelEn;
            const count = themeCounts.get(theme.id) ?? 0;
            const boxId = `${id}-theme-${theme.id}`;
            return (
              <li key={theme.id} className="pg-theme">
                <input
                  id={boxId}
                  type="checkbox"
                  checked={!hidden.has(theme.id)}
                  onChange={(e) => setThemeShown(theme.id, e.target.checked)}
                  aria-describedby={`${boxId}-count`}
                />
                <label htmlFor={boxId}>
                  <span className="pg-swatch" style={{ background: theme.color }} aria-hidden="true" />
                  <span className="pg-theme-name">{lang === 'zh' ? <Phrase text={name} /> : name}</span>
                </label>
                <span id={`${boxId}-count`} className="pg-theme-count" title={t.nodeCount(count)}>
                  {count}
                </span>
                <button
                  type="button"
                  className="pg-only"
                  aria-label={t.only(name)}
                  onClick={() => onChange({ hiddenThemes: themeIds.filter((tid) => tid !== theme.id) })}
                >
                  {t.onlyShort}
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="pg-filter-row">
        <label htmlFor={`${id}-minw`}>{t.minWeight}</label>
        <input
          id={`${id}-minw`}
          type="range"
          min={1}
          max={maxWeight}
          step={1}
          value={minWeight}
          disabled={maxWeight <= 1}
          aria-describedby={`${id}-minw-left`}
          onChange={(e) => onChange({ minWeight: Number(e.target.value) })}
        />
        {/* The slider exposes its own value to assistive technology; this is the visible copy. */}
        <span className="pg-minw-value" aria-hidden="true">
          {minWeight}
        </span>
        <span id={`${id}-minw-left`} className="pg-minw-left">
          {t.edgesLeft(visible.edges.size)}
        </span>
      </div>

      <div className="pg-filter-row">
        <label>
          <input type="checkbox" checked={state.sameSentence} onChange={(e) => onChange({ sameSentence: e.target.checked })} />
          {t.sameSentence}
        </label>
      </div>
      <div className="pg-filter-row">
        <label>
          <input type="checkbox" checked={state.hideIsolated} onChange={(e) => onChange({ hideIsolated: e.target.checked })} />
          {t.hideIsolated}
        </label>
      </div>

      <div className="pg-filter-row">
        <label htmlFor={`${id}-color`}>{t.color}</label>
        <select id={`${id}-color`} value={state.color} onChange={(e) => onChange({ color: e.target.value as ColorMode })}>
          {COLOR_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.colors[mode]}
            </option>
          ))}
        </select>
      </div>

      <div className="pg-filter-row">
        <label htmlFor={`${id}-size`}>{t.size}</label>
        <select id={`${id}-size`} value={state.size} onChange={(e) => onChange({ size: e.target.value as SizeMode })}>
          {SIZE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t.sizes[mode]}
            </option>
          ))}
        </select>
      </div>

      <p className="pg-filter-summary" role="status" aria-live="polite">
        {t.summary(visible.nodes.size, data.nodes.length, visible.edges.size, data.edges.length)}
      </p>
    </section>
  );
}
