/**
 * The output set is all or nothing: racing writers, kill -9 and SIGTERM mid-build, a rename failing in
 * the middle of the swap, a swap interrupted at any step: the output directory always ends up with one
 * complete set from one run, and temporaries of dead runs are cleaned by the next run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/main';
import { commitOutput, prepareOutput, recoverStale, writeOutputFiles } from '../../src/cli/output-set';
import { writeFilesAtomic } from '../../src/cli/write-atomic';
import { makeBigDocument } from '../bench/make-big-doc';

const ROOT = process.cwd();
// node with tsx's loader (not the tsx binary, which starts a second node).
const LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = join(ROOT, 'src/cli/main.ts');
const OUTPUTS = ['edges.csv', 'graph.cyjs', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv'];
const SOURCE = readFileSync(resolve(ROOT, 'tests/fixtures/e2e/synthetic-resolution.txt'), 'utf8');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-cli-output-'));
  // A document that takes seconds to build (the window for signals) and more memory than a small heap.
  writeFileSync(join(tmp, 'big.txt'), makeBigDocument({ names: 3000, subsectionsPerPart: 40 }).text);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The synthetic resolution with a concept “标记kk号” quoted beside others: it names run k in all six files. */
function markedDocument(k: number): string {
  return SOURCE.replaceAll('“山水名城”', `“山水名城”和“${marker(k)}”`);
}

const marker = (k: number) => `标记${String(k).padStart(2, '0')}号`;

/** The runs whose marker each file of `dir` holds. */
function markers(dir: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const name of OUTPUTS)
    found.set(name, new Set(readFileSync(join(dir, name), 'utf8').match(/标记\d\d号/g) ?? []));
  return found;
}

/** The output files of `dir` (a killed run's temporary directory aside). */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((n) => !n.startsWith('.policy-graph-'))
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}

async function cli(argv: string[], extra: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (c: string) => (stdout += c) },
    stderr: { write: (c: string) => (stderr += c), isTTY: false },
    cwd: tmp,
    ...extra,
  });
  return { code, stdout, stderr };
}

function child(args: string[]): ChildProcess & { output: () => string } {
  const p = spawn(process.execPath, ['--import', LOADER, MAIN, ...args], {
    cwd: tmp,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  p.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  p.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  return Object.assign(p, { output: () => out });
}

function exited(p: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((ok) => p.on('exit', (code, signal) => ok({ code, signal })));
}

/** Resolves once `dir` holds a temporary directory of a build, or rejects after `ms`. */
async function temporaryAppears(dir: string, ms = 60_000): Promise<string> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const t = existsSync(dir) ? readdirSync(dir).find((n) => n.startsWith('.policy-graph-')) : undefined;
    if (t) return t;
    await new Promise((ok) => setTimeout(ok, 10));
  }
  throw new Error('no temporary directory appeared');
}

describe('racing writers', () => {
  it('20 concurrent runs into one --out leave one complete set from one run', async () => {
    const out = join(tmp, 'race');
    for (let k = 0; k < 20; k++) writeFileSync(join(tmp, `race-${k}.txt`), markedDocument(k));
    const runs = Array.from({ length: 20 }, (_, k) =>
      child([`race-${k}.txt`, '--out', 'race', '--no-lexicon', '--id', 'race']),
    );
    const results = await Promise.all(runs.map(exited));
    for (const [k, r] of results.entries()) expect(r, runs[k]!.output()).toEqual({ code: 0, signal: null });
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    const found = markers(out);
    const winner = [...found.get('graph.json')!];
    expect(winner).toHaveLength(1);
    for (const name of OUTPUTS) expect([...found.get(name)!], name).toEqual(winner);
  }, 300_000);
});

describe('interrupted runs', () => {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    it(`${signal} during a build leaves the old set; the next run leaves no temporaries`, async () => {
      const out = join(tmp, `killed-${signal}`);
      writeFileSync(join(tmp, 'old.txt'), markedDocument(1));
      expect((await cli(['old.txt', '--out', out, '--no-lexicon'])).code).toBe(0);
      const before = snapshot(out);

      const p = child(['big.txt', '--out', out, '--no-lexicon']);
      await temporaryAppears(out);
      p.kill(signal);
      const r = await exited(p);
      if (signal === 'SIGKILL') expect(r.signal).toBe('SIGKILL');
      else {
        // Stopped at once (the build runs in a worker), with one line, and its temporaries gone.
        expect(r.code).toBe(143);
        expect(p.output()).toMatch(/^policy-graph: stopped by SIGTERM: nothing written\n$/m);
        expect(readdirSync(out).sort()).toEqual(OUTPUTS);
      }
      // The old set, byte for byte (a kill -9 leaves its temporary directory behind).
      const after = snapshot(out);
      for (const name of OUTPUTS) expect(after.get(name), name).toBe(before.get(name));

      writeFileSync(join(tmp, 'next.txt'), markedDocument(2));
      const next = await cli(['next.txt', '--out', out, '--no-lexicon']);
      expect(next.code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(OUTPUTS);
      for (const name of OUTPUTS) expect([...markers(out).get(name)!]).toEqual([marker(2)]);
    }, 120_000);
  }
});

