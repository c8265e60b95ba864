/**
 * The body's structure as leaf sections in document order, never overlapping. Which heading levels
 * make parts and subsections is decided per document (levels.ts): 一、/（一）, 第X章/第X节,
 * 第X部分/一、 and so on.
 *   preamble  text before the first part (or before the first subsection / item when there are no parts)
 *   intro     each part's heading line and lead-in text up to its first subsection or item; a skipped
 *             篇 heading (and its text) before a 章 opens that chapter's intro
 *   subsection（一）, 第X节 … inside a part, or at top level when there are no parts
 *   item      1. 1． 1、 （1） — only in a part (or at top level) that has no subsections; the
 *             first item marker's style decides which markers count, so （1） inside 1. items is text
 *   closing   see closing.ts
 *   appendix, glossary  after the body: 附件N and 名词解释 with their own numbering (back-matter.ts)
 * Numbers must increase within their level (一、 then 二、; （一） then （二）), so a stray marker with a
 * smaller number is text (see acceptIncreasing for lists that restart at 一). A table of contents
 * (toc.ts) is never structure. Without any heading every non-blank line becomes a section (para-1 …).
 * Ids: p3-intro, p3-s2, p3-i1, s2 and i1 at top level. Addresses and titles: labels.ts.
 */
import type { Section } from '../schema';
import { backMatterLeaves, backMatterStart, type Leaf } from './back-matter';
import { closingStart } from './closing';
import {
  headingAt,
  stripTrailingPunct,
  type Heading,
  type ItemHeading,
  type Level,
  type LevelHeading,
} from './headings';
import { itemAddress, partAddress, subAddress, titleAt } from './labels';
import { acceptedAt, acceptIncreasing, lockPartStyle, planLevels, type LevelPlan } from './levels';
import { isBlank, trimSpan, type Line } from './lines';
import { findToc } from './toc';

export const NO_HEADINGS_WARNING = 'no 一、/（一） headings found: paragraphs are used as sections';

interface Container {
  part: number | null;
  /** The part's address (二, 第三章), '' at top level. */
  address: string;
  heading: LevelHeading | null;
  /** Line of the part heading; lines before it (first .. headingLine) are a skipped 篇 heading and its text. */
  headingLine: number;
  first: number;
  last: number;
}

const PARAGRAPH_TITLE_LENGTH = 30;
const PARAGRAPH_END = /[。！？!?；;]/;

function childLeaves(
  text: string,
  lines: readonly Line[],
  container: Container,
  headings: ReadonlyArray<Heading | null>,
  subLevel: Level | null,
): Leaf[] {
  const titleOf = (i: number, h: Heading): string => titleAt(text, lines, i, h, container.last);
  const { part } = container;
  const prefix = part === null ? '' : `p${part}-`;
  const from = container.heading ? container.headingLine + 1 : container.first;
  const children: Leaf[] = [];
  if (subLevel !== null) {
    for (const i of acceptedAt(headings, subLevel, from, container.last)) {
      const h = headings[i] as LevelHeading;
      children.push({
        id: `${prefix}s${h.value}`,
        kind: 'subsection',
        part,
        address: subAddress(container.address, h),
        title: titleOf(i, h),
        first: i,
        last: container.last,
      });
    }
  }
  if (children.length === 0) {
    // Items: the first item marker's style decides which markers count.
    const at: number[] = [];
    let style: 'dot' | 'paren' | null = null;
    for (let i = from; i < container.last; i++) {
      const h = headings[i];
      if (h?.kind !== 'item') continue;
      style ??= h.style;
      if (h.style === style) at.push(i);
    }
    const ok = acceptIncreasing(at.map((i) => (headings[i] as ItemHeading).value));
    at.forEach((i, k) => {
      if (!ok[k]) return;
      const h = headings[i] as ItemHeading;
      children.push({
        id: `${prefix}i${h.value}`,
        kind: 'item',
        part,
        address: itemAddress(container.address, container.heading, h),
        title: titleOf(i, h),
        first: i,
        last: container.last,
      });
    });
  }
  for (let c = 0; c + 1 < children.length; c++) (children[c] as Leaf).last = (children[c + 1] as Leaf).first;
  return children;
}

function paragraphLeaves(text: string, lines: readonly Line[], bodyStart: number, bodyEnd: number): Leaf[] {
  const leaves: Leaf[] = [];
  for (let i = bodyStart; i < bodyEnd; i++) {
    const line = lines[i] as Line;
    if (isBlank(text, line)) continue;
    const n = leaves.length + 1;
    const [s, e] = trimSpan(text, line.start, line.end);
    const body = text.slice(s, e);
    const m = PARAGRAPH_END.exec(body);
    const sentence = stripTrailingPunct(m ? body.slice(0, m.index) : body);
    const title = Array.from(sentence).slice(0, PARAGRAPH_TITLE_LENGTH).join('');
    leaves.push({
      id: `para-${n}`,
      kind: 'subsection',
      part: null,
      address: `¶${n}`,
      title,
      first: i,
      last: i + 1,
    });
  }
  return leaves;
}

