import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { GraphDataSchema } from '../../src/core/pipeline/schema';
import { makeBigDocument } from '../bench/make-big-doc';

const tmp = mkdtempSync(join(tmpdir(), 'pg-cli-scale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a large document through the command line (not timed)', () => {
  it('5,000 quoted initiatives over 500 subsections give at least 5,000 concepts', async () => {
    const big = makeBigDocument();
    expect(new Set(big.names).size).toBe(5000);
    writeFileSync(join(tmp, 'big.txt'), big.text);
    let stdout = '';
    let stderr = '';
    const code = await run(['big.txt', '--out', 'out'], {
      stdout: { write: (c: string) => (stdout += c) },
      stderr: { write: (c: string) => (stderr += c) },
      cwd: tmp,
    });
    expect(code).toBe(0);
    const data = GraphDataSchema.parse(JSON.parse(readFileSync(join(tmp, 'out/graph.json'), 'utf8')));
    // Nothing but the graph's own warnings (betweenness skipped, backbone edges), one line each.
    expect(stderr).toBe(data.warnings.map((w) => `policy-graph: warning: ${w}\n`).join(''));
    expect(data.warnings.length).toBeGreaterThan(0);
    expect(data.nodes.length).toBeGreaterThanOrEqual(5000);
    const labels = new Set(data.nodes.map((n) => n.label));
    const found = big.names.filter((n) => labels.has(n)).length;
    expect(found).toBe(5000);
    expect(data.sections.filter((s) => s.kind === 'subsection')).toHaveLength(500);
    expect(stdout).toBe(
      `wrote 6 files to out: ${data.nodes.length} concepts, ${data.edges.length} edges, ${data.sections.length} sections\n`,
    );
  }, 120_000);
});
