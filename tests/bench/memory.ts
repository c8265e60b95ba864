/**
 * Peak memory of `npm run graph` for generated documents of the genre of about 1, 5 and 30 MB, each
 * built in a fresh process (memory-child.ts), two kinds (make-big-doc.ts with more parts and
 * subsections): "dense", 2,000 initiatives each mentioned again 5 times a subsection (links grow
 * with the text, towards 2 million); "sparse", each subsection naming a new initiative and one
 * mentioned before (links grow slowly, memory follows the text, sections and mentions). Prints the
 * input size, concepts and links, peak RSS and its ratio to the input (the goal: at most ~10×), or
 * the one line of a run that fails (out of memory).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeBigDocument } from './make-big-doc';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const CHILD = join(ROOT, 'tests/bench/memory-child.ts');

export type Density = 'dense' | 'sparse';

/** About `mb` MB of text. */
export function documentOfSize(mb: number, density: Density): string {
  const bytesPerSubsection = density === 'dense' ? 420 : 230;
  const subsections = Math.round((mb * 1_000_000) / bytesPerSubsection);
  const parts = Math.max(10, Math.round(Math.sqrt(subsections / 5)));
  const shape = { parts, subsectionsPerPart: Math.ceil(subsections / parts) };
  return makeBigDocument(
    density === 'dense'
      ? { ...shape, names: 2000 }
      : { ...shape, names: Math.min(20_000, subsections), repeats: 1 },
  ).text;
}

export interface MemoryRow {
  density: Density;
  mb: number;
  inputBytes: number;
  maxRssKb: number;
  concepts: number;
  links: number;
  seconds: number;
}

function measure(input: string, out: string): { maxRssKb: number; seconds: number } | { error: string } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', LOADER, CHILD, input, '--out', out, '--quiet', '--no-lexicon', '--max-size', '100'],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  const result = (() => {
    try {
      return JSON.parse(last) as { code: number; maxRssKb: number };
    } catch {
      return null;
    }
  })();
  if (r.status !== 0 || result === null || result.code !== 0)
    return { error: `${r.stderr.trim().split('\n')[0] ?? `exit ${r.status}`} (${seconds.toFixed(0)} s)` };
  return { maxRssKb: result.maxRssKb, seconds };
}

export async function memoryBench(
  sizes: readonly number[] = [1, 5, 30],
  densities: readonly Density[] = ['sparse', 'dense'],
): Promise<MemoryRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'pg-bench-memory-'));
  const rows: MemoryRow[] = [];
  try {
    console.log('\npeak memory of npm run graph (one process per document, RSS includes the build worker)');
    for (const density of densities)
      for (const mb of sizes) {
        const input = join(work, `doc-${density}-${mb}mb.txt`);
        writeFileSync(input, documentOfSize(mb, density));
        const out = join(work, `out-${density}-${mb}`);
        const measured = measure(input, out);
        if ('error' in measured) {
          console.log(
            `  ${density.padEnd(6)} ${(statSync(input).size / 1e6).toFixed(1).padStart(5)} MB input: ${measured.error}`,
          );
          continue;
        }
        const { maxRssKb, seconds } = measured;
        const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as {
          nodes: unknown[];
          edges: unknown[];
        };
        const row = {
          density,
          mb,
          inputBytes: statSync(input).size,
          maxRssKb,
          concepts: graph.nodes.length,
          links: graph.edges.length,
          seconds,
        };
        rows.push(row);
        console.log(
          `  ${density.padEnd(6)} ${(row.inputBytes / 1e6).toFixed(1).padStart(5)} MB input, ${String(row.concepts).padStart(6)} concepts, ` +
            `${String(row.links).padStart(8)} links: peak RSS ${((maxRssKb * 1024) / 1e6).toFixed(0).padStart(5)} MB = ` +
            `${((maxRssKb * 1024) / row.inputBytes).toFixed(1)}× the input, ${seconds.toFixed(1)} s`,
        );
        rmSync(out, { recursive: true, force: true });
      }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await memoryBench(sizes.length > 0 ? sizes : undefined);
}
