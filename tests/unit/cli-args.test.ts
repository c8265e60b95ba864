import { describe, expect, it } from 'vitest';
import { parseArgs, slugify } from '../../src/cli/args';
import { createProgress } from '../../src/cli/progress';

describe('parseArgs', () => {
  it('parses a build with every option, in either --opt value or --opt=value form', () => {
    expect(
      parseArgs([
        'doc.txt',
        '--out',
        'out',
        '--id',
        'my-doc',
        '--lexicon=lex.json',
        '-q',
        '--max-size',
        '120',
        '--max-memory=512',
      ]),
    ).toEqual({
      ok: true,
      args: {
        mode: 'build',
        input: 'doc.txt',
        out: 'out',
        id: 'my-doc',
        lexicon: 'lex.json',
        quiet: true,
        maxSizeMb: 120,
        maxMemoryMb: 512,
      },
    });
    expect(parseArgs(['-o', 'dir', '--no-lexicon', '--', '-odd-name.txt'])).toEqual({
      ok: true,
      args: {
        mode: 'build',
        input: '-odd-name.txt',
        out: 'dir',
        id: null,
        lexicon: false,
        quiet: false,
        maxSizeMb: null,
        maxMemoryMb: null,
      },
    });
  });

  it('no arguments means rebuild; --help wins', () => {
    expect(parseArgs([])).toEqual({ ok: true, args: { mode: 'rebuild', quiet: false } });
    expect(parseArgs(['--quiet'])).toEqual({ ok: true, args: { mode: 'rebuild', quiet: true } });
    expect(parseArgs(['doc.txt', '--help'])).toEqual({ ok: true, args: { mode: 'help' } });
  });

  it.each([
    [['doc.txt'], /missing --out/],
    [['doc.txt', '--out'], /--out needs a value/],
    [['doc.txt', '--out', '--quiet'], /--out needs a value/],
    [['doc.txt', '--out='], /--out needs a value/],
    [['doc.txt', '--out', ''], /--out needs a value/],
    [['doc.txt', '-o', ''], /-o needs a value/],
    [['doc.txt', '--out', 'o', '--id', ''], /--id needs a value/],
    [['doc.txt', '--out', 'o', '--max-size', 'lots'], /--max-size takes a size in MB \(got "lots"\)/],
    [['doc.txt', '--out', 'o', '--max-size', '0'], /--max-size takes a size in MB/],
    [['doc.txt', '--out', 'o', '--max-memory', '-5'], /--max-memory needs a value/],
    [['--max-size', '9'], /missing input file/],
    [['doc.txt', '--bogus'], /unknown option --bogus/],
    [['doc.txt', '-x'], /unknown option -x/],
    [['a.txt', 'b.txt', '--out', 'o'], /one input file at a time/],
    [['--out', 'o'], /missing input file/],
    [['doc.txt', '--out', 'o', '--id', '../evil'], /invalid --id/],
    [['doc.txt', '--out', 'o', '--quiet=yes'], /--quiet takes no value/],
  ])('%j is refused with one line', (argv, message) => {
    const result = parseArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });
});

describe('slugify', () => {
  it('takes the base name without extension, lower-cased, with other characters folded to -', () => {
    expect(slugify('graph-data/sources/hangzhou-2022-07-27.txt')).toBe('hangzhou-2022-07-27');
    expect(slugify('/tmp/My Report (Final).TXT')).toBe('my-report-final');
    expect(slugify('C:\\docs\\杭州市委决议.txt')).toBe('杭州市委决议');
    expect(slugify('Ｒｅｐｏｒｔ　２.txt')).toBe('report-2');
    expect(slugify('!!!.txt')).toBe('document');
  });
});

describe('createProgress', () => {
  function sink(isTTY: boolean) {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, write: (c: string) => chunks.push(c) } };
  }

  it('prints one plain line per stage when stderr is not a terminal', () => {
    const { chunks, stream } = sink(false);
    const p = createProgress(stream, true);
    p.onProgress('parse', 0);
    p.onProgress('parse', 0.5);
    p.onProgress('extract', 0.1);
    p.done();
    expect(chunks).toEqual(['policy-graph: parse…\n', 'policy-graph: extract…\n']);
  });

  it('rewrites a single line on a terminal and clears it at the end', () => {
    const { chunks, stream } = sink(true);
    const p = createProgress(stream, true);
    p.onProgress('parse', 0.5);
    p.onProgress('parse', 0.501);
    p.onProgress('layout', 1);
    p.done();
    expect(chunks).toEqual([
      '\r\x1b[Kpolicy-graph: parse 50%',
      '\r\x1b[Kpolicy-graph: layout 100%',
      '\r\x1b[K',
    ]);
    expect(chunks.join('')).not.toContain('\n');
  });

  it('is silent when disabled', () => {
    const { chunks, stream } = sink(true);
    const p = createProgress(stream, false);
    p.onProgress('parse', 0.5);
    p.done();
    expect(chunks).toEqual([]);
  });
});
