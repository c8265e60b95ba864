/**
 * Reads a file the user opened: a graph.json is parsed and validated; a text document is decoded
 * (UTF-8/UTF-16/GB18030/Big5) and handed back for the pipeline. Every failure is one line of text.
 */
import { decodeBytes, normalizeText } from '../../core/pipeline/decode';
import type { GraphData } from '../../core/pipeline/schema';
import { MAX_GRAPH_BYTES, readGraphBytes, tooLarge, type LoadResult } from '../state/load-graph';

export type ReadResult =
  | { kind: 'graph'; data: GraphData }
  | { kind: 'text'; text: string; documentId: string; warnings: string[] }
  | { kind: 'error'; error: string };

/** Larger text files would take minutes in the browser pipeline. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** Graph files: the same limit as `?graph=` (load-graph.ts). */
export const MAX_JSON_BYTES = MAX_GRAPH_BYTES;

/** Document id from a file name: extension dropped, characters unsafe in file names replaced. */
export function documentIdFromName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/(\.graph)?\.(txt|json|text)$/i, '');
  const id = base
    .replace(/[\s\\/:*?"<>|#%&{}$!'@`=+,;]+/gu, '-')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return id === '' ? 'document' : id.slice(0, 120);
}

function isJsonName(name: string): boolean {
  return /\.json$/i.test(name);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

export async function readDocumentFile(file: File): Promise<ReadResult> {
  const json = isJsonName(file.name);
  const max = json ? MAX_JSON_BYTES : MAX_TEXT_BYTES;
  if (file.size > max) return { kind: 'error', error: `${file.name}: ${tooLarge(file.size, max)}` };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return {
      kind: 'error',
      error: `${file.name}: could not read the file (${err instanceof Error ? err.message : 'unknown'})`,
    };
  }
  // A graph file goes the way every graph arrives (load-graph.ts): decoded, parsed, validated off the page.
  if (json) return graph(file.name, await readGraphBytes(bytes, MAX_JSON_BYTES));
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { kind: 'error', error: `${file.name}: ${firstLine(decoded.error)}` };
  const text = normalizeText(decoded.text);
  if (!/\.(txt|text)$/i.test(file.name) && /^\s*\{/.test(text))
    return graph(file.name, await readGraphBytes(bytes, MAX_JSON_BYTES));
  return { kind: 'text', text, documentId: documentIdFromName(file.name), warnings: decoded.warnings };
}

function graph(name: string, loaded: LoadResult): ReadResult {
  return loaded.ok
    ? { kind: 'graph', data: loaded.data }
    : { kind: 'error', error: `${name}: ${firstLine(loaded.error)}` };
}
