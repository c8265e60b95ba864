/**
 * Concept search for the explorer: Chinese substrings of labels and aliases, English gloss words,
 * toneless pinyin (full or initials). The pinyin is computed once, when the index is built.
 */
import { pinyinSyllables } from '../pipeline/graph/pinyin';
import type { GraphData } from '../pipeline/schema';

export type MatchedOn = 'label' | 'alias' | 'gloss' | 'pinyin' | 'initials';

export interface SearchResult {
  id: string;
  label: string;
  labelEn: string;
  matchedOn: MatchedOn;
  /** What matched: the label, the alias, the gloss, or the pinyin / initials string. */
  matched: string;
  /** Higher is better: exact 30+, prefix 20+, substring 10+, a description word 5+. */
  score: number;
}

interface Entry {
  id: string;
  label: string;
  labelEn: string;
  count: number;
  /** Label first, then aliases, as written and normalised. */
  rawForms: string[];
  forms: string[];
  gloss: string;
  glossWords: string[];
  descWords: string[];
  /** Per form: toneless syllables (ü as v), joined spellings and initials. */
  pinyin: { syllables: string[]; full: string; initials: string }[];
}

export interface SearchIndex {
  entries: Entry[];
}

/** Full-width → half-width (NFKC), lower case, ü → v, tone marks removed. */
export function normalizeQuery(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .trim();
}

function words(text: string): string[] {
  return normalizeQuery(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const LATIN = /^[a-z0-9]+$/;

/**
 * Toneless pinyin of one form, read as the pipeline reads it (graph/pinyin.ts, so 林长制 is lin zhang zhi).
 * Initials are the first letters of the syllables, what pinyin-pro's `pattern: 'first'` returns, at half
 * the cost.
 */
function pinyinOf(form: string): { syllables: string[]; full: string; initials: string } {
  const syllables = pinyinSyllables(form);
  return { syllables, full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

/** Builds the search index once per graph (pinyin of every label and alias). */
export function buildSearchIndex(data: GraphData): SearchIndex {
  const entries = data.nodes.map((node): Entry => {
    const rawForms = [node.label, ...node.aliases];
    const forms = rawForms.map((f) => normalizeQuery(f).replace(/\s+/g, ''));
    return {
      rawForms,
      id: node.id,
      label: node.label,
      labelEn: node.labelEn,
      count: node.count,
      forms,
      gloss: words(node.labelEn).join(' '),
      glossWords: words(node.labelEn),
      descWords: words(node.descriptionEn),
      pinyin: rawForms.map(pinyinOf),
    };
  });
  return { entries };
}

const EXACT = 30;
const PREFIX = 20;
const SUBSTRING = 10;
const DESCRIPTION = 5;
const KIND_BONUS: Record<MatchedOn, number> = { label: 4, alias: 3, pinyin: 3, gloss: 2, initials: 1 };

function level(haystack: string, needle: string): number {
  if (haystack === needle) return EXACT;
  if (haystack.startsWith(needle)) return PREFIX;
  if (haystack.includes(needle)) return SUBSTRING;
  return 0;
}

/** Level of a pinyin match: whole, prefix, or starting at a later syllable boundary. */
function pinyinLevel(syllables: string[], full: string, q: string): number {
  if (full === q) return EXACT;
  if (full.startsWith(q)) return PREFIX;
  let offset = 0;
  for (const s of syllables.slice(0, -1)) {
    offset += s.length;
    if (full.startsWith(q, offset)) return SUBSTRING;
  }
  return 0;
}

function everyWordPrefixes(queryWords: string[], targetWords: string[]): boolean {
  return queryWords.length > 0 && queryWords.every((q) => targetWords.some((w) => w.startsWith(q)));
}

function bestMatch(entry: Entry, compact: string, qWords: string[]): Omit<SearchResult, 'id' | 'label' | 'labelEn'> | null {
  let best: Omit<SearchResult, 'id' | 'label' | 'labelEn'> | null = null;
  const offer = (lvl: number, matchedOn: MatchedOn, matched: string) => {
    if (lvl <= 0) return;
    const score = lvl + KIND_BONUS[matchedOn];
    if (!best || score > best.score) best = { matchedOn, matched, score };
  };
  entry.forms.forEach((form, i) => {
    const kind: MatchedOn = i === 0 ? 'label' : 'alias';
    offer(level(form, compact), kind, entry.rawForms[i] ?? form);
  });
  if (qWords.length > 0 && entry.gloss !== '') {
    if (entry.gloss === qWords.join(' ')) offer(EXACT, 'gloss', entry.labelEn);
    else if (entry.gloss.startsWith(qWords.join(' '))) offer(PREFIX, 'gloss', entry.labelEn);
    else if (everyWordPrefixes(qWords, entry.glossWords)) offer(SUBSTRING + 2, 'gloss', entry.labelEn);
  }
  if (!best && everyWordPrefixes(qWords, entry.descWords)) offer(DESCRIPTION, 'gloss', entry.labelEn);
  if (LATIN.test(compact) && compact.length >= 2) {
    for (const p of entry.pinyin) {
      offer(pinyinLevel(p.syllables, p.full, compact), 'pinyin', p.syllables.join(' '));
      offer(level(p.initials, compact), 'initials', p.initials);
    }
  }
  return best;
}

/**
 * Concepts matching `query`, best first: exact > prefix > substring (label before alias before
 * pinyin/gloss before initials within a level), then by mention count, then by id.
 */
export function searchConcepts(index: SearchIndex, query: string, limit = 12): SearchResult[] {
  const q = normalizeQuery(query);
  if (q === '' || limit <= 0) return [];
  const compact = q.replace(/[\s'’]+/g, '');
  const qWords = words(q);
  const hits: (SearchResult & { count: number })[] = [];
  for (const entry of index.entries) {
    const m = bestMatch(entry, compact, qWords);
    if (m) hits.push({ id: entry.id, label: entry.label, labelEn: entry.labelEn, count: entry.count, ...m });
  }
  hits.sort((a, b) => b.score - a.score || b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, limit).map(({ count: _count, ...rest }) => rest);
}

const indexCache = new WeakMap<GraphData, SearchIndex>();

/** The search index of a graph, built on first use and shared by every caller with the same data. */
export function searchIndexFor(data: GraphData): SearchIndex {
  let index = indexCache.get(data);
  if (!index) {
    index = buildSearchIndex(data);
    indexCache.set(data, index);
  }
  return index;
}
