/**
 * PNG and SVG images of the whole (filtered) graph with the document title and a theme legend.
 * Elements the filters hide are display:none in Cytoscape, so cy.png/cy.svg with `full: true`
 * leave them out (the bounding box and the drawing both skip undisplayed elements).
 */
import cytoscape, { type Core } from 'cytoscape';
import type { GraphData } from '../../core/pipeline/schema';
import {
  type HeaderLayout,
  type LegendItem,
  type TextMeasure,
  clampScale,
  decorateSvg,
  estimateTextWidth,
  headerTitle,
  layoutHeader,
  themeLegend,
} from '../../core/explorer/image-export';
import { dataId } from '../graph/element-ids';

export const EXPORT_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
/**
 * Wanted PNG resolution: 3 image pixels per screen pixel of the graph as shown (2–4× per the brief),
 * clamped to what Chrome can encode. Labels keep their on-screen size relative to the graph.
 */
export const PNG_SCALE = 3;

export class ExportError extends Error {
  constructor(
    readonly kind: 'empty' | 'notReady' | 'tooLarge',
    message: string,
  ) {
    super(message);
  }
}

function hex(rgb: readonly number[]): string {
  return '#' + rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
}

/**
 * The theme legend, if the canvas is coloured by theme: nine in ten visible nodes must have their
 * theme's colour (the others may be highlighted). Colouring by community or kind gets no legend
 * rather than a wrong one.
 */
export function legendFor(cy: Core, data: GraphData, lang: 'zh' | 'en'): LegendItem[] {
  const themeColor = new Map(data.themes.map((t) => [t.id, t.color.toLowerCase()]));
  const themeOf = new Map(data.nodes.map((n) => [n.id, n.theme]));
  const nodes = cy.nodes(':visible');
  if (nodes.length === 0) return [];
  let matching = 0;
  const used: string[] = [];
  nodes.forEach((n) => {
    const theme = themeOf.get(dataId(n.id())) ?? '';
    used.push(theme);
    // pstyle (parsed style) is public API but missing from @types/cytoscape.
    const value = (n as unknown as { pstyle(name: string): { value?: unknown } }).pstyle(
      'background-color',
    ).value;
    if (Array.isArray(value) && hex(value as number[]) === themeColor.get(theme)) matching++;
  });
  if (matching < 0.9 * nodes.length) return [];
  return themeLegend(data, used, lang);
}

function canvasMeasure(ctx: CanvasRenderingContext2D, bold: boolean): TextMeasure {
  return (text, size) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${EXPORT_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** The visible graph's size in screen pixels at the current zoom, and that zoom. */
function visibleBox(cy: Core): { w: number; h: number; zoom: number } {
  const visible = cy.elements(':visible');
  if (visible.nodes().length === 0) throw new ExportError('empty', 'nothing visible');
  const bb = visible.boundingBox({});
  const zoom = cy.zoom();
  return { w: Math.max(1, bb.w * zoom), h: Math.max(1, bb.h * zoom), zoom };
}

function drawHeader(ctx: CanvasRenderingContext2D, header: HeaderLayout): void {
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `bold ${header.titleSize}px ${EXPORT_FONT}`;
  for (const line of header.titleLines) ctx.fillText(line.text, line.x, line.y);
  ctx.font = `${header.legendSize}px ${EXPORT_FONT}`;
  for (const item of header.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(item.swatchX, item.swatchY, 12, 12);
    ctx.fillStyle = '#333333';
    ctx.fillText(item.label, item.labelX, item.labelY);
  }
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** The filtered graph as PNG at up to PNG_SCALE× its on-screen size, white background, title and legend on top. */
export async function renderPng(cy: Core, data: GraphData, lang: 'zh' | 'en'): Promise<Blob> {
  const box = visibleBox(cy);
  const title = headerTitle(data.document);
  const legend = legendFor(cy, data, lang);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('tooLarge', 'no 2d canvas');
  const titleMeasure = canvasMeasure(ctx, true);
  const plainMeasure = canvasMeasure(ctx, false);
  const measure: TextMeasure = (text, size) => (size >= 20 ? titleMeasure : plainMeasure)(text, size);
  const header = layoutHeader({ title, legend, graphWidth: box.w, measure });
  // `scale` is image px per screen px; cy.png's scale is per model unit (screen px = model × zoom).
  const scale = clampScale(PNG_SCALE, header.width, header.headerHeight + box.h + header.bottom);
  const graphBlob = await cy.png({
    output: 'blob-promise',
    full: true,
    scale: scale * box.zoom,
    bg: '#ffffff',
  });
  if (!graphBlob) throw new ExportError('tooLarge', 'cy.png returned no image');
  const graph = await createImageBitmap(graphBlob);
  const headerPx = Math.ceil(header.headerHeight * scale);
  const margin = Math.ceil(header.bottom * scale);
  canvas.width = Math.max(Math.ceil(header.width * scale), graph.width + 2 * margin);
  canvas.height = headerPx + graph.height + margin;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.save();
  ctx.scale(scale, scale);
  drawHeader(ctx, header);
  ctx.restore();
  ctx.drawImage(graph, Math.round((canvas.width - graph.width) / 2), headerPx);
  graph.close();
  const blob = await toBlob(canvas);
  if (!blob) throw new ExportError('tooLarge', 'canvas.toBlob returned null');
  return blob;
}

let svgRegistered: Promise<void> | null = null;

/** Loads cytoscape-svg on first use (it touches `window` at import) and registers it once. */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then((mod) => {
    cytoscape.use(mod.default);
  });
  return svgRegistered;
}

/** The filtered graph as SVG (labels as <text>), title and legend as escaped text, XML prolog. */
export async function renderSvg(cy: Core, data: GraphData, lang: 'zh' | 'en'): Promise<Blob> {
  const box = visibleBox(cy);
  await registerSvg();
  const raw = (cy as Core & { svg(options: { full: boolean; scale: number; bg: string }): string }).svg({
    full: true,
    scale: box.zoom, // the graph at its on-screen size, like the header
    bg: '#ffffff',
  });
  const title = headerTitle(data.document);
  const ctx = document.createElement('canvas').getContext('2d');
  const measure = ctx ? canvasMeasure(ctx, false) : estimateTextWidth;
  const header = layoutHeader({
    title,
    legend: legendFor(cy, data, lang),
    graphWidth: Math.ceil(box.w),
    measure,
  });
  // The canvas labels carry zero-width spaces as wrap points; in the SVG each line is its own <text>
  // already, and without them the labels can be found with a text search.
  const svg = decorateSvg(raw.replace(/\u200b/g, ''), header, { title, fontFamily: EXPORT_FONT });
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}
