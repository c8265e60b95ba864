import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listSources, run } from '../../src/cli/main';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'pg-graph-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sources = await listSources(ROOT);

describe('committed graph-data/graphs are reproducible', () => {
  it('there is at least one bundled source', () => {
    expect(sources.map((s) => s.id)).toContain('hangzhou-2022-07-27');
  });

  it.each(sources)(
    'a fresh build of $id equals graph-data/graphs/$id byte for byte',
    async ({ id, path }) => {
      const out = join(tmp, id);
      let stderr = '';
      const code = await run([path, '--out', out, '--id', id, '--quiet'], {
        stdout: { write: () => true },
        stderr: { write: (c: string) => (stderr += c) },
        cwd: ROOT,
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const committed = join(ROOT, 'graph-data/graphs', id);
      const names = readdirSync(out).sort();
      expect(readdirSync(committed).sort()).toEqual(names);
      for (const name of names) {
        const fresh = readFileSync(join(out, name));
        const kept = readFileSync(join(committed, name));
        // Compare as text first for a readable diff, then as bytes.
        expect(fresh.toString('utf8'), `${id}/${name}`).toBe(kept.toString('utf8'));
        expect(fresh.equals(kept), `${id}/${name} bytes`).toBe(true);
      }
    },
  );
});
