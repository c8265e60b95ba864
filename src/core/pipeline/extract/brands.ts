/**
 * Place brands: a policy domain joined to a place name, the way national programmes are named after the
 * country (平安中国, 法治中国, 美丽中国, 数字中国) and provinces and cities name their own after themselves
 * (平安重庆, 法治广东, 美丽重庆, 健康浙江). The domains are read from the general vocabulary's own entries of
 * that form, so the rule grows with the vocabulary; the place must be a division of the gazetteer and end
 * on a word boundary (法治重庆|建设, not 数字重庆市民).
 */
import type { Section } from '../schema';
import { isMajorPlace, placeAt } from './gazetteer';
import type { VocabularyEntry } from './vocabulary';

const NATION = /^(.{2})(?:中国)$/;

/** Domains (平安, 法治 …) of vocabulary labels and aliases that are a domain and a place (健康中国, 数字浙江). */
export function brandDomains(vocabulary: readonly VocabularyEntry[]): Set<string> {
  const out = new Set<string>();
  for (const v of vocabulary)
    for (const name of [v.label, ...v.aliases]) {
      const m = NATION.exec(name);
      if (m?.[1]) out.add(m[1]);
      else if (name.length >= 4 && isMajorPlace(name.slice(2))) out.add(name.slice(0, 2));
    }
  return out;
}

/** Labels of place brands in the sections, in order of occurrence. */
export function findPlaceBrands(
  text: string,
  sections: readonly Section[],
  domains: ReadonlySet<string>,
  boundary: Uint8Array | null,
): string[] {
  const out: string[] = [];
  if (domains.size === 0) return out;
  const re = new RegExp([...domains].sort().join('|'), 'g');
  for (const sec of sections) {
    for (const m of text.slice(sec.start, sec.end).matchAll(re)) {
      const start = sec.start + (m.index ?? 0);
      const at = start + m[0].length;
      const end = placeAt(text, at);
      if (end < 0 || end > sec.end) continue;
      if (boundary && !(boundary[start] === 1 && boundary[end] === 1)) continue;
      out.push(text.slice(start, end));
    }
  }
  return out;
}
