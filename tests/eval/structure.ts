/**
 * Structure checks of the evaluation: the parse against what the reader wrote under `structure`.
 *   date        the document's date
 *   parts       top-level parts in order (appendices excluded): marker, the start of the heading, and the
 *               number of subsections in each (its items when it has none: 1. 2. … in place of （一）)
 *   appendices  appendix sections (kind 'appendix'), one per 附件N, by the start of their heading
 *   glossary    the defined terms: each a node of origin 'glossary' whose description starts with the
 *               definition
 * Headings are compared on their first characters after removing marks, numbering and white space, so a
 * reader's "first ~12 characters" and the parser's full heading agree.
 */
import type { GraphData } from '../../src/core/pipeline/schema';
import type { Annotation } from './annotation';
import { normalize } from './score';

export interface StructureCheck {
  ok: boolean;
  /** One line per difference. */
  problems: string[];
  parsed: { date: string | null; parts: { marker: string; heading: string; subsections: number }[] };
}

const HEADING_CHARS = 6;
const MARKER =
  /^(?:第[一二三四五六七八九十百]+部分|[一二三四五六七八九十百]+[、.．]|附件\s*[0-9０-９]+[:：]?)/;
const head = (s: string): string =>
  Array.from(normalize(s.trim().replace(MARKER, '')).replace(/[，。；：、,.;:]/g, ''))
    .slice(0, HEADING_CHARS)
    .join('');
const markerOf = (s: string): string => s.replace(/^第|部分$|[、.．\s]/g, '');

/** Headings agree when one starts with the other's first characters. */
function sameHeading(a: string, b: string): boolean {
  const x = head(a);
  const y = head(b);
  return x.length > 0 && y.length > 0 && (x.startsWith(y) || y.startsWith(x));
}

export function checkStructure(data: GraphData, annotation: Annotation): StructureCheck {
  const want = annotation.structure;
  const problems: string[] = [];
  if (data.document.date !== want.date)
    problems.push(`date: parsed ${data.document.date ?? 'none'}, reader ${want.date ?? 'none'}`);

  const intros = data.sections.filter((s) => s.kind === 'intro' && s.part !== null);
  // A part's subsections are its （一）-level units; a part numbered 1. 2. … instead (the Zhejiang report) has
  // its items at that level.
  const units = (part: number | null, kind: string) =>
    data.sections.filter((x) => x.part === part && x.kind === kind).length;
  const parts = intros.map((s) => ({
    marker: s.address,
    heading: s.title,
    subsections: units(s.part, 'subsection') || units(s.part, 'item'),
  }));
  if (parts.length !== want.parts.length)
    problems.push(`parts: parsed ${parts.length}, reader ${want.parts.length}`);
  want.parts.forEach((w, i) => {
    const p = parts[i];
    if (!p) return;
    if (markerOf(p.marker) !== markerOf(w.marker))
      problems.push(`part ${i + 1}: marker parsed ${p.marker}, reader ${w.marker}`);
    if (!sameHeading(p.heading, w.heading))
      problems.push(`part ${w.marker}: heading parsed “${p.heading.slice(0, 16)}”, reader “${w.heading}”`);
    if (p.subsections !== w.subsections)
      problems.push(`part ${w.marker}: subsections parsed ${p.subsections}, reader ${w.subsections}`);
  });

  const appendixHeads = new Map<string, string>();
  for (const s of data.sections)
    if (s.kind === 'appendix') {
      const key = s.address.split('·')[0] ?? s.address;
      if (!appendixHeads.has(key)) appendixHeads.set(key, `${key} ${s.title}`);
    }
  const appendices = [...appendixHeads.values()];
  if (appendices.length !== want.appendices.length)
    problems.push(`appendices: parsed ${appendices.length}, reader ${want.appendices.length}`);
  want.appendices.forEach((w, i) => {
    const a = appendices[i];
    if (a !== undefined && !sameHeading(a, w.heading) && !sameHeading(a.replace(MARKER, ''), w.heading))
      problems.push(`appendix ${i + 1}: heading parsed “${a.slice(0, 16)}”, reader “${w.heading}”`);
  });

  const terms = data.nodes.filter((n) => n.origin === 'glossary');
  for (const w of want.glossary) {
    const t = normalize(w.term);
    const node = terms.find((n) => [n.label, ...n.aliases].some((s) => normalize(s) === t));
    if (!node) problems.push(`glossary: term ${w.term} is not a glossary node`);
    else if (w.definitionStart && !normalize(node.description).startsWith(normalize(w.definitionStart)))
      problems.push(
        `glossary: ${w.term}: description “${node.description.slice(0, 12)}…” does not start with the definition`,
      );
  }
  // A glossary node must stand for a defined term (two quoted names joined in one term are two nodes).
  const wanted = want.glossary.map((w) => normalize(w.term));
  for (const n of terms)
    if (!wanted.some((t) => t.includes(normalize(n.label))))
      problems.push(`glossary: node ${n.label} is not a term the reader lists`);

  return {
    ok: problems.length === 0,
    problems,
    parsed: { date: data.document.date, parts },
  };
}
