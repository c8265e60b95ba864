/**
 * Used by `npm start`: makes sure graph-data/graphs/<id>/ holds the six generated files for every bundled
 * source, building only the documents whose files are missing (a quick no-op when all are present).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FILE_NAMES } from '../core/pipeline/export';
import type { CliIO } from './main';
import { listSources, PROJECT_ROOT } from './sources';

/** Ids of bundled sources whose generated files are incomplete under `root`. */
export async function missingGraphs(root: string): Promise<{ id: string; path: string }[]> {
  const sources = await listSources(root);
  return sources.filter((s) =>
    EXPORT_FILE_NAMES.some((n) => !existsSync(join(root, 'graph-data', 'graphs', s.id, n))),
  );
}

/** Builds what is missing; returns the exit code (0 when nothing had to be done). */
export async function ensureGraphs(io: CliIO & { root: string }): Promise<number> {
  let missing;
  try {
    missing = await missingGraphs(io.root);
  } catch (error) {
    io.stderr.write(`policy-graph: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (missing.length === 0) return 0;
  // The pipeline (and jieba's wasm) loads only when something has to be built.
  const { run } = await import('./main');
  for (const s of missing) {
    const out = join(io.root, 'graph-data', 'graphs', s.id);
    const code = await run([s.path, '--out', out, '--id', s.id], io);
    if (code !== 0) return code;
  }
  return 0;
}

if (process.argv[1] && /ensure-graph\.[cm]?[jt]s$/.test(process.argv[1])) {
  ensureGraphs({
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    root: PROJECT_ROOT,
  }).then((code) => {
    process.exitCode = code;
  });
}
