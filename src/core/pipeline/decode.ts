/**
 * Bytes → text for the CLI and the browser (web-standard TextDecoder only, no Buffer).
 *
 * Detection order: UTF-8 BOM; UTF-16LE/BE BOM; UTF-16 without a BOM (NUL bytes and a reading made of
 * ordinary characters); otherwise strict UTF-8, or UTF-8 with a little damage (U+FFFD for a character
 * cut off at the end or a stray byte, at most 1% of the non-ASCII characters); otherwise
 * strict GB18030 (a superset of GBK and GB2312), or Big5 when the GB18030 reading contains characters a
 * Chinese text has no use for (kana, box drawing, private use: what Big5 bytes become in GB18030) and
 * the Big5 reading has clearly more of the most frequent Chinese characters. Binary data (NUL bytes,
 * known file signatures or a high share of control characters) and empty or whitespace-only files are
 * refused with one line of error. Windows-1252 and other single-byte texts are not detected: they fail
 * as undecodable or come out as GB18030.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName; warnings: string[] } | { ok: false; error: string };

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

/** At most this share of a damaged UTF-8 text's non-ASCII characters may be broken (U+FFFD). */
const MAX_BROKEN_SHARE = 0.01;

/**
 * UTF-8 with a little damage (a file cut off inside a character, a stray byte): the lenient reading
 * with U+FFFD for each broken sequence, when the only one ends the text or the broken sequences are at
 * most 1% of its non-ASCII characters. Text in another encoding read as UTF-8 is nearly all broken
 * sequences.
 */
function damagedUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let broken = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) broken++;
    else if (code > 0x7f) multibyte++;
  }
  if (broken === 1 && multibyte > 0 && text.endsWith('\ufffd')) return text; // cut off in the last character
  return broken > 0 && broken <= MAX_BROKEN_SHARE * multibyte ? text : null;
}

/** Strict UTF-8, else the lenient reading of slightly damaged UTF-8 with a warning saying so. */
function readUtf8(bytes: Uint8Array): { text: string; warnings: string[] } | null {
  const strict = tryDecode('utf-8', bytes);
  if (strict !== null) return { text: strict, warnings: [] };
  const lenient = damagedUtf8(bytes);
  if (lenient === null) return null;
  let broken = 0;
  for (let i = 0; i < lenient.length; i++) if (lenient.charCodeAt(i) === 0xfffd) broken++;
  const what = broken === 1 ? '1 damaged character was' : `${broken} damaged characters were`;
  return { text: lenient, warnings: [`the file is not fully valid UTF-8: ${what} replaced by U+FFFD`] };
}

/**
 * A UTF-16 reading of bytes without a BOM: the byte order whose NULs (high bytes of ASCII, line ends)
 * are more numerous on its high-byte side is tried first, and a reading counts only when nearly all its
 * characters are ordinary text characters (a reading in the wrong byte order or of binary data is not).
 */
function utf16WithoutBom(
  bytes: Uint8Array,
): { text: string; encoding: 'utf-16le' | 'utf-16be'; warnings: string[] } | null {
  if (bytes.length < MIN_UTF16_BYTES || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const order = odd >= even ? (['utf-16le', 'utf-16be'] as const) : (['utf-16be', 'utf-16le'] as const);
  for (const encoding of order) {
    // A lone surrogate (a damaged character) is read as U+FFFD, with a warning, when it is rare.
    const strict = tryDecode(encoding, bytes);
    const text = strict ?? new TextDecoder(encoding).decode(bytes);
    let ordinary = 0;
    let broken = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isOrdinary(code)) ordinary++;
      else if (code === 0xfffd) broken++;
    }
    if (ordinary < MIN_ORDINARY_SHARE * text.length) continue;
    if (strict !== null) return { text, encoding, warnings: [] };
    if (broken > Math.max(1, MAX_BROKEN_SHARE * text.length)) continue;
    const what = broken === 1 ? '1 damaged character was' : `${broken} damaged characters were`;
    return { text, encoding, warnings: [`the file is not fully valid UTF-16: ${what} replaced by U+FFFD`] };
  }
  return null;
}

