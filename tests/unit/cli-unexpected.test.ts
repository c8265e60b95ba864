import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A pipeline bug (an exception the CLI does not expect) must still end as one line, exit code 1. The
// mock reaches the pipeline only when the build runs in this thread (inProcess), not in its worker.
vi.mock('../../src/core/pipeline', () => ({
  buildGraphData: () => {
    throw new TypeError(
      "Cannot read properties of undefined (reading 'start')\n    at fake (pipeline.ts:1:1)",
    );
  },
}));

const { run } = await import('../../src/cli/main');
const tmp = mkdtempSync(join(tmpdir(), 'pg-cli-unexpected-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('unexpected exceptions', () => {
  it('become one line on stderr with exit code 1, and nothing is written', async () => {
    writeFileSync(join(tmp, 'doc.txt'), '一、总则\n（一）推进“数字乡村工程”。\n');
    let stdout = '';
    let stderr = '';
    const code = await run(['doc.txt', '--out', 'out'], {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stderr += c) },
      cwd: tmp,
      inProcess: true,
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "policy-graph: unexpected error: Cannot read properties of undefined (reading 'start')\n",
    );
    expect(readdirSync(tmp)).toEqual(['doc.txt']);
  });
});
