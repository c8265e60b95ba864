/**
 * `npm run bench`: end-to-end timing of the command line (spawned as a user runs it) on a large synthetic
 * document (5,000 quoted initiatives over 500 subsections, ~400 KB) and on the bundled document, plus
 * in-process stage timings from the pipeline's progress callback. Prints medians of N runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { decodeBytes, normalizeText } from '../../src/core/pipeline/decode';
import { exportAll } from '../../src/core/pipeline/export';
import { buildGraphData } from '../../src/core/pipeline/index';
import { readLexicon } from '../../src/cli/read-input';
import { getNodeSegmenter } from '../../src/cli/segmenter';
import { makeBigDocument } from './make-big-doc';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 5000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;

function spawnCli(input: string, out: string): number {
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'graph', '--', input, '--out', out, '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const elapsed = performance.now() - t0;
  if (r.status !== 0) throw new Error(`graph command failed (${r.status}): ${r.stderr.trim()}`);
  return elapsed;
}

async function stages(input: string, id: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const segmenter = await getNodeSegmenter();
  const lexiconPath = join(ROOT, 'graph-data/lexicon', `${id}.json`);
  const lexicon = existsSync(lexiconPath) ? await readLexicon(lexiconPath) : undefined;
  let t = performance.now();
  const text = normalizeText((decodeBytes(new Uint8Array(readFileSync(input))) as { text: string }).text);
  times.set('read+decode', performance.now() - t);
  let stage = '';
  let stageStart = performance.now();
  const data = buildGraphData(text, {
    documentId: id,
    lexicon: lexicon?.documentId === id ? lexicon : undefined,
    segmenter,
    onProgress: (name) => {
      if (name === stage) return;
      const now = performance.now();
      if (stage) times.set(stage, (times.get(stage) ?? 0) + now - stageStart);
      stage = name;
      stageStart = now;
    },
  });
  const end = performance.now();
  if (stage) times.set(stage, (times.get(stage) ?? 0) + end - stageStart);
  t = performance.now();
  const files = exportAll(data);
  times.set('exporters', performance.now() - t);
  times.set('(concepts)', data.nodes.length);
  times.set('(edges)', data.edges.length);
  times.set(
    '(bytes out)',
    files.reduce((s, f) => s + Buffer.byteLength(f.content), 0),
  );
  return times;
}

async function bench(label: string, input: string, id: string): Promise<number> {
  const out = mkdtempSync(join(tmpdir(), 'pg-bench-out-'));
  try {
    const walls: number[] = [];
    for (let i = 0; i < RUNS; i++) walls.push(spawnCli(input, out));
    const runs: Map<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await stages(input, id));
    console.log(`\n${label}`);
    console.log(
      `  end to end (npm run graph, spawned), median of ${RUNS}: ${ms(median(walls))}   runs: ${walls.map((w) => w.toFixed(0)).join(', ')}`,
    );
    console.log('  in-process stages (median):');
    for (const key of runs[0]!.keys()) {
      const values = runs.map((r) => r.get(key) ?? 0);
      console.log(
        key.startsWith('(')
          ? `    ${key.padEnd(22)} ${values[0]}`
          : `    ${key.padEnd(22)} ${ms(median(values))}`,
      );
    }
    return median(walls);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const work = mkdtempSync(join(tmpdir(), 'pg-bench-'));
try {
  const big = makeBigDocument();
  const bigPath = join(work, 'big-synthetic.txt');
  writeFileSync(bigPath, big.text);
  console.log(
    `synthetic document: ${Buffer.byteLength(big.text)} bytes, ${big.text.length} chars, ` +
      `${big.subsections} subsections, ${big.names.length} distinct quoted names`,
  );
  const bigMedian = await bench('synthetic (5,000 initiatives)', bigPath, 'big-synthetic');
  await bench(
    'bundled hangzhou-2022-07-27',
    join(ROOT, 'graph-data/sources/hangzhou-2022-07-27.txt'),
    'hangzhou-2022-07-27',
  );
  console.log(
    `\ntarget < ${TARGET_MS} ms end to end on the synthetic document: ${bigMedian < TARGET_MS ? 'met' : 'NOT met'}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
await (await import('./memory')).memoryBench();
