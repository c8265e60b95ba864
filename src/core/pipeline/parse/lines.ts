/** Lines of a normalised text (LF only) with offsets, and whitespace trimming of spans. */

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the '\n'. */
  end: number;
}

const SPACE = /\s/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

/** [start, end) with leading and trailing whitespace removed; start === end when it was all whitespace. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

/** The line's text without surrounding whitespace. */
export function lineText(text: string, line: Line): string {
  const [s, e] = trimSpan(text, line.start, line.end);
  return text.slice(s, e);
}

export function isBlank(text: string, line: Line): boolean {
  const [s, e] = trimSpan(text, line.start, line.end);
  return s === e;
}
