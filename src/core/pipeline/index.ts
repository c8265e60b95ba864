/**
 * The whole pipeline, text → GraphData: parse → extract → co-occurrence graph → metrics → themes →
 * layout. Pure and deterministic: the same text, lexicon and segmenter give byte-identical JSON.
 */
import { normalizeText } from './decode';
import { extractConcepts } from './extract';
import { assembleGraphData, DEFAULT_GENERATOR } from './graph/assemble';
import { parseDocument } from './parse';
import type { GraphData, Lexicon } from './schema';
import type { ProgressFn, Segmenter } from './types';

export { DEFAULT_GENERATOR };

export interface BuildOptions {
  documentId: string;
  lexicon?: Lexicon;
  segmenter?: Segmenter;
  /** Stages 'parse', 'extract', 'graph', 'layout', each with a fraction in [0, 1]. */
  onProgress?: ProgressFn;
  /** Written to GraphData.generator; default 'policy-graph 0.1.0'. */
  generator?: string;
}

export function buildGraphData(text: string, options: BuildOptions): GraphData {
  const progress = options.onProgress ?? (() => {});
  progress('parse', 0);
  // Offsets index the normalised text, whoever calls (normalizeText is idempotent: a no-op on text the
  // command line or the browser already normalised).
  const doc = parseDocument(normalizeText(text), { id: options.documentId });
  progress('parse', 1);
  progress('extract', 0);
  // The extractor reports sub-stages ('extract: segmenting' 0…1, then 'extract: candidates' 0.5 …);
  // they map onto one never-decreasing 'extract' fraction, segmenting filling the first half.
  let extracted = 0;
  const concepts = extractConcepts(doc, {
    lexicon: options.lexicon,
    segmenter: options.segmenter,
    onProgress: (stage, fraction) => {
      const f = stage.endsWith('segmenting') ? fraction / 2 : fraction;
      extracted = Math.min(1, Math.max(extracted, f));
      progress('extract', extracted);
    },
  });
  progress('extract', 1);
  return assembleGraphData(doc, concepts, {
    lexicon: options.lexicon,
    generator: options.generator,
    onProgress: progress,
  });
}
