import { useState } from 'react';
import type { Core } from 'cytoscape';
import type { GraphData } from '../../core/schema';
import { subsetGraphData } from '../../core/export';
import { downloadBlob, downloadText } from './download';
import { DATA_FORMATS, type DataFormat } from './formats';
import { EXPORT_STRINGS, type ExportStrings } from './strings';
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

export function ExportMenu({ cy, data, visible, lang }: ExportMenuProps) {
  const t = EXPORT_STRINGS[lang];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = data.document.id;

  async function exportImage(kind: 'png' | 'svg') {
    setError(null);
    if (!cy) {
      setError(t.notReady);
      return;
    }
    if (visible.nodes.size === 0) {
      setError(t.empty);
      return;
    }
    setBusy(true);
    try {
      const { renderPng, renderSvg } = await import('./image');
      const blob = kind === 'png' ? await renderPng(cy, data, lang) : await renderSvg(cy, data, lang);
      downloadBlob(blob, `${id}.${kind}`);
    } catch (err) {
      setError(errorLine(t, err));
    } finally {
      setBusy(false);
    }
  }

  function exportData(format: DataFormat) {
    setError(null);
    try {
      const subset = subsetGraphData(data, visible.nodes, visible.edges);
      for (const file of format.files(subset, id)) downloadText(file.text, file.mime, file.name);
    } catch (err) {
      setError(errorLine(t, err));
    }
  }

  return (
    <div className="export-menu" role="group" aria-label={t.group}>
      <button type="button" disabled={busy} onClick={() => void exportImage('png')}>
        {t.png}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportImage('svg')}>
        {t.svg}
      </button>
      <span className="export-menu-data" role="group" aria-label={t.data}>
        {DATA_FORMATS.map((f) => (
          <button key={f.label} type="button" onClick={() => exportData(f)}>
            {f.label}
          </button>
        ))}
      </span>
      {busy && (
        <span className="export-menu-status" role="status">
          {t.working}
        </span>
      )}
      {error && (
        <p className="export-menu-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