const MIN_UTF16_BYTES = 16;
const MIN_ORDINARY_SHARE = 0.95;

/** ASCII text and whitespace, Latin-1, CJK ideographs, CJK and general punctuation, full-width forms. */
function isOrdinary(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0xa0 && code <= 0xff) ||
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}

/**
 * Characters Big5 bytes turn into when read as GB18030 and a Chinese text has no use for: kana,
 * Greek, Cyrillic, bopomofo, box drawing, vertical forms, private use.
 */
function misreadBig5(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x0370 && c <= 0x04ff) ||
      (c >= 0x2500 && c <= 0x257f) ||
      (c >= 0x3040 && c <= 0x312f) ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      (c >= 0xfe30 && c <= 0xfe4f)
    )
      return true;
  }
  return false;
}

/** The most frequent characters of policy texts, simplified and traditional forms. */
const COMMON = new Set(
  '的一是在不了有和人这這中大为為上个個国國以要时時来來们們生到作地于於出分对對成会會可主发發年动動同工能下过過产產面而方后後多定行学學法所民经經进進等部度家力化高理现現实實加量都体體制机機使业業本性应應开開合关關各重新心明质質第建设設系党黨展员員总總管特长長求基资資流级級统統组組区區强強全安务務社政府坚堅持推改革创創科技济濟治保障完善深快施促健提升城乡鄉富示范範数數文教育环環境绿綠色协協调調领領导導省市服村农農态態众眾标標准準落努奋奮斗鬥战戰略平稳穩增率亿億万萬元项項目',
);

function commonCount(text: string): number {
  let n = 0;
  for (const ch of text) if (COMMON.has(ch)) n++;
  return n;
}

function finish(text: string, encoding: TextEncodingName, warnings: string[] = []): DecodeResult {
  if (text.includes('\u0000')) return binaryError('NUL characters');
  const controls = countControls(text);
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE)
    return binaryError('many control characters');
  if (text.trim() === '')
    return { ok: false, error: 'the file contains only whitespace: there is no text to read' };
  return { ok: true, text, encoding, warnings };
}

/** Decodes a text file's bytes. Line ends, the BOM and control characters are left to normalizeText. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, error: 'empty file: there is no text to read' };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const utf8 = readUtf8(bytes);
    return utf8 === null
      ? { ok: false, error: 'undecodable bytes: the file has a UTF-8 BOM but is not valid UTF-8' }
      : finish(utf8.text, 'utf-8', utf8.warnings);
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
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    return utf16 ? finish(utf16.text, utf16.encoding, utf16.warnings) : binaryError('NUL bytes');
  }

  const utf8 = readUtf8(bytes);
  if (utf8 !== null) return finish(utf8.text, 'utf-8', utf8.warnings);
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    const big5 = misreadBig5(gb) ? tryDecode('big5', bytes) : null;
    if (big5 !== null && commonCount(big5) > 2 * commonCount(gb) + 2) return finish(big5, 'big5');
    return finish(gb, 'gb18030');
  }
  return { ok: false, error: 'undecodable bytes: the file is neither UTF-8 nor GB18030/GBK text' };
}

/** Line breaks other than CR and LF: VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const OTHER_BREAKS = /[\u000b\u000c\u0085\u2028\u2029]/g;
/**
 * Characters no label or passage should carry: C0 and C1 controls (but tab, LF and the breaks above),
 * DEL, and the bidirectional controls that reorder what a reader sees (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C): a Chinese policy text has no use
 * for them, and in a label they spoof the display.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it matches
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text hygiene before anything reads offsets: CRLF and lone CR → LF, other line breaks → LF, a leading
 * BOM removed, control characters and bidirectional controls removed (HIDDEN). Nothing else changes
 * (no trimming, no space folding). Offsets in the graph index the result. Idempotent.
 */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.replace(/\r\n?/g, '\n').replace(OTHER_BREAKS, '\n').replace(HIDDEN, '');
}
