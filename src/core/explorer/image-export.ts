/**
 * Pure helpers for the PNG and SVG image exports: the scale clamp Chrome needs, the layout of the
 * header band (document title + theme legend) drawn above the graph, and inserting that band into
 * the SVG cytoscape-svg produces, as escaped text. No DOM here: the browser side measures text and
 * draws (src/app/export).
 */
import type { GraphData } from '../pipeline/schema';
import { stripIllegalXml, xmlAttr, xmlText } from '../pipeline/export/xml';

/** Chrome returns a null canvas blob past 65,535 px a side or ~268 megapixels: stay well below. */
export const MAX_SIDE = 16000;
export const MAX_PIXELS = 2.6e8;

/**
 * The largest scale ≤ `want` at which a `w`×`h` (CSS px) image stays inside Chrome's canvas limits:
 * min(want, 16000 / max(w, h), sqrt(2.6e8 / (w·h))). Degenerate sizes leave `want` as it is.
 */
export function clampScale(want: number, w: number, h: number): number {
  const scale = Number.isFinite(want) && want > 0 ? want : 1;
  if (!(w > 0) || !(h > 0) || !Number.isFinite(w) || !Number.isFinite(h)) return scale;
  return Math.min(scale, MAX_SIDE / Math.max(w, h), Math.sqrt(MAX_PIXELS / (w * h)));
}

export interface LegendItem {
  label: string;
  /** #rrggbb */
  color: string;
}

/** Width of `text` at `fontSize` px. */
export type TextMeasure = (text: string, fontSize: number) => number;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Rough width for SVG output (no canvas to measure with): CJK and full-width 1 em, the rest 0.6 em. */
export const estimateTextWidth: TextMeasure = (text, fontSize) => {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : 0.6;
  return em * fontSize;
};

/** Themes the given nodes use, in the order of `data.themes`, labelled in the UI language. */
export function themeLegend(
  data: Pick<GraphData, 'themes'>,
  nodeThemes: Iterable<string>,
  lang: 'zh' | 'en',
): LegendItem[] {
  const used = new Set(nodeThemes);
  return data.themes
    .filter((t) => used.has(t.id))
    .map((t) => ({ label: lang === 'en' ? t.labelEn : t.label, color: t.color }));
}

/** One title line for the header: whitespace (the 4-line titles of resolutions) collapsed. */
export function headerTitle(document: { id: string; title: string }): string {
  const title = document.title.replace(/\s+/g, ' ').trim();
  return title === '' ? document.id : title;
}

export const PADDING = 16;
export const TITLE_SIZE = 20;
export const LEGEND_SIZE = 13;
export const SWATCH = 12;
const LINE = 1.35;
const ITEM_GAP = 18;
const SWATCH_GAP = 6;
/** Header and graph are at least this wide (CSS px), so a tiny graph still gets a readable title. */
export const MIN_WIDTH = 480;

export interface HeaderLayout {
  /** Total image width and the header band height, CSS px (multiply by the export scale). */
  width: number;
  headerHeight: number;
  /** Where the graph image goes: x centres it (with at least PADDING each side), y = headerHeight. */
  graphX: number;
  /** White margin below the graph. */
  bottom: number;
  titleSize: number;
  /** Baseline positions. */
  titleLines: { text: string; x: number; y: number }[];
  legendSize: number;
  /** Swatch square at (swatchX, swatchY); label baseline at (labelX, labelY). */
  legend: {
    label: string;
    color: string;
    swatchX: number;
    swatchY: number;
    labelX: number;
    labelY: number;
  }[];
}

