/**
 * Named projects, institutions, zones and programmes found by their head (…工程, …实验室, …示范区, …科学城,
 * …2.0; suffixes.ts).
 *
 * For each head occurrence outside quotations the name's left edge is found in these steps:
 *  1. the clause: back to punctuation, a quotation or the end of the previous name in the clause
 *     (大运河文化产业带|和三条诗路文化带); a short bracketed place inside the name is crossed
 *     (西部（重庆）科学城), and a previous name right before, with no word between, modifies this one
 *     (重庆大学国家卓越工程师学院; pattern-places.ts);
 *  2. the last cut word (推动, 依托, 的, 等 …) that leaves a stem of at least `minStem` characters
 *     (举全市之力推动|城西科创大走廊; 专项支持计划 keeps its 支持 because the cut would leave nothing);
 *  3. leading verbs, adverbs and connectives are stripped by the word lists (深入实施|乡村振兴战略) and a year
 *     (2021年|大湾区科学论坛); with jieba's tags, by what may start a name (name-start.ts), a connective before
 *     a place or a designation (广清一体化和|深汕特别合作区) and a clause (璧山入选|…); the word lists' start is
 *     kept when the tagged one leaves a generic stem. A counted set after a coordination of modifiers starts
 *     the name (新材料和绿色能源|五大产业生态圈); after a plain modifier it stays in it (城市更新六大提升行动).
 * The stem is rejected when it is generic (新型实验室, 全国一流大学; three or more generic words are a
 * designation: 国家数字经济创新发展试验区), ends in a qualifier (相关制度), counts or measures (10个概念验证中心,
 * 五年年均增长6.7) or, for heads that also name ordinary things (园区, 高铁, 枢纽 …), holds no place. A
 * bracketed place or part after the head belongs to the name (香港科技大学（广州）), and two names glued
 * together are split (未来社区|未来乡村).
 * A quotation right before the name, with no cut or leading word between, heads it: the name runs from the
 * quotation (“315”科技创新体系建设工程, “八八战略”宁波行动, “千项万亿”工程), its label drops the quote marks
 * and the spelling in the text, marks included, becomes an alias (heads.ts). The tail may then be generic.
 * With a segmenter, cuts and both ends must fall on token boundaries (国科大杭州高等研究院 keeps 等). */
import type { ConceptKind } from '../schema';
import type { Section } from '../schema';
import { CLOSING_QUOTES, codePointLength, isClauseBreak, isTermChar, NUMERAL_CHARS } from './chars';
import { isGenericStem } from './generic';
import { CUT_EXCEPTIONS, CUT_WORDS, HARD_CUT_WORDS, LEADING_WORDS } from './stopwords';
import { headedName, type QuoteHead } from './heads';
import { clauseStart, countsOrMeasures, taggedStart, tokensIn, type TokenIndex } from './name-start';
import {
  connectiveStart,
  hasPlace,
  innerBracketOpen,
  placeBefore,
  splitRepeated,
  trailingBracketEnd,
  type Ctx,
} from './pattern-places';

export { splitRepeated };
import { FOLLOWERS, SUFFIX_RULES, WEAK_ENDS, type SuffixRule } from './suffixes';

export interface PatternName {
  label: string;
  kind: ConceptKind;
  /** The spelling in the text when it differs from the label: a quoted head keeps its marks there. */
  alias?: string;
  /** Offset of the opening quote mark when a quotation heads the name. */
  headStart?: number;
}

/** Longest name kept, in code points. */
export const MAX_NAME = 24;
const LOOKBACK = 40;
const BRACKETS = new Set(['（', '）', '(', ')']);
const COUNTERS = new Set([...'大个条项张种']);
const VERSION_RULE: SuffixRule = { suffix: '', kind: 'concept', minStem: 2, careful: false, blockedNext: '' };

