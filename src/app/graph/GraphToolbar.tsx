import type { Lang, LayoutMode } from '../../core/view-types';
import { LAYOUT_MODES } from '../../core/view-state';
import { strings } from '../i18n';

export interface GraphToolbarProps {
  lang: Lang;
  layout: LayoutMode;
  reader: boolean;
  onChange: (patch: { layout?: LayoutMode; reader?: boolean }) => void;
  onFit: () => void;
}

/** Above the canvas: graph / document switch, layout, fit. */
export function GraphToolbar({ lang, layout, reader, onChange, onFit }: GraphToolbarProps) {
  const t = strings(lang);
  return (
    <div className="graph-toolbar">
      <div className="view-switch" role="group" aria-label={`${t.graph} / ${t.reader}`}>
        <button type="button" aria-pressed={!reader} onClick={() => onChange({ reader: false })}>
          {t.graph}
        </button>
        <button type="button" aria-pressed={reader} onClick={() => onChange({ reader: true })}>
          {t.reader}
        </button>
      </div>
      <div className="layout-switch" role="group" aria-label={t.layoutLabel}>
        <span className="toolbar-caption" aria-hidden="true">
          {t.layoutLabel}
        </span>
        {LAYOUT_MODES.map((m) => (
          <button key={m} type="button" aria-pressed={layout === m} disabled={reader} onClick={() => onChange({ layout: m })}>
            {t.layouts[m]}
          </button>
        ))}
      </div>
      <button type="button" onClick={onFit} disabled={reader}>
        {t.fit}
      </button>
    </div>
  );
}
