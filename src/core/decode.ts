/**
 * Bytes → text for the CLI and the browser (web-standard TextDecoder only, no Buffer).
 *
 * Detection order: UTF-8 BOM; UTF-16LE/BE BOM; otherwise strict UTF-8; otherwise strict GB18030
 * (a superset of GBK and GB2312). Binary data (NUL bytes, known file signatures or a high share of
 * control characters) and empty or whitespace-only files are refused with one line of error.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: string };

/** Signatures of common binary formats people drop by mistake, for a clearer message. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; name: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (e.g. .docx or .xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Office file (.doc or .xls)' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
];

/** Control characters other than NUL, tab, LF, VT, FF, CR and ESC (which some editors leave). */
function isControlCode(code: number): boolean {
  return (code >= 0x01 && code <= 0x08) || (code >= 0x0e && code <= 0x1f && code !== 0x1b) || code === 0x7f;
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isControlCode(text.charCodeAt(i))) n++;
  return n;
}

/** More than this share of control characters means binary data rather than text. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function binaryError(what: string): { ok: false; error: string } {
  return {
    ok: false,
    error: `binary data (${what}), not a text document: save it as UTF-8 or GB18030 text (.txt)`,
  };
}

function tryDecode(label: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false (the default) drops a BOM matching the encoding.
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function finish(text: string, encoding: TextEncodingName): DecodeResult {
  if (text.includes('\u0000')) return binaryError('NUL characters');
  const controls = countControls(text);
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE)
    return binaryError('many control characters');
  if (text.trim() === '')
    return { ok: false, error: 'the file contains only whitespace: there is no text to read' };
  return { ok: true, text, encoding };
}

/** Decodes a text file's bytes. Line ends and the BOM are left to normalizeText. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file: there is no text to read' };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode('utf-8', bytes);
    return text === null
      ? { ok: false, error: 'undecodable bytes: the file has a UTF-8 BOM but is not valid UTF-8' }
      : finish(text, 'utf-8');
  }
  for (const [bom, encoding] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (startsWith(bytes, bom)) {
      const text = tryDecode(encoding, bytes);
      if (text === null)
        return {
          ok: false,
          error: `undecodable bytes: the file has a ${encoding.toUpperCase()} BOM but is not valid ${encoding.toUpperCase()}`,
        };
      return finish(text, encoding);
    }
  }

  for (const signature of SIGNATURES)
    if (startsWith(bytes, signature.bytes)) return binaryError(signature.name);
  if (bytes.includes(0)) return binaryError('NUL bytes');

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return finish(gb, 'gb18030');
  return { ok: false, error: 'undecodable bytes: the file is neither UTF-8 nor GB18030/GBK text' };
}

/**
 * CRLF and lone CR → LF, and a leading BOM (U+FEFF) removed. Everything else is kept as is, so offsets
 * into the result stay honest (no trimming, no space folding).
 */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, '\n');
}