const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
/** Words grouped by a key character, longest first. */
function index(words: readonly string[], key: (w: string) => string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of [...new Set(words)].sort(byLength)) {
    const k = key(w);
    const list = m.get(k);
    if (list) list.push(w);
    else m.set(k, [w]);
  }
  return m;
}
const LEADING = index(LEADING_WORDS, (w) => w[0] as string);
const CUTS = index(CUT_WORDS, (w) => w[w.length - 1] as string);
const EXCEPTIONS = new Set(CUT_EXCEPTIONS);
const HARD_CUTS = [...HARD_CUT_WORDS];
const RULE_BY_SUFFIX = new Map(SUFFIX_RULES.map((r) => [r.suffix, r]));
const SUFFIX_RE = new RegExp(
  [...SUFFIX_RULES.map((r) => r.suffix)].sort(byLength).join('|') + '|[0-9]+\\.0(?![0-9])',
  'g',
);

const FOLLOWING_TAG = /^(p|c)$/;

const atBoundary = (ctx: Ctx, i: number) => ctx.boundary === null || ctx.boundary[i] === 1;

function followerOk(ctx: Ctx, end: number, limit: number, r: SuffixRule): boolean {
  const next = ctx.text[end];
  if (end >= limit || next === undefined) return true;
  if (r.blockedNext.includes(next)) return false;
  if (r === VERSION_RULE) return !/[0-9A-Za-z.]/.test(next);
  if (!r.careful) return true;
  if (isClauseBreak(next) || BRACKETS.has(next)) return true;
  // a preposition or conjunction after the name: it ends there
  if (FOLLOWING_TAG.test(ctx.tokens?.get(end)?.tag ?? '')) return true;
  return FOLLOWERS.some((f) => ctx.text.startsWith(f, end));
}

/** A one-character cut word inside a known two-character word is not a cut (高等, 中等, 对口). */
function cutAllowed(ctx: Ctx, q: number, p: number): boolean {
  if (ctx.boundary) return ctx.boundary[q] === 1 && ctx.boundary[p] === 1;
  if (p - q !== 1) return true;
  return !EXCEPTIONS.has(ctx.text.slice(q - 1, p)) && !EXCEPTIONS.has(ctx.text.slice(q, p + 1));
}

function stripLeading(ctx: Ctx, s: number, stemEnd: number): number {
  let at = s;
  let best = s;
  for (;;) {
    while (at < stemEnd && !isTermChar(ctx.text[at])) at++;
    const w = LEADING.get(ctx.text[at] as string)?.find(
      (x) => ctx.text.startsWith(x, at) && at + x.length < stemEnd,
    );
    if (!w) break;
    at += w.length;
    if (atBoundary(ctx, at)) best = at;
  }
  while (at < stemEnd && !isTermChar(ctx.text[at])) at++;
  // a year before a name dates the mention (2021年|大湾区科学论坛, 2021|从都国际论坛)
  const year = /^(?:19|20)[0-9]{2}(?:年(?:度)?)?/.exec(ctx.text.slice(at, stemEnd));
  if (year && at + year[0].length <= stemEnd && atBoundary(ctx, at + year[0].length))
    return at + year[0].length;
  return atBoundary(ctx, at) ? at : best;
}

/**
 * A counted set (五大, 三条) after a coordination of modifiers starts the name (新材料和绿色能源|五大产业生态圈);
 * after a plain modifier it is part of the name (城市更新六大提升行动).
 */
function countedStart(ctx: Ctx, s: number, stemEnd: number): number {
  for (let q = stemEnd - 2; q > s; q--) {
    if (!COUNTERS.has(ctx.text[q + 1] as string) || !NUMERAL_CHARS.has(ctx.text[q] as string)) continue;
    let b = q;
    while (b > s && NUMERAL_CHARS.has(ctx.text[b - 1] as string)) b--;
    if (b > s && atBoundary(ctx, b) && /[和与及、]/.test(ctx.text.slice(s, b))) return b;
  }
  return s;
}

