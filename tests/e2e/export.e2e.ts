/** Exports from the running app, checked by their bytes: PNG, SVG, GEXF, CSV, JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { LEGEND_SIZE, clampScale, headerTitle, layoutHeader, themeLegend } from '../../src/core/image-export';
import { PNG_SCALE } from '../../src/app/export/image';
import {
  type AppPage,
  type CyWindow,
  BUNDLED_ID,
  bundledGraph,
  downloadVia,
  downloadsVia,
  escapeRegExp,
  gotoApp,
  newAppPage,
  parseCsv,
  pngSize,
  ROOT,
  visibleNodeCount,
} from './helpers';

const data = bundledGraph();
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await newAppPage(browser);
  await gotoApp(app.page);
});

afterAll(async () => {
  await browser?.close();
});

/** Keeps the exported files for a look (git-ignored). */
function writeExport(name: string, bytes: Buffer): void {
  const dir = resolve(ROOT, 'test-results/exports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, name), bytes);
  console.log(`[e2e] export saved: ${resolve(dir, name)}`);
}

/** The first pixel of an 8-bit RGB/RGBA PNG (the first scanline's first pixel needs no unfiltering). */
function firstPixel(bytes: Buffer): number[] {
  const colorType = bytes[25];
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (bytes[24] !== 8 || channels === 0) throw new Error(`unexpected PNG format: depth ${bytes[24]}, type ${colorType}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const len = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return [...raw.subarray(1, 1 + channels)];
}

/** The visible graph's size on screen (CSS px at the current zoom). */
async function visibleBox(): Promise<{ w: number; h: number; nodes: number }> {
  return app.page.evaluate(() => {
    const cy = (window as CyWindow).cy!;
    const bb = cy.elements(':visible').boundingBox({});
    return { w: bb.w * cy.zoom(), h: bb.h * cy.zoom(), nodes: cy.nodes(':visible').length };
  });
}

describe('image exports', () => {
  it('PNG: the whole graph at ≥ 2× its on-screen size with a white background and a drawn title band', async () => {
    const box = await visibleBox();
    const started = Date.now();
    const { download, bytes } = await downloadVia(app.page, () =>
      app.page.getByRole('button', { name: '导出 PNG' }).click(),
    );
    console.log(`[e2e] PNG export ${Date.now() - started} ms, ${bytes.length} bytes`);
    expect(download.suggestedFilename()).toBe(`${BUNDLED_ID}.png`);
    const size = pngSize(bytes);
    console.log(`[e2e] PNG ${size.width}×${size.height} for a graph of ${box.w.toFixed(0)}×${box.h.toFixed(0)} px on screen`);
    expect(size.width).toBeGreaterThanOrEqual(2 * box.w);
    expect(size.height).toBeGreaterThanOrEqual(2 * box.h);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(16000);
    expect(firstPixel(bytes).slice(0, 3)).toEqual([255, 255, 255]);
    // The header band holds the title (dark pixels) and a swatch of every theme's colour. Its height
    // is estimated with the same layout (estimated text widths) plus one spare legend row.
    const header = layoutHeader({ title: headerTitle(data.document), legend: themeLegend(data, data.nodes.map((n) => n.theme), 'zh'), graphWidth: box.w });
    const scale = clampScale(PNG_SCALE, header.width, header.headerHeight + box.h + header.bottom);
    const titleBottom = Math.ceil((header.titleLines.at(-1)!.y + 6) * scale);
    const bandBottom = Math.ceil((header.headerHeight + LEGEND_SIZE * 1.6) * scale);
    const colours = data.themes.filter((t) => data.nodes.some((n) => n.theme === t.id)).map((t) => t.color);
    const found = await app.page.evaluate(
      async ({ b64, titleBottom, bandBottom, colours }) => {
        const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bandBottom);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const px = ctx.getImageData(0, 0, canvas.width, bandBottom).data;
        const hex = (i: number) => '#' + [px[i]!, px[i + 1]!, px[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('');
        let dark = 0;
        const legend = new Map<string, number>(colours.map((c) => [c, 0]));
        for (let i = 0; i < px.length; i += 4) {
          const row = Math.floor(i / 4 / canvas.width);
          if (row < titleBottom) {
            if (px[i]! < 80 && px[i + 1]! < 80 && px[i + 2]! < 80) dark++;
          } else {
            const c = hex(i);
            if (legend.has(c)) legend.set(c, legend.get(c)! + 1);
          }
        }
        return { dark, legend: [...legend] };
      },
      { b64: bytes.toString('base64'), titleBottom, bandBottom, colours },
    );
    expect(found.dark, 'title text pixels in the header band').toBeGreaterThan(500);
    // A swatch is 12 CSS px square at the export scale; anti-aliased edges aside, most of it is exact.
    for (const [colour, n] of found.legend) expect(n, `legend swatch ${colour}`).toBeGreaterThan(0.5 * (12 * scale) ** 2);
    writeExport(download.suggestedFilename(), bytes);
  });

  it('SVG: well-formed, with the Chinese labels and title as text', async () => {
    const { download, bytes } = await downloadVia(app.page, () =>
      app.page.getByRole('button', { name: '导出 SVG' }).click(),
    );
    expect(download.suggestedFilename()).toBe(`${BUNDLED_ID}.svg`);
    writeExport(download.suggestedFilename(), bytes);
    const svg = bytes.toString('utf8');
    expect(svg).not.toContain('\u200b');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(svg).toContain('<svg');
    const parsed = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        // Outlined labels come twice (outline stroke, then fill): keep the filled ones.
        texts: [...doc.getElementsByTagName('text')]
          .filter((t) => t.getAttribute('fill') !== 'none')
          .map((t) => t.textContent ?? ''),
        title: doc.querySelector('title')?.textContent ?? '',
      };
    }, svg);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe(data.document.title.replace(/\s+/g, ' ').trim());
    const allText = parsed.texts.join('\n');
    // The export draws the labels the canvas shows (the canvas thins out overlapping labels):
    // every shown label must be there as text; labels may wrap over several <text> lines.
    const shown = await app.page.evaluate(() =>
      (window as CyWindow)
        .cy!.nodes(':visible')
        .filter((n) => !n.hasClass('nolabel') && !n.hasClass('faded'))
        .map((n) => String(n.data('label'))),
    );
    const flat = allText.replace(/[\s\u200b]+/g, '');
    const missing = shown.filter((l) => !flat.includes(l.replace(/[\s\u200b]+/g, '')));
    console.log(`[e2e] SVG: ${parsed.texts.length} <text>, ${shown.length - missing.length}/${shown.length} shown labels as text`);
    expect(shown.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
    expect(allText).toMatch(/[\u4e00-\u9fff]/);
    for (const t of data.themes.filter((t) => data.nodes.some((n) => n.theme === t.id))) {
      expect(parsed.texts, `legend entry ${t.label}`).toContain(t.label);
    }
  });
});

describe('data exports reflect the filters', () => {
  it('GEXF and CSV of the graph with one theme hidden hold only the visible concepts', async () => {
    const theme = data.themes.find((t) => data.nodes.some((n) => n.theme === t.id))!;
    await app.page
      .getByRole('group', { name: '主题' })
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(theme.label)}`) })
      .uncheck();
    const expected = data.nodes.filter((n) => n.theme !== theme.id).length;
    await expect.poll(() => visibleNodeCount(app.page)).toBe(expected);
    const visibleEdges = await app.page.evaluate(() => (window as CyWindow).cy!.edges(':visible').length);

    const gexf = await downloadVia(app.page, () => app.page.getByRole('button', { name: 'GEXF', exact: true }).click());
    expect(gexf.download.suggestedFilename()).toBe(`${BUNDLED_ID}.gexf`);
    const counts = await app.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: doc.documentElement.localName,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, gexf.bytes.toString('utf8'));
    expect(counts).toEqual({ error: false, root: 'gexf', nodes: expected, edges: visibleEdges });

    const files = await downloadsVia(app.page, 2, () =>
      app.page.getByRole('button', { name: 'CSV', exact: true }).click(),
    );
    expect([...files.keys()].sort()).toEqual([`${BUNDLED_ID}-edges.csv`, `${BUNDLED_ID}-nodes.csv`]);
    const nodes = parseCsv(files.get(`${BUNDLED_ID}-nodes.csv`)!.toString('utf8'));
    const edges = parseCsv(files.get(`${BUNDLED_ID}-edges.csv`)!.toString('utf8'));
    expect(nodes.length - 1).toBe(expected);
    expect(edges.length - 1).toBe(visibleEdges);
    const width = nodes[0]!.length;
    for (const row of nodes) expect(row).toHaveLength(width);
    const labelCol = nodes[0]!.findIndex((h) => /^label$/i.test(h));
    expect(labelCol).toBeGreaterThanOrEqual(0);
    const hiddenLabels = new Set(data.nodes.filter((n) => n.theme === theme.id).map((n) => n.label));
    for (const row of nodes.slice(1)) expect(hiddenLabels.has(row[labelCol]!)).toBe(false);

    // Images leave the hidden theme out too: not in the legend, none of its labels drawn.
    const svg = (await downloadVia(app.page, () => app.page.getByRole('button', { name: '导出 SVG' }).click())).bytes.toString('utf8');
    const { header, labels } = await app.page.evaluate((text) => {
      const texts = [...new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('text')];
      // Graph labels (cytoscape-svg) carry px font sizes; the header's title and legend plain numbers.
      const isLabel = (t: Element) => (t.getAttribute('font-size') ?? '').endsWith('px');
      return {
        header: texts.filter((t) => !isLabel(t)).map((t) => t.textContent ?? ''),
        labels: texts.filter((t) => isLabel(t) && t.getAttribute('fill') !== 'none').map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(header).not.toContain(theme.label);
    const otherTheme = data.themes.find((t) => t.id !== theme.id && data.nodes.some((n) => n.theme === t.id))!;
    expect(header).toContain(otherTheme.label);
    const shownLabels = await app.page.evaluate(() =>
      (window as CyWindow)
        .cy!.nodes(':visible')
        .filter((n) => !n.hasClass('nolabel'))
        .map((n) => String(n.data('label'))),
    );
    const flatSvg = labels.join('').replace(/\s+/g, '');
    for (const label of hiddenLabels) {
      if (shownLabels.some((l) => l.includes(label))) continue; // part of a visible label
      expect(flatSvg.includes(label), `hidden «${label}» drawn`).toBe(false);
    }

    const json = await downloadVia(app.page, () => app.page.getByRole('button', { name: 'JSON', exact: true }).click());
    expect(json.download.suggestedFilename()).toBe(`${BUNDLED_ID}.graph.json`);
    const parsed = JSON.parse(json.bytes.toString('utf8')) as { nodes: unknown[] };
    expect(parsed.nodes).toHaveLength(expected);
    expect(app.errors).toEqual([]);
  });
});
