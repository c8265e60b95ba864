/**
 * The body's structure as leaf sections in document order, never overlapping:
 *   preamble  text before the first part (or before the first （一） / item when there are no parts)
 *   intro     each part's heading line and lead-in text up to its first （一） or item
 *   subsection（一）… inside a part, or at top level when there are no parts
 *   item      1. 1． 1、 （1） — only in a part (or at top level) that has no （一） subsections; the
 *             first item marker's style decides which markers count, so （1） inside 1. items is text
 *   closing   see closing.ts
 * Numbers must increase within their level (一、 then 二、; （一） then （二）), so a stray marker with a
 * smaller number is text. Without any heading every non-blank line becomes a section (para-1 …).
 */
import type { Section, SectionKind } from '../schema';
import { closingStart } from './closing';
import { headingAt, headingTitle, stripTrailingPunct, type Heading } from './headings';
import { isBlank, trimSpan, type Line } from './lines';

export const NO_HEADINGS_WARNING = 'no 一、/（一） headings found: paragraphs are used as sections';

interface Leaf {
  id: string;
  kind: SectionKind;
  part: number | null;
  address: string;
  title: string;
  /** Lines lines[first .. last). */
  first: number;
  last: number;
}

interface Container {
  part: number | null;
  numeral: string;
  heading: Heading | null;
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
): Leaf[] {
  const titleOf = (i: number, h: Heading): string => headingTitle(text, h.markerEnd, (lines[i] as Line).end);
  const { part, numeral } = container;
  const prefix = part === null ? '' : `p${part}-`;
  const from = container.heading ? container.first + 1 : container.first;
  const children: Leaf[] = [];
  let lastValue = 0;
  for (let i = from; i < container.last; i++) {
    const h = headings[i];
    if (h?.kind !== 'sub' || h.value <= lastValue) continue;
    lastValue = h.value;
    children.push({
      id: `${prefix}s${h.value}`,
      kind: 'subsection',
      part,
      address: `${numeral}（${h.numeral}）`,
      title: titleOf(i, h),
      first: i,
      last: container.last,
    });
  }
  if (children.length === 0) {
    let style: 'dot' | 'paren' | null = null;
    for (let i = from; i < container.last; i++) {
      const h = headings[i];
      if (h?.kind !== 'item' || (style !== null && h.style !== style) || h.value <= lastValue) continue;
      style = h.style;
      lastValue = h.value;
      let address: string;
      if (h.style === 'paren') address = `${numeral}（${h.value}）`;
      else address = part === null ? `${h.value}.` : `${numeral}、${h.value}`;
      const title = titleOf(i, h);
      children.push({
        id: `${prefix}i${h.value}`,
        kind: 'item',
        part,
        address,
        title,
        first: i,
        last: container.last,
      });
    }
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

export function buildSections(
  text: string,
  lines: readonly Line[],
  bodyStart: number,
  bodyEnd: number,
): { sections: Section[]; warnings: string[] } {
  const headings: Array<Heading | null> = lines.map((line, i) =>
    i >= bodyStart && i < bodyEnd ? headingAt(text, line) : null,
  );

  const containers: Container[] = [
    { part: null, numeral: '', heading: null, first: bodyStart, last: bodyEnd },
  ];
  let lastPart = 0;
  for (let i = bodyStart; i < bodyEnd; i++) {
    const h = headings[i];
    if (h?.kind !== 'part' || h.value <= lastPart) continue;
    lastPart = h.value;
    (containers[containers.length - 1] as Container).last = i;
    containers.push({ part: h.value, numeral: h.numeral, heading: h, first: i, last: bodyEnd });
  }

  const leaves: Leaf[] = [];
  for (const container of containers) {
    const children = childLeaves(text, lines, container, headings);
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
        address: container.numeral,
        title: container.heading
          ? headingTitle(text, container.heading.markerEnd, (lines[container.first] as Line).end)
          : '',
        first: container.first,
        last: leadEnd,
      });
    }
    leaves.push(...children);
  }

  if (leaves.length === 1) {
    const sections = paragraphLeaves(text, lines, bodyStart, bodyEnd)
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

  const sections = leaves.map((leaf) => toSection(text, lines, leaf)).filter((s): s is Section => s !== null);
  return { sections, warnings: [] };
}
