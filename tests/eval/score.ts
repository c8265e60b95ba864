/**
 * Scores one document's nodes against its (adjudicated) annotation, as tests/fixtures/eval/README.md says:
 * a node matches a name when its label or an alias equals the name or an alias after removing quotation
 * marks and white space; precision counts nodes matching a name or an acceptable entry; recall per class
 * counts names found. A name that never occurs in the text outside a longer listed name is left out of
 * recall (it cannot be a node of its own there); a name that does not occur in the text at all is
 * reported so that a reader can look at it, and stays a miss.
 */
import { NAME_CLASSES, type Annotation, type NameClass } from './annotation';
import { isFigure } from './figures';

export interface EvalNode {
  label: string;
  aliases: readonly string[];
  origin: string;
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface DocScore {
  recall: Record<NameClass, Ratio>;
  missed: Record<NameClass, string[]>;
  /** Names whose every occurrence is inside a longer listed name: not counted in recall. */
  nestedOnly: string[];
  /** Names (no spelling of which) occur in the text. */
  notInText: string[];
  precision: Ratio;
  precisionWithoutVocabulary: Ratio;
  byOrigin: Record<string, Ratio>;
  wrong: { label: string; origin: string }[];
  forbiddenFound: string[];
  figures: string[];
}

const QUOTE_OR_SPACE = /[“”‘’「」『』"'\s\u3000]/g;
export const normalize = (s: string): string => s.replace(QUOTE_OR_SPACE, '');

export const ratio = (r: Ratio): number => (r.total === 0 ? 1 : r.hit / r.total);

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Names occurring only inside occurrences of longer listed names, and names not in the text. */
function placeNames(text: string, annotation: Annotation): { nestedOnly: Set<string>; absent: Set<string> } {
  const flat = normalize(text);
  const spans: { start: number; end: number; name: string }[] = [];
  const own = new Map<string, { start: number; end: number }[]>();
  for (const n of annotation.names) {
    const list: { start: number; end: number }[] = [];
    for (const s of new Set([n.name, ...(n.aliases ?? [])].map(normalize)))
      for (const at of occurrences(flat, s)) list.push({ start: at, end: at + s.length });
    own.set(n.name, list);
    for (const o of list) spans.push({ ...o, name: n.name });
  }
  const nestedOnly = new Set<string>();
  const absent = new Set<string>();
  for (const n of annotation.names) {
    const list = own.get(n.name) ?? [];
    if (list.length === 0) {
      absent.add(n.name);
      continue;
    }
    const inside = (o: { start: number; end: number }) =>
      spans.some(
        (p) => p.name !== n.name && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start,
      );
    if (list.every(inside)) nestedOnly.add(n.name);
  }
  return { nestedOnly, absent };
}

export function scoreDocument(text: string, nodes: readonly EvalNode[], annotation: Annotation): DocScore {
  const surfaces = (n: EvalNode) => new Set([n.label, ...n.aliases].map(normalize));
  const nodeSurfaces = nodes.map(surfaces);
  const found = (spellings: readonly string[]) => {
    const want = spellings.map(normalize);
    return nodeSurfaces.some((s) => want.some((w) => s.has(w)));
  };
  const { nestedOnly, absent } = placeNames(text, annotation);

  const recall = {
    local: { hit: 0, total: 0 },
    quoted: { hit: 0, total: 0 },
    national: { hit: 0, total: 0 },
  };
  const missed: Record<NameClass, string[]> = { local: [], quoted: [], national: [] };
  for (const n of annotation.names) {
    if (nestedOnly.has(n.name)) continue;
    const r = recall[n.class];
    r.total++;
    if (found([n.name, ...(n.aliases ?? [])])) r.hit++;
    else missed[n.class].push(n.name);
  }

  const good = new Set<string>();
  for (const n of annotation.names) for (const s of [n.name, ...(n.aliases ?? [])]) good.add(normalize(s));
  for (const s of annotation.acceptable) good.add(normalize(s));
  const forbidden = new Set(annotation.forbidden.map(normalize));

  const precision = { hit: 0, total: 0 };
  const precisionWithoutVocabulary = { hit: 0, total: 0 };
  const byOrigin: Record<string, Ratio> = {};
  const wrong: { label: string; origin: string }[] = [];
  const forbiddenFound: string[] = [];
  const figures: string[] = [];
  nodes.forEach((node, i) => {
    const s = nodeSurfaces[i] as Set<string>;
    const ok = [...s].some((x) => good.has(x));
    const o = (byOrigin[node.origin] ??= { hit: 0, total: 0 });
    for (const r of node.origin === 'vocabulary'
      ? [precision, o]
      : [precision, o, precisionWithoutVocabulary]) {
      r.total++;
      if (ok) r.hit++;
    }
    if (!ok) wrong.push({ label: node.label, origin: node.origin });
    if ([...s].some((x) => forbidden.has(x))) forbiddenFound.push(node.label);
    if (isFigure(node.label) && !ok) figures.push(node.label); // a count a reader lists as a name (“10个着力”) is one
  });

  for (const c of NAME_CLASSES) missed[c].sort();
  return {
    recall,
    missed,
    nestedOnly: [...nestedOnly].sort(),
    notInText: [...absent].sort(),
    precision,
    precisionWithoutVocabulary,
    byOrigin,
    wrong,
    forbiddenFound,
    figures,
  };
}
