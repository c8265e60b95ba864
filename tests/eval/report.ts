/**
 * Floors, the JSON report (tests/eval/latest.json) and the printed summary of the evaluation.
 * Floors (issue 6), checked for every document and for the pooled figures: local-name recall ≥ 0.85,
 * quoted-term recall ≥ 0.93, precision ≥ 0.92, no figure node, no forbidden node, structure right.
 */
import { NAME_CLASSES, type NameClass } from './annotation';
import { ratio, type DocScore, type Ratio } from './score';
import type { StructureCheck } from './structure';

export const FLOORS = { local: 0.85, quoted: 0.93, precision: 0.92 } as const;

export interface DocResult {
  id: string;
  heldOut: boolean;
  nodes: number;
  adjudications: number;
  score: DocScore;
  structure: StructureCheck;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const fig = (r: Ratio) => ({ value: r3(ratio(r)), hit: r.hit, total: r.total });

function add(a: Ratio, b: Ratio): Ratio {
  return { hit: a.hit + b.hit, total: a.total + b.total };
}

export function pooled(results: readonly DocResult[]) {
  const zero = (): Ratio => ({ hit: 0, total: 0 });
  const recall: Record<NameClass, Ratio> = { local: zero(), quoted: zero(), national: zero() };
  let precision = zero();
  let withoutVocabulary = zero();
  const byOrigin: Record<string, Ratio> = {};
  let figures = 0;
  let forbidden = 0;
  for (const r of results) {
    for (const c of NAME_CLASSES) recall[c] = add(recall[c], r.score.recall[c]);
    precision = add(precision, r.score.precision);
    withoutVocabulary = add(withoutVocabulary, r.score.precisionWithoutVocabulary);
    for (const [o, v] of Object.entries(r.score.byOrigin)) byOrigin[o] = add(byOrigin[o] ?? zero(), v);
    figures += r.score.figures.length;
    forbidden += r.score.forbiddenFound.length;
  }
  return { recall, precision, withoutVocabulary, byOrigin, figures, forbidden };
}

/** Floor failures of one document (or the pool when structure is null), one line each. */
export function floorFailures(
  recall: Record<NameClass, Ratio>,
  precision: Ratio,
  figures: number,
  forbidden: number,
  structure: StructureCheck | null,
): string[] {
  const out: string[] = [];
  if (ratio(recall.local) < FLOORS.local)
    out.push(`local recall ${r3(ratio(recall.local))} < ${FLOORS.local}`);
  if (ratio(recall.quoted) < FLOORS.quoted)
    out.push(`quoted recall ${r3(ratio(recall.quoted))} < ${FLOORS.quoted}`);
  if (ratio(precision) < FLOORS.precision)
    out.push(`precision ${r3(ratio(precision))} < ${FLOORS.precision}`);
  if (figures > 0) out.push(`${figures} figure node(s)`);
  if (forbidden > 0) out.push(`${forbidden} forbidden node(s)`);
  if (structure && !structure.ok) out.push(`structure: ${structure.problems.length} difference(s)`);
  return out;
}

export function docFailures(r: DocResult): string[] {
  const s = r.score;
  return floorFailures(s.recall, s.precision, s.figures.length, s.forbiddenFound.length, r.structure);
}

function originFigures(byOrigin: Record<string, Ratio>) {
  return Object.fromEntries(
    Object.entries(byOrigin)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([o, v]) => [o, fig(v)]),
  );
}

/** The JSON report: deterministic (no dates, no timings), so it can be committed and quoted. */
export function jsonReport(results: readonly DocResult[], adjudications: number) {
  const pool = pooled(results);
  return {
    floors: FLOORS,
    adjudications,
    pooled: {
      documents: results.length,
      recall: Object.fromEntries(NAME_CLASSES.map((c) => [c, fig(pool.recall[c])])),
      precision: fig(pool.precision),
      precisionWithoutVocabulary: fig(pool.withoutVocabulary),
      precisionByOrigin: originFigures(pool.byOrigin),
      figureNodes: pool.figures,
      forbiddenNodes: pool.forbidden,
      failures: floorFailures(pool.recall, pool.precision, pool.figures, pool.forbidden, null),
    },
    documents: results.map((r) => ({
      id: r.id,
      heldOut: r.heldOut,
      nodes: r.nodes,
      adjudications: r.adjudications,
      recall: Object.fromEntries(NAME_CLASSES.map((c) => [c, fig(r.score.recall[c])])),
      precision: fig(r.score.precision),
      precisionWithoutVocabulary: fig(r.score.precisionWithoutVocabulary),
      precisionByOrigin: originFigures(r.score.byOrigin),
      missed: r.score.missed,
      nestedOnly: r.score.nestedOnly,
      notInText: r.score.notInText,
      wrong: r.score.wrong.map((w) => `${w.label} (${w.origin})`),
      forbiddenFound: r.score.forbiddenFound,
      figures: r.score.figures,
      structure: { ok: r.structure.ok, problems: r.structure.problems },
      failures: docFailures(r),
    })),
  };
}

const pct = (r: Ratio) => `${ratio(r).toFixed(3)} (${r.hit}/${r.total})`;
const list = (xs: readonly string[]) => (xs.length === 0 ? '—' : xs.join('、'));

export function textReport(results: readonly DocResult[], adjudications: number, brief: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const s = r.score;
    lines.push(
      `\n## ${r.id}${r.heldOut ? ' (held out)' : ''}: ${r.nodes} nodes, ${r.adjudications} adjudications`,
    );
    for (const c of NAME_CLASSES) lines.push(`  ${c.padEnd(9)} recall ${pct(s.recall[c])}`);
    lines.push(
      `  precision        ${pct(s.precision)}; without vocabulary ${pct(s.precisionWithoutVocabulary)}`,
    );
    lines.push(
      `  by origin        ${Object.entries(s.byOrigin)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([o, v]) => `${o} ${pct(v)}`)
        .join(', ')}`,
    );
    lines.push(`  structure        ${r.structure.ok ? 'right' : r.structure.problems.join('; ')}`);
    lines.push(`  figure nodes     ${list(s.figures)}`);
    lines.push(`  forbidden nodes  ${list(s.forbiddenFound)}`);
    if (!brief) {
      for (const c of NAME_CLASSES) lines.push(`  missed ${c.padEnd(9)} ${list(s.missed[c])}`);
      lines.push(`  wrong nodes      ${list(s.wrong.map((w) => `${w.label}/${w.origin}`))}`);
      if (s.notInText.length) lines.push(`  names not in the text (annotation?) ${list(s.notInText)}`);
      if (s.nestedOnly.length) lines.push(`  only inside longer names (not counted) ${list(s.nestedOnly)}`);
    }
    const f = docFailures(r);
    lines.push(`  floors           ${f.length === 0 ? 'pass' : `FAIL: ${f.join('; ')}`}`);
  }
  const pool = pooled(results);
  lines.push(`\n## pooled over ${results.length} documents (${adjudications} adjudications applied)`);
  for (const c of NAME_CLASSES) lines.push(`  ${c.padEnd(9)} recall ${pct(pool.recall[c])}`);
  lines.push(`  precision        ${pct(pool.precision)}; without vocabulary ${pct(pool.withoutVocabulary)}`);
  lines.push(
    `  by origin        ${Object.entries(pool.byOrigin)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([o, v]) => `${o} ${pct(v)}`)
      .join(', ')}`,
  );
  lines.push(`  figure nodes ${pool.figures}, forbidden nodes ${pool.forbidden}`);
  return lines.join('\n');
}
