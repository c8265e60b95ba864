/**
 * Builds one document's graph files: the work (read → decode → pipeline → exporters → files in a
 * temporary directory) runs in a worker thread (build-worker.ts), so running out of memory ends the
 * worker with one line instead of the process with a V8 trace, and a signal can stop it at once; the
 * main thread then swaps the files in (output-set.ts: all or nothing, under a lock).
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { BuildJob, BuildMessage, BuildSummary } from './build-files';
import { CliError, describeFsError } from './errors';
import {
  commitOutput,
  discardOutput,
  discardOutputSync,
  prepareOutput,
  type PendingOutput,
} from './output-set';
import { createProgress, type ProgressStream } from './progress';
import { exists } from './read-input';


/** Inputs above this size get stage progress on stderr. */
export const PROGRESS_THRESHOLD = 1024 * 1024;
/** Inputs above this size are refused unless --max-size raises it (memory grows ~10× the input). */
export const DEFAULT_MAX_SIZE_MB = 50;

export interface BuildRequest {
  input: string;
  out: string;
  id: string;
  /** Explicit lexicon path; null = look for `<lexiconDir>/<id>.json`; false = none. */
  lexicon: string | null | false;
  lexiconDir: string;
  stderr: ProgressStream;
  /** How a path is shown in messages (relative to the working directory when inside it). */
  show: (path: string) => string;
  /** Progress shown for inputs larger than this many bytes (default PROGRESS_THRESHOLD); never when quiet. */
  progressThreshold?: number;
  quiet: boolean;
  /** Largest input read, MB (default DEFAULT_MAX_SIZE_MB). */
  maxSizeMb?: number;
  /** Heap limit of the build, MB (default: Node's). */
  maxMemoryMb?: number;
  /** Build in this thread instead of a worker (tests that mock the pipeline). */
  inProcess?: boolean;
}

export interface BuildResult {
  summary: BuildSummary;
  files: string[];
  out: string;
}

/** The build under way, for a signal handler (main.ts): its worker and its temporary directory. */
interface Active {
  pending: PendingOutput;
  worker: Worker | null;
  swapping: boolean;
}
let active: Active | null = null;

/**
 * Stops the build under way for a signal: the worker is ended and its temporary directory removed,
 * synchronously. Returns false when a swap is in progress (it takes milliseconds: let it finish).
 */
export function abortActiveBuild(): boolean {
  if (active === null) return true;
  if (active.swapping) return false;
  void active.worker?.terminate();
  discardOutputSync(active.pending);
  active = null;
  return true;
}

async function lexiconFor(req: BuildRequest): Promise<BuildJob['lexicon']> {
  if (req.lexicon === false) return null;
  if (req.lexicon !== null) return { path: req.lexicon, label: req.show(req.lexicon), mustMatch: false };
  const candidate = join(req.lexiconDir, `${req.id}.json`);
  return (await exists(candidate)) ? { path: candidate, label: req.show(candidate), mustMatch: true } : null;
}

/** Refuses an input over the size limit before anything is read or created. */
async function checkSize(req: BuildRequest, label: string): Promise<number> {
  let size: number;
  try {
    size = (await stat(req.input)).size;
  } catch (error) {
    throw new CliError(`cannot read input: ${describeFsError(error, label)}`);
  }
  const maxMb = req.maxSizeMb ?? DEFAULT_MAX_SIZE_MB;
  if (size > maxMb * 1024 * 1024) {
    const exact = size / 1024 / 1024;
    const mb = exact < 10 ? Math.ceil(exact * 10) / 10 : Math.ceil(exact);
    throw new CliError(
      `${label}: the file is ${mb} MB, over the ${maxMb} MB limit (building takes about 10× its size in memory): use --max-size ${mb} to read it anyway`,
    );
  }
  return size;
}

/** The heap limit this process was given (Node's default for the machine, or --max-old-space-size). */
function defaultHeapMb(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / 1024 / 1024);
}

function runWorker(
  job: BuildJob,
  req: BuildRequest,
  onMessage: (m: BuildMessage) => void,
): Promise<BuildSummary> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('./build-worker.mjs', import.meta.url), {
      workerData: job,
      // Always a limit of its own: without one a worker that runs out of memory takes the whole process
      // down with V8's fatal error; with one it ends with ERR_WORKER_OUT_OF_MEMORY (one line).
      resourceLimits: { maxOldGenerationSizeMb: req.maxMemoryMb ?? defaultHeapMb() },
      stdout: true,
      stderr: true,
    });
    if (active) active.worker = worker;
    let settled = false;
    let stderr = '';
    worker.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    worker.stdout.resume();
    worker.on('message', (m: BuildMessage) => {
      if (m.type === 'progress') onMessage(m);
      else if (m.type === 'done') {
        settled = true;
        resolvePromise(m.summary);
      } else {
        settled = true;
        reject(m.type === 'failed' ? new CliError(m.message) : new Error(m.message));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (settled) return;
      settled = true;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const limit = `${req.maxMemoryMb ?? defaultHeapMb()} MB`;
        reject(
          new CliError(
            `out of memory building ${job.inputLabel} (${limit}): try a smaller document, or more memory with --max-memory MB`,
          ),
        );
      } else reject(error);
    });
    worker.on('exit', (code) => {
      if (settled) return;
      settled = true;
      const line = stderr.split('\n').find((l) => l.trim() !== '');
      reject(new Error(line ?? `the build stopped (exit code ${code})`));
    });
  });
}

/** Runs the whole build for one input; throws CliError on expected failures. Nothing is written on failure. */
export async function buildDocument(req: BuildRequest): Promise<BuildResult> {
  const inputLabel = req.show(req.input);
  const bytes = await checkSize(req, inputLabel);
  const lexicon = await lexiconFor(req);
  const outLabel = req.show(req.out);
  const pending = await prepareOutput(req.out, outLabel);
  active = { pending, worker: null, swapping: false };
  const showProgress = !req.quiet && bytes > (req.progressThreshold ?? PROGRESS_THRESHOLD);
  const progress = createProgress(req.stderr, showProgress);
  const job: BuildJob = {
    input: req.input,
    inputLabel,
    id: req.id,
    lexicon,
    temp: join(pending.temp, 'new'),
  };
  try {
    const onMessage = (m: BuildMessage) => {
      if (m.type === 'progress') progress.onProgress(m.stage, m.fraction);
    };
    // The pipeline (and jieba's wasm) loads in the worker; in this thread only when asked to.
    const summary = req.inProcess
      ? await (await import('./build-files')).buildFiles(job, onMessage)
      : await runWorker(job, req, onMessage);
    progress.onProgress('write', 0);
    active.swapping = true;
    await commitOutput(pending);
    return {
      summary,
      files: summary.files,
      out: resolve(req.out),
    };
  } catch (error) {
    await discardOutput(pending);
    throw error;
  } finally {
    active = null;
    progress.done();
  }
}

/** `wrote 6 files to DIR: 112 concepts, 840 edges, 19 sections`. */
export function summaryLine(result: BuildResult, shownDir: string): string {
  const { summary } = result;
  return (
    `wrote ${result.files.length} files to ${shownDir}: ${summary.nodes} concepts, ` +
    `${summary.edges} edges, ${summary.sections} sections`
  );
}
