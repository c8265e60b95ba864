import { useId, useState } from 'react';
import type { Core } from 'cytoscape';
import type { GraphData } from '../../core/pipeline/schema';
import { subsetGraphData } from '../../core/pipeline/export';
import { Toast } from '../open/Toast';
import { downloadBlob, downloadText } from './download';
import { DATA_FORMATS, type DataFormat } from './formats';
import { EXPORT_STRINGS, type ExportStrings } from './strings';
import { useMenuButton } from './useMenuButton';
import './export-menu.css';

/** Contract between the explorer (App) and the export menu. */
export interface ExportMenuProps {
  /** The live Cytoscape instance, for PNG/SVG; null before the first render. */
  cy: Core | null;
  /** The whole graph as loaded. */
  data: GraphData;
  /** Ids of the nodes and edges the current filters show: exports reflect them. */
  visible: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
  lang: 'zh' | 'en';
}

function errorLine(t: ExportStrings, err: unknown): string {
  if (err && typeof err === 'object' && 'kind' in err) {
    const kind = (err as { kind: string }).kind;
    if (kind === 'empty') return t.empty;
    if (kind === 'tooLarge') return t.tooLarge;
    if (kind === 'notReady') return t.notReady;
  }
  const message = err instanceof Error ? err.message : String(err);
  return t.failed + message.split('\n')[0];
}

/**
 * One "Export" button opening a menu: images (PNG, SVG) and data (JSON, GEXF, GraphML, Cytoscape
 * JSON, CSV), all of the graph as the filters show it. Errors float as a dismissible alert.
 */
export function ExportMenu({ cy, data, visible, lang }: ExportMenuProps) {
  const t = EXPORT_STRINGS[lang];
  const {
    open,
    rootRef,
    buttonRef,
    menuRef,
    popupRef,
    onButtonClick,
    onButtonKeyDown,
    onMenuKeyDown,
    close,
  } = useMenuButton();
  const [busy, setBusy] = useState<'png' | 'svg' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const noteId = useId();
  const id = data.document.id;

  async function exportImage(kind: 'png' | 'svg') {
    close();
    if (busy) return;
    setError(null);
    if (!cy) {
      setError(t.notReady);
      return;
    }
    if (visible.nodes.size === 0) {
      setError(t.empty);
      return;
    }
    setBusy(kind);
    try {
      const { renderPng, renderSvg } = await import('./image');
      const blob = kind === 'png' ? await renderPng(cy, data, lang) : await renderSvg(cy, data, lang);
      downloadBlob(blob, `${id}.${kind}`);
    } catch (err) {
      setError(errorLine(t, err));
    } finally {
      setBusy(null);
    }
  }

  function exportData(format: DataFormat) {
    close();
    setError(null);
    try {
      const subset = subsetGraphData(data, visible.nodes, visible.edges);
      for (const file of format.files(subset, id)) downloadText(file.text, file.mime, file.name);
    } catch (err) {
      setError(errorLine(t, err));
    }
  }

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="export-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy !== null}
        onClick={onButtonClick}
        onKeyDown={onButtonKeyDown}
      >
        {t.menu}
        <span className={busy ? 'export-menu-spinner' : 'export-menu-caret'} aria-hidden="true" />
      </button>
      {open && (
        <div className="export-menu-popup" ref={popupRef}>
          <div
            role="menu"
            id={menuId}
            aria-label={t.menu}
            aria-describedby={noteId}
            ref={menuRef}
            onKeyDown={onMenuKeyDown}
          >
            <div role="group" aria-label={t.image}>
              <div className="export-menu-heading" aria-hidden="true">
                {t.image}
              </div>
              {(['png', 'svg'] as const).map((kind) => (
                <button
                  key={kind}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  aria-disabled={busy !== null}
                  onClick={() => void exportImage(kind)}
                >
                  {t[kind]}
                </button>
              ))}
            </div>
            <div role="separator" className="export-menu-separator" />
            <div role="group" aria-label={t.data}>
              <div className="export-menu-heading" aria-hidden="true">
                {t.data}
              </div>
              {DATA_FORMATS.map((f) => (
                <button
                  key={f.label}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  onClick={() => exportData(f)}
                >
                  {t[f.label]}
                </button>
              ))}
            </div>
          </div>
          <p id={noteId} className="export-menu-note">
            {t.note(visible.nodes.size, data.nodes.length)}
          </p>
        </div>
      )}
      <span className="export-menu-live" role="status">
        {busy ? t.working(busy.toUpperCase()) : ''}
      </span>
      {error && (
        <Toast tone="error" dismissLabel={t.dismiss} onDismiss={() => setError(null)}>
          {error}
        </Toast>
      )}
    </div>
  );
}