describe('the swap', () => {
  const files = (tag: string) => OUTPUTS.map((name) => ({ name, content: `${tag} ${name}\n` }));

  /** A swap stopped after `steps` renames, as a process killed there leaves it (its pid is gone). */
  async function interrupted(out: string, steps: number): Promise<void> {
    const pending = await prepareOutput(out);
    await writeOutputFiles(pending, files('new'));
    const names = [...OUTPUTS].sort();
    const existed = names.filter((n) => existsSync(join(out, n)));
    writeFileSync(join(pending.temp, 'swap.json'), JSON.stringify({ names, existed }));
    mkdirSync(join(pending.temp, 'old'));
    let done = 0;
    for (const name of names) {
      if (done++ >= steps) break;
      if (existed.includes(name)) renameSync(join(out, name), join(pending.temp, 'old', name));
      if (done++ >= steps) break;
      renameSync(join(pending.temp, 'new', name), join(out, name));
    }
    // The directory name carries the pid: make it one no process has.
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    renameSync(pending.temp, pending.temp.replace(`-${process.pid}-`, `-${dead}-`));
  }

  it('a swap interrupted after any number of renames is rolled back by the next run', async () => {
    for (const steps of [0, 1, 2, 5, 11, 12]) {
      const out = join(tmp, `interrupted-${steps}`);
      await writeFilesAtomic(out, files('old'));
      await interrupted(out, steps);
      const cleaned = await recoverStale(out);
      expect(cleaned).toBe(1);
      expect(snapshot(out)).toEqual(new Map(OUTPUTS.map((n) => [n, `old ${n}\n`])));
    }
    // Into a directory that had no set yet: the files the swap added go again.
    const fresh = join(tmp, 'interrupted-fresh');
    mkdirSync(fresh);
    await interrupted(fresh, 5);
    await recoverStale(fresh);
    expect(readdirSync(fresh)).toEqual([]);
  });

  it('the next commit cleans up after a dead run before swapping its own set in', async () => {
    const out = join(tmp, 'next-commit');
    await writeFilesAtomic(out, files('old'));
    await interrupted(out, 3);
    const pending = await prepareOutput(out);
    await writeOutputFiles(pending, files('newer'));
    await commitOutput(pending);
    expect(snapshot(out)).toEqual(new Map(OUTPUTS.map((n) => [n, `newer ${n}\n`])));
  });
});

describe('inputs the command refuses', () => {
  it('--out "" is an error, nothing written', async () => {
    writeFileSync(join(tmp, 'doc.txt'), markedDocument(3));
    const r = await cli(['doc.txt', '--out', '']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'policy-graph: --out needs a value\n' });
    expect(readdirSync(tmp).filter((n) => OUTPUTS.includes(n))).toEqual([]);
  });

  it('a document with no concepts: one line, exit 2, nothing written', async () => {
    writeFileSync(join(tmp, 'ascii.txt'), 'The quick brown fox jumps over the lazy dog.\n'.repeat(20_000));
    const r = await cli(['ascii.txt', '--out', 'no-concepts']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policy-graph: ascii\.txt: no concepts found \([^\n]*\): nothing written\n$/);
    expect(existsSync(join(tmp, 'no-concepts'))).toBe(false);
  });

  it('an input over --max-size: one line naming the option, nothing read; raising it reads the file', async () => {
    writeFileSync(join(tmp, 'sized.txt'), markedDocument(4));
    const r = await cli(['sized.txt', '--out', 'sized', '--max-size', '0.001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^policy-graph: sized\.txt: the file is 0\.1 MB, over the 0\.001 MB limit \(.*\): use --max-size 0\.1 to read it anyway\n$/,
    );
    expect(existsSync(join(tmp, 'sized'))).toBe(false);
    expect((await cli(['sized.txt', '--out', 'sized', '--max-size', '0.1', '--no-lexicon'])).code).toBe(0);
  });

  it('running out of Node’s own heap limit (no --max-memory) is one line too, not V8’s trace', async () => {
    const p = spawn(
      process.execPath,
      [
        '--max-old-space-size=40',
        '--import',
        LOADER,
        MAIN,
        'big.txt',
        '--out',
        'oom-default',
        '--no-lexicon',
      ],
      {
        cwd: tmp,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    p.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const r = await exited(p);
    expect(r).toEqual({ code: 2, signal: null });
    expect(stderr).toMatch(/^policy-graph: out of memory building big\.txt \(\d+ MB\): [^\n]*\n$/);
    expect(existsSync(join(tmp, 'oom-default'))).toBe(false);
  }, 120_000);

  it('running out of memory is one line, exit 2, nothing written', async () => {
    const r = await cli(['big.txt', '--out', 'oom', '--max-memory', '24', '--no-lexicon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policy-graph: out of memory building big\.txt \(24 MB\): [^\n]*\n$/);
    expect(existsSync(join(tmp, 'oom'))).toBe(false);
  }, 120_000);
});