function toSection(text: string, lines: readonly Line[], leaf: Leaf): Section | null {
  if (leaf.last <= leaf.first) return null;
  const [start, end] = trimSpan(text, (lines[leaf.first] as Line).start, (lines[leaf.last - 1] as Line).end);
  if (end <= start) return null;
  const { id, kind, part, address, title } = leaf;
  return { id, kind, part, address, title, start, end };
}

/** Part containers: the top level (preamble) and one per accepted part heading. */
function partContainers(
  headings: ReadonlyArray<Heading | null>,
  plan: LevelPlan,
  bodyStart: number,
  bodyEnd: number,
): Container[] {
  const containers: Container[] = [
    { part: null, address: '', heading: null, headingLine: bodyStart, first: bodyStart, last: bodyEnd },
  ];
  if (plan.part === null) return containers;
  const accepted = new Set(acceptedAt(headings, plan.part, bodyStart, bodyEnd));
  let skippedLine: number | null = null; // a skipped 篇 heading since the last part heading
  for (let i = bodyStart; i < bodyEnd; i++) {
    const h = headings[i];
    if (h?.kind !== 'level') continue;
    if (h.level === plan.skipped) skippedLine ??= i;
    if (!accepted.has(i)) continue;
    const first = skippedLine ?? i;
    (containers[containers.length - 1] as Container).last = first;
    containers.push({
      part: h.value,
      address: partAddress(h),
      heading: h,
      headingLine: i,
      first,
      last: bodyEnd,
    });
    skippedLine = null;
  }
  return containers;
}

export function buildSections(
  text: string,
  lines: readonly Line[],
  headerBodyStart: number,
  documentEnd: number,
): { sections: Section[]; warnings: string[] } {
  let bodyStart = headerBodyStart;
  // Appendices and a glossary after the body are sections of their own kinds (back-matter.ts).
  const backStart = backMatterStart(text, lines, bodyStart, documentEnd);
  const bodyEnd = backStart ?? documentEnd;
  const back = backStart === null ? [] : backMatterLeaves(text, lines, backStart, documentEnd);
  let headings: Array<Heading | null> = lines.map((line, i) =>
    i >= bodyStart && i < bodyEnd ? headingAt(text, line) : null,
  );
  // A table of contents: its entries are text; right after the header it is header.
  const toc = findToc(text, lines, headings, bodyStart, bodyEnd);
  if (toc) {
    for (let i = toc.start; i < toc.end; i++) headings[i] = null;
    let blankBefore = true;
    for (let i = bodyStart; i < toc.start && blankBefore; i++) blankBefore = isBlank(text, lines[i] as Line);
    if (blankBefore) bodyStart = toc.end;
  }
  headings = lockPartStyle(headings, bodyStart, bodyEnd);
  const plan = planLevels(headings, bodyStart, bodyEnd);
  const containers = partContainers(headings, plan, bodyStart, bodyEnd);

  const leaves: Leaf[] = [];
  for (const container of containers) {
    const children = childLeaves(text, lines, container, headings, plan.sub);
    const leadEnd = children[0]?.first ?? container.last;
    if (container.part === null) {
      leaves.push({
        id: 'preamble',
        kind: 'preamble',
        part: null,
        address: '序言',
        title: '',
        first: container.first,
        last: leadEnd,
      });
    } else {
      leaves.push({
        id: `p${container.part}-intro`,
        kind: 'intro',
        part: container.part,
        address: container.address,
        title: container.heading
          ? titleAt(text, lines, container.headingLine, container.heading, container.last)
          : '',
        first: container.first,
        last: leadEnd,
      });
    }
    leaves.push(...children);
  }

  if (leaves.length === 1) {
    const sections = [...paragraphLeaves(text, lines, bodyStart, bodyEnd), ...back]
      .map((leaf) => toSection(text, lines, leaf))
      .filter((s): s is Section => s !== null);
    return { sections, warnings: sections.length > 0 ? [NO_HEADINGS_WARNING] : [] };
  }

  const last = leaves[leaves.length - 1] as Leaf;
  if (last.kind !== 'preamble') {
    const start = closingStart(text, lines, last.first, last.last);
    if (start !== null) {
      leaves.push({
        id: 'closing',
        kind: 'closing',
        part: null,
        address: '结语',
        title: '',
        first: start,
        last: last.last,
      });
      last.last = start;
    }
  }

  const sections = [...leaves, ...back]
    .map((leaf) => toSection(text, lines, leaf))
    .filter((s): s is Section => s !== null);
  return { sections, warnings: [] };
}
