/**
 * The work of one build, run in the build worker (or in-process): read and decode the input, read the
 * lexicon, run the pipeline, write each export file into the temporary directory as soon as it is made
 * (one file's text in memory at a time). Expected failures are CliErrors (one line).
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORTERS } from '../core/pipeline/export';
import { buildGraphData } from '../core/pipeline/index';
import type { Lexicon } from '../core/pipeline/schema';
import { CliError, describeFsError } from './errors';
import { readInputText, readLexicon } from './read-input';
import { getNodeSegmenter } from './segmenter';
import pkg from '../../package.json';

/** Written into graph.json (and GEXF/cyjs headers): the tool and its version, never a date. */
export const GENERATOR = `policy-graph ${pkg.version}`;

export interface BuildJob {
  input: string;
  inputLabel: string;
  id: string;
  /** The lexicon file; mustMatch: used only when its documentId is `id` (the default lookup). */
  lexicon: { path: string; label: string; mustMatch: boolean } | null;
  /** Directory the files are written into (empty, this build's own). */
  temp: string;
}

export interface BuildSummary {
  nodes: number;
  edges: number;
  sections: number;
  warnings: string[];
  files: string[];
}

export type BuildMessage =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; summary: BuildSummary }
  | { type: 'failed'; message: string }
  | { type: 'crashed'; message: string };

/** Writes text given in pieces, about a megabyte at a time (never the whole file as one string). */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const file = await open(path, 'wx');
  try {
    let batch: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      batch.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await file.write(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) await file.write(batch.join(''));
  } finally {
    await file.close();
  }
}

export async function buildFiles(job: BuildJob, post: (m: BuildMessage) => void): Promise<BuildSummary> {
  const input = await readInputText(job.input, job.inputLabel);
  let lexicon: Lexicon | undefined;
  if (job.lexicon) {
    const read = await readLexicon(job.lexicon.path, job.lexicon.label);
    lexicon = !job.lexicon.mustMatch || read.documentId === job.id ? read : undefined;
  }
  const segmenter = await getNodeSegmenter();
  const built = buildGraphData(input.text, {
    documentId: job.id,
    lexicon,
    segmenter,
    onProgress: (stage, fraction) => post({ type: 'progress', stage, fraction }),
    generator: GENERATOR,
  });
  if (built.nodes.length === 0)
    throw new CliError(
      `${job.inputLabel}: no concepts found (no quoted terms, named initiatives or known policy concepts in ${built.sections.length} sections): nothing written`,
    );
  const data = { ...built, warnings: [...input.warnings, ...built.warnings] };
  post({ type: 'progress', stage: 'export', fraction: 0 });
  const files: string[] = [];
  for (const exporter of EXPORTERS) {
    const path = join(job.temp, exporter.name);
    try {
      await writeChunks(path, exporter.chunks(data));
    } catch (error) {
      throw new CliError(`cannot write ${exporter.name}: ${describeFsError(error, path)}`);
    }
    files.push(exporter.name);
  }
  return {
    nodes: data.nodes.length,
    edges: data.edges.length,
    sections: data.sections.length,
    warnings: data.warnings,
    files,
  };
}
