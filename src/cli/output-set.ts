/**
 * All-or-nothing output sets. A build writes its files into a temporary directory of its own inside the
 * output directory (`.policy-graph-<pid>-<random>.tmp`, same file system, so renames are atomic), then,
 * holding a lock on the output directory (proper-lockfile), swaps them in: a journal is written, each
 * old file is moved into the temporary directory and the new one moved over it, the journal removed.
 * A failing rename puts the old files back before the error is reported. A process killed in the middle
 * leaves its temporary directory (with the journal when the swap had begun): the next run into the same
 * directory, under the lock, finds temporaries of processes that are gone, puts the old files back where
 * a journal says a swap was under way, and removes them. So the directory always ends up holding one
 * complete set from one run, and a second writer waits for the lock.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';
import { CliError, describeFsError } from './errors';

export interface OutputFile {
  name: string;
  content: string;
}

/** A build's place to write: its temporary directory inside the output directory. */
export interface PendingOutput {
  dir: string;
  temp: string;
  /** Directories this build created (outermost first), removed again if it fails and they are empty. */
  created: string[];
  label: string;
}

const TEMP = /^\.policy-graph-(\d+)-[0-9a-f]+\.tmp$/;
const LOCK_NAME = '.policy-graph.lock';
const JOURNAL = 'swap.json';
/** How long a writer waits for another one's swap (which takes milliseconds) before giving up. */
const LOCK_RETRIES = { retries: 60, factor: 1.3, minTimeout: 20, maxTimeout: 1000 };

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
      if (code !== 'ENOENT' && code !== 'ENOTDIR')
        throw new CliError(`cannot write to ${label}: ${describeFsError(error, current)}`);
      missing.unshift(current);
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  const created: string[] = [];
  for (const d of missing) {
    try {
      await mkdir(d);
      created.push(d);
    } catch (error) {
      // Another writer made it first: fine, it is a directory now.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(d)).isDirectory()) continue;
      await removeEmptyDirs(created);
      throw new CliError(`cannot write to ${label}: ${describeFsError(error, d)}`);
    }
  }
  return created;
}

async function removeEmptyDirs(created: readonly string[]): Promise<void> {
  for (const d of [...created].reverse()) await rmdir(d).catch(() => undefined);
}

/** Creates the output directory if needed and this build's temporary directory in it. */
export async function prepareOutput(dir: string, label = dir): Promise<PendingOutput> {
  const created = await makeDirs(dir, label);
  const temp = join(resolve(dir), `.policy-graph-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(join(temp, 'new'), { recursive: true });
  } catch (error) {
    await removeEmptyDirs(created);
    throw new CliError(`cannot write to ${label}: ${describeFsError(error, temp)}`);
  }
  return { dir: resolve(dir), temp, created, label };
}

/** Writes the set's files into the temporary directory (nothing visible in the output directory yet). */
export async function writeOutputFiles(pending: PendingOutput, files: readonly OutputFile[]): Promise<void> {
  for (const file of files) {
    try {
      await writeFile(join(pending.temp, 'new', file.name), file.content, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      throw new CliError(
        `cannot write to ${pending.label}: ${describeFsError(error, join(pending.dir, file.name))}`,
      );
    }
  }
}

/** Removes a build's temporary directory (and the directories it created, when empty). Never throws. */
export async function discardOutput(pending: PendingOutput): Promise<void> {
  await rm(pending.temp, { recursive: true, force: true }).catch(() => undefined);
  await removeEmptyDirs(pending.created);
}

/** The same, synchronously: for a signal handler that exits right after. */
export function discardOutputSync(pending: PendingOutput): void {
  try {
    rmSync(pending.temp, { recursive: true, force: true });
  } catch {
    // nothing more to do on the way out
  }
  for (const d of [...pending.created].reverse()) {
    try {
      if (readdirSync(d).length === 0) rmSync(d, { recursive: false, force: true });
    } catch {
      // idem
    }
  }
}

interface Journal {
  names: string[];
  /** Names that had a file in the output directory before the swap. */
  existed: string[];
}

/**
 * Puts the output directory back as it was before an interrupted swap recorded in `temp`'s journal:
 * old files moved back, files the swap added removed. Synchronous so a step never interleaves with
 * another writer's (the caller holds the lock).
 */
function rollBack(dir: string, temp: string, journal: Journal): void {
  for (const name of journal.names) {
    const old = join(temp, 'old', name);
    const fresh = join(temp, 'new', name);
    if (existsSync(old)) renameSync(old, join(dir, name));
    else if (!journal.existed.includes(name) && !existsSync(fresh)) rmSync(join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temporary directories of processes that no longer run: an interrupted swap is rolled back, then the
 * directory is removed. Call with the lock held. Returns how many were cleaned.
 */
export async function recoverStale(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let cleaned = 0;
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    const temp = join(dir, name);
    const journal = await readFile(join(temp, JOURNAL), 'utf8').then(
      (text) => JSON.parse(text) as Journal,
      () => null,
    );
    if (journal) rollBack(dir, temp, journal);
    await rm(temp, { recursive: true, force: true });
    cleaned++;
  }
  return cleaned;
}

async function withLock<T>(dir: string, label: string, work: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath: join(dir, LOCK_NAME),
      realpath: false,
      retries: LOCK_RETRIES,
      stale: 10_000,
    });
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'ELOCKED';
    throw new CliError(
      busy
        ? `cannot write to ${label}: another policy-graph run is writing there (lock ${join(label, LOCK_NAME)})`
        : `cannot write to ${label}: ${describeFsError(error, join(dir, LOCK_NAME))}`,
    );
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * Swaps the temporary directory's files in, under the lock (see the module comment), cleaning stale
 * temporaries first; the temporary directory is gone afterwards, whatever happens.
 */
export async function commitOutput(pending: PendingOutput): Promise<void> {
  const { dir, temp, label } = pending;
  try {
    await withLock(dir, label, async () => {
      await recoverStale(dir);
      const names = (await readdir(join(temp, 'new'))).sort();
      const existed = names.filter((n) => existsSync(join(dir, n)));
      const journal: Journal = { names, existed };
      await writeFile(join(temp, `${JOURNAL}.part`), JSON.stringify(journal));
      await rename(join(temp, `${JOURNAL}.part`), join(temp, JOURNAL));
      await mkdir(join(temp, 'old'));
      let name = '';
      try {
        for (name of names) {
          if (existed.includes(name)) renameSync(join(dir, name), join(temp, 'old', name));
          renameSync(join(temp, 'new', name), join(dir, name));
        }
      } catch (error) {
        rollBack(dir, temp, journal);
        throw new CliError(`cannot write to ${label}: ${describeFsError(error, join(dir, name))}`);
      }
      await unlink(join(temp, JOURNAL));
    });
  } finally {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  }
}
