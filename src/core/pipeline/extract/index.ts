/**
 * Concept extraction for Chinese Party and government documents (resolutions, work reports, plans).
 *
 * Generic candidates come from the text alone: terms the document defines in a glossary (glossary.ts), place
 * brands (brands.ts: 平安重庆), quoted terms (quoted.ts, less those quoted-filter.ts sets
 * aside), suffix patterns (patterns.ts) including names headed by a quotation (heads.ts), congresses and
 * plenums (events.ts) and recurring names (discover.ts). The general vocabulary
 * (vocabulary.ts) adds widely used policy concepts with glosses; a curated lexicon, when given, names
 * and glosses concepts and rejects candidates (lexicon.ts). Mentions are every occurrence of a label or
 * alias inside a section, with overlaps resolved longest match first (mentions.ts).
 */
import type { Lexicon, Section } from '../schema';
import type { ExtractedConcept, ParsedDocument, ProgressFn, Segmenter, Token } from '../types';
import { discoverNames } from './discover';
import { brandDomains, findPlaceBrands } from './brands';
import { findEventNames } from './events';
import { glossaryConcepts } from './glossary';
import { isGenericWord } from './generic';
import { assemble, type Candidate, type Origin } from './lexicon';
import { SurfaceMatcher } from './mentions';
import { findPatternNames } from './patterns';
import { scanQuoted, type QuotedScan } from './quoted';
import { conceptualQuoted, isQuotedAdjective } from './quoted-filter';
import { segment } from './segmentation';
import { isSubject } from './subjects';
import { SUFFIX_RULES } from './suffixes';
import { generalVocabulary, type VocabularyEntry } from './vocabulary';

export { jiebaSegmenter, type JiebaTokenize } from './jieba-adapter';
export { generalVocabulary, type VocabularyEntry } from './vocabulary';

export interface ExtractOptions {
  lexicon?: Lexicon;
  segmenter?: Segmenter;
  onProgress?: ProgressFn;
  /** Replaces the bundled general vocabulary (tests, or a document family with its own list). */
  vocabulary?: readonly VocabularyEntry[];
}

function usableSections(doc: ParsedDocument): Section[] {
  const n = doc.document.text.length;
  return doc.sections
    .filter(
      (s) =>
        Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= n && s.start < s.end,
    )
    .sort((a, b) => a.start - b.start);
}

function quotedKind(label: string): Candidate['kind'] {
  const rule = SUFFIX_RULES.find((r) => label.endsWith(r.suffix) && label.length >= r.suffix.length + 2);
  return rule ? rule.kind : 'concept';
}

/** Marks every character inside an occurrence of a known surface. */
function coverage(text: string, sections: readonly Section[], surfaces: Iterable<string>): Uint8Array {
  const matcher = new SurfaceMatcher();
  for (const k of surfaces) matcher.add(k, 0);
  const covered = new Uint8Array(text.length + 1);
  for (const o of matcher.occurrences(text, sections)) covered.fill(1, o.start, o.end);
  return covered;
}

/**
 * A quotation that only ever heads one name and never stands alone (“千里马”行动, “智融惠畅”工程) is that
 * name's short form: its spelling with the marks becomes an alias of the name (an emphasis such as “最美”
 * does not). Opening mark → alias.
 */
function quotedHeadAliases(
  text: string,
  quoted: QuotedScan,
  patterns: readonly { label: string; headStart?: number }[],
  heads: ReadonlySet<number>,
  segmenter: Segmenter | undefined,
): Map<number, string> {
  const content = (r: { start: number; end: number }) => text.slice(r.start + 1, r.end - 1).trim();
  const rangeAt = new Map(quoted.ranges.map((r) => [r.start, r]));
  const standalone = new Set(quoted.terms.filter((t) => !heads.has(t.start)).map((t) => t.label));
  const labelsOf = new Map<string, Set<string>>();
  for (const p of patterns) {
    const r = p.headStart === undefined ? undefined : rangeAt.get(p.headStart);
    if (!r) continue;
    const set = labelsOf.get(content(r)) ?? new Set<string>();
    set.add(p.label);
    labelsOf.set(content(r), set);
  }
  const out = new Map<number, string>();
  for (const start of heads) {
    const r = rangeAt.get(start);
    if (!r || standalone.has(content(r)) || isQuotedAdjective(content(r), segmenter)) continue;
    if (labelsOf.get(content(r))?.size === 1) out.set(start, text.slice(r.start, r.end));
  }
  return out;
}

