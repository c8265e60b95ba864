/**
 * The header above the body: title lines, the adoption or meeting date line, an optional byline, and
 * the publication line (`（摘自《杭州日报》2022年8月3日）`) at the top or at the very end.
 *
 *   title      the short lines before the date line, joined without separator; without a date line,
 *              the first line when it looks like a title (short, no sentence punctuation) and text follows,
 *              or the first block of such lines when a blank line ends it (a title broken over lines)
 *   date       a parenthesised or dash-led line with a 年月日 date near the top:
 *              （2022年7月27日…通过）, （2023年1月12日在…会议上）, ——2023年1月12日在…, or a line that
 *              starts with the date and says where or nothing else (2026年2月3日在…会议上)
 *   number     a document number line (杭政办函〔2023〕12号) under the title
 *   byline     up to two short lines after the date line with no punctuation and an inner space
 *              (浙江省省长 王浩, also with an ideographic space U+3000)
 *   signature  at the very end (above trailing publication lines): a line with a date alone and up to
 *              two short issuer lines above it (杭州市人民政府 / 2023年5月10日); outside the body, and its
 *              date is the document's date unless the top gave an adoption date
 */
import { findDate } from './numerals';
import { headingAt } from './headings';
import { isBlank, lineText, type Line } from './lines';
import { TOC_TITLE } from './toc';

export interface Header {
  title: string;
  date: string | null;
  source: string | null;
  publishedDate: string | null;
  /** Body lines are lines[bodyStart .. bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

const MAX_TITLE_LINES = 6;
const MAX_TITLE_LINE_LENGTH = 60;
const MAX_DATE_LINE_LENGTH = 100;
const MAX_BARE_DATE_LENGTH = 20;
const MAX_ISSUER_LINES = 2;
const MAX_ISSUER_LENGTH = 30;
const BARE_DATE = /^[0-9０-９〇零一二三四五六七八九十\s年月日]+$/;

const PUBLICATION =
  /^[（(]\s*(摘自|来源[：:]?|原载|转载自|转自|刊于|刊载于|载)?\s*(《[^》]{1,40}》)([^（）()]*)[）)]$/;
/** A document number (文号): 杭政办函〔2023〕12号, 浙委发[2022]5号. */
const DOC_NUMBER =
  /^[\u4e00-\u9fff]{1,12}\s*[〔［[（(]\s*[0-9０-９]{4}\s*[〕］\]）)]\s*[0-9０-９]{1,4}\s*号$/;
const WRAPPED = /^(?:[（(].*[）)]|[—–―-]{1,2}.*)$/;
/** A dateline without dash or brackets: the date first, then where or how (2026年2月3日在…会议上) or nothing. */
const BARE_DATELINE =
  /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年[^年。！？；!?;]{1,12}日\s*(?:$|[在于经由]|通过|召开)/;
const SENTENCE_PUNCT = /[。！？!?；;]/;
const BYLINE_PUNCT = /[。，、；：！？“”‘’（）《》,.;:!?()"]/;

function publication(s: string): { source: string; date: string | null } | null {
  const m = PUBLICATION.exec(s);
  if (!m) return null;
  const date = findDate(m[3] ?? '');
  if (!m[1] && date === null) return null; // （《中华人民共和国宪法》） is not a publication line
  return { source: m[2] ?? '', date };
}

function dateLine(s: string): string | null {
  if (
    s.length > MAX_DATE_LINE_LENGTH ||
    !(WRAPPED.test(s) || (BARE_DATELINE.test(s) && !SENTENCE_PUNCT.test(s)))
  )
    return null;
  return findDate(s);
}

function titleLike(s: string): boolean {
  return (
    s.length > 0 &&
    s.length <= MAX_TITLE_LINE_LENGTH &&
    !SENTENCE_PUNCT.test(s) &&
    !/[：:，,、]$/.test(s) &&
    dateLine(s) === null &&
    publication(s) === null &&
    !DOC_NUMBER.test(s) &&
    !TOC_TITLE.test(s)
  );
}

/** The date of a line that holds a date and nothing else (2023年5月10日, 二〇二三年五月十日). */
function bareDate(s: string): string | null {
  return s.length <= MAX_BARE_DATE_LENGTH && BARE_DATE.test(s) ? findDate(s) : null;
}

/** An issuing body above a signature date: short, no punctuation (中共杭州市委, 杭州市人民政府办公厅). */
function issuer(s: string): boolean {
  return s.length <= MAX_ISSUER_LENGTH && !BYLINE_PUNCT.test(s) && !SENTENCE_PUNCT.test(s);
}

function byline(s: string): boolean {
  return s.length <= 30 && /\S[ \u3000]+\S/.test(s) && !BYLINE_PUNCT.test(s);
}

/** Number of lines in the first block of consecutive non-blank lines (the next one is after a blank). */
function firstBlock(nonBlank: readonly number[]): number {
  let n = 1;
  while (n < nonBlank.length && (nonBlank[n] as number) === (nonBlank[n - 1] as number) + 1) n++;
  return n;
}

export function parseHeader(text: string, lines: Line[]): Header {
  const header: Header = {
    title: '',
    date: null,
    source: null,
    publishedDate: null,
    bodyStart: 0,
    bodyEnd: lines.length,
  };

  // Trailing publication lines are outside the body.
  let end = lines.length;
  for (;;) {
    while (end > 0 && isBlank(text, lines[end - 1] as Line)) end--;
    if (end === 0) break;
    const pub = publication(lineText(text, lines[end - 1] as Line));
    if (!pub) break;
    header.source = pub.source;
    header.publishedDate = pub.date;
    end--;
  }
  // A signature block: a line with a date alone, and up to two issuer lines above it.
  let signatureDate: string | null = null;
  while (end > 0 && isBlank(text, lines[end - 1] as Line)) end--;
  if (end > 0) {
    const signed = bareDate(lineText(text, lines[end - 1] as Line));
    if (signed !== null) {
      signatureDate = signed;
      end--;
      for (let k = 0; k < MAX_ISSUER_LINES && end > 0; k++) {
        const line = lines[end - 1] as Line;
        if (isBlank(text, line) || headingAt(text, line) || !issuer(lineText(text, line))) break;
        end--;
      }
    }
  }
  header.bodyEnd = end;

  // The first few non-blank lines above the first heading; `more`: some text follows them.
  const nonBlank: number[] = [];
  let more = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i] as Line;
    if (isBlank(text, line)) continue;
    if (headingAt(text, line) || nonBlank.length >= MAX_TITLE_LINES + 4) {
      more = true;
      break;
    }
    nonBlank.push(i);
  }
  const texts = nonBlank.map((i) => lineText(text, lines[i] as Line));

