/**
 * All-or-nothing output: every file is written to a temporary name in the output directory (same file
 * system) and only then renamed over the old ones. A failure before the renames removes the temporaries
 * (and any directory this call created), so the directory is left exactly as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CliError, describeFsError } from './errors';

export interface OutputFile {
  name: string;
  content: string;
}

/** Creates `dir` and its missing parents; returns the directories it created, outermost first. */
async function makeDirs(dir: string, label: string): Promise<string[]> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    try {
      const info = await stat(current);
      if (!info.isDirectory())
        throw new CliError(
          `cannot write to ${label}: ${current === resolve(dir) ? 'it' : current} is not a directory`,
        );
      break;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        throw new CliError(`cannot write to ${label}: ${describeFsError(error, current)}`);
      }
      missing.unshift(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (error) {
      await removeDirs(missing);
      throw new CliError(`cannot write to ${label}: ${describeFsError(error, d)}`);
    }
  }
  return missing;
}

async function removeDirs(created: string[]): Promise<void> {
  for (const d of [...created].reverse()) await rmdir(d).catch(() => undefined);
}

/** Writes all files into `dir` atomically as a set (see module comment). Throws CliError on failure. */
export async function writeFilesAtomic(
  dir: string,
  files: readonly OutputFile[],
  label = dir,
): Promise<void> {
  const created = await makeDirs(dir, label);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temps: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = join(dir, file.name);
      const temp = join(dir, `.${file.name}.${tag}.tmp`);
      temps.push({ temp, final });
      await writeFile(temp, file.content, { encoding: 'utf8', flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
    await removeDirs(created);
    throw new CliError(`cannot write to ${label}: ${describeFsError(error, temps.at(-1)?.final ?? dir)}`);
  }
  for (let i = 0; i < temps.length; i++) {
    const { temp, final } = temps[i]!;
    try {
      await rename(temp, final);
    } catch (error) {
      await Promise.all(temps.slice(i).map((t) => rm(t.temp, { force: true }).catch(() => undefined)));
      throw new CliError(`cannot write to ${label}: ${describeFsError(error, final)}`);
    }
  }
}
