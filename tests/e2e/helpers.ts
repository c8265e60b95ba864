/** Page helpers for the browser tests: open the app by URL, read window.cy, click on the canvas. */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { inject } from 'vitest';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';
import { dataId, edgeElementId, nodeElementId } from '../../src/app/graph/element-ids';
import { newContext } from './chromium';

/** Cytoscape element ids carry a prefix (src/app/graph/element-ids.ts): map with these. */
export { dataId, edgeElementId, nodeElementId };

/** The page's Cytoscape instance, as the app exposes it. */
export type CyWindow = Window & { cy?: Core };

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/e2e');
export const BUNDLED_ID = 'hangzhou-2022-07-27';

/** The bundled graph as committed (what the page loads), for expectations computed from data. */
export function bundledGraph(): GraphData {
  const json: unknown = JSON.parse(
    readFileSync(resolve(ROOT, `graph-data/graphs/${BUNDLED_ID}/graph.json`), 'utf8'),
  );
  const parsed = parseGraphData(json);
  if (!parsed.ok) throw new Error(`bundled graph.json: ${parsed.error}`);
  return parsed.data;
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
}

export async function newAppPage(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<AppPage> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !/favicon\.ico/.test(msg.location().url))
      errors.push(`console: ${msg.text()}`);
  });
  return { context, page, errors };
}

/** Goes to the app with a query string ('' or '?lang=en&…') and waits until the graph is drawn. */
export async function gotoApp(page: Page, query = ''): Promise<void> {
  await page.goto(baseUrl() + query);
  await waitForGraphReady(page);
}

export async function waitForGraphReady(page: Page, timeout = 20000): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('graph-ready', 'mark').length > 0 &&
      ((window as CyWindow).cy?.nodes().length ?? 0) > 0,
    null,
    { timeout },
  );
}

/** Time from navigation start to the app's `graph-ready` mark, ms. */
export async function graphReadyMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('graph-ready', 'mark')[0]?.startTime ?? Number.NaN);
}

export async function visibleNodeCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as CyWindow).cy!.nodes(':visible').length);
}

export async function visibleNodeIds(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() =>
    (window as CyWindow)
      .cy!.nodes(':visible')
      .map((n) => n.id()),
  );
  return ids.map(dataId).sort();
}

/** Page (client) coordinates of a node's centre; pans it into view first if it is off screen. */
export async function nodeClientPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as CyWindow).cy!;
    const node = cy.$id(nodeId);
    if (node.empty()) throw new Error(`no node ${nodeId} in cy`);
    const box = cy.container()!.getBoundingClientRect();
    let p = node.renderedPosition();
    if (p.x < 20 || p.y < 20 || p.x > box.width - 20 || p.y > box.height - 20) {
      cy.center(node);
      p = node.renderedPosition();
    }
    return { x: box.left + p.x, y: box.top + p.y };
  }, nodeElementId(id));
}

export async function clickNode(page: Page, id: string): Promise<void> {
  const p = await nodeClientPoint(page, id);
  await page.mouse.click(p.x, p.y);
}

/**
 * A visible edge whose midpoint is on screen and clear of every node (so a click there hits the
 * edge), preferring heavy edges; its page coordinates.
 */
export async function clickableEdge(
  page: Page,
): Promise<{ id: string; source: string; target: string; x: number; y: number }> {
  const edge = await page.evaluate(() => {
    const cy = (window as CyWindow).cy!;
    const box = cy.container()!.getBoundingClientRect();
    const nodes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true }));
    const visibleEdges = cy.edges(':visible');
    // Segments of every visible link (links are drawn straight), to keep a click off crossings.
    const segments = visibleEdges.map((e) => ({
      id: e.id(),
      a: e.source().renderedPosition(),
      b: e.target().renderedPosition(),
    }));
    const distance = (p: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    const candidates = visibleEdges
      .map((e) => {
        const m = e.renderedMidpoint();
        const inside = m.x > 30 && m.y > 30 && m.x < box.width - 30 && m.y < box.height - 30;
        const clear = nodes.every(
          (b) => m.x < b.x1 - 6 || m.x > b.x2 + 6 || m.y < b.y1 - 6 || m.y > b.y2 + 6,
        );
        const alone = segments.every((s) => s.id === e.id() || distance(m, s.a, s.b) > 8);
        return { e, m, ok: inside && clear && alone };
      })
      .filter((c) => c.ok)
      .sort((a, b) => Number(b.e.data('width') ?? 0) - Number(a.e.data('width') ?? 0));
    const best = candidates[0];
    if (!best) throw new Error('no edge with a clickable midpoint');
    return {
      id: best.e.id(),
      source: best.e.source().id(),
      target: best.e.target().id(),
      x: box.left + best.m.x,
      y: box.top + best.m.y,
    };
  });
  return { ...edge, id: dataId(edge.id), source: dataId(edge.source), target: dataId(edge.target) };
}

export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Opens the header's Export menu (导出 / Export) and chooses an item by its exact accessible name. */
export async function chooseExport(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: /^(导出|Export)$/ }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Content-Security-Policy violations the page reported (`securitypolicyviolation` events). */
export type CspWindow = Window & { __cspViolations?: string[] };

/** Records every CSP violation event of the page's documents from the first script on. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as CspWindow;
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations!.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}:${e.columnNumber}`,
      );
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as CspWindow).__cspViolations ?? [])]);
}

/** Clicks a button and returns the download it starts, with its bytes. */
export async function downloadVia(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

/** Collects `count` downloads started by one click (CSV gives two files). */
export async function downloadsVia(
  page: Page,
  count: number,
  click: () => Promise<void>,
): Promise<Map<string, Buffer>> {
  const got = new Map<string, Buffer>();
  const done = new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`only ${got.size} of ${count} downloads arrived`)), 30000);
    const onDownload = (d: Download) => {
      void d.path().then((path) => {
        got.set(d.suggestedFilename(), readFileSync(path));
        if (got.size === count) {
          clearTimeout(timer);
          page.off('download', onDownload);
          ok();
        }
      }, fail);
    };
    page.on('download', onDownload);
  });
  await click();
  await done;
  return got;
}

/** RFC 4180 CSV → rows of fields (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('unterminated quoted CSV field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** PNG signature and IHDR width/height (bytes 16–23). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  signature.forEach((b, i) => {
    if (bytes[i] !== b) throw new Error('not a PNG: bad signature');
  });
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
