import { useEffect, useRef, useState } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import { readDocumentFile } from './read-document';
import { runPipeline, type PipelineJob } from './run-pipeline';
import { OPEN_STRINGS } from './strings';
import { Toast } from './Toast';
import './open-document.css';

/** Contract between the explorer (App) and the open-your-own-document control. */
export interface OpenDocumentProps {
  /** Called with a validated graph built from a .txt (in a worker) or read from a graph.json. */
  onGraph: (data: GraphData, origin: { name: string }) => void;
  lang: 'zh' | 'en';
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'working'; name: string; stage: string; fraction: number }
  | { kind: 'message'; text: string }
  | { kind: 'error'; text: string };

/** How long an "opened" or "cancelled" confirmation stays up. */
const MESSAGE_MS = 6000;

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function OpenDocument({ onGraph, lang }: OpenDocumentProps) {
  const t = OPEN_STRINGS[lang];
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const job = useRef<PipelineJob | null>(null);
  const onGraphRef = useRef(onGraph);
  const langRef = useRef(lang);
  useEffect(() => {
    onGraphRef.current = onGraph;
    langRef.current = lang;
  });

  const openFile = useRef(async (file: File) => {
    job.current?.cancel();
    job.current = null;
    const s = OPEN_STRINGS[langRef.current];
    setStatus({ kind: 'reading', name: file.name });
    const read = await readDocumentFile(file);
    if (read.kind === 'error') {
      setStatus({ kind: 'error', text: read.error });
      return;
    }
    if (read.kind === 'graph') {
      onGraphRef.current(read.data, { name: file.name });
      setStatus({ kind: 'message', text: s.opened(file.name, read.data.nodes.length) });
      return;
    }
    let current: PipelineJob;
    try {
      current = runPipeline(read.text, read.documentId, (stage, fraction) => {
        if (job.current === current) setStatus({ kind: 'working', name: file.name, stage, fraction });
      });
    } catch (err) {
      setStatus({ kind: 'error', text: `${file.name}: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    job.current = current;
    setStatus({ kind: 'working', name: file.name, stage: 'segmenter', fraction: 0 });
    try {
      const built = await current.result;
      if (job.current !== current) return;
      // Decoding warnings (damaged UTF-8) travel with the graph, as the CLI records them.
      const data = read.warnings.length ? { ...built, warnings: [...read.warnings, ...built.warnings] } : built;
      job.current = null;
      const done = OPEN_STRINGS[langRef.current];
      if (data.nodes.length === 0) {
        setStatus({ kind: 'error', text: done.noConcepts(file.name) });
        return;
      }
      onGraphRef.current(data, { name: file.name });
      setStatus({ kind: 'message', text: done.opened(file.name, data.nodes.length) });
    } catch (err) {
      if (job.current !== current) return;
      job.current = null;
      setStatus({
        kind: 'error',
        text: `${file.name}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`,
      });
    }
  });

  // Drag and drop anywhere on the page, with a visible hint while a file is dragged over it.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openFile.current(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  useEffect(() => () => job.current?.cancel(), []);

  function cancel() {
    job.current?.cancel();
    job.current = null;
    setStatus({ kind: 'message', text: t.cancelled });
  }

  function dismiss() {
    setStatus({ kind: 'idle' });
  }

  // Confirmations fade after a few seconds; errors stay until dismissed or the next file.
  useEffect(() => {
    if (status.kind !== 'message') return;
    const timer = window.setTimeout(
      () => setStatus((s) => (s === status ? { kind: 'idle' } : s)),
      MESSAGE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [status]);

  const busy = status.kind === 'reading' || status.kind === 'working';

  return (
    <div className="open-document">
      <button type="button" title={t.hint} onClick={() => input.current?.click()}>
        {t.open}
      </button>
      <input
        ref={input}
        type="file"
        accept=".txt,.json,text/plain,application/json"
        hidden
        aria-label={t.open}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void openFile.current(file);
        }}
      />
      {status.kind === 'reading' && (
        <Toast tone="info" dismissLabel={t.dismiss}>
          {t.reading} {status.name}
        </Toast>
      )}
      {status.kind === 'working' && (
        <Toast
          tone="info"
          dismissLabel={t.dismiss}
          actions={
            <button type="button" onClick={cancel}>
              {t.cancel}
            </button>
          }
        >
          <span className="open-document-stage">
            {status.name} · {t.stages.get(status.stage) ?? status.stage}
          </span>
          <progress max={100} value={Math.round(status.fraction * 100)} aria-label={t.progress} />
          <span className="open-document-percent">{Math.round(status.fraction * 100)}%</span>
        </Toast>
      )}
      {status.kind === 'message' && (
        <Toast tone="info" dismissLabel={t.dismiss} onDismiss={dismiss}>
          {status.text}
        </Toast>
      )}
      {status.kind === 'error' && (
        <Toast tone="error" dismissLabel={t.dismiss} onDismiss={dismiss}>
          {status.text}
        </Toast>
      )}
      {dragging && !busy && (
        <div className="open-document-drop" data-testid="drop-hint">
          <p>{t.drop}</p>
        </div>
      )}
    </div>
  );
}
