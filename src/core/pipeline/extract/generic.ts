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

/**
 * The fewest generic words `s` can be written with, or 0 when it cannot (国家数字经济创新发展 → 5,
 * 全国一流 → 2). Three or more of them together in six or more characters make a specific designation
 * (国家数字经济创新发展试验区, 数字经济促进条例), not a generic stem.
 */
export function genericWordCount(s: string): number {
  if (s.length === 0) return 0;
  const best = new Array<number>(s.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < s.length; i++) {
    const here = best[i] as number;
    if (here === Infinity) continue;
    for (let k = 1; k <= MAX_WORD && i + k <= s.length; k++)
      if (GENERIC.has(s.slice(i, i + k))) best[i + k] = Math.min(best[i + k] as number, here + 1);
  }
  const n = best[s.length] as number;
  return n === Infinity ? 0 : n;
}

/** A stem made of generic words only, and too few of them to be specific (新型, 全国一流, 创新). */
export function isGenericStem(s: string): boolean {
  const n = genericWordCount(s);
  return n > 0 && !(n >= 3 && s.length >= 6);
}