  // Title run followed by a date or publication line; else a one-line title.
  let run = 0;
  while (run < texts.length && run < MAX_TITLE_LINES && titleLike(texts[run] ?? '')) run++;
  const meta = (s: string): boolean => dateLine(s) !== null || publication(s) !== null || DOC_NUMBER.test(s);
  const metaNext = run < texts.length && meta(texts[run] ?? '');
  let next: number;
  if (metaNext) {
    header.title = texts.slice(0, run).join('');
    next = run;
  } else if (run >= 1 && (nonBlank.length >= 2 || more)) {
    // A title broken over lines and ended by a blank line: the whole first block.
    const block = firstBlock(nonBlank);
    const after = (nonBlank[block - 1] as number) + 1;
    const blankAfter = after < end && isBlank(text, lines[after] as Line);
    const titleLines = block >= 2 && block <= run && blankAfter ? block : 1;
    header.title = texts.slice(0, titleLines).join('');
    next = titleLines;
  } else {
    header.date ??= signatureDate;
    return header;
  }
  header.bodyStart = (nonBlank[next - 1] ?? -1) + 1;

  // Date, publication and byline lines right after the title.
  let bylines = 0;
  for (; next < texts.length; next++) {
    const s = texts[next] ?? '';
    const date = dateLine(s);
    const pub = publication(s);
    if (pub) {
      if (header.source === null) {
        header.source = pub.source;
        header.publishedDate = pub.date;
      }
    } else if (date !== null && header.date === null) {
      header.date = date;
    } else if (DOC_NUMBER.test(s)) {
      // a document number stays in the header
    } else if (header.date !== null && bylines < 2 && byline(s)) {
      bylines++;
    } else {
      break;
    }
    header.bodyStart = (nonBlank[next] ?? 0) + 1;
  }
  header.date ??= signatureDate;
  return header;
}
