import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBytes, normalizeText } from '../../src/core/pipeline/decode';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url))));

const SAMPLE = '中共杭州市委关于“两个先行”的决议\n一、总体要求\n（一）坚持“八八战略”。\n';

function decoded(name: string): { text: string; encoding: string } {
  const result = decodeBytes(fixture(name));
  if (!result.ok) throw new Error(`expected ${name} to decode: ${result.error}`);
  return result;
}

function failure(bytes: Uint8Array): string {
  const result = decodeBytes(bytes);
  if (result.ok) throw new Error(`expected an error, got ${result.encoding} text`);
  return result.error;
}

describe('decodeBytes: encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decoded('utf8.txt')).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = fixture('utf8-bom.txt');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decoded('utf8-bom.txt')).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect([...fixture('utf16le-bom.txt').slice(0, 2)]).toEqual([0xff, 0xfe]);
    expect([...fixture('utf16be-bom.txt').slice(0, 2)]).toEqual([0xfe, 0xff]);
    expect(decoded('utf16le-bom.txt')).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16le', warnings: [] });
    expect(decoded('utf16be-bom.txt')).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16be', warnings: [] });
  });

  it('falls back to GB18030 for GB18030 and GBK bytes', () => {
    const gb = fixture('gb18030.txt');
    // 中 is D6 D0 in GB18030/GBK: these really are not UTF-8 bytes
    expect([...gb.slice(0, 2)]).toEqual([0xd6, 0xd0]);
    expect(decoded('gb18030.txt')).toEqual({ ok: true, text: SAMPLE, encoding: 'gb18030', warnings: [] });
    expect(decoded('gbk.txt')).toEqual({
      ok: true,
      text: '健全“河（湖）长制”，区、县（市）协作。\n',
      encoding: 'gb18030',
      warnings: [],
    });
  });

  it('decodes GB18030 four-byte sequences (characters outside GBK)', () => {
    const result = decoded('gb18030-4byte.txt');
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe('杭州\u{20000}\u3400\n');
  });

  it('keeps CR and CRLF for normalizeText to handle', () => {
    expect(decoded('crlf.txt').text).toBe('第一行\r\n第二行\r第三行\n');
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('hello\n'))).toEqual({
      ok: true,
      text: 'hello\n',
      encoding: 'utf-8',
      warnings: [],
    });
  });
});

const docFixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/docs/${name}`, import.meta.url))));

describe('decodeBytes: Big5 and UTF-16 without a BOM', () => {
  const BIG5_TEXT =
    '政府工作報告\n一、過去五年工作回顧\n（一）經濟實力躍上新臺階。全省生產總值突破七萬億元，數位經濟核心產業增加值年均增長。\n' +
    '（二）創新能力顯著增強。之江實驗室、西湖大學建設取得新進展。\n二、今後五年的總體要求\n堅持創新驅動，推進共同富裕，統籌發展和安全。\n';

  it('reads Big5 (traditional Chinese) text as Big5, not as GB18030 mojibake', () => {
    const bytes = docFixture('big5-report.txt');
    // the bytes also decode as GB18030 (to kana, box drawing and rare characters): that is the trap
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).toMatch(/[\u3040-\u30ff]/);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: BIG5_TEXT, encoding: 'big5', warnings: [] });
  });

  it('keeps GB18030 for simplified text, also with a few kana or box-drawing characters', () => {
    expect(decoded('gb18030.txt').encoding).toBe('gb18030');
    expect(decoded('gbk.txt').encoding).toBe('gb18030');
    // GB18030 bytes of 日本のアニメ and ┌─┐ inside simplified text
    const bytes = new Uint8Array([
      ...fixture('gb18030.txt'),
      0xc8,
      0xd5,
      0xb1,
      0xbe,
      0xa4,
      0xce,
      0xa5,
      0xa2,
      0xa5,
      0xcb,
      0xa5,
      0xe1,
      0x0a,
      0xa9,
      0xb0,
      0xa9,
      0xa4,
      0xa9,
      0xb4,
      0x0a,
    ]);
    const result = decodeBytes(bytes);
    expect(result).toEqual({ ok: true, text: `${SAMPLE}日本のアニメ\n┌─┐\n`, encoding: 'gb18030', warnings: [] });
  });

  it('reads UTF-16LE and UTF-16BE without a BOM (NUL bytes on one side only)', () => {
    const sample = '中共杭州市委关于“两个先行”的决议\n一、总体要求\n（一）坚持“八八战略”。\n';
    expect(decodeBytes(docFixture('utf16le-nobom.txt'))).toEqual({
      ok: true,
      text: sample,
      encoding: 'utf-16le',
      warnings: [],
    });
    expect(decodeBytes(docFixture('utf16be-nobom.txt'))).toEqual({
      ok: true,
      text: sample,
      encoding: 'utf-16be',
      warnings: [],
    });
  });

  it('still refuses short or mixed NUL-byte data as binary', () => {
    expect(failure(new Uint8Array([0x61, 0x62, 0x00, 0x63]))).toMatch(/^binary data \(NUL bytes\)/);
    // pseudo-random bytes with NULs on both sides (what binary data looks like), even length
    let seed = 7;
    const random = new Uint8Array(512).map((_, i) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return i % 10 === 0 ? 0 : seed >> 23;
    });
    expect(failure(random)).toMatch(/^binary data \(NUL bytes\)/);
  });

  it('reads UTF-16 without a BOM holding a lone surrogate, with U+FFFD for it and a warning', () => {
    const sample = '中共杭州市委关于“两个先行”的决议\n一、总体要求\n（一）坚持“八八战略”。\n';
    for (const [name, encoding, at] of [
      ['utf16le-nobom.txt', 'utf-16le', 11],
      ['utf16be-nobom.txt', 'utf-16be', 10],
    ] as const) {
      const broken = docFixture(name).slice();
      broken[at] = 0xd8; // the 6th character becomes a high surrogate with no low one after it
      const result = decodeBytes(broken);
      expect(result).toEqual({
        ok: true,
        text: `${sample.slice(0, 5)}\ufffd${sample.slice(6)}`,
        encoding,
        warnings: ['the file is not fully valid UTF-16: 1 damaged character was replaced by U+FFFD'],
      });
    }
  });
});

describe('decodeBytes: damaged UTF-8', () => {
  const SOURCE = fileURLToPath(new URL('../../graph-data/sources/hangzhou-2022-07-27.txt', import.meta.url));
  const utf8 = new Uint8Array(readFileSync(SOURCE));
  const original = new TextDecoder('utf-8').decode(utf8);

  it('reads UTF-8 cut off inside a character, with U+FFFD for the lost character', () => {
    // the file ends with ）\n (EF BC 89 0A): cut after the first byte of ）
    const cut = utf8.slice(0, utf8.lastIndexOf(0xef) + 1);
    expect(cut.length).toBeGreaterThan(utf8.length - 10);
    const result = decodeBytes(cut);
    expect(result.ok && result.encoding).toBe('utf-8');
    if (!result.ok) return;
    expect(result.text.endsWith('\ufffd')).toBe(true);
    expect(original.startsWith(result.text.slice(0, -1))).toBe(true);
  });

  it('reads a short UTF-8 text cut off inside its last character, with or without a BOM', () => {
    const bytes = new TextEncoder().encode('杭州西湖。');
    const result = decodeBytes(bytes.slice(0, bytes.length - 1));
    expect(result).toEqual({ ok: true, text: '杭州西湖\ufffd', encoding: 'utf-8', warnings: ['the file is not fully valid UTF-8: 1 damaged character was replaced by U+FFFD'] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes.slice(0, bytes.length - 1)]);
    expect(decodeBytes(withBom)).toEqual({
      ok: true,
      text: '杭州西湖\ufffd',
      encoding: 'utf-8',
      warnings: ['the file is not fully valid UTF-8: 1 damaged character was replaced by U+FFFD'],
    });
  });

  it('reads UTF-8 with one damaged byte in the middle, keeping the rest', () => {
    const damaged = utf8.slice();
    damaged[3001] = 0xff;
    const result = decodeBytes(damaged);
    expect(result.ok && result.encoding).toBe('utf-8');
    if (!result.ok) return;
    expect(result.text.match(/\ufffd/g)?.length).toBeGreaterThanOrEqual(1);
    expect(result.text.length).toBeGreaterThan(original.length - 3);
    expect(result.text.slice(0, 900)).toBe(original.slice(0, 900));
    expect(result.text.slice(-900)).toBe(original.slice(-900));
  });

  it('keeps GB18030 for GB text that is mostly ASCII (a few broken UTF-8 sequences are not damage)', () => {
    const ascii = new TextEncoder().encode('Hangzhou report, section 1. '.repeat(80));
    const bytes = new Uint8Array([...ascii, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]); // 中文 in GB18030
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'gb18030', warnings: [] });
    if (decodeBytes(bytes).ok)
      expect((decodeBytes(bytes) as { text: string }).text.endsWith('中文\n')).toBe(true);
  });
});

describe('decodeBytes: errors', () => {
  it('refuses an empty file', () => {
    expect(failure(fixture('empty.txt'))).toMatch(/^empty file/);
  });

  it('refuses whitespace-only text, also in UTF-16', () => {
    expect(failure(fixture('whitespace.txt'))).toMatch(/only whitespace/);
    expect(failure(new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]))).toMatch(/only whitespace/);
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatch(/only whitespace/);
  });

  it('refuses binary data: PNG, ZIP, control characters, NUL bytes', () => {
    expect(failure(fixture('image.png'))).toMatch(/^binary data \(a PNG image\)/);
    expect(failure(fixture('archive.zip'))).toMatch(/^binary data \(a ZIP archive/);
    expect(failure(fixture('controls.bin'))).toMatch(/^binary data \(many control characters\)/);
    expect(failure(new Uint8Array([0x61, 0x62, 0x00, 0x63]))).toMatch(/^binary data \(NUL bytes\)/);
    expect(failure(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0x00]))).toMatch(
      /^binary data \(NUL characters\)/,
    );
  });

  it('accepts a rare stray control character in long text', () => {
    const text = '杭州西湖。'.repeat(100) + '\u001a';
    const result = decodeBytes(new TextEncoder().encode(text));
    expect(result).toEqual({ ok: true, text, encoding: 'utf-8', warnings: [] });
  });

  it('refuses bytes that are neither UTF-8 nor GB18030', () => {
    expect(failure(fixture('undecodable.bin'))).toMatch(/^undecodable bytes/);
    // a UTF-8 BOM followed by invalid UTF-8
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf, 0xe6, 0x9d]))).toMatch(/^undecodable bytes.*UTF-8 BOM/);
    // a UTF-16LE BOM with an unpaired high surrogate
    expect(failure(new Uint8Array([0xff, 0xfe, 0x3d, 0xd8]))).toMatch(/^undecodable bytes.*UTF-16LE/);
  });

  it('gives one line of error, never a stack trace, for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeBytes(bytes);
        if (!result.ok) {
          expect(result.error).not.toMatch(/\n/);
          expect(result.error.length).toBeGreaterThan(10);
        } else {
          expect(result.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any non-blank string encoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        const controlled = [...text].some(
          (ch) =>
            ch.charCodeAt(0) < 0x09 ||
            (ch.charCodeAt(0) >= 0x0e && ch.charCodeAt(0) < 0x20) ||
            ch === '\u007f',
        );
        fc.pre(text.trim() !== '' && !controlled && !text.startsWith('\ufeff'));
        expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8', warnings: [] });
      }),
    );
  });
});

describe('normalizeText', () => {
  it('turns CRLF and lone CR into LF and keeps everything else', () => {
    expect(normalizeText('第一行\r\n第二行\r第三行\n')).toBe('第一行\n第二行\n第三行\n');
    expect(normalizeText('a\r\r\nb')).toBe('a\n\nb');
    expect(normalizeText('  两个  先行 \u3000\n')).toBe('  两个  先行 \u3000\n');
  });

  it('strips only a leading BOM', () => {
    expect(normalizeText('\ufeff杭州\ufeff')).toBe('杭州\ufeff');
    expect(normalizeText('')).toBe('');
  });

  it('changes length only by removed CRs, the BOM and removed control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = normalizeText(text);
        const crlf = text.match(/\r\n/g)?.length ?? 0;
        const bom = text.startsWith('\ufeff') ? 1 : 0;
        const removed = [...text.slice(bom)].filter((c) => REMOVED.test(c)).length;
        expect(out.length).toBe(text.length - crlf - bom - removed);
        expect(out).not.toMatch(/\r/);
      }),
    );
  });

  it('removes control characters and bidirectional controls, keeps tab and line ends', () => {
    expect(normalizeText('八八\u0001战略\u0007\u001f\u007f')).toBe('八八战略');
    expect(normalizeText('a\u0080b\u009fc')).toBe('abc');
    expect(normalizeText('“\u202e两个先行\u202c”\u2066x\u2069\u200e\u200f\u061c')).toBe('“两个先行”x');
    expect(normalizeText('甲\t乙\n丙')).toBe('甲\t乙\n丙');
  });

  it('turns other line breaks (VT, FF, NEL, U+2028, U+2029) into LF', () => {
    expect(normalizeText('一\u000b二\u000c三\u0085四\u2028五\u2029六')).toBe('一\n二\n三\n四\n五\n六');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
    );
  });
});

/** Characters normalizeText drops (line breaks other than CR become LF and keep the length). */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const REMOVED = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
