/**
 * `npm run graph -- INPUT.txt --out DIR`: builds a document's concept graph and writes graph.json,
 * graph.gexf, graph.graphml, graph.cyjs, nodes.csv and edges.csv. Without arguments, rebuilds
 * graph-data/graphs/<id>/ for every graph-data/sources/*.txt. Tests call `run` in-process.
 */
import { realpathSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, slugify, USAGE } from './args';
import { abortActiveBuild, type BuildRequest } from './build';
import { CliError } from './errors';
import type { ProgressStream } from './progress';
import { listSources, PROJECT_ROOT } from './sources';

export { listSources, PROJECT_ROOT };

export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: ProgressStream;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Project root holding graph-data/ (default: this repository). */
  root?: string;
  /** Override of the 1 MB progress threshold (tests). */
  progressThreshold?: number;
  /** Build in this thread, not in a worker (tests that mock the pipeline). */
  inProcess?: boolean;
}

function shown(io: CliIO, path: string): string {
  const rel = relative(io.cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** Runs the command; returns the exit code (0 ok, 2 bad input or usage, 1 unexpected failure). */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (!parsed.ok) throw new CliError(parsed.error);
    const { args } = parsed;
    if (args.mode === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    const root = io.root ?? PROJECT_ROOT;
    const lexiconDir = join(root, 'graph-data', 'lexicon');
    const show = (path: string) => shown(io, path);
    const common = {
      lexiconDir,
      show,
      stderr: io.stderr,
      progressThreshold: io.progressThreshold,
      quiet: args.quiet,
      inProcess: io.inProcess,
    };
    const jobs: BuildRequest[] =
      args.mode === 'build'
        ? [
            {
              ...common,
              input: resolve(io.cwd, args.input),
              out: resolve(io.cwd, args.out),
              id: args.id ?? slugify(basename(args.input)),
              maxSizeMb: args.maxSizeMb ?? undefined,
              maxMemoryMb: args.maxMemoryMb ?? undefined,
              lexicon:
                args.lexicon === null || args.lexicon === false
                  ? args.lexicon
                  : resolve(io.cwd, args.lexicon),
            },
          ]
        : (await listSources(root)).map((s) => ({
            ...common,
            input: s.path,
            out: join(root, 'graph-data', 'graphs', s.id),
            id: s.id,
            lexicon: null,
          }));
    if (jobs.length === 0)
      throw new CliError(`no sources: put .txt files in ${join(root, 'graph-data', 'sources')}`);
    // Loaded here so that --help and argument errors stay fast, and a load failure is one line too.
    const { buildDocument, summaryLine } = await import('./build');
    for (const job of jobs) {
      const result = await buildDocument(job);
      if (args.quiet) continue;
      for (const warning of result.summary.warnings) io.stderr.write(`policy-graph: warning: ${warning}\n`);
      io.stdout.write(summaryLine(result, show(result.out)) + '\n');
    }
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`policy-graph: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`policy-graph: unexpected error: ${message}\n`);
    return 1;
  }
}

function isMain(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

/**
 * SIGINT and SIGTERM stop the build at once: its worker ends, its temporary files go, nothing in the
 * output directory changes (a swap under way, which takes milliseconds, finishes first).
 */
function stopOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      const stop = () => {
        if (!abortActiveBuild()) {
          setTimeout(stop, 10);
          return;
        }
        process.stderr.write(`policy-graph: stopped by ${signal}: nothing written\n`);
        process.exit(code);
      };
      stop();
    });
  }
}

if (isMain()) {
  stopOnSignals();
  process.stdout.on('error', () => undefined); // e.g. EPIPE when piped into `head`
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
