/** Exports from the running app, checked by their bytes: PNG, SVG, GEXF, CSV, JSON. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { LEGEND_SIZE, clampScale, headerTitle, layoutHeader, themeLegend } from '../../src/core/explorer/image-export';
import { PNG_SCALE } from '../../src/app/export/image';
import {
  type AppPage,
  type CyWindow,
  BUNDLED_ID,
  bundledGraph,
  chooseExport,
  downloadVia,
  downloadsVia,
  escapeRegExp,
  gotoApp,
  newAppPage,
  parseCsv,
  pngSize,
  ROOT,
  screenshot,
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
  if (bytes[24] !== 8 || channels === 0)
    throw new Error(`unexpected PNG format: depth ${bytes[24]}, type ${colorType}`);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
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
    // Watch the menu button for its busy state while the image is made.
    await app.page.evaluate(() => {
      const button = document.querySelector('button[aria-haspopup="menu"]')!;
      const w = window as Window & { __busySeen?: boolean };
      w.__busySeen = false;
      new MutationObserver(() => {
        if (button.getAttribute('aria-busy') === 'true') w.__busySeen = true;
      }).observe(button, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const started = Date.now();
    const { download, bytes } = await downloadVia(app.page, () => chooseExport(app.page, '导出 PNG'));
    console.log(`[e2e] PNG export ${Date.now() - started} ms, ${bytes.length} bytes`);
    expect(await app.page.evaluate(() => (window as Window & { __busySeen?: boolean }).__busySeen)).toBe(
      true,
    );
    await expect
      .poll(() => app.page.getByRole('button', { name: '导出', exact: true }).getAttribute('aria-busy'))
      .toBe('false');
    expect(download.suggestedFilename()).toBe(`${BUNDLED_ID}.png`);
    const size = pngSize(bytes);
    console.log(
      `[e2e] PNG ${size.width}×${size.height} for a graph of ${box.w.toFixed(0)}×${box.h.toFixed(0)} px on screen`,
    );
    expect(size.width).toBeGreaterThanOrEqual(2 * box.w);
    expect(size.height).toBeGreaterThanOrEqual(2 * box.h);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(16000);
    expect(firstPixel(bytes).slice(0, 3)).toEqual([255, 255, 255]);
    // The header band holds the title (dark pixels) and a swatch of every theme's colour. Its height
    // is estimated with the same layout (estimated text widths) plus one spare legend row.
    const header = layoutHeader({
      title: headerTitle(data.document),
      legend: themeLegend(
        data,
        data.nodes.map((n) => n.theme),
        'zh',
      ),
      graphWidth: box.w,
    });
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
        const hex = (i: number) =>
          '#' + [px[i]!, px[i + 1]!, px[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('');
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
    for (const [colour, n] of found.legend)
      expect(n, `legend swatch ${colour}`).toBeGreaterThan(0.5 * (12 * scale) ** 2);
    writeExport(download.suggestedFilename(), bytes);
  });

  it('SVG: well-formed, with the Chinese labels and title as text', async () => {
    const { download, bytes } = await downloadVia(app.page, () => chooseExport(app.page, '导出 SVG'));
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
    console.log(
      `[e2e] SVG: ${parsed.texts.length} <text>, ${shown.length - missing.length}/${shown.length} shown labels as text`,
    );
    expect(shown.length).toBeGreaterThan(5);
    expect(missing).toEqual([]);
    expect(allText).toMatch(/[\u4e00-\u9fff]/);
    for (const t of data.themes.filter((t) => data.nodes.some((n) => n.theme === t.id))) {
      expect(parsed.texts, `legend entry ${t.label}`).toContain(t.label);
    }
  });
});

describe('export menu', () => {
  const item = (name: string) => app.page.getByRole('menuitem', { name, exact: true });
  const focusedName = () =>
    app.page.evaluate(() => {
      const el = document.activeElement;
      return el
        ? `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${(el.textContent ?? '').trim()}`
        : '';
    });

  it('one Export button; keyboard opens, moves, closes; Tab and a click outside close it', async () => {
    const button = app.page.getByRole('button', { name: '导出', exact: true });
    expect(await button.getAttribute('aria-haspopup')).toBe('menu');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // No export buttons outside the menu any more.
    expect(await app.page.getByRole('button', { name: '导出 PNG' }).count()).toBe(0);
    expect(await app.page.getByRole('menuitem').count()).toBe(0);

    await button.focus();
    await app.page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await focusedName()).toBe('menuitem:导出 PNG');
    const names = await app.page.getByRole('menu').getByRole('menuitem').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual([
      '导出 PNG',
      '导出 SVG',
      'JSON',
      'GEXF (Gephi)',
      'GraphML',
      'Cytoscape JSON',
      'CSV（概念 + 关联）',
    ]);
    expect(
      await app.page.getByRole('menu').getByRole('group', { name: '图片' }).getByRole('menuitem').count(),
    ).toBe(2);
    expect(
      await app.page.getByRole('menu').getByRole('group', { name: '数据' }).getByRole('menuitem').count(),
    ).toBe(5);
    await app.page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('menuitem:导出 SVG');
    await app.page.keyboard.press('ArrowUp');
    await app.page.keyboard.press('ArrowUp');
    expect(await focusedName()).toBe('menuitem:CSV（概念 + 关联）');
    await app.page.keyboard.press('Escape');
    expect(await app.page.getByRole('menu').count()).toBe(0);
    expect(await focusedName()).toBe('button:导出');

    // Tab from inside the menu closes it and goes on to the control after the Export button.
    await app.page.keyboard.press('ArrowDown');
    expect(await focusedName()).toBe('menuitem:导出 PNG');
    await app.page.keyboard.press('Tab');
    expect(await app.page.getByRole('menu').count()).toBe(0);
    const next = await app.page.evaluate(() => {
      const all = [
        ...document.querySelectorAll<HTMLElement>('button, input, select, a[href], [tabindex]'),
      ].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.offsetParent !== null);
      const at = all.indexOf(document.querySelector<HTMLElement>('button[aria-haspopup="menu"]')!);
      return {
        expected: all[at + 1]?.outerHTML.slice(0, 80),
        got: document.activeElement?.outerHTML.slice(0, 80),
      };
    });
    expect(next.got).toBe(next.expected);

    // Mouse: open, then a press on the canvas closes it without choosing anything.
    await button.click();
    await item('导出 SVG').waitFor({ timeout: 2000 });
    const canvas = await app.page.locator('canvas').first().boundingBox();
    await app.page.mouse.click(canvas!.x + 5, canvas!.y + 5);
    expect(await app.page.getByRole('menu').count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(app.errors).toEqual([]);
  });

  it('at 1024 px the header holds one Export button and the open menu fits on screen', async () => {
    const small = await newAppPage(browser, { viewport: { width: 1024, height: 768 } });
    try {
      await gotoApp(small.page);
      await small.page.getByRole('combobox', { name: '搜索概念' }).waitFor({ timeout: 10000 });
      const button = small.page.getByRole('button', { name: '导出', exact: true });
      await button.click();
      const menu = small.page.getByRole('menu');
      await menu.waitFor({ timeout: 2000 });
      const box = (await small.page.locator('.export-menu-popup').boundingBox())!;
      console.log(
        `[e2e] export menu at 1024×768: ${box.width.toFixed(0)}×${box.height.toFixed(0)} at (${box.x.toFixed(0)}, ${box.y.toFixed(0)})`,
      );
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      // The menu is drawn above the canvas: its first item is what the page hits at its centre.
      const hit = await small.page.evaluate(() => {
        const el = document.querySelector('[role="menuitem"]')!;
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      });
      expect(hit).toBe(true);
      console.log(`[e2e] screenshot ${await screenshot(small.page, 'export-menu-1024')}`);
      expect(small.errors).toEqual([]);
    } finally {
      await small.context.close();
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
    // The menu says what the exports will hold.
    await app.page.getByRole('button', { name: '导出', exact: true }).click();
    expect(await app.page.getByRole('menu').getAttribute('aria-describedby')).not.toBeNull();
    await app.page
      .getByText(`导出反映当前筛选（${expected} / ${data.nodes.length} 个概念）`)
      .waitFor({ timeout: 2000 });
    await app.page.keyboard.press('Escape');

    const gexf = await downloadVia(app.page, () => chooseExport(app.page, 'GEXF (Gephi)'));
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

    const files = await downloadsVia(app.page, 2, () => chooseExport(app.page, 'CSV（概念 + 关联）'));
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
    const svg = (await downloadVia(app.page, () => chooseExport(app.page, '导出 SVG'))).bytes.toString(
      'utf8',
    );
    const { header, labels } = await app.page.evaluate((text) => {
      const texts = [...new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('text')];
      // Graph labels (cytoscape-svg) carry px font sizes; the header's title and legend plain numbers.
      const isLabel = (t: Element) => (t.getAttribute('font-size') ?? '').endsWith('px');
      return {
        header: texts.filter((t) => !isLabel(t)).map((t) => t.textContent ?? ''),
        labels: texts
          .filter((t) => isLabel(t) && t.getAttribute('fill') !== 'none')
          .map((t) => t.textContent ?? ''),
      };
    }, svg);
    expect(header).not.toContain(theme.label);
    const otherTheme = data.themes.find(
      (t) => t.id !== theme.id && data.nodes.some((n) => n.theme === t.id),
    )!;
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

    const json = await downloadVia(app.page, () => chooseExport(app.page, 'JSON'));
    expect(json.download.suggestedFilename()).toBe(`${BUNDLED_ID}.graph.json`);
    const parsed = JSON.parse(json.bytes.toString('utf8')) as { nodes: unknown[] };
    expect(parsed.nodes).toHaveLength(expected);
    expect(app.errors).toEqual([]);
  });
});