/** A tail that may follow a quoted head: it need not be a name by itself, but not end in a qualifier. */
function tailOk(stem: string, r: SuffixRule): boolean {
  return !(r.careful && WEAK_ENDS.some((w) => stem.endsWith(w))) && !/[的和与及之、]$/.test(stem);
}

function stemOk(ctx: Ctx, s: number, stemEnd: number, r: SuffixRule): boolean {
  const stem = ctx.text.slice(s, stemEnd);
  if (isGenericStem(stem) || !tailOk(stem, r) || countsOrMeasures(stem)) return false;
  if (r.place && !hasPlace(ctx, s, stemEnd)) return false;
  if (r === VERSION_RULE && ctx.tokens) {
    // a version follows a name (城市大脑2.0), not a verb (出台3.0)
    const list = tokensIn(ctx.tokens, s, stemEnd);
    const last = list?.[list.length - 1];
    if (last && /^(v|vd|d|p|c|u)/.test(last.tag ?? '')) return false;
  }
  // 特高压直流等工程: an open list, not a name
  if (ctx.tokens && stem.endsWith('等') && ctx.tokens.get(stemEnd - 1)?.word === '等') return false;
  const before = ctx.text[s - 1];
  return !(before !== undefined && (CLOSING_QUOTES.has(before) || before === '）' || before === ')'));
}

/**
 * Left edge of the name ending with the suffix at [sStart, ·), or -1. With `headed` (a quotation ends at
 * regionStart), a name that would start right after the quotation is returned as regionStart when its tail
 * is acceptable; the caller joins the quotation to it.
 */
function nameStart(
  ctx: Ctx,
  regionStart: number,
  truncated: boolean,
  sStart: number,
  r: SuffixRule,
  headed: boolean,
): number {
  const starts: number[] = [];
  for (let p = sStart - 1; p > regionStart; p--) {
    for (const w of CUTS.get(ctx.text[p - 1] as string) ?? []) {
      const q = p - w.length;
      if (q >= regionStart && ctx.text.startsWith(w, q) && cutAllowed(ctx, q, p)) {
        starts.push(p);
        break;
      }
    }
  }
  if (!truncated) starts.push(regionStart);
  for (const s0 of starts) {
    const joinable = headed && s0 === regionStart;
    if (!joinable && codePointLength(ctx.text.slice(s0, sStart)) < Math.min(2, r.minStem)) {
      if (HARD_CUTS.some((w) => ctx.text.endsWith(w, s0))) return -1; // 等省实验室: a particle is never inside a name
      continue; // a verb right before the suffix belongs to the name (专项支持计划)
    }
    const s = stripLeading(ctx, s0, sStart);
    if (joinable && s === regionStart) return tailOk(ctx.text.slice(s, sStart), r) ? s : -1;
    if (countsOrMeasures(ctx.text.slice(s0, sStart))) return -1; // 80处|红色革命遗址 counts, even once cut
    // By tags, then as the word lists leave it when the tagged start leaves a generic stem (…|能力提升计划).
    const tagged = ctx.tokens
      ? taggedStart(ctx.tokens, clauseStart(ctx.tokens, connectiveStart(ctx, s, sStart), sStart), sStart)
      : s;
    if (tagged >= sStart) return -1; // nothing but a predicate before the head: 组建|合作区, 首次|大湾区
    for (const start of tagged === s ? [s] : [tagged, s]) {
      if (codePointLength(ctx.text.slice(start, sStart)) < r.minStem) continue;
      const c = countedStart(ctx, start, sStart);
      if (stemOk(ctx, c, sStart, r)) return c;
    }
    return -1;
  }
  return -1;
}

