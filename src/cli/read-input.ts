/** Reads the input document and the lexicon from disk, turning every failure into a one-line CliError. */
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, normalizeText } from '../core/pipeline/decode';
import { LexiconSchema, type Lexicon } from '../core/pipeline/schema';
import { CliError, describeFsError } from './errors';

export interface InputText {
  text: string;
  encoding: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** Decoding warnings (e.g. damaged UTF-8), recorded in the graph's warnings too. */
  warnings: string[];
}

async function readBytes(path: string, what: string, label: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CliError(`cannot read ${what}: ${describeFsError(error, label)}`);
  }
  if (info.isDirectory()) throw new CliError(`cannot read ${what}: ${label} is a directory, not a file`);
  if (!info.isFile()) throw new CliError(`cannot read ${what}: ${label} is not a regular file`);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new CliError(`cannot read ${what}: ${describeFsError(error, label)}`);
  }
}

/** Reads and decodes a text document (UTF-8, UTF-16, GB18030/GBK, Big5); line ends normalised to LF. */
export async function readInputText(path: string, label = path): Promise<InputText> {
  const bytes = await readBytes(path, 'input', label);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new CliError(`${label}: ${decoded.error}`);
  return {
    text: normalizeText(decoded.text),
    encoding: decoded.encoding,
    bytes: bytes.length,
    warnings: decoded.warnings,
  };
}

/** Reads and validates a lexicon file; the error names the file and the first problem zod finds. */
export async function readLexicon(path: string, label = path): Promise<Lexicon> {
  const bytes = await readBytes(path, 'lexicon', label);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'not JSON';
    throw new CliError(`invalid lexicon ${label}: not JSON (${reason})`);
  }
  const result = LexiconSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'root';
    throw new CliError(`invalid lexicon ${label}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** True when a path exists (any type). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
