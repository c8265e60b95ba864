/** Builds one document's graph files: read → decode → pipeline → exporters → atomic write. */
import { join, resolve } from 'node:path';
import { exportAll } from '../core/pipeline/export';
import { buildGraphData } from '../core/pipeline/index';
import type { GraphData, Lexicon } from '../core/pipeline/schema';
import { createProgress, type ProgressStream } from './progress';
import { exists, readInputText, readLexicon } from './read-input';
import { getNodeSegmenter } from './segmenter';
import { writeFilesAtomic } from './write-atomic';
import pkg from '../../package.json';

/** Written into graph.json (and GEXF/cyjs headers): the tool and its version, never a date. */
export const GENERATOR = `policy-graph ${pkg.version}`;

/** Inputs above this size get stage progress on stderr. */
export const PROGRESS_THRESHOLD = 1024 * 1024;

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
}

export interface BuildResult {
  data: GraphData;
  files: string[];
  out: string;
}

async function resolveLexicon(req: BuildRequest): Promise<Lexicon | undefined> {
  if (req.lexicon === false) return undefined;
  if (req.lexicon !== null) return readLexicon(req.lexicon, req.show(req.lexicon));
  const candidate = join(req.lexiconDir, `${req.id}.json`);
  if (!(await exists(candidate))) return undefined;
  const lexicon = await readLexicon(candidate, req.show(candidate));
  return lexicon.documentId === req.id ? lexicon : undefined;
}

/** Runs the whole build for one input; throws CliError on expected failures. Nothing is written on failure. */
export async function buildDocument(req: BuildRequest): Promise<BuildResult> {
  const input = await readInputText(req.input, req.show(req.input));
  const lexicon = await resolveLexicon(req);
  const segmenter = await getNodeSegmenter();
  const showProgress = !req.quiet && input.bytes > (req.progressThreshold ?? PROGRESS_THRESHOLD);
  const progress = createProgress(req.stderr, showProgress);
  try {
    const built = buildGraphData(input.text, {
      documentId: req.id,
      lexicon,
      segmenter,
      onProgress: progress.onProgress,
      generator: GENERATOR,
    });
    const data = { ...built, warnings: [...input.warnings, ...built.warnings] };
    progress.onProgress('export', 0);
    const files = exportAll(data);
    progress.onProgress('write', 0);
    await writeFilesAtomic(req.out, files, req.show(req.out));
    return { data, files: files.map((f) => f.name), out: resolve(req.out) };
  } finally {
    progress.done();
  }
}

/** `wrote 6 files to DIR: 112 concepts, 840 edges, 19 sections`. */
export function summaryLine(result: BuildResult, shownDir: string): string {
  const { data } = result;
  return (
    `wrote ${result.files.length} files to ${shownDir}: ${data.nodes.length} concepts, ` +
    `${data.edges.length} edges, ${data.sections.length} sections`
  );
}
