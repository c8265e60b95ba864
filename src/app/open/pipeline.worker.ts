/**
 * Builds graph data from a document's text off the main thread: generic extraction (no lexicon),
 * jieba-wasm (web build, loaded lazily on the first job) as the word segmenter.
 */
import { jiebaSegmenter } from '../../core/pipeline/extract/jieba-adapter';
import { buildGraphData } from '../../core/pipeline/index';
import { parseGraphData } from '../../core/pipeline/schema';
import type { Segmenter } from '../../core/pipeline/types';
import { SEGMENTER_STAGE, type BuildRequest, type WorkerResponse } from './worker-protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let segmenter: Promise<Segmenter> | null = null;

function loadSegmenter(): Promise<Segmenter> {
  segmenter ??= import('jieba-wasm/web').then(async ({ default: init, tokenize, tag }) => {
    await init();
    return jiebaSegmenter(tokenize, tag); // as the CLI does (src/cli/segmenter.ts), so both give the same graph
  });
  return segmenter;
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? 'unknown error';
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'build') return;
  void (async () => {
    try {
      scope.postMessage({ type: 'progress', stage: SEGMENTER_STAGE, fraction: 0 });
      const seg = await loadSegmenter().catch((err: unknown) => {
        segmenter = null;
        throw new Error(`could not load the word segmenter: ${oneLine(err)}`);
      });
      const data = buildGraphData(request.text, {
        documentId: request.documentId,
        segmenter: seg,
        onProgress: (stage, fraction) => scope.postMessage({ type: 'progress', stage, fraction }),
      });
      // The graph is checked as every graph arriving in the explorer is (a document with no concepts
      // is the caller's to report).
      if (data.nodes.length > 0) {
        const checked = parseGraphData(data);
        if (!checked.ok) throw new Error(checked.error);
      }
      scope.postMessage({ type: 'done', data });
    } catch (err) {
      scope.postMessage({ type: 'error', error: oneLine(err) });
    }
  })();
};
