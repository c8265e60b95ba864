/**
 * `npm run eval`: generic extraction (no curated lexicon, the general vocabulary on, jieba as in the CLI)
 * over every annotated document, scored against the annotations (tests/fixtures/eval/README.md). Prints
 * per-document and pooled figures, writes tests/eval/latest.json, and exits 1 when a document or the pool
 * is below a floor (report.ts), 2 on a bad annotation file.
 *
 *   npm run eval                     all documents, report written
 *   npm run eval -- --doc ID         one document (repeatable), nothing written
 *   npm run eval -- --skip-held-out  the main set only, nothing written (for development rounds)
 *   npm run eval -- --brief          figures only, no lists of names
 *   npm run eval -- --nodes          also every node, by origin (development)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getNodeSegmenter } from '../../src/cli/segmenter';
import { buildGraphData } from '../../src/core/pipeline';
import { applyAdjudications } from './annotation';
import { loadAdjudications, loadDocuments } from './documents';
import { docFailures, floorFailures, jsonReport, pooled, textReport, type DocResult } from './report';
import { scoreDocument } from './score';
import { checkStructure } from './structure';

function nodeList(id: string, nodes: readonly { label: string; origin: string; count: number }[]): string {
  const byOrigin = new Map<string, string[]>();
  for (const n of nodes)
    byOrigin.set(n.origin, [...(byOrigin.get(n.origin) ?? []), `${n.label}(${n.count})`]);
  return [...byOrigin].map(([o, l]) => `\n# ${id} ${o} ${l.length}\n${l.join(' ')}\n`).join('');
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = join(ROOT, 'tests/eval/latest.json');

async function main(argv: readonly string[]): Promise<number> {
  const only: string[] = [];
  let skipHeldOut = false;
  let brief = false;
  let dumpNodes = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--doc' && argv[i + 1]) only.push(argv[++i] as string);
    else if (a === '--skip-held-out') skipHeldOut = true;
    else if (a === '--brief') brief = true;
    else if (a === '--nodes') dumpNodes = true;
    else {
      process.stderr.write(`eval: unknown argument ${a ?? ''}\n`);
      return 2;
    }
  }
  let docs;
  let adjudications;
  try {
    docs = loadDocuments(ROOT);
    adjudications = loadAdjudications(ROOT);
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const selected = docs.filter(
    (d) => (only.length === 0 || only.includes(d.id)) && !(skipHeldOut && d.heldOut),
  );
  if (selected.length === 0) {
    process.stderr.write('eval: no annotated documents selected (tests/fixtures/eval/*.json)\n');
    return 2;
  }
  const segmenter = await getNodeSegmenter();
  const results: DocResult[] = [];
  let applied = 0;
  for (const d of selected) {
    const adj = applyAdjudications(d.annotation, adjudications);
    if (adj.unmatched.length > 0) {
      process.stderr.write(
        `eval: ${adj.unmatched.length} adjudication(s) for ${d.id} match no entry: ${adj.unmatched.map((a) => a.string).join('、')}\n`,
      );
      return 2;
    }
    applied += adj.applied.length;
    const data = buildGraphData(d.text, { documentId: d.id, segmenter });
    if (dumpNodes) process.stdout.write(nodeList(d.id, data.nodes));
    results.push({
      id: d.id,
      heldOut: d.heldOut,
      nodes: data.nodes.length,
      adjudications: adj.applied.length,
      score: scoreDocument(d.text, data.nodes, adj.annotation),
      structure: checkStructure(data, adj.annotation),
    });
  }
  process.stdout.write(`${textReport(results, applied, brief)}\n`);
  const full = only.length === 0 && !skipHeldOut;
  if (full) writeFileSync(REPORT, `${JSON.stringify(jsonReport(results, applied), null, 1)}\n`);
  const pool = pooled(results);
  const failing = results.filter((r) => docFailures(r).length > 0).map((r) => r.id);
  const poolFailures = floorFailures(pool.recall, pool.precision, pool.figures, pool.forbidden, null);
  if (failing.length > 0 || poolFailures.length > 0) {
    process.stdout.write(
      `\neval: below the floors: ${[...failing, ...(poolFailures.length ? ['pooled'] : [])].join(', ')}\n`,
    );
    return 1;
  }
  process.stdout.write('\neval: every document passes the floors\n');
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
