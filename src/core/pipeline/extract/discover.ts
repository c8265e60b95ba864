/**
 * Discovery of recurring names that no quotation, suffix, vocabulary or lexicon reveals. Conservative:
 * a candidate is a run of 1–5 consecutive segmenter tokens, Han characters only, 3–14 characters, that
 *  - occurs in at least MIN_SECTIONS different sections, counting only occurrences that do not overlap
 *    an occurrence of a known surface (so 省第十五次党代会 is never re-found as 第十五次党代会精神);
 *  - is closed: no one-token extension occurs in as many sections;
 *  - looks like a name by part of speech: every token is a noun or distinguishing word (n*, j, b), the
 *    last is a noun, and it does not start with a person's name (persons are not concepts);
 *  - names a place-bound thing: it holds a place of the gazetteer or a region word (gazetteer.ts: 数字重庆,
 *    湛江港, 粤东城际铁路, 渝东北); jieba's place tags are too loose for this (都市/ns, 美丽/ns). Recurring
 *    nouns without a place are the document's vocabulary (公立医院, 集成电路, 中试平台), not its names;
 *  - is not one of the document's ever-present subjects (subjects.ts: 浙江人民, 中国共产党);
 *  - has no token that is or starts with a leading verb or adverb (jieba tags 大力发展 and 全面推广 nz);
 *  - a single token must be a place (ns) other than an administrative unit (杭州市), or an nt/nz/j word
 *    of four or more characters (新进展/nt is not a name);
 *  - is not generic (generic.ts).
 * It needs a segmenter that tags parts of speech (jiebaSegmenter with `tag`); otherwise nothing is
 * discovered: without tags, recurring n-grams are mostly boilerplate (深刻领会, 奋斗目标, 公共服务体系).
 */
import type { Token } from '../types';
import { isGenericPhrase, isGenericWord } from './generic';
import type { Unit } from './segmentation';
import { isPlaceName, mentionsPlace } from './gazetteer';
import { CUT_WORDS, LEADING_WORDS } from './stopwords';
import { isSubject } from './subjects';

export const MIN_SECTIONS = 2;
const MIN_LEN = 3;
const MAX_LEN = 14;
const MAX_TOKENS = 5;
const HAN = /^[\u4e00-\u9fff]+$/;
const NOUNISH = /^(n|nz|nt|ns|nr|nrt|nrfg|nw|ng|j|b)$/;
const NOUN = /^(n|nz|nt|ns|nw|ng|j)$/;
const PERSON = /^nr/;
const ADMIN_UNIT = /[省市县区镇乡]$/;
const VERBS = new Set([...LEADING_WORDS, ...CUT_WORDS]);
const LEADING_PREFIXES = LEADING_WORDS.filter((w) => w.length >= 2);

interface Stat {
  last: number;
  count: number;
  order: number;
}

/** jieba's dictionary tags some verb phrases as proper nouns (大力发展/nz, 全面推广/nz): reject those. */
function verbal(word: string): boolean {
  return VERBS.has(word) || LEADING_PREFIXES.some((w) => word.startsWith(w));
}

function looksLikeName(tokens: readonly Token[]): boolean {
  const tags = tokens.map((t) => t.tag ?? '');
  if (!tags.every((t) => NOUNISH.test(t))) return false;
  if (!NOUN.test(tags[tags.length - 1] as string) || PERSON.test(tags[0] as string)) return false;
  if (tokens.some((t) => verbal(t.word))) return false;
  const s = tokens.map((t) => t.word).join('');
  if (!mentionsPlace(s) && !tokens.some((t) => isPlaceName(t.word))) return false;
  if (isSubject(s)) return false;
  if (tokens.length === 1 && !(tags[0] === 'ns' ? !ADMIN_UNIT.test(s) : s.length >= 4)) return false;
  return !isGenericWord(s) && !isGenericPhrase(s);
}

/** Calls `visit` for every Han-only run of 1..MAX_TOKENS tokens within MAX_LEN characters that avoids `covered`. */
function forEachRun(
  units: readonly Unit[],
  coveredBefore: Int32Array,
  visit: (s: string, u: Unit, i: number, n: number) => void,
): void {
  for (const u of units) {
    const t = u.tokens ?? [];
    const usable = t.map((tok) => HAN.test(tok.word) && coveredBefore[tok.end] === coveredBefore[tok.start]);
    for (let i = 0; i < t.length; i++) {
      let s = '';
      for (let n = 1; n <= MAX_TOKENS && i + n <= t.length; n++) {
        const tok = t[i + n - 1] as Token;
        if (!usable[i + n - 1] || s.length + tok.word.length > MAX_LEN) break;
        s += tok.word;
        visit(s, u, i, n);
      }
    }
  }
}

/** Discovered labels in order of first occurrence. `covered` marks characters inside known surfaces. */
export function discoverNames(units: readonly Unit[], covered: Uint8Array): string[] {
  if (units.some((u) => u.tokens === null || u.tokens.some((t) => t.tag === undefined))) return [];
  const coveredBefore = new Int32Array(covered.length + 1); // covered characters before each offset
  for (let i = 0; i < covered.length; i++)
    coveredBefore[i + 1] = (coveredBefore[i] as number) + (covered[i] ? 1 : 0);
  const stats = new Map<string, Stat>();
  let order = 0;
  forEachRun(units, coveredBefore, (s, u) => {
    const e = stats.get(s);
    if (!e) stats.set(s, { last: u.section, count: 1, order: order++ });
    else if (e.last !== u.section) {
      e.last = u.section;
      e.count++;
    }
  });
  const countOf = (s: string) => stats.get(s)?.count ?? 0;
  const notClosed = new Set<string>();
  const judged = new Set<string>();
  const out: { s: string; order: number }[] = [];
  forEachRun(units, coveredBefore, (s, u, i, n) => {
    const c = countOf(s);
    if (c < MIN_SECTIONS) return;
    const t = u.tokens as Token[];
    const left = t[i - 1]?.word;
    const right = t[i + n]?.word;
    if ((left !== undefined && countOf(left + s) >= c) || (right !== undefined && countOf(s + right) >= c))
      notClosed.add(s);
    if (judged.has(s)) return;
    judged.add(s);
    if (s.length >= MIN_LEN && looksLikeName(t.slice(i, i + n)))
      out.push({ s, order: stats.get(s)?.order ?? 0 });
  });
  return out
    .filter((x) => !notClosed.has(x.s))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.s);
}
