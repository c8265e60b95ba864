/**
 * Where a name may start, by the segmenter's part-of-speech tags (jieba's ICTCLAS-style tags), and which
 * stems are counts or clauses rather than names. Used by the suffix patterns (patterns.ts).
 *
 *  - A name starts at a word that can open a noun phrase: a noun, a place, an organisation, a
 *    distinguishing word, an adjective of two or more characters, a counted set (五大, 三条) or a Latin
 *    or digit word. A run of verbs, adverbs, prepositions, conjunctions, particles, pronouns, time words
 *    and single-character adjectives before such a word is not part of the name: 完成|中共三大会址纪念馆,
 *    挂牌|重庆大学, 首届|数字政府建设峰会, 建设好|深圳先行示范区, and a verb whose object is a place
 *    (继|粤港澳大湾区). A run that ends in a verbal noun (创新驱动|发展战略), is longer than two words or holds a
 *    conjunction (孕育和出生缺陷防治能力提升计划) is kept: the verbs are then part of the name. A stem that is one
 *    predicate word names nothing (组建|合作区).
 *  - A place followed by a verb is a clause (璧山|入选|…先行区, 东莞|成为|…城市), and an aspect particle ends a
 *    predicate (开发上线了|七张问题清单): the name starts after them.
 *  - A stem that counts things (10个概念验证中心, 17300宗水利工程, 近2万个行政村, 三个创新合作区), holds a
 *    quantity (服务业增加值达到1.98) or an indefinite amount (扩建一批高等级生物安全实验室, 特高压直流等工程)
 *    is not a name.
 */
import type { Token } from '../types';
import { isPlaceName } from './gazetteer';

const STRIPPABLE = /^(v|vd|vi|vg|d|dg|p|c|u|uj|ul|uz|ug|uv|ud|r|rr|rz|t|tg|f|q|y|e|o|ad|m|zg)$/;
const OPENS_NAME = /^(n|nr|nrt|nrfg|ns|nt|nz|nw|nl|ng|j|b|an|l|i|eng|x)$/;
const VERB = /^(v|vd|vi)$/;
const PLACE_TAG = /^(ns|j)$/;
const COUNTED_SET = /^[一二三四五六七八九十百千两0-9]+[大条项张]$/;

/** Tokens of the document by start offset (the segmenter's, with tags). */
export type TokenIndex = ReadonlyMap<number, Token>;

function opensName(t: Token): boolean {
  const tag = t.tag ?? '';
  if (tag === 'a') return t.word.length >= 2;
  if (tag === 'm') return COUNTED_SET.test(t.word);
  if (tag === 'x') return /^[\u4e00-\u9fff]{2,}$|^[A-Za-z0-9]/.test(t.word);
  return OPENS_NAME.test(tag);
}

/** Adjectives that complete a verb (建设好, 做强, 抓实), unlike those that qualify a noun (新时代). */
const COMPLEMENT = new Set([...'好强实优大细深牢足']);
const SINGLE_STRIPPABLE = /^(d|p|c|u|uj|ul|uz|ug|uv|ud|r|y|e)$/;
const MAX_RUN = 2;
const ASPECT = new Set(['了', '着', '过']);
const PREDICATE = /^(v|vd|d|p|c|m)$/;
const NUMERAL = /^[一二三四五六七八九十百千两0-9]+$/;

/**
 * A word that cannot open a name. A single character only when it is an adverb, preposition, conjunction,
 * particle or pronoun, or an adjective completing a verb (建设好|深圳…): 新时代, 全媒体, 前海, 环北部湾 keep theirs.
 */
function strippable(t: Token, prev: Token | undefined, next: Token | undefined): boolean {
  const tag = t.tag ?? '';
  // a verb with a place as its object (继|粤港澳…, 设置|重庆…, 是|湛江…)
  if (/^(v|vn)$/.test(tag) && next !== undefined && isPlaceWord(next)) return true;
  if (t.word.length === 1) {
    if (tag === 'a') return COMPLEMENT.has(t.word) && prev !== undefined && /^(v|vn)$/.test(prev.tag ?? '');
    return SINGLE_STRIPPABLE.test(tag);
  }
  if (tag === 'a') return false;
  if (tag === 'm') return !COUNTED_SET.test(t.word);
  return STRIPPABLE.test(tag);
}

