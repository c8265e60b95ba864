/**
 * Groups of sections derived from the document's structure: the heading tree (parts → subsections →
 * items), labels for its nodes, and the coarse grouping the lexicon path uses to find the theme that
 * dominates a region of the text. How themes split that tree for documents without a lexicon is in
 * themes.ts (splitThemeGroups).
 *
 * Coarse grouping (partGroups): 'Overall framing' (preamble, closing), then one group per top-level
 * unit (a part; a （一） subsection or an item when the document has no parts), merging the smallest
 * adjacent units (by text length) while there are more than 12 groups. A document without headings
 * (paragraph sections para-1 …) is cut into at most 8 consecutive blocks of about equal text length.
 */
import type { Section } from '../schema';
import type { ParsedDocument } from '../types';

export interface SectionGroup {
  id: string;
  label: string;
  labelEn: string;
  /** Indices into doc.sections, ascending. */
  sections: number[];
}

/**
 * A group under construction. 'unit' is a node of the heading tree (splittable into `children`,
 * its own sections — a part's lead-in, a subsection's text before its items — becoming a 'rest');
 * 'merged' is a run of adjacent units; 'block' a run of paragraphs.
 */
export interface GroupDraft extends SectionGroup {
  role: 'framing' | 'rest' | 'unit' | 'merged' | 'block';
  children: GroupDraft[];
}

export const FRAMING_ID = 'framing';
export const FRAMING_LABEL = '总体部署';
export const FRAMING_LABEL_EN = 'Overall framing';
export const MAX_GROUPS = 12;
export const MAX_BLOCKS = 8;
const LABEL_MAX = 14;

