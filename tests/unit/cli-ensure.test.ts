import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureGraphs, missingGraphs } from '../../src/cli/ensure-graph';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'pg-ensure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function io() {
  const log = { stdout: '', stderr: '' };
  return {
    log,
    io: {
      stdout: { write: (c: string) => (log.stdout += c) },
      stderr: { write: (c: string) => (log.stderr += c) },
      cwd: root,
      root,
    },
  };
}

describe('ensure-graph (npm start)', () => {
  it('builds missing graphs, is a no-op when all files exist, and rebuilds a document missing one file', async () => {
    mkdirSync(join(root, 'graph-data/sources'), { recursive: true });
    copyFileSync(
      join(ROOT, 'graph-data/sources/hangzhou-2022-07-27.txt'),
      join(root, 'graph-data/sources/doc-a.txt'),
    );
    expect((await missingGraphs(root)).map((s) => s.id)).toEqual(['doc-a']);

    const first = io();
    expect(await ensureGraphs(first.io)).toBe(0);
    expect(first.log.stdout).toMatch(/^wrote 6 files to graph-data\/graphs\/doc-a: /);
    const out = join(root, 'graph-data/graphs/doc-a');
    expect(readdirSync(out)).toHaveLength(6);
    expect(await missingGraphs(root)).toEqual([]);

    const mtime = statSync(join(out, 'graph.json')).mtimeMs;
    const second = io();
    expect(await ensureGraphs(second.io)).toBe(0);
    expect(second.log).toEqual({ stdout: '', stderr: '' });
    expect(statSync(join(out, 'graph.json')).mtimeMs).toBe(mtime);

    unlinkSync(join(out, 'nodes.csv'));
    const third = io();
    expect(await ensureGraphs(third.io)).toBe(0);
    expect(readdirSync(out)).toHaveLength(6);
  });
});
