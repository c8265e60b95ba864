/**
 * The documents of the evaluation: every annotation in tests/fixtures/eval/ (and held-out/) with the text it
 * describes. Texts are read from the repository only (CI runs on a clean clone): tests/fixtures/eval/docs/,
 * tests/fixtures/eval/held-out/ and graph-data/sources/, by document id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes, normalizeText } from '../../src/core/pipeline/decode';
import {
  AdjudicationFileSchema,
  AnnotationSchema,
  zodMessage,
  type Adjudication,
  type Annotation,
} from './annotation';

export interface EvalDocument {
  id: string;
  heldOut: boolean;
  annotationPath: string;
  textPath: string;
  text: string;
  annotation: Annotation;
}

export const ADJUDICATIONS_FILE = 'adjudications.json';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** The text as the CLI reads it: decoded (UTF-8, UTF-16, GB18030 …), line ends normalised. */
function readText(path: string): string {
  const decoded = decodeBytes(readFileSync(path));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.error}`);
  return normalizeText(decoded.text);
}

function textFor(root: string, dir: string, id: string): string | null {
  const candidates = [
    join(dir, `${id}.txt`),
    join(dir, 'docs', `${id}.txt`),
    join(root, 'tests/fixtures/eval/docs', `${id}.txt`),
    join(root, 'tests/fixtures/eval/held-out', `${id}.txt`),
    join(root, 'graph-data/sources', `${id}.txt`),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

function annotationFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json') && n !== ADJUDICATIONS_FILE && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));
}

/** All annotated documents, main set first, then held-out; throws a one-line error on a bad file. */
export function loadDocuments(root: string): EvalDocument[] {
  const base = join(root, 'tests/fixtures/eval');
  const out: EvalDocument[] = [];
  for (const [dir, heldOut] of [
    [base, false],
    [join(base, 'held-out'), true],
  ] as const) {
    for (const path of annotationFiles(dir)) {
      const parsed = AnnotationSchema.safeParse(readJson(path));
      if (!parsed.success) throw new Error(`${path}: ${zodMessage(parsed.error)}`);
      const id = parsed.data.document;
      const textPath = textFor(root, dir, id);
      if (textPath === null) throw new Error(`${path}: no text for ${id} in the repository`);
      out.push({
        id,
        heldOut,
        annotationPath: path,
        textPath,
        text: readText(textPath),
        annotation: parsed.data,
      });
    }
  }
  return out;
}

export function loadAdjudications(root: string): Adjudication[] {
  const path = join(root, 'tests/fixtures/eval', ADJUDICATIONS_FILE);
  if (!existsSync(path)) return [];
  const parsed = AdjudicationFileSchema.safeParse(readJson(path));
  if (!parsed.success) throw new Error(`${path}: ${zodMessage(parsed.error)}`);
  return parsed.data.adjudications;
}
