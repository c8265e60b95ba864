/**
 * Reads a file the user opened: a graph.json is parsed and validated; a text document is decoded
 * (UTF-8/UTF-16/GB18030/Big5) and handed back for the pipeline. Every failure is one line of text.
 */
import { decodeBytes, normalizeText } from '../../core/pipeline/decode';
import { parseGraphData, type GraphData } from '../../core/pipeline/schema';

export type ReadResult =
  | { kind: 'graph'; data: GraphData }
  | { kind: 'text'; text: string; documentId: string; warnings: string[] }
  | { kind: 'error'; error: string };

/** Larger text files would take minutes in the browser pipeline. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

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

/** Checks graph.json beyond its shape: unique ids, edges between existing nodes, offsets inside the text. */
export function checkGraph(data: GraphData): string | null {
  if (data.nodes.length === 0) return 'the graph has no concepts';
  const ids = new Set<string>();
  for (const n of data.nodes) {
    if (ids.has(n.id)) return `duplicate concept id: ${n.id}`;
    ids.add(n.id);
    for (const m of n.mentions) {
      if (m.end > data.document.text.length) return `mention of ${n.id} lies outside the document text`;
    }
  }
  const edgeIds = new Set<string>();
  for (const e of data.edges) {
    if (edgeIds.has(e.id) || ids.has(e.id)) return `duplicate id: ${e.id}`;
    edgeIds.add(e.id);
    if (!ids.has(e.source) || !ids.has(e.target)) return `link ${e.id} refers to a missing concept`;
  }
  return null;
}

function isJsonName(name: string): boolean {
  return /\.json$/i.test(name);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

export async function readDocumentFile(file: File): Promise<ReadResult> {
  const json = isJsonName(file.name);
  if (file.size > (json ? MAX_JSON_BYTES : MAX_TEXT_BYTES)) {
    const mb = Math.round(file.size / 1024 / 1024);
    return { kind: 'error', error: `${file.name}: the file is too large (${mb} MB)` };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return {
      kind: 'error',
      error: `${file.name}: could not read the file (${err instanceof Error ? err.message : 'unknown'})`,
    };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { kind: 'error', error: `${file.name}: ${firstLine(decoded.error)}` };
  const text = normalizeText(decoded.text);
  if (json || (!/\.(txt|text)$/i.test(file.name) && /^\s*\{/.test(text))) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const detail = err instanceof Error ? firstLine(err.message) : 'syntax error';
      return { kind: 'error', error: `${file.name}: invalid JSON (${detail})` };
    }
    const parsed = parseGraphData(value);
    if (!parsed.ok) return { kind: 'error', error: `${file.name}: ${firstLine(parsed.error)}` };
    const problem = checkGraph(parsed.data);
    if (problem) return { kind: 'error', error: `${file.name}: ${problem}` };
    return { kind: 'graph', data: parsed.data };
  }
  return { kind: 'text', text, documentId: documentIdFromName(file.name), warnings: decoded.warnings };
}
