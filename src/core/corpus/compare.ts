/**
 * Two documents of a corpus side by side: which concepts the later one took up from the earlier one, which it
 * added, which it did not take up — with mention counts in each, for lists a reader sorts and exports.
 */
import type { CorpusData, Status } from './schema';

export interface ComparisonRow {
  concept: string;
  label: string;
  /** Mentions in the earlier and in the later document (0 when absent). */
  earlier: number;
  later: number;
  status: Status;
}

export interface Comparison {
  earlier: string;
  later: string;
  /** The relation between the two documents the text establishes, when there is one. */
  relation: string | null;
  rows: ComparisonRow[];
  counts: Record<Status, number>;
}

export type ComparisonSort = 'status' | 'earlier' | 'later' | 'label';

/** Which of two documents comes first: the earlier date, else corpus order. */
function ordered(corpus: CorpusData, a: string, b: string): [string, string] {
  const ia = corpus.documents.findIndex((d) => d.id === a);
  const ib = corpus.documents.findIndex((d) => d.id === b);
  if (ia < 0 || ib < 0) throw new Error(`unknown document ${ia < 0 ? a : b}`);
  return ia <= ib ? [a, b] : [b, a];
}

export function compareDocuments(corpus: CorpusData, a: string, b: string): Comparison {
  const [earlier, later] = ordered(corpus, a, b);
  const relation =
    corpus.relations.find((r) => r.from === later && r.to === earlier) ??
    corpus.relations.find((r) => r.from === earlier && r.to === later) ??
    null;
  const rows: ComparisonRow[] = [];
  const counts: Record<Status, number> = { 'taken-up': 0, added: 0, 'not-taken-up': 0 };
  for (const c of corpus.concepts) {
    const e = c.presence.find((p) => p.document === earlier)?.count ?? 0;
    const l = c.presence.find((p) => p.document === later)?.count ?? 0;
    if (e === 0 && l === 0) continue;
    const status: Status = e > 0 && l > 0 ? 'taken-up' : l > 0 ? 'added' : 'not-taken-up';
    counts[status]++;
    rows.push({ concept: c.id, label: c.label, earlier: e, later: l, status });
  }
  return { earlier, later, relation: relation?.id ?? null, rows: sortRows(rows, 'later'), counts };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows sorted by mentions (most first, then the other document's), by label, or by status. */
export function sortRows(rows: readonly ComparisonRow[], by: ComparisonSort): ComparisonRow[] {
  const order: Record<Status, number> = { 'taken-up': 0, added: 1, 'not-taken-up': 2 };
  const byCount = (x: ComparisonRow, y: ComparisonRow, k: 'earlier' | 'later') =>
    y[k] - x[k] || y[k === 'earlier' ? 'later' : 'earlier'] - x[k === 'earlier' ? 'later' : 'earlier'] || cmp(x.label, y.label);
  return [...rows].sort((x, y) => {
    if (by === 'label') return cmp(x.label, y.label);
    if (by === 'status') return order[x.status] - order[y.status] || byCount(x, y, 'later');
    return byCount(x, y, by);
  });
}