/** A numeral word followed by a counter (七|张|问题清单, 三|大|…) opens a counted set. */
function countedPair(list: readonly Token[], k: number): boolean {
  const t = list[k];
  const next = list[k + 1];
  return t !== undefined && next !== undefined && NUMERAL.test(t.word) && /^[大条项张]$/.test(next.word);
}

const isPlaceWord = (t: Token) => t.tag === 'ns' || isPlaceName(t.word);

/** Tokens covering [from, to) exactly, or null when a token crosses either edge. */
export function tokensIn(tokens: TokenIndex, from: number, to: number): Token[] | null {
  const out: Token[] = [];
  for (let at = from; at < to;) {
    const t = tokens.get(at);
    if (!t || t.end > to) return null;
    out.push(t);
    at = t.end;
  }
  return out;
}

/**
 * The start of the name inside the stem [s, stemEnd): past a leading run of words that cannot open a name
 * when a word that can follows; s itself otherwise.
 */
export function taggedStart(tokens: TokenIndex, s: number, stemEnd: number): number {
  const list = tokensIn(tokens, s, stemEnd);
  if (!list || list.length === 0) return s;
  // a stem that is one predicate word leaves nothing to name: 组建|合作区, 首次|大湾区, 攻坚|行动
  if (list.length === 1) return PREDICATE.test(list[0]?.tag ?? '') ? stemEnd : s;
  let k = 0;
  while (
    k < list.length &&
    !countedPair(list, k) &&
    strippable(list[k] as Token, beforeStart(tokens, s, list, k), list[k + 1])
  )
    k++;
  // a governing predicate is one or two words (完成|…, 深入实施|…); a longer run, or one holding a conjunction,
  // is part of the name (孕育和出生缺陷防治能力提升计划)
  const run = list.slice(0, k);
  const aspect = run.some((t) => /^u/.test(t.tag ?? '') && ASPECT.has(t.word)); // 开发上线了|七张问题清单
  if (k === 0 || k >= list.length || (k > MAX_RUN && !aspect) || run.some((t) => t.tag === 'c')) return s;
  return opensName(list[k] as Token) || countedPair(list, k) ? (list[k] as Token).start : s;
}

/** The token before list[k]: list[k - 1], or the one ending at s. */
function beforeStart(tokens: TokenIndex, s: number, list: readonly Token[], k: number): Token | undefined {
  if (k > 0) return list[k - 1];
  for (let a = s - 1; a >= Math.max(0, s - 8); a--) {
    const t = tokens.get(a);
    if (t) return t.end === s ? t : undefined;
  }
  return undefined;
}

/**
 * After a place and a verb (璧山入选…, 东莞成为…) or after an aspect particle (上线了…), the name starts after
 * them; else s.
 */
export function clauseStart(tokens: TokenIndex, s: number, stemEnd: number): number {
  const list = tokensIn(tokens, s, stemEnd);
  if (!list) return s;
  let start = s;
  // an aspect particle ends a predicate: 开发上线了|七张问题清单
  for (const t of list) if (ASPECT.has(t.word) && /^u/.test(t.tag ?? '') && t.end < stemEnd) start = t.end;
  for (let k = 1; k + 1 < list.length; k++) {
    const prev = list[k - 1] as Token;
    const t = list[k] as Token;
    const placeBefore = PLACE_TAG.test(prev.tag ?? '') || isPlaceName(prev.word);
    if (placeBefore && VERB.test(t.tag ?? '') && t.word.length >= 2 && opensName(list[k + 1] as Token))
      start = t.end;
  }
  return start;
}

const COUNTED =
  /[0-9０-９]+(?:[.．][0-9０-９]+)?[个家项处宗座所条批户名位只台套辆架万亿]|[一二三四五六七八九十两几数][个家处宗座所批]/;
const MEASURED = /(?:增长|达到|达|至|超过|突破|提高|降低|增至|降至|累计|新增|净增|占)[0-9０-９]/;
const INDEFINITE = /一批|一系列|一大批|若干|多个|各类|一些/;

/** True when the stem counts things or holds a quantity instead of naming something. */
export function countsOrMeasures(stem: string): boolean {
  return COUNTED.test(stem) || MEASURED.test(stem) || INDEFINITE.test(stem) || /[0-9][.．][0-9]/.test(stem);
}
