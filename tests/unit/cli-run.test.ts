import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli/main';
import { GraphDataSchema } from '../../src/core/pipeline/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(ROOT, 'graph-data/sources/hangzhou-2022-07-27.txt');
const OUTPUTS = ['edges.csv', 'graph.cyjs', 'graph.gexf', 'graph.graphml', 'graph.json', 'nodes.csv'];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-cli-run-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], extra: Partial<CliIO> = {}): Promise<Captured> {
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

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n)).toString('base64')]),
  );
}

function expectOneLineError(r: Captured, pattern: RegExp, code = 2) {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^policy-graph: [^\n]+\n$/);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('npm run graph: success', () => {
  it('writes the six files, a valid graph.json, and a summary line', async () => {
    const r = await cli([SOURCE, '--out', 'out-ok']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = join(tmp, 'out-ok');
    expect(readdirSync(out).sort()).toEqual(OUTPUTS);
    const json = readFileSync(join(out, 'graph.json'), 'utf8');
    expect(json.endsWith('\n')).toBe(true);
    expect(json.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    const data = GraphDataSchema.parse(JSON.parse(json));
    expect(data.document.id).toBe('hangzhou-2022-07-27');
    expect(r.stdout).toBe(
      `wrote 6 files to out-ok: ${data.nodes.length} concepts, ${data.edges.length} edges, ${data.sections.length} sections\n`,
    );
    expect(data.nodes.length).toBeGreaterThan(20);
    // The exporters saw the same data: one CSV row per node (+ header), one GEXF <node> per node.
    expect(readFileSync(join(out, 'nodes.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(
      data.nodes.length + 1,
    );
    expect(readFileSync(join(out, 'edges.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(
      data.edges.length + 1,
    );
    const gexf = parseGexf(Graph, readFileSync(join(out, 'graph.gexf'), 'utf8'));
    expect([gexf.order, gexf.size]).toEqual([data.nodes.length, data.edges.length]);
    const top = data.nodes.reduce((a, b) => (b.count > a.count ? b : a));
    expect(gexf.getNodeAttributes(top.id)).toMatchObject({
      label: top.label,
      count: top.count,
      x: top.x,
      y: top.y,
    });
    const graphml = readFileSync(join(out, 'graph.graphml'), 'utf8');
    expect([graphml.match(/<node /g)?.length, graphml.match(/<edge /g)?.length]).toEqual([
      data.nodes.length,
      data.edges.length,
    ]);
    const cyjs = JSON.parse(readFileSync(join(out, 'graph.cyjs'), 'utf8'));
    expect([cyjs.elements.nodes.length, cyjs.elements.edges.length]).toEqual([
      data.nodes.length,
      data.edges.length,
    ]);
  });

  it('is deterministic: two runs give byte-identical files', async () => {
    await cli([SOURCE, '--out', 'det-a', '--quiet']);
    const r = await cli([SOURCE, '-o', 'det-b', '-q']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(snapshot(join(tmp, 'det-b'))).toEqual(snapshot(join(tmp, 'det-a')));
  });

  it('takes --id, and the default id is the slugified file name', async () => {
    const copy = file('My Resolution.TXT', readFileSync(SOURCE));
    await cli([copy, '--out', 'id-default', '-q']);
    const a = JSON.parse(readFileSync(join(tmp, 'id-default/graph.json'), 'utf8'));
    expect(a.document.id).toBe('my-resolution');
    await cli([copy, '--out', 'id-given', '--id', 'other-doc', '-q']);
    const b = JSON.parse(readFileSync(join(tmp, 'id-given/graph.json'), 'utf8'));
    expect(b.document.id).toBe('other-doc');
  });

  it('uses the bundled lexicon by default, not with --no-lexicon, nor when its documentId differs', async () => {
    await cli([SOURCE, '--out', 'lex-default', '-q']);
    await cli([SOURCE, '--out', 'lex-none', '--no-lexicon', '-q']);
    const withLex = GraphDataSchema.parse(
      JSON.parse(readFileSync(join(tmp, 'lex-default/graph.json'), 'utf8')),
    );
    const without = GraphDataSchema.parse(JSON.parse(readFileSync(join(tmp, 'lex-none/graph.json'), 'utf8')));
    expect(withLex.nodes.some((n) => n.origin === 'lexicon')).toBe(true);
    expect(without.nodes.some((n) => n.origin === 'lexicon')).toBe(false);

    // A project root whose lexicon for this id names another document: ignored.
    const root = join(tmp, 'root-mismatch');
    mkdirSync(join(root, 'graph-data/lexicon'), { recursive: true });
    const lex = JSON.parse(readFileSync(join(ROOT, 'graph-data/lexicon/hangzhou-2022-07-27.json'), 'utf8'));
    writeFileSync(
      join(root, 'graph-data/lexicon/hangzhou-2022-07-27.json'),
      JSON.stringify({ ...lex, documentId: 'x' }),
    );
    await cli([SOURCE, '--out', 'lex-mismatch', '-q'], { root });
    expect(snapshot(join(tmp, 'lex-mismatch'))).toEqual(snapshot(join(tmp, 'lex-none')));
  });

  it('prints stage progress on stderr for large inputs (threshold lowered here), none when quiet', async () => {
    const r = await cli([SOURCE, '--out', 'progress'], { progressThreshold: 0 });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((l) => l.startsWith('policy-graph: ') && l.endsWith('…'))).toBe(true);
    const quiet = await cli([SOURCE, '--out', 'progress', '-q'], { progressThreshold: 0 });
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const small = await cli([SOURCE, '--out', 'progress']);
    expect(small.stderr).toBe('');
  });

  it('with no arguments rebuilds graph-data/graphs/<id>/ for every source under the root', async () => {
    const root = join(tmp, 'root-rebuild');
    mkdirSync(join(root, 'graph-data/sources'), { recursive: true });
    copyFileSync(SOURCE, join(root, 'graph-data/sources/alpha.txt'));
    writeFileSync(join(root, 'graph-data/sources/notes.md'), 'not a source');
    const r = await cli([], { root });
    expect(r.code).toBe(0);
    expect(readdirSync(join(root, 'graph-data/graphs'))).toEqual(['alpha']);
    expect(readdirSync(join(root, 'graph-data/graphs/alpha')).sort()).toEqual(OUTPUTS);
    expect(r.stdout).toMatch(/^wrote 6 files to .*alpha: \d+ concepts, \d+ edges, \d+ sections\n$/);
  });
});

describe('npm run graph: errors are one line, exit 2, and leave the output untouched', () => {
  it.each([
    ['a missing file', () => [join(tmp, 'nope.txt'), '--out', 'e'], /no such file or directory/],
    ['a directory', () => [tmp, '--out', 'e'], /is a directory/],
    ['an empty file', () => [file('empty.txt', ''), '--out', 'e'], /empty/],
    ['whitespace only', () => [file('ws.txt', '  \n\r\n\t　\n'), '--out', 'e'], /whitespace/],
    [
      'binary data',
      () => [file('pic.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), '--out', 'e'],
      /binary/,
    ],
    [
      'undecodable bytes',
      () => [file('bad.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28])), '--out', 'e'],
      /undecodable/,
    ],
    ['an unknown option', () => [SOURCE, '--out', 'e', '--fast'], /unknown option --fast/],
    ['a missing --out', () => [SOURCE], /missing --out/],
    [
      'an unwritable out dir',
      () => [SOURCE, '--out', join(file('plain-file', 'x'), 'sub')],
      /cannot write to .*not a directory/,
    ],
    [
      'invalid lexicon JSON',
      () => [SOURCE, '--out', 'e', '--lexicon', file('lex.json', '{"documentId": "x",')],
      /invalid lexicon .*lex\.json: not JSON/,
    ],
    [
      'a lexicon failing the schema',
      () => [
        SOURCE,
        '--out',
        'e',
        '--lexicon',
        file('lex2.json', JSON.stringify({ documentId: 'x', themes: [], concepts: [{ label: '' }] })),
      ],
      /invalid lexicon .*lex2\.json: concepts\.0\.label: /,
    ],
  ])('%s', async (_what, argv, pattern) => {
    const r = await cli(argv());
    expectOneLineError(r, pattern);
  });

  it('a failing run leaves a previous output directory byte for byte as it was', async () => {
    const out = join(tmp, 'keep');
    expect((await cli([SOURCE, '--out', out, '-q'])).code).toBe(0);
    writeFileSync(join(out, 'README.txt'), 'mine');
    const before = snapshot(out);
    expectOneLineError(await cli([file('empty2.txt', ''), '--out', out]), /empty/);
    expectOneLineError(
      await cli([SOURCE, '--out', out, '--lexicon', join(tmp, 'lex.json')]),
      /invalid lexicon/,
    );
    expect(snapshot(out)).toEqual(before);
  });
});

describe('the real command (spawned)', () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const main = join(ROOT, 'src/cli/main.ts');

  it('builds the bundled document and exits 0', () => {
    const out = join(tmp, 'spawned');
    const r = spawnSync(tsx, [main, SOURCE, '--out', out], { cwd: tmp, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote 6 files to spawned: \d+ concepts, \d+ edges, \d+ sections\n$/);
    expect(snapshot(out)).toEqual(snapshot(join(tmp, 'det-a')));
  });

  it('reports a missing file in one line with exit code 2', () => {
    const r = spawnSync(tsx, [main, 'missing.txt', '--out', 'x'], { cwd: tmp, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^policy-graph: cannot read input: no such file or directory: \S*missing\.txt\n$/,
    );
  });
});

describe('documents without headings', () => {
  it('builds paragraph sections and prints the parser warning on stderr', async () => {
    const input = join(tmp, 'no-headings.txt');
    writeFileSync(
      input,
      '浙江省推进“千万工程”建设。全面实施乡村振兴战略，建设“美丽乡村”。\n\n深化“最多跑一次”改革，推进数字化改革，打造“千万工程”升级版。\n',
    );
    const out = join(tmp, 'no-headings-out');
    const r = await cli([input, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('policy-graph: warning: no 一、/（一） headings found: paragraphs are used as sections\n');
    const data = GraphDataSchema.parse(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    expect(data.sections.map((s) => s.id)).toEqual(['para-1', 'para-2']);
    expect(data.nodes.map((n) => n.id)).toContain('千万工程');
    const quiet = await cli([input, '--out', out, '--quiet']);
    expect(quiet.stderr).toBe('');
  });
});

describe('slightly damaged UTF-8', () => {
  it('builds, warns on stderr and records the warning in graph.json', async () => {
    const bytes = readFileSync(SOURCE);
    const cut = bytes.subarray(0, bytes.length - 2); // inside the final ）
    const input = join(tmp, 'cut.txt');
    writeFileSync(input, cut);
    const out = join(tmp, 'cut-out');
    const r = await cli([input, '--out', out, '--id', 'cut']);
    expect(r.code).toBe(0);
    const warning = 'the file is not fully valid UTF-8: 1 damaged character was replaced by U+FFFD';
    expect(r.stderr).toBe(`policy-graph: warning: ${warning}\n`);
    const data = GraphDataSchema.parse(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    expect(data.warnings).toEqual([warning]);
    expect(data.nodes.length).toBeGreaterThan(100);
  });
});
