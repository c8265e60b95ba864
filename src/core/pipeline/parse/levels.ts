/**
 * Which heading levels give the document its parts and subsections, and which markers of a level count.
 *
 * Levels, coarsest first: group (第X篇, 第X编, 第X部分), chapter (第X章), section (第X节), part (一、),
 * sub (（一）). The rule:
 *   1. A level is present when some line starts with its marker. A coarser level whose first heading
 *      comes after two or more headings of a finer present level is text: it is a list nested in
 *      those (一、二、三、 inside top-level （一） subsections).
 *   2. The part level is the coarsest present level, except that group (篇/部分) is skipped when
 *      chapters (章) are present and numbered across groups (five-year plans: 第一篇 第一章 第二章 第二篇
 *      第三章 …); when chapter numbers restart in each group, groups are the parts and chapters their
 *      subsections. The subsection level is the next finer present level. Finer levels are text.
 *   3. A section (节) or sub (（一）) level that comes out as the part level has no parts above it: its
 *      headings are top-level subsections.
 * So: 章/节 (and 篇/章/节) → 章 parts, 节 subsections; 第X部分/一、(/（一）) → 部分 parts, 一、
 * subsections; 一、/（一） → as before. The coarsest levels win over the finest ones because finer
 * numbering restarts under each coarser heading (节 in each 章, 一、 in each 部分) while ids need
 * one number per part.
 */
import { LEVELS, type Heading, type Level, type LevelHeading } from './headings';

export interface LevelPlan {
  /** Level whose headings open parts (p1, p2 …), or null. */
  part: Level | null;
  /** Level whose headings open subsections inside a part (or at top level when part is null). */
  sub: Level | null;
  /** A coarser level that is skipped (篇/部分 above 章): its heading lines open the next part's intro. */
  skipped: Level | null;
}

/** Headings of a finer level before a coarser level's first heading that make the coarser one a list. */
const NESTED_EVIDENCE = 2;

const levelOf = (h: Heading | null | undefined): Level | null => (h?.kind === 'level' ? h.level : null);

/** True when chapter numbers start again after a group heading (第二篇 第一章). */
function chaptersRestart(headings: ReadonlyArray<Heading | null>, from: number, to: number): boolean {
  let lastChapter = 0;
  let groupSince = false;
  for (let i = from; i < to; i++) {
    const h = headings[i];
    if (h?.kind !== 'level') continue;
    if (h.level === 'group') groupSince = true;
    if (h.level !== 'chapter') continue;
    if (groupSince && lastChapter > 0 && h.value <= lastChapter) return true;
    lastChapter = h.value;
    groupSince = false;
  }
  return false;
}

export function planLevels(headings: ReadonlyArray<Heading | null>, from: number, to: number): LevelPlan {
  const counts = new Map<Level, number>();
  // countsBefore.get(L): how many headings of each level came before L's first heading
  const countsBefore = new Map<Level, Map<Level, number>>();
  for (let i = from; i < to; i++) {
    const level = levelOf(headings[i]);
    if (level === null) continue;
    if (!countsBefore.has(level)) countsBefore.set(level, new Map(counts));
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  // Rule 1, finest first so that only kept levels can make a coarser one a list.
  const kept: Level[] = [];
  for (let k = LEVELS.length - 1; k >= 0; k--) {
    const level = LEVELS[k] as Level;
    const before = countsBefore.get(level);
    if (!before) continue;
    if (kept.some((finer) => (before.get(finer) ?? 0) >= NESTED_EVIDENCE)) continue;
    kept.unshift(level);
  }
  // Rule 2.
  let skipped: Level | null = null;
  if (kept[0] === 'group' && kept[1] === 'chapter' && !chaptersRestart(headings, from, to)) {
    skipped = 'group';
    kept.shift();
  }
  const part = kept[0] ?? null;
  // Rule 3.
  if (part === 'section' || part === 'sub') return { part: null, sub: part, skipped };
  return { part, sub: kept[1] ?? null, skipped };
}

/**
 * Which markers of one level (in document order) count: numbers must increase, and a run that starts
 * again at 1 (一、 after part 一 already exists) is a list: its next numbers (二、 三、) are list items too
 * while the same number occurs again later (the real next heading). Linear.
 */
export function acceptIncreasing(values: readonly number[]): boolean[] {
  const laterSame: boolean[] = new Array<boolean>(values.length).fill(false);
  const seen = new Set<number>();
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as number;
    laterSame[i] = seen.has(v);
    seen.add(v);
  }
  const accepted: boolean[] = new Array<boolean>(values.length).fill(false);
  let last = 0;
  let listNext = 0; // next number of an open list run, 0 when none
  values.forEach((v, i) => {
    if (v <= last) {
      if (v === 1) listNext = 2;
      else if (listNext !== 0 && v === listNext) listNext++;
      else listNext = 0;
    } else if (listNext !== 0 && v === listNext && laterSame[i]) {
      listNext++;
    } else {
      accepted[i] = true;
      last = v;
      listNext = 0;
    }
  });
  return accepted;
}

/** Indices of the headings of one level in lines[from .. to) that count, in order. */
export function acceptedAt(
  headings: ReadonlyArray<Heading | null>,
  level: Level,
  from: number,
  to: number,
): number[] {
  const at: number[] = [];
  for (let i = from; i < to; i++) if (levelOf(headings[i]) === level) at.push(i);
  const ok = acceptIncreasing(at.map((i) => (headings[i] as LevelHeading).value));
  return at.filter((_, k) => ok[k]);
}

/**
 * Part-level markers come in two styles (一、 and 一\u3000title); the style more of them use wins
 * (一、 on a tie), the other style is text. Returns a copy with the other style's headings removed.
 */
export function lockPartStyle(
  headings: ReadonlyArray<Heading | null>,
  from: number,
  to: number,
): Array<Heading | null> {
  let mark = 0;
  let space = 0;
  for (let i = from; i < to; i++) {
    const h = headings[i];
    if (h?.kind !== 'level' || h.level !== 'part') continue;
    if (h.style === 'mark') mark++;
    else space++;
  }
  const style = space > mark ? 'space' : 'mark';
  return headings.map((h, i) =>
    i < from || i >= to || h?.kind !== 'level' || h.level !== 'part' || h.style === style ? h : null,
  );
}
