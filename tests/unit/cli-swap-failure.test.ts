/** A rename failing in the middle of the swap puts the old files back: never a mixed set. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// renameSync fails once, on the rename that would bring in the new graph.json (the middle of the set).
let failOn: string | null = null;
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: string, to: string) => {
      if (failOn !== null && to === failOn && from.includes('.policy-graph-')) {
        failOn = null;
        throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'`), { code: 'EIO' });
      }
      return real.renameSync(from, to);
    },
  };
});

const { writeFilesAtomic } = await import('../../src/cli/write-atomic');
const OUTPUTS = ['edges.csv', 'graph.cyjs', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv'];
const tmp = mkdtempSync(join(tmpdir(), 'pg-swap-failure-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const files = (tag: string) => OUTPUTS.map((name) => ({ name, content: `${tag} ${name}\n` }));
const contents = (dir: string) =>
  new Map(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );

describe('a rename failing in the middle of the swap', () => {
  it('leaves the old set, complete, with a one-line error and no temporaries', async () => {
    const out = join(tmp, 'out');
    await writeFilesAtomic(out, files('old'));
    failOn = join(out, 'graph.json');
    const error = await writeFilesAtomic(out, files('new')).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(failOn).toBe(null); // the failure was injected, after four files had been swapped in
    expect(error?.message).toMatch(/^cannot write to .*graph\.json/);
    expect(error?.message).not.toContain('\n');
    expect(contents(out)).toEqual(new Map(OUTPUTS.map((n) => [n, `old ${n}\n`])));
  });

  it('into a directory without a set, leaves no new files behind', async () => {
    const out = join(tmp, 'fresh');
    failOn = join(out, 'graph.json');
    await expect(writeFilesAtomic(out, files('new'))).rejects.toThrow(/^cannot write to /);
    expect(readdirSync(tmp)).not.toContain('fresh');
  });
});
