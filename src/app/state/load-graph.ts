/**
 * Graph files into the explorer: one way for every source (the bundled graph, `?graph=`, a graph.json
 * opened or dropped): at most MAX_GRAPH_BYTES, decoded like any text file, parsed, and validated by the
 * graph-data schema (shape, bounds, references, offsets). In the browser the parse and validation run
 * in a worker (graph-file.worker.ts) so a large graph does not freeze the page. Every failure is one line.
 */
import { decodeBytes } from '../../core/pipeline/decode';
import { parseGraphData, type GraphData } from '../../core/pipeline/schema';

export type LoadResult = { ok: true; data: GraphData } | { ok: false; error: string };

/** The largest graph file the explorer reads (a graph of ~150k concepts). */
export const MAX_GRAPH_BYTES = 100 * 1024 * 1024;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The one-line refusal of a file of `bytes` bytes over `max`. */
export function tooLarge(bytes: number, max: number = MAX_GRAPH_BYTES): string {
  return `the file is too large (${mb(bytes)} MB; at most ${mb(max)} MB)`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/** Bytes of a graph file → validated graph data, in this thread. */
export function graphFromBytes(bytes: Uint8Array, max: number = MAX_GRAPH_BYTES): LoadResult {
  if (bytes.length > max) return { ok: false, error: tooLarge(bytes.length, max) };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: firstLine(decoded.error) };
  let json: unknown;
  try {
    json = JSON.parse(decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
  } catch (err) {
    return {
      ok: false,
      error: `invalid JSON (${err instanceof Error ? firstLine(err.message) : 'syntax error'})`,
    };
  }
  return parseGraphData(json);
}

/** Messages between readGraphBytes and graph-file.worker.ts. */
export interface GraphFileRequest {
  bytes: ArrayBuffer;
  max: number;
}
/** A validated graph comes back as JSON text (see graph-file.worker.ts). */
export type GraphFileResponse = { ok: true; json: string } | { ok: false; error: string };

/**
 * Files up to this size are parsed and validated in the page (the bundled graph, ~0.5 MB: tens of
 * milliseconds, less than starting a worker); larger ones in a worker.
 */
export const OFF_THREAD_BYTES = 4 * 1024 * 1024;

/**
 * graphFromBytes, in a worker for a large file when the page can start one (the browser), here
 * otherwise (small files, tests, a worker that fails to start). The bytes are moved to the worker.
 */
export function readGraphBytes(bytes: Uint8Array, max: number = MAX_GRAPH_BYTES): Promise<LoadResult> {
  if (bytes.length > max) return Promise.resolve({ ok: false, error: tooLarge(bytes.length, max) });
  if (bytes.length <= OFF_THREAD_BYTES || typeof Worker === 'undefined')
    return Promise.resolve(graphFromBytes(bytes, max));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./graph-file.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(graphFromBytes(bytes, max));
  }
  const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  return new Promise<LoadResult>((resolve) => {
    worker.onmessage = (event: MessageEvent<GraphFileResponse>) => {
      worker.terminate();
      const m = event.data;
      resolve(m.ok ? { ok: true, data: JSON.parse(m.json) as GraphData } : m);
    };
    worker.onerror = (event: ErrorEvent) => {
      worker.terminate();
      resolve({ ok: false, error: `could not read the graph (${event.message || 'the worker failed'})` });
    };
    const request: GraphFileRequest = { bytes: copy.buffer as ArrayBuffer, max };
    worker.postMessage(request, [request.bytes]);
  });
}

/** The response body, refused as soon as it is known to pass `max` bytes (header or bytes read). */
async function readBody(response: Response, max: number): Promise<Uint8Array | string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return tooLarge(declared, max);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      return tooLarge(total, max);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Fetches and validates a graph file; every failure is one line. */
export async function loadGraphFile(
  url: string,
  fetchImpl: typeof fetch = fetch,
  max: number = MAX_GRAPH_BYTES,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (err) {
    return {
      ok: false,
      error: `network error (${err instanceof Error ? err.message.split('\n')[0] : 'failed'})`,
    };
  }
  if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
  let body: Uint8Array | string;
  try {
    body = await readBody(response, max);
  } catch (err) {
    return {
      ok: false,
      error: `network error (${err instanceof Error ? firstLine(err.message) : 'failed'})`,
    };
  }
  return typeof body === 'string' ? { ok: false, error: body } : readGraphBytes(body, max);
}

/** Resolves a `graph` URL parameter against the page; null when it would leave this origin. */
export function sameOriginUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin ? url.href : null;
  } catch {
    return null;
  }
}
