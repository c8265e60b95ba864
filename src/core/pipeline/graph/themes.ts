/**
 * Themes and each node's theme.
 *
 * With a lexicon: the lexicon's themes (its colour, else the next free palette colour) and each
 * concept's theme from its entry. A concept without one (a generic candidate) takes the theme that
 * dominates the section where it is mentioned most (ties → earliest); if no lexicon concept occurs
 * there, the theme dominating that section's coarse group (partGroups), else the whole document.
 *
 * Without a lexicon: one theme per group of themeGroups (theme-groups.ts: framing, parts, and the
 * largest groups split into their subsections), colours from the palette in order.
 */
import type { Lexicon, Theme } from '../schema';
import type { ParsedDocument } from '../types';
import { paletteColors } from './palette';
import { FRAMING_ID, FRAMING_LABEL, FRAMING_LABEL_EN, partGroups } from './section-groups';
import { themeGroups } from './theme-groups';

export { LARGEST_SHARE, MIN_REST_CONCEPTS, themeGroups } from './theme-groups';

export interface ThemeNodeInput {
  id: string;
  /** Theme id from the lexicon entry, '' for generic candidates. */
  theme: string;
  /** Section index (into doc.sections) of each mention, -1 when outside every section. */
  mentionSections: readonly number[];
}

export interface ThemeAssignment {
  themes: Theme[];
  nodeThemes: Map<string, string>;
  warnings: string[];
}

/** Index of the largest count, ties → smallest index; -1 when all counts are 0. */
function argmax(counts: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < counts.length; i++)
    if (counts[i]! > 0 && (best < 0 || counts[i]! > counts[best]!)) best = i;
  return best;
}

/** The section holding most of the mentions, ties → earliest; -1 when none is in a section. */
function mostMentionedSection(mentionSections: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = -1;
  let bestCount = 0;
  for (const s of mentionSections) {
    if (s < 0) continue;
    const c = (counts.get(s) ?? 0) + 1;
    counts.set(s, c);
    if (c > bestCount || (c === bestCount && s < best)) {
      best = s;
      bestCount = c;
    }
  }
  return best;
}

function derivedThemes(doc: ParsedDocument, nodes: readonly ThemeNodeInput[]): ThemeAssignment {
  const { groups, nodeGroup } = themeGroups(
    doc,
    nodes.map((node) => node.mentionSections),
  );
  // No section holds anything (a document without sections): one theme for whatever there is.
  if (groups.length === 0 && nodes.length > 0)
    groups.push({ id: FRAMING_ID, label: FRAMING_LABEL, labelEn: FRAMING_LABEL_EN, sections: [] });
  const colors = paletteColors(groups.length);
  const themes = groups.map((g, k) => ({ id: g.id, label: g.label, labelEn: g.labelEn, color: colors[k]! }));
  const nodeThemes = new Map<string, string>();
  nodes.forEach((node, k) => nodeThemes.set(node.id, groups[nodeGroup[k]!]!.id));
  return { themes, nodeThemes, warnings: [] };
}

function lexiconThemes(
  doc: ParsedDocument,
  nodes: readonly ThemeNodeInput[],
  lexicon: Lexicon,
): ThemeAssignment {
  const warnings: string[] = [];
  const themeIndex = new Map(lexicon.themes.map((t, k) => [t.id, k]));
  const t = lexicon.themes.length;
  const groups = partGroups(doc);
  const groupOf = new Int32Array(doc.sections.length).fill(-1);
  groups.forEach((g, k) => g.sections.forEach((s) => (groupOf[s] = k)));

  // Mentions of lexicon-themed concepts per (section, theme), per (group, theme) and overall.
  const perSection = doc.sections.map(() => new Int32Array(t));
  const perGroup = groups.map(() => new Int32Array(t));
  const overall = new Int32Array(t);
  const unknown = new Set<string>();
  for (const node of nodes) {
    if (node.theme === '') continue;
    const k = themeIndex.get(node.theme);
    if (k === undefined) {
      unknown.add(node.theme);
      continue;
    }
    for (const s of node.mentionSections) {
      if (s < 0) continue;
      perSection[s]![k]!++;
      if (groupOf[s]! >= 0) perGroup[groupOf[s]!]![k]!++;
      overall[k]!++;
    }
  }
  for (const id of [...unknown].sort())
    warnings.push(`lexicon theme ${id} is not declared: its concepts get a derived theme`);
  const fallback = Math.max(0, argmax(overall));

  const nodeThemes = new Map<string, string>();
  for (const node of nodes) {
    const own = themeIndex.get(node.theme);
    if (own !== undefined) {
      nodeThemes.set(node.id, lexicon.themes[own]!.id);
      continue;
    }
    const section = mostMentionedSection(node.mentionSections);
    let k = -1;
    if (section >= 0) {
      k = argmax(perSection[section]!);
      if (k < 0 && groupOf[section]! >= 0) k = argmax(perGroup[groupOf[section]!]!);
    }
    nodeThemes.set(node.id, lexicon.themes[k >= 0 ? k : fallback]!.id);
  }

  const declared = new Set(lexicon.themes.map((th) => th.color).filter((c): c is string => c !== undefined));
  const free = paletteColors(lexicon.themes.length, declared);
  let nextFree = 0;
  const all: Theme[] = lexicon.themes.map((th) => ({
    id: th.id,
    label: th.label,
    labelEn: th.labelEn,
    color: th.color ?? free[nextFree++]!,
  }));
  const usedIds = new Set(nodeThemes.values());
  return { themes: all.filter((th) => usedIds.has(th.id)), nodeThemes, warnings };
}

export function assignThemes(
  doc: ParsedDocument,
  nodes: readonly ThemeNodeInput[],
  lexicon?: Lexicon,
): ThemeAssignment {
  if (lexicon && lexicon.themes.length > 0) return lexiconThemes(doc, nodes, lexicon);
  return derivedThemes(doc, nodes);
}
