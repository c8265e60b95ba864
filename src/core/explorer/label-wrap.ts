/**
 * Canvas label wrapping: explicit line breaks chosen for balance and reading, not left to the renderer
 * (which breaks Chinese wherever the width runs out: 碳达峰碳中/和). Pure; re-exported by style-rules.
 */

/** CJK and full-width characters: one em wide. */
export const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

interface WrapUnit {
  text: string;
  /** Width in em (CJK) or characters (English). */
  w: number;
  /** Cost of a line break after this unit: < 0 where a break reads well. */
  breakCost: number;
}

interface WrapRules {
  /** The widest line (a single unit may be wider). */
  limit: number;
  /** Width of the space between units ('' in Chinese). */
  gap: number;
  /** Lines beyond the fewest that fit cost this much. */
  extraLine: number;
  /** On a tie, the split with the longer first lines (else the shorter). */
  longFirst: boolean;
  linePenalty: (line: readonly WrapUnit[], width: number) => number;
}

/** Fewest-cost split of units into k lines (dynamic programming); cost = Σ |width − mean| + penalties. */
function splitLines(units: readonly WrapUnit[], k: number, rules: WrapRules): { cost: number; lines: WrapUnit[][] } | null {
  const n = units.length;
  const total = units.reduce((s, u) => s + u.w, 0) + rules.gap * (n - 1);
  const target = total / k;
  const cost: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let j = 1; j <= k; j++)
    for (let i = j; i <= n; i++)
      for (let h = j - 1; h < i; h++) {
        const before = cost[j - 1]![h]!;
        if (before === Infinity) continue;
        const line = units.slice(h, i);
        const width = line.reduce((s, u) => s + u.w, 0) + rules.gap * (line.length - 1);
        if (width > rules.limit && line.length > 1) continue;
        const c =
          before +
          Math.abs(width - target) +
          rules.linePenalty(line, width) +
          (h > 0 ? units[h - 1]!.breakCost : 0);
        if (c < cost[j]![i]! || (rules.longFirst && c === cost[j]![i]!)) {
          cost[j]![i] = c;
          from[j]![i] = h;
        }
      }
  if (cost[k]![n] === Infinity) return null;
  const lines: WrapUnit[][] = [];
  for (let j = k, i = n; j > 0; i = from[j]![i]!, j--) lines.unshift(units.slice(from[j]![i]!, i));
  return { cost: cost[k]![n]!, lines };
}

/** The best split with at least `fewest` lines, trying one line more than the fewest that fit. */
function wrapUnits(units: readonly WrapUnit[], fewest: number, rules: WrapRules): string {
  let best: { cost: number; lines: WrapUnit[][] } | null = null;
  let fits = 0;
  for (let k = Math.min(fewest, units.length); k <= units.length && (fits === 0 || k <= fits + 1); k++) {
    const split = splitLines(units, k, rules);
    if (!split) continue;
    if (fits === 0) fits = k;
    const cost = split.cost + rules.extraLine * (k - fits);
    if (!best || cost < best.cost) best = { cost, lines: split.lines };
  }
  const sep = rules.gap > 0 ? ' ' : '';
  return best ? best.lines.map((l) => l.map((u) => u.text).join(sep)).join('\n') : units.map((u) => u.text).join(sep);
}

const BREAK_AFTER = /^[、，,·；;：:]$/u;
const NO_LINE_START = /^[、，,。．.·；;：:！!？?）)」』》〉】”’%]/u;
const NO_LINE_END = /[（(「『《〈【“‘]$/u;
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'to', 'in', 'for', 'on', 'with', 'at', 'by', '&']);
const wordSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** Single characters that end a word (现代|化) or start one (大|走廊, and the conjunctions 与和及) when the segmenter leaves them alone. */
const SUFFIXES = new Set('化型性区圈带村馆观式级者率度界类');
const PREFIXES = new Set('大新老双古总超高全各非副准反与和及并暨');

/**
 * Cost of a break at each offset of a Chinese label, from Intl.Segmenter words: 0 between two words or
 * beside a lone prefix/suffix on its own side, 1 beside one lone character, 3.2 between two lone ones,
 * 4.5 inside a word or splitting a prefix/suffix from its word. Without Intl.Segmenter, all 0.
 */