/** Closing punctuation must not start a line; opening punctuation must not end one (kinsoku). */
const NO_LINE_START = /^[，。、；：？！）》」』】〉〕”’…·,.;:?!)\]}%]/u;
const NO_LINE_END = /[（《「『【〈〔“‘([{]$/u;

/**
 * Splits text into break opportunities: each CJK character alone, latin words with their trailing
 * space; closing punctuation stays with the unit before it, opening punctuation with the unit after.
 */
export function breakUnits(text: string): string[] {
  const raw =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/gu,
    ) ?? [];
  const units: string[] = [];
  let carry = '';
  for (const unit of raw) {
    const last = units.length - 1;
    if (carry === '' && last >= 0 && NO_LINE_START.test(unit) && !/\s$/u.test(units[last]!)) {
      units[last] += unit;
    } else if (NO_LINE_END.test(unit)) {
      carry += unit;
    } else {
      units.push(carry + unit);
      carry = '';
    }
  }
  if (carry !== '') units.push(carry);
  return units;
}

/** Greedy line wrapping by measured width; a unit wider than the line goes on a line of its own. */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: TextMeasure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text)) {
    const next = line + unit;
    if (line !== '' && measure(next.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = unit.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Lays out the title (wrapped) and the legend (flowing in rows) above a graph `graphWidth` wide. */
export function layoutHeader(opts: {
  title: string;
  legend: readonly LegendItem[];
  graphWidth: number;
  measure?: TextMeasure;
}): HeaderLayout {
  const measure = opts.measure ?? estimateTextWidth;
  const width = Math.max(MIN_WIDTH, Math.ceil(opts.graphWidth) + 2 * PADDING);
  const inner = width - 2 * PADDING;
  let y = PADDING;
  const titleLines = wrapText(opts.title, inner, TITLE_SIZE, measure).map((text) => {
    y += TITLE_SIZE * LINE;
    return { text, x: PADDING, y: y - TITLE_SIZE * (LINE - 1) - TITLE_SIZE * 0.15 };
  });
  const legend: HeaderLayout['legend'] = [];
  const rowHeight = LEGEND_SIZE * 1.6;
  let x = PADDING;
  if (opts.legend.length > 0) y += LEGEND_SIZE * 0.6;
  let rowTop = y;
  for (const item of opts.legend) {
    const itemWidth = SWATCH + SWATCH_GAP + measure(item.label, LEGEND_SIZE);
    if (x > PADDING && x + itemWidth > width - PADDING) {
      x = PADDING;
      rowTop += rowHeight;
    }
    const middle = rowTop + rowHeight / 2;
    legend.push({
      label: item.label,
      color: item.color,
      swatchX: x,
      swatchY: middle - SWATCH / 2,
      labelX: x + SWATCH + SWATCH_GAP,
      labelY: middle + LEGEND_SIZE * 0.35,
    });
    x += itemWidth + ITEM_GAP;
  }
  if (opts.legend.length > 0) y = rowTop + rowHeight;
  const headerHeight = Math.ceil(y + PADDING);
  return {
    width,
    headerHeight,
    graphX: Math.max(PADDING, (width - opts.graphWidth) / 2),
    bottom: PADDING,
    titleSize: TITLE_SIZE,
    titleLines,
    legendSize: LEGEND_SIZE,
    legend,
  };
}

const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

function numberAttr(tag: string, name: string): number | null {
  const m = new RegExp(`\\s${name}="([0-9.]+)(?:px)?"`).exec(tag);
  return m ? Number(m[1]) : null;
}

function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`\\s${name}="[^"]*"`);
  const attr = ` ${name}="${value}"`;
  return re.test(tag) ? tag.replace(re, attr) : tag.replace(/^<svg\b/, `<svg${attr}`);
}

/**
 * Puts the header band above an SVG (as produced by cytoscape-svg: `<svg width=".." height="..">`):
 * a white background, a <title>, the title lines and the legend as <text> (escaped), the original
 * drawing moved below the band (with a white margin); prepends an XML prolog. Returns the SVG unchanged (plus prolog) if
 * it has no root element.
 */
export function decorateSvg(
  svg: string,
  header: HeaderLayout,
  opts: { title: string; fontFamily: string },
): string {
  // Characters XML 1.0 forbids (controls a label from a graph file may hold) would make the file unreadable.
  const body = stripIllegalXml(svg).replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  const open = /<svg\b[^>]*>/.exec(body);
  const close = body.lastIndexOf('</svg>');
  if (!open || close < open.index) return PROLOG + body;
  const graphW = numberAttr(open[0], 'width') ?? 0;
  const graphH = numberAttr(open[0], 'height') ?? 0;
  const width = Math.max(header.width, Math.ceil(graphW) + 2 * PADDING);
  const height = header.headerHeight + Math.ceil(graphH) + header.bottom;
  let tag = setAttr(open[0], 'width', String(width));
  tag = setAttr(tag, 'height', String(height));
  tag = setAttr(tag, 'viewBox', `0 0 ${width} ${height}`);
  const font = xmlAttr(opts.fontFamily);
  const parts: string[] = [
    `<title>${xmlText(opts.title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  for (const line of header.titleLines) {
    parts.push(
      `<text x="${line.x}" y="${round(line.y)}" font-family="${font}" font-size="${header.titleSize}" font-weight="bold" fill="#1a1a1a">${xmlText(line.text)}</text>`,
    );
  }
  for (const item of header.legend) {
    parts.push(
      `<rect x="${round(item.swatchX)}" y="${round(item.swatchY)}" width="${SWATCH}" height="${SWATCH}" rx="2" fill="${xmlAttr(item.color)}"/>`,
      `<text x="${round(item.labelX)}" y="${round(item.labelY)}" font-family="${font}" font-size="${header.legendSize}" fill="#333333">${xmlText(item.label)}</text>`,
    );
  }
  parts.push(`<g transform="translate(${round(header.graphX)},${header.headerHeight})">`);
  const inside = body.slice(open.index + open[0].length, close);
  return PROLOG + body.slice(0, open.index) + tag + parts.join('') + inside + '</g>' + body.slice(close);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
