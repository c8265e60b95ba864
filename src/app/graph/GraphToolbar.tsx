import type { CentreView, Lang, LayoutMode } from '../../core/explorer/view-types';
import { CENTRE_VIEWS, LAYOUT_MODES } from '../../core/explorer/view-state';
import { strings } from '../i18n';


export interface GraphToolbarProps {
  lang: Lang;
  /** The sidebar drawer (narrow screens only; the button is hidden by CSS above 900 px). */
  filtersOpen: boolean;
  onFilters: () => void;
  layout: LayoutMode;
  view: CentreView;
  onView: (view: CentreView) => void;
  onLayout: (layout: LayoutMode) => void;
  onFit: () => void;
}



/** Above the canvas: the filters drawer (narrow screens), graph / document / table switch, layout, fit. */
export function GraphToolbar({ lang, filtersOpen, onFilters, layout, view, onView, onLayout, onFit }: GraphToolbarProps) {
  const t = strings(lang);
  const names: Record<CentreView, string> = { graph: t.graph, reader: t.reader, table: t.table };
  const reader = view !== 'graph';
  return (
    <div className="graph-toolbar">
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="sidebar"
        onClick={onFilters}
      >
        {t.filters}
      </button>
      <div className="view-switch" role="group" aria-label={t.viewSwitch}>
        {CENTRE_VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)}>
            {names[v]}
          </button>
        ))}
      </div>
      <div className="layout-switch" role="group" aria-label={t.layoutLabel}>
        <span className="toolbar-caption" aria-hidden="true">
          {t.layoutLabel}
        </span>
        {LAYOUT_MODES.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={layout === m}
            disabled={reader}
            title={t.layoutTitles[m]}
            onClick={() => onLayout(m)}
          >
            {t.layouts[m]}
          </button>
        ))}
      </div>
      <button type="button" onClick={onFit} disabled={reader} title={t.fitTitle}>
        {t.fit}
      </button>
    </div>
  );
}
