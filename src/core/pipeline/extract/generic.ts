/** Generic-word tests shared by the extractors (lists in stopwords.ts). */
import { GENERIC_WORDS } from './stopwords';

const GENERIC = new Set(GENERIC_WORDS);
const MAX_WORD = Math.max(...GENERIC_WORDS.map((w) => w.length));

/** A word that alone is never a concept (发展, 全市, 体系, 高质量 …). */
export function isGenericWord(s: string): boolean {
  return GENERIC.has(s);
}

/** True when `s` can be written entirely as a sequence of generic words (新型, 全国一流, 重大文艺创作). */
export function isGenericPhrase(s: string): boolean {
  if (s.length === 0) return true;
  const ok = new Uint8Array(s.length + 1);
  ok[0] = 1;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let k = 1; k <= MAX_WORD && i + k <= s.length; k++)
      if (GENERIC.has(s.slice(i, i + k))) ok[i + k] = 1;
  }
  return ok[s.length] === 1;
}