function chineseBreakCosts(label: string): Map<number, number> {
  const costs = new Map<number, number>();
  if (!wordSegmenter) return costs;
  const words = [...wordSegmenter.segment(label)];
  for (const w of words) for (let k = 1; k < w.segment.length; k++) costs.set(w.index + k, 4.5);
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!.segment;
    const b = words[i]!.segment;
    const aLone = a.length === 1;
    const bLone = b.length === 1;
    let cost: number;
    if ((aLone && PREFIXES.has(a)) || (bLone && SUFFIXES.has(b))) cost = 4.5;
    else if ((bLone && PREFIXES.has(b)) || (aLone && SUFFIXES.has(a)) || (!aLone && !bLone)) cost = 0;
    else cost = aLone && bLone ? 3.2 : 1;
    costs.set(words[i]!.index, cost);
  }
  return costs;
}

/** Chinese units: one per character, digit and Latin runs (2.0, 1612+N, PM2.5) kept whole. */
function chineseUnits(label: string): WrapUnit[] {
  const costs = chineseBreakCosts(label);
  const units: WrapUnit[] = [];
  let at = 0;
  for (const m of label.matchAll(/[0-9A-Za-z][0-9A-Za-z.+\-%/]*|./gsu)) {
    const text = m[0];
    at += text.length;
    const w = [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 1 : 0.55), 0);
    units.push({ text, w, breakCost: BREAK_AFTER.test(text) ? -2.5 : (costs.get(at) ?? 0) });
  }
  return units;
}

const CHINESE: WrapRules = {
  limit: 7.25,
  gap: 0,
  extraLine: 3,
  longFirst: false,
  linePenalty: (line, width) => {
    const first = line[0]!.text;
    const last = line[line.length - 1]!.text;
    // 1–2 characters alone read as an orphan; a full 7 reads dense.
    const shape = width <= 2 ? 6 : width > 6.5 ? 1.25 : 0;
    return shape + (NO_LINE_START.test(first) ? 20 : 0) + (NO_LINE_END.test(last) ? 20 : 0);
  },
};

const ENGLISH: WrapRules = {
  limit: 16,
  gap: 1,
  extraLine: 5,
  longFirst: true,
  linePenalty: (line) => {
    const last = line[line.length - 1]!.text.toLowerCase();
    const lone = line.length === 1 && line[0]!.text.length <= 3;
    return (lone ? 6 : 0) + (FUNCTION_WORDS.has(last) ? 2 : 0) + (NO_LINE_START.test(line[0]!.text) ? 20 : 0);
  },
};

/** The short form of an English gloss for the canvas: without a trailing parenthetical. */
export function shortGloss(gloss: string): string {
  const short = gloss.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  return short === '' ? gloss.trim() : short;
}

/**
 * A canvas label with explicit line breaks ('\n'). Chinese (any label with CJK characters): up to 6
 * characters wide on one line, longer ones in balanced lines of at most 7, preferring breaks after
 * 、，· and between words, never a line of 1–2 characters when it can be avoided, digit and Latin runs
 * whole. English: the short gloss, word-wrapped in balanced lines of about 16 characters.
 */
export function wrapLabel(label: string, lang: 'zh' | 'en'): string {
  const text = label.trim().replace(/\s+/g, ' ');
  if (lang === 'en' && !WIDE.test(text)) {
    const words = shortGloss(text)
      .split(' ')
      .map((w) => ({ text: w, w: w.length, breakCost: /[,;:]$|^[·–—]$/u.test(w) ? -5 : 0 }));
    const length = words.reduce((s, u) => s + u.w, 0) + words.length - 1;
    return length <= ENGLISH.limit ? words.map((u) => u.text).join(' ') : wrapUnits(words, Math.ceil(length / ENGLISH.limit), ENGLISH);
  }
  const units = chineseUnits(text);
  const width = units.reduce((s, u) => s + u.w, 0);
  if (width <= 6) return text;
  return wrapUnits(units, Math.max(2, Math.ceil(width / 7)), CHINESE);
}


/**
 * Where a Chinese phrase reads well broken (for HTML text: `word-break: keep-all` with <wbr> there):
 * after 、，· and between two words of two characters or more, never inside a word nor next to a
 * digit/Latin run. Offsets into `text`, ascending, excluding 0 and the end. Without Intl.Segmenter,
 * between any two CJK characters.
 */
export function phraseBreaks(text: string): number[] {
  const out: number[] = [];
  let at = 0;
  const units = chineseUnits(text);
  units.forEach((u, i) => {
    at += u.text.length;
    const next = units[i + 1];
    if (next && u.breakCost < 1 && WIDE.test(u.text) && WIDE.test(next.text) && !NO_LINE_START.test(next.text))
      out.push(at);
  });
  return out;
}
