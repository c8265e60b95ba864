/** The Node word segmenter: jieba-wasm's Node build behind the core adapter (same segmenter as the browser). */
import { tag, tokenize } from 'jieba-wasm';
import { jiebaSegmenter } from '../core/pipeline/extract/jieba-adapter';
import type { Segmenter } from '../core/pipeline/types';

let cached: Segmenter | null = null;

/** jieba-wasm's Node build loads its wasm synchronously at import; the segmenter is shared per process. */
export async function getNodeSegmenter(): Promise<Segmenter> {
  cached ??= jiebaSegmenter(tokenize, tag);
  return cached;
}
