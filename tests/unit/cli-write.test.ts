import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors';
import { readInputText, readLexicon } from '../../src/cli/read-input';
import { writeFilesAtomic } from '../../src/cli/write-atomic';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-cli-write-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  const message = (error as CliError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('writeFilesAtomic', () => {
  it('creates missing directories and writes every file', async () => {
    const out = join(tmp, 'a', 'b');
    await writeFilesAtomic(out, [
      { name: 'x.txt', content: '中文\n' },
      { name: 'y.txt', content: 'y' },
    ]);
    expect(readdirSync(out).sort()).toEqual(['x.txt', 'y.txt']);
    expect(readFileSync(join(out, 'x.txt'), 'utf8')).toBe('中文\n');
  });

  it('replaces old files and leaves no temporaries', async () => {
    writeFileSync(join(tmp, 'x.txt'), 'old');
    await writeFilesAtomic(tmp, [{ name: 'x.txt', content: 'new' }]);
    expect(readdirSync(tmp)).toEqual(['x.txt']);
    expect(readFileSync(join(tmp, 'x.txt'), 'utf8')).toBe('new');
  });

  it('on a failure before the renames, leaves the directory exactly as it was', async () => {
    writeFileSync(join(tmp, 'a.txt'), 'old a');
    writeFileSync(join(tmp, 'b.txt'), 'old b');
    const message = await failure(
      writeFilesAtomic(tmp, [
        { name: 'a.txt', content: 'new a' },
        { name: 'sub/b.txt', content: 'new b' }, // cannot be written: sub/ does not exist
      ]),
    );
    expect(message).toMatch(/^cannot write to /);
    expect(readdirSync(tmp).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readFileSync(join(tmp, 'a.txt'), 'utf8')).toBe('old a');
    expect(readFileSync(join(tmp, 'b.txt'), 'utf8')).toBe('old b');
  });

  it('removes the directories it created when it fails', async () => {
    const out = join(tmp, 'new', 'deeper');
    await failure(writeFilesAtomic(out, [{ name: 'no/such/dir.txt', content: '' }]));
    expect(existsSync(join(tmp, 'new'))).toBe(false);
  });

  it('refuses an output path that is a file or lies under one', async () => {
    writeFileSync(join(tmp, 'file'), 'x');
    expect(await failure(writeFilesAtomic(join(tmp, 'file'), [{ name: 'a', content: '' }]))).toMatch(
      /is not a directory/,
    );
    expect(await failure(writeFilesAtomic(join(tmp, 'file', 'sub'), [{ name: 'a', content: '' }]))).toMatch(
      /not a directory/,
    );
    expect(readFileSync(join(tmp, 'file'), 'utf8')).toBe('x');
  });
});

describe('readInputText and readLexicon', () => {
  it('decodes UTF-8 with BOM and CRLF into LF text', async () => {
    const path = join(tmp, 'doc.txt');
    writeFileSync(path, Buffer.from('\uFEFF第一行\r\n第二行\r\n', 'utf8'));
    expect(await readInputText(path)).toMatchObject({ text: '第一行\n第二行\n', encoding: 'utf-8' });
  });

  it('refuses missing files, directories, empty, whitespace-only and binary input with one line', async () => {
    expect(await failure(readInputText(join(tmp, 'missing.txt')))).toMatch(/no such file or directory/);
    expect(await failure(readInputText(tmp))).toMatch(/is a directory/);
    writeFileSync(join(tmp, 'empty.txt'), '');
    expect(await failure(readInputText(join(tmp, 'empty.txt')))).toMatch(/empty/);
    writeFileSync(join(tmp, 'blank.txt'), ' \n\t\r\n　\n');
    expect(await failure(readInputText(join(tmp, 'blank.txt')))).toMatch(/whitespace/);
    writeFileSync(
      join(tmp, 'img.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(await failure(readInputText(join(tmp, 'img.txt')))).toMatch(/binary/);
    writeFileSync(join(tmp, 'bad.txt'), Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x80]));
    expect(await failure(readInputText(join(tmp, 'bad.txt')))).toMatch(/undecodable/);
  });

  it('names the lexicon file and the first schema problem', async () => {
    const path = join(tmp, 'lex.json');
    writeFileSync(path, '{ not json');
    expect(await failure(readLexicon(path))).toMatch(/^invalid lexicon .*lex\.json: not JSON/);
    writeFileSync(
      path,
      JSON.stringify({ documentId: 'd', themes: [], concepts: [{ label: '八八战略', kind: 'nonsense' }] }),
    );
    expect(await failure(readLexicon(path))).toMatch(/^invalid lexicon .*lex\.json: concepts\.0\.kind: /);
    writeFileSync(path, JSON.stringify({ documentId: 'd', themes: [], concepts: [] }));
    expect(await readLexicon(path)).toEqual({ documentId: 'd', themes: [], concepts: [], reject: [] });
  });
});
