/** Runs the pipeline in a Web Worker; one worker per job, terminated when done or cancelled. */
import type { GraphData } from '../../core/pipeline/schema';
import type { BuildRequest, WorkerResponse } from './worker-protocol';

export interface PipelineJob {
  /** Resolves with the graph, or rejects with a one-line Error; never settles after cancel(). */
  result: Promise<GraphData>;
  cancel(): void;
}

export function runPipeline(
  text: string,
  documentId: string,
  onProgress: (stage: string, fraction: number) => void,
): PipelineJob {
  const worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });
  let settled = false;
  const result = new Promise<GraphData>((resolve, reject) => {
    const finish = () => {
      settled = true;
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (settled) return;
      const msg = event.data;
      if (msg.type === 'progress') onProgress(msg.stage, msg.fraction);
      else if (msg.type === 'done') {
        finish();
        resolve(msg.data);
      } else {
        finish();
        reject(new Error(msg.error));
      }
    };
    worker.onerror = (event: ErrorEvent) => {
      if (settled) return;
      finish();
      reject(new Error(`the text worker failed: ${event.message || 'could not start'}`));
    };
  });
  const request: BuildRequest = { type: 'build', text, documentId };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      settled = true;
      worker.terminate();
    },
  };
}