function sectionNames(ctx: Ctx, sec: Section, inQuote: Uint8Array, out: PatternName[]): void {
  const body = ctx.text.slice(sec.start, sec.end);
  const matches = [...body.matchAll(SUFFIX_RE)].map((m) => {
    const start = sec.start + (m.index ?? 0);
    const r = RULE_BY_SUFFIX.get(m[0]) ?? VERSION_RULE;
    return { start, end: start + m[0].length, rule: r };
  });
  let prevEnd = -1;
  let prevAccepted = -1;
  let prevStart = -1;
  matches.forEach((m, k) => {
    if (inQuote[m.start]) return;
    if (m.rule === VERSION_RULE && !/[\u4e00-\u9fff]/.test(ctx.text[m.start - 1] ?? '')) return;
    if (!(followerOk(ctx, m.end, sec.end, m.rule) || placeBefore(ctx, m.start)) || !atBoundary(ctx, m.end))
      return;
    if (matches[k + 1]?.start === m.end) return; // 行动|计划, 遗址|公园: part of a longer name
    // The region ends at a previous name: one that was accepted (紫金山实验室|获批国家实验室), or any suffix
    // joined by a connective (A带和B带). A rejected suffix without a connective is inside this name (海塘安澜工程).
    const afterPrev =
      prevEnd >= 0 && /^[和与及或]/.test(ctx.text.slice(prevEnd, prevEnd + 1)) ? prevEnd : prevAccepted;
    let regionStart = m.start;
    while (regionStart > sec.start && m.start - regionStart < LOOKBACK) {
      const ch = ctx.text[regionStart - 1];
      const open = innerBracketOpen(ctx, regionStart - 1, sec.start);
      if (open >= 0) {
        regionStart = open; // a bracket inside the name: 西部（重庆）科学城
        continue;
      }
      if (regionStart === prevAccepted && regionStart === afterPrev && modifies(ctx, regionStart, m.start)) {
        regionStart = prevStart; // a name right before, with no word between, modifies this one: 重庆大学|国家卓越工程师学院
        break;
      }
      if (
        isClauseBreak(ch) ||
        BRACKETS.has(ch as string) ||
        inQuote[regionStart - 1] ||
        regionStart === afterPrev
      )
        break;
      regionStart--;
    }
    const truncated = m.start - regionStart >= LOOKBACK;
    prevEnd = m.end;
    const head = truncated ? undefined : ctx.quoteEndingAt.get(regionStart);
    const s = nameStart(ctx, regionStart, truncated, m.start, m.rule, head !== undefined);
    if (s < 0) return;
    if (head && s === regionStart) {
      const joined = headedName(ctx.text, head, m.start, m.end, m.rule.minStem);
      if (joined) {
        prevAccepted = m.end;
        prevStart = head.start;
        out.push({ ...joined, kind: m.rule.kind });
      }
      return;
    }
    const end = trailingBracketEnd(ctx, m.end);
    const label = ctx.text.slice(s, end);
    if (codePointLength(label) > MAX_NAME || !isTermChar(label[0])) return;
    prevAccepted = end;
    prevStart = s;
    for (const part of splitRepeated(label)) out.push({ label: part, kind: m.rule.kind });
  });
}

/** The text from `at` to the suffix opens with a noun or place (not a verb: 紫金山实验室|获批国家实验室). */
function modifies(ctx: Ctx, at: number, suffixStart: number): boolean {
  const t = ctx.tokens?.get(at);
  return t !== undefined && t.end < suffixStart && /^(n|ns|nt|nz|j|b)$/.test(t.tag ?? '');
}

export function findPatternNames(
  text: string,
  sections: readonly Section[],
  quoteRanges: readonly QuoteHead[],
  boundary: Uint8Array | null,
  tokens: TokenIndex | null = null,
): PatternName[] {
  const inQuote = new Uint8Array(text.length + 1);
  for (const q of quoteRanges) inQuote.fill(1, q.start, q.end);
  const ctx: Ctx = { text, boundary, quoteEndingAt: new Map(quoteRanges.map((q) => [q.end, q])), tokens };
  const out: PatternName[] = [];
  for (const sec of sections) sectionNames(ctx, sec, inQuote, out);
  return out;
}