export function extractConcepts(doc: ParsedDocument, options: ExtractOptions = {}): ExtractedConcept[] {
  const progress = options.onProgress ?? (() => {});
  const text = doc.document.text;
  const sections = usableSections(doc);
  const vocabulary = options.vocabulary ?? generalVocabulary();

  progress('extract: segmenting', 0);
  const seg = segment(text, sections, options.segmenter, (done, total) =>
    progress('extract: segmenting', done / total),
  );
  progress('extract: candidates', 0.5);
  const quoted = scanQuoted(text, sections, isGenericWord);
  // A quotation that names a known policy concept (“一带一路”枢纽城市, “扩中提低”行动) keeps its mention
  // instead of heading a longer name (mentions never overlap, and the known concept is what readers want),
  // unless the longer name is itself known (“第一议题”制度 is the vocabulary's 第一议题制度).
  const vocabularyLabels = new Set(vocabulary.flatMap((v) => [v.label, ...v.aliases]));
  const headsKnown = (p: { label: string; headStart?: number }) => {
    if (p.headStart === undefined || vocabularyLabels.has(p.label)) return false;
    const q = quoted.ranges.find((r) => r.start === p.headStart);
    return q !== undefined && vocabularyLabels.has(text.slice(q.start + 1, q.end - 1).trim());
  };
  const tokens = new Map<number, Token>();
  for (const u of seg.units) for (const t of u.tokens ?? []) if (t.tag !== undefined) tokens.set(t.start, t);
  const patterns = findPatternNames(
    text,
    sections,
    quoted.ranges,
    seg.boundary,
    tokens.size > 0 ? tokens : null,
  ).filter((p) => !headsKnown(p));
  const heads = new Set(patterns.flatMap((p) => (p.headStart === undefined ? [] : [p.headStart])));
  const candidates: Candidate[] = glossaryConcepts(text, sections, quotedKind);
  for (const t of conceptualQuoted(text, sections, quoted, heads, options.segmenter))
    candidates.push({
      label: t.label,
      kind: t.members.length ? 'strategy' : quotedKind(t.label),
      origin: 'quoted',
      members: t.members,
    });
  const headAlias = quotedHeadAliases(text, quoted, patterns, heads, options.segmenter);
  for (const p of patterns) {
    if (isGenericWord(p.label) || isSubject(p.label)) continue;
    const aliases = p.alias === undefined ? [] : [p.alias];
    const short = p.headStart === undefined ? undefined : headAlias.get(p.headStart);
    if (short !== undefined) aliases.push(short);
    candidates.push({ label: p.label, kind: p.kind, origin: 'pattern', members: [], aliases });
  }
  for (const label of findEventNames(text, sections))
    candidates.push({ label, kind: 'event', origin: 'pattern', members: [] });
  for (const label of findPlaceBrands(text, sections, brandDomains(vocabulary), seg.boundary))
    candidates.push({ label, kind: 'goal', origin: 'pattern', members: [] });

  const known = new Set<string>(candidates.flatMap((c) => [c.label, ...(c.aliases ?? [])]));
  for (const v of vocabulary) for (const s of [v.label, ...v.aliases]) known.add(s);
  for (const e of options.lexicon?.concepts ?? []) for (const s of [e.label, ...e.aliases]) known.add(s);
  progress('extract: discovering', 0.7);
  for (const label of discoverNames(seg.units, coverage(text, sections, known))) {
    if (!isGenericWord(label)) candidates.push({ label, kind: 'concept', origin: 'discovered', members: [] });
  }

  progress('extract: mentions', 0.85);
  const { drafts, owner } = assemble(options.lexicon, vocabulary, candidates);
  const matcher = new SurfaceMatcher();
  for (const [surface, index] of owner) matcher.add(surface, index);
  const mentions = matcher.mentions(text, sections, drafts.length);

  const out: ExtractedConcept[] = [];
  drafts.forEach((d, i) => {
    const m = mentions[i] ?? [];
    if (m.length > 0) out.push({ id: d.label, ...d, mentions: m });
  });
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  progress('extract: done', 1);
  return out;
}

/**
 * The generic candidates a curated lexicon leaves uncovered: every concept the extractor outputs that is
 * not a lexicon concept (without a lexicon: everything it proposes), with its aliases and origin. A
 * lexicon covers a document when this is empty, or holds only vocabulary concepts the curator accepts.
 */
export function candidateLabels(
  doc: ParsedDocument,
  options: ExtractOptions = {},
): { label: string; aliases: string[]; origin: Origin }[] {
  return extractConcepts(doc, options)
    .filter((c) => c.origin !== 'lexicon')
    .map((c) => ({ label: c.label, aliases: c.aliases, origin: c.origin }));
}
