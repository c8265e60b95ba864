/**
 * Groups of sections derived from the document's structure. They become the themes of documents
 * without a curated lexicon (4–12 of them when the structure allows), and tell a lexicon document
 * which theme dominates a region of the text.
 *
 * Rules, in order: 4–12 parts → one group per part; else ≤ 12 subsections+items → one group per
 * subsection (items join their subsection); else one group per part, merging the smallest adjacent
 * parts while there are more than 12; a document without parts is cut into 4–12 runs of sections.
 * Preamble, closing and (per-subsection mode) part lead-ins fold into 'Overall framing'.
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

export const FRAMING_ID = 'framing';
export const MAX_GROUPS = 12;
const MIN_GROUPS = 4;
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

function partLabel(doc: ParsedDocument, part: number): string {
  const intro = doc.sections.find((s) => s.part === part && s.kind === 'intro' && s.title.trim() !== '');
  const label = intro ? shortLabel(intro.title) : '';
  return label !== '' ? label : `第${chineseNumeral(part)}部分`;
}

function byPart(doc: ParsedDocument, body: number[], parts: number[]): SectionGroup[] {
  return parts.map((part) => ({
    id: `p${part}`,
    label: partLabel(doc, part),
    labelEn: `Part ${part}`,
    sections: body.filter((i) => doc.sections[i]!.part === part),
  }));
}

function bySubsection(doc: ParsedDocument, units: number[]): SectionGroup[] {
  const groups: SectionGroup[] = [];
  const ordinal = new Map<string, number>(); // part → subsections seen so far
  let current: { group: SectionGroup; part: number | null } | null = null;
  let loose = 0;
  for (const i of units) {
    const s = doc.sections[i]!;
    if (s.kind === 'item' && current && current.part === s.part) {
      current.group.sections.push(i);
      continue;
    }
    const key = String(s.part);
    const k = (ordinal.get(key) ?? 0) + 1;
    ordinal.set(key, k);
    if (s.part === null) loose++;
    const label = shortLabel(s.title) || s.address;
    const labelEn = s.part === null ? `Section ${loose}` : `Part ${s.part} (${k})`;
    const group: SectionGroup = { id: s.id, label, labelEn, sections: [i] };
    groups.push(group);
    current = { group, part: s.part };
  }
  return groups;
}

/** Merges the smallest group (by text length) into its smaller neighbour until at most `max` remain. */
function mergeSmallest(doc: ParsedDocument, groups: SectionGroup[], max: number): SectionGroup[] {
  const size = (g: SectionGroup) =>
    g.sections.reduce((sum, i) => sum + doc.sections[i]!.end - doc.sections[i]!.start, 0);
  const list = groups.map((g) => ({ ...g, first: g.labelEn, last: g.labelEn }));
  while (list.length > max) {
    let smallest = 0;
    for (let i = 1; i < list.length; i++) if (size(list[i]!) < size(list[smallest]!)) smallest = i;
    const left = smallest - 1;
    const right = smallest + 1;
    const into =
      left < 0 ? right : right >= list.length ? left : size(list[left]!) <= size(list[right]!) ? left : right;
    const [a, b] = into < smallest ? [into, smallest] : [smallest, into];
    const ga = list[a]!;
    const gb = list[b]!;
    list.splice(a, 2, {
      id: `${ga.id.split('-')[0]}-${gb.id.split('-').pop()}`,
      label: ga.label,
      labelEn: '',
      sections: [...ga.sections, ...gb.sections],
      first: ga.first,
      last: gb.last,
    });
  }
  return list.map(({ first, last, ...g }) => ({
    ...g,
    label: first === last ? g.label : `${g.label}等`,
    labelEn: first === last ? first : `${first}–${last.replace(/^Part /, '')}`.replace(/^Part /, 'Parts '),
  }));
}

/** A document without parts: consecutive runs of sections, 4–12 of them. */
function byRuns(doc: ParsedDocument, body: number[]): SectionGroup[] {
  const count = Math.min(MAX_GROUPS, Math.max(MIN_GROUPS, Math.ceil(Math.sqrt(body.length))));
  const groups: SectionGroup[] = [];
  for (let k = 0; k < count; k++) {
    const slice = body.slice(
      Math.floor((k * body.length) / count),
      Math.floor(((k + 1) * body.length) / count),
    );
    if (slice.length === 0) continue;
    const first = doc.sections[slice[0]!]!;
    const last = doc.sections[slice[slice.length - 1]!]!;
    groups.push({
      id: first.id,
      label: first === last ? shortLabel(first.title) || first.address : `${first.address}–${last.address}`,
      labelEn:
        first === last
          ? `Section ${slice[0]! + 1}`
          : `Sections ${slice[0]! + 1}–${slice[slice.length - 1]! + 1}`,
      sections: slice,
    });
  }
  return groups;
}

export function deriveSectionGroups(doc: ParsedDocument): SectionGroup[] {
  const all = doc.sections.map((_, i) => i);
  const framing = all.filter((i) => isFraming(doc.sections[i]!));
  const body = all.filter((i) => !isFraming(doc.sections[i]!));
  const parts: number[] = [];
  for (const i of body) {
    const p = doc.sections[i]!.part;
    if (p !== null && !parts.includes(p)) parts.push(p);
  }
  const units = body.filter((i) => {
    const kind = doc.sections[i]!.kind;
    return kind === 'subsection' || kind === 'item';
  });

  let groups: SectionGroup[];
  if (parts.length >= MIN_GROUPS && parts.length <= MAX_GROUPS) {
    groups = byPart(doc, body, parts);
  } else if (units.length > 0 && units.length <= MAX_GROUPS) {
    groups = bySubsection(doc, units);
  } else if (parts.length > 0) {
    groups = mergeSmallest(doc, byPart(doc, body, parts), MAX_GROUPS);
  } else {
    groups = byRuns(doc, body);
  }
  // Whatever no group took (preamble, closing, lead-ins, stray sections) is the overall framing.
  const taken = new Set(groups.flatMap((g) => g.sections));
  const rest = all.filter((i) => !taken.has(i));
  const result = groups.filter((g) => g.sections.length > 0);
  if (rest.length > 0 || framing.length > 0) {
    result.unshift({ id: FRAMING_ID, label: '总体部署', labelEn: 'Overall framing', sections: rest });
  }
  return result.filter((g) => g.sections.length > 0);
}
