/**
 * Builds the concept drafts from the curated lexicon, the general vocabulary and the generic candidates.
 *
 * Every surface form (label or alias) belongs to exactly one draft, claimed in this order:
 * lexicon entries, vocabulary entries, then generic candidates (quoted, pattern, discovered).
 *  - A vocabulary entry whose label or alias is a lexicon surface merges into that lexicon concept
 *    (its unclaimed aliases are added); otherwise it becomes a vocabulary draft.
 *  - A generic candidate whose label (or else one of its aliases) is a claimed surface merges into its
 *    owner: the owner keeps its label and glosses, takes the candidate's unclaimed surfaces as aliases, its
 *    members if it has none, and a vocabulary draft takes the candidate's origin (how it was found).
 *  - A candidate with a description (a glossary entry: the document defines it) gives its owner that
 *    description and its origin, unless the owner is a lexicon concept.
 *  - Labels and aliases listed in `lexicon.reject` never become concepts or surfaces.
 */
import type { ConceptKind, Lexicon } from '../schema';
import type { ExtractedConcept } from '../types';
import { codePointLength } from './chars';
import type { VocabularyEntry } from './vocabulary';

export type Origin = ExtractedConcept['origin'];

export interface Candidate {
  label: string;
  kind: ConceptKind;
  origin: Exclude<Origin, 'lexicon' | 'vocabulary'>;
  members: string[];
  /** Other spellings in the text (“315”科技创新体系建设工程 for 315科技创新体系建设工程). */
  aliases?: readonly string[];
  /** The document's own definition (a glossary entry); it replaces a vocabulary gloss. */
  description?: string;
}

export type Draft = Omit<ExtractedConcept, 'id' | 'mentions'>;

export interface Assembly {
  drafts: Draft[];
  /** Surface form → index into drafts. */
  owner: Map<string, number>;
}

export function assemble(
  lexicon: Lexicon | undefined,
  vocabulary: readonly VocabularyEntry[],
  candidates: readonly Candidate[],
): Assembly {
  const reject = new Set(lexicon?.reject ?? []);
  const drafts: Draft[] = [];
  const owner = new Map<string, number>();
  const usable = (s: string) => codePointLength(s) >= 2 && !reject.has(s);
  const claim = (surface: string, index: number): boolean => {
    if (!usable(surface) || owner.has(surface)) return false;
    owner.set(surface, index);
    return true;
  };

  for (const e of lexicon?.concepts ?? []) {
    if (!usable(e.label) || owner.has(e.label)) continue; // a duplicate entry: the first one names the concept
    const index = drafts.length;
    drafts.push({
      label: e.label,
      labelEn: e.labelEn,
      aliases: [],
      kind: e.kind,
      theme: e.theme,
      description: e.description,
      descriptionEn: e.descriptionEn,
      origin: 'lexicon',
      members: [],
    });
    owner.set(e.label, index);
    for (const a of e.aliases) if (claim(a, index)) drafts[index]?.aliases.push(a);
  }

  for (const v of vocabulary) {
    if (reject.has(v.label)) continue;
    const surfaces = [v.label, ...v.aliases];
    const lexOwner = surfaces
      .map((s) => owner.get(s))
      .find((i) => i !== undefined && drafts[i]?.origin === 'lexicon');
    if (lexOwner !== undefined) {
      for (const s of surfaces) if (claim(s, lexOwner)) drafts[lexOwner]?.aliases.push(s);
      continue;
    }
    if (owner.has(v.label)) continue; // the vocabulary lists it twice: the first entry wins
    const index = drafts.length;
    drafts.push({
      label: v.label,
      labelEn: v.labelEn,
      aliases: [],
      kind: v.kind,
      theme: '',
      description: v.description,
      descriptionEn: v.descriptionEn,
      origin: 'vocabulary',
      members: [],
    });
    owner.set(v.label, index);
    for (const a of v.aliases) if (claim(a, index)) drafts[index]?.aliases.push(a);
  }

  for (const c of candidates) {
    if (!usable(c.label)) continue;
    const aliases = c.aliases ?? [];
    const i = owner.get(c.label) ?? aliases.map((a) => owner.get(a)).find((x) => x !== undefined);
    const d = i === undefined ? undefined : drafts[i];
    if (i !== undefined && d) {
      for (const a of [c.label, ...aliases]) if (claim(a, i)) d.aliases.push(a);
      if (d.members.length === 0 && c.members.length > 0) d.members = [...c.members];
      if (d.origin === 'vocabulary') d.origin = c.origin;
      if (c.description && d.origin !== 'lexicon') {
        d.description = c.description;
        d.origin = c.origin;
      }
      continue;
    }
    const index = drafts.length;
    owner.set(c.label, index);
    drafts.push({
      label: c.label,
      labelEn: '',
      aliases: [],
      kind: c.kind,
      theme: '',
      description: c.description ?? '',
      descriptionEn: '',
      origin: c.origin,
      members: [...c.members],
    });
    for (const a of aliases) if (claim(a, index)) drafts[index]?.aliases.push(a);
  }
  return { drafts, owner };
}