const NUMERALS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 23 → 二十三 (1–99; larger numbers stay Arabic). */
export function chineseNumeral(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return NUMERALS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones === 0 ? '' : NUMERALS[ones]}`;
}

/** First clause of a heading, without its numbering, at most 14 characters (13 + '…' when cut). */
export function shortLabel(title: string): string {
  const stripped = title
    .trim()
    .replace(/^[一二三四五六七八九十百零〇]+[、.．]\s*/, '')
    .replace(/^[（(][一二三四五六七八九十百零〇\d]+[)）]\s*/, '')
    .replace(/^\d+[.．、]\s*/, '');
  const clause = (stripped.split(/[，,；;：:。！？!?\s]/)[0] ?? '').trim();
  const chars = Array.from(clause);
  return chars.length <= LABEL_MAX ? clause : `${chars.slice(0, LABEL_MAX - 1).join('')}…`;
}

const isFraming = (s: Section): boolean => s.kind === 'preamble' || s.kind === 'closing';

/** Paragraph sections (para-1 …): the parser found no 一、/（一）/1. headings. */
export function isParagraphDocument(doc: ParsedDocument): boolean {
  return doc.sections.length > 0 && doc.sections.every((s) => /^para-\d+$/.test(s.id));
}

function partLabel(doc: ParsedDocument, part: number): string {
  const intro = doc.sections.find((s) => s.part === part && s.kind === 'intro' && s.title.trim() !== '');
  const label = intro ? shortLabel(intro.title) : '';
  return label !== '' ? label : `第${chineseNumeral(part)}部分`;
}

const draft = (role: GroupDraft['role'], id: string, label: string, labelEn: string): GroupDraft => ({
  role,
  id,
  label,
  labelEn,
  sections: [],
  children: [],
});

/** Fills each unit's `sections` with its own sections plus all its descendants', ascending. */
function collect(unit: GroupDraft): number[] {
  unit.sections = [...unit.sections, ...unit.children.flatMap(collect)].sort((a, b) => a - b);
  return unit.sections;
}

/**
 * The heading tree: framing sections (preamble, closing) and the top-level units in document order.
 * A part holds its lead-in, its subsections and their items; an item follows the subsection before
 * it in the same part (or its part, or stands alone at top level).
 */
export function headingTree(doc: ParsedDocument): { framing: number[]; units: GroupDraft[] } {
  const framing: number[] = [];
  const units: GroupDraft[] = [];
  const parts = new Map<number, GroupDraft>();
  const ordinal = new Map<GroupDraft | null, number>(); // parent → children seen so far
  let lastSub: { unit: GroupDraft; part: number | null } | null = null;
  const next = (parent: GroupDraft | null): number => {
    const k = (ordinal.get(parent) ?? 0) + 1;
    ordinal.set(parent, k);
    return k;
  };
  const partOf = (p: number): GroupDraft => {
    let unit = parts.get(p);
    if (!unit) {
      unit = draft('unit', `p${p}`, partLabel(doc, p), `Part ${p}`);
      parts.set(p, unit);
      units.push(unit);
    }
    return unit;
  };
  doc.sections.forEach((s, i) => {
    if (isFraming(s)) {
      framing.push(i);
      return;
    }
    const label = shortLabel(s.title) || s.address;
    if (s.kind === 'item' && lastSub && lastSub.part === s.part) {
      const parent = lastSub.unit;
      const unit = draft('unit', s.id, label, `${parent.labelEn} item ${next(parent)}`);
      unit.sections.push(i);
      parent.children.push(unit);
      return;
    }
    if (s.part === null) {
      const k = next(null);
      const unit = draft('unit', s.id, label, s.kind === 'item' ? `Item ${k}` : `Section ${k}`);
      unit.sections.push(i);
      units.push(unit);
      lastSub = s.kind === 'subsection' ? { unit, part: null } : null;
      return;
    }
    const part = partOf(s.part);
    if (s.kind === 'intro') {
      part.sections.push(i);
      lastSub = null;
      return;
    }
    const k = next(part);
    const unit = draft(
      'unit',
      s.id,
      label,
      s.kind === 'item' ? `Part ${s.part} item ${k}` : `Part ${s.part} (${k})`,
    );
    unit.sections.push(i);
    part.children.push(unit);
    lastSub = s.kind === 'subsection' ? { unit, part: s.part } : null;
  });
  units.forEach(collect);
  return { framing, units };
}

/** The framing group (empty sections when the document has neither preamble nor closing). */
export function framingDraft(sections: number[]): GroupDraft {
  return { ...draft('framing', FRAMING_ID, FRAMING_LABEL, FRAMING_LABEL_EN), sections: [...sections] };
}

/** Splits a unit into its own sections (a 'rest' keeping the unit's id and labels) and its children. */
export function splitUnit(unit: GroupDraft): GroupDraft[] {
  const inChildren = new Set(unit.children.flatMap((c) => c.sections));
  const own = unit.sections.filter((i) => !inChildren.has(i));
  const rest: GroupDraft[] = own.length > 0 ? [{ ...unit, role: 'rest', sections: own, children: [] }] : [];
  return [...rest, ...unit.children];
}

/** A label ending in a number or a range: 'Part 2', 'Parts 1–3', 'Part 2 (4)', 'Part 2 item 1'. */
const NUMBERED = /^(.*?)(\d+)(?:–(\d+))?(\)?)$/;
const plural = (prefix: string) => prefix.replace(/^(Part|Section|Item|Paragraph)s? $/, '$1s ');

/** Merges adjacent drafts a and b (a before b) into one unsplittable group, id 'p1-to-p3'. */
export function mergeDrafts(a: GroupDraft, b: GroupDraft): GroupDraft {
  const ma = NUMBERED.exec(a.labelEn);
  const mb = NUMBERED.exec(b.labelEn);
  const labelEn =
    ma && mb && plural(ma[1]!) === plural(mb[1]!) && ma[4] === mb[4]
      ? `${plural(ma[1]!)}${ma[2]}–${mb[3] ?? mb[2]}${ma[4]}`
      : `${a.labelEn.split(' – ')[0]} – ${b.labelEn.split(' – ').pop()}`;
  return {
    role: 'merged',
    id: `${a.id.split('-to-')[0]}-to-${b.id.split('-to-').pop()}`,
    label: a.role === 'merged' ? a.label : `${a.label}等`,
    labelEn,
    sections: [...a.sections, ...b.sections].sort((x, y) => x - y),
    children: [],
  };
}

/**
 * Merges the smallest group into its smaller neighbour while `evaluate(groups).excess > 0` (how many
 * groups too many). `sizes` give each group's size as a tuple compared in order (ties → earliest);
 * a merged group's size is the sum of its parts' until the next evaluation, which comes after
 * merging half the excess (at least one pair). The framing group never merges.
 */
export function mergeSmallest(
  groups: GroupDraft[],
  evaluate: (groups: GroupDraft[]) => { excess: number; sizes: number[][] },
): GroupDraft[] {
  const less = (a: number[], b: number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
    return false;
  };
  let list = groups;
  for (;;) {
    const { excess, sizes: measured } = evaluate(list);
    if (excess <= 0) break;
    let sizes = measured;
    for (let step = Math.max(1, Math.floor(excess / 2)); step > 0; step--) {
      const body = list.map((_, k) => k).filter((k) => list[k]!.role !== 'framing');
      if (body.length < 2) return list;
      const size = (j: number) => sizes[body[j]!]!;
      let smallest = 0;
      for (let j = 1; j < body.length; j++) if (less(size(j), size(smallest))) smallest = j;
      const left = smallest - 1;
      const right = smallest + 1;
      // Into the smaller neighbour, ties → the left one.
      const with_ = left < 0 ? right : right >= body.length || !less(size(right), size(left)) ? left : right;
      const [a, b] = with_ < smallest ? [body[with_]!, body[smallest]!] : [body[smallest]!, body[with_]!];
      const merged = mergeDrafts(list[a]!, list[b]!);
      const sum = sizes[a]!.map((v, k) => v + sizes[b]![k]!);
      list = list.flatMap((g, k) => (k === a ? [merged] : k === b ? [] : [g]));
      sizes = sizes.flatMap((v, k) => (k === a ? [sum] : k === b ? [] : [v]));
    }
  }
  return list;
}

/** Paragraph documents: at most 8 runs of consecutive paragraphs of about equal text length. */
export function paragraphBlocks(doc: ParsedDocument): GroupDraft[] {
  const n = doc.sections.length;
  const count = Math.min(n, MAX_BLOCKS, Math.max(4, Math.ceil(Math.sqrt(n))));
  const lengths = doc.sections.map((s) => Math.max(1, s.end - s.start));
  const total = lengths.reduce((a, b) => a + b, 0);
  const blocks: number[][] = Array.from({ length: count }, () => []);
  let before = 0;
  lengths.forEach((len, i) => {
    // A paragraph goes to the block its midpoint falls in.
    blocks[Math.min(count - 1, Math.floor((count * (before + len / 2)) / total))]!.push(i);
    before += len;
  });
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => {
      const first = doc.sections[b[0]!]!;
      const last = doc.sections[b[b.length - 1]!]!;
      const one = b.length === 1;
      return {
        role: 'block' as const,
        id: first.id,
        label: one ? shortLabel(first.title) || first.address : `${first.address}–${last.address}`,
        labelEn: one ? `Paragraph ${b[0]! + 1}` : `Paragraphs ${b[0]! + 1}–${b[b.length - 1]! + 1}`,
        sections: b,
        children: [],
      };
    });
}

/** Characters of text in a group. */
export function textLength(doc: ParsedDocument, g: SectionGroup): number {
  return g.sections.reduce((sum, i) => sum + doc.sections[i]!.end - doc.sections[i]!.start, 0);
}

/** The coarse grouping (framing + one group per top-level unit, ≤ 12 groups); see the file comment. */
export function partGroups(doc: ParsedDocument): SectionGroup[] {
  if (isParagraphDocument(doc)) return paragraphBlocks(doc).map(toGroup);
  const { framing, units } = headingTree(doc);
  const groups = mergeSmallest([framingDraft(framing), ...units], (list) => ({
    excess: list.filter((g) => g.sections.length > 0).length - MAX_GROUPS,
    sizes: list.map((g) => [textLength(doc, g)]),
  }));
  return groups.filter((g) => g.sections.length > 0).map(toGroup);
}

export function toGroup(g: GroupDraft): SectionGroup {
  return { id: g.id, label: g.label, labelEn: g.labelEn, sections: [...g.sections] };
}
