/** Messages between OpenDocument and pipeline.worker.ts. */
import type { GraphData } from '../../core/pipeline/schema';

export interface BuildRequest {
  type: 'build';
  text: string;
  documentId: string;
}

export type WorkerResponse =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; data: GraphData }
  | { type: 'error'; error: string };

/** Stage the worker reports while it loads jieba-wasm (before the pipeline's own stages). */
export const SEGMENTER_STAGE = 'segmenter';
