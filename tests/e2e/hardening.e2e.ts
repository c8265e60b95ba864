/**
 * Hostile input in the browser: a document quoting “__proto__”, “constructor”, “toString” … opens and
 * shows those concepts; `?graph=` with malformed files keeps the bundled graph and says why in one line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { type AppPage, type CyWindow, bundledGraph, gotoApp, newAppPage, screenshot } from './helpers';
import { HOSTILE_NAMES, hostileDocument } from '../unit/hostile-fixtures';
import type { GraphData } from '../../src/core/pipeline/schema';

const data = bundledGraph();
let browser: Browser;
let app: AppPage;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-e2e-hardening-'));
  browser = await launchChromium();
  app = await newAppPage(browser);
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('Object.prototype names in a document', () => {
  it('the document opens in the browser and shows them as concepts', async () => {
    await gotoApp(app.page);
    const path = join(tmp, 'hostile.txt');
    writeFileSync(path, hostileDocument());
    const [chooser] = await Promise.all([
      app.page.waitForEvent('filechooser'),
      app.page.getByRole('button', { name: '打开文档' }).click(),
    ]);
    await chooser.setFiles(path);
    await app.page.waitForFunction(
      (names) => {
        const labels = new Set((window as CyWindow).cy?.nodes().map((n) => String(n.data('label'))) ?? []);
        return names.every((n) => labels.has(n));
      },
      [...HOSTILE_NAMES],
      { timeout: 50_000 },
    );
    const counts = await app.page.evaluate(() => {
      const cy = (window as CyWindow).cy!;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    console.log(`[e2e] hostile document: ${counts.nodes} concepts, ${counts.edges} links on the canvas`);
    expect(counts.nodes).toBeGreaterThan(HOSTILE_NAMES.length);
    expect(counts.edges).toBeGreaterThan(0);
    expect(await app.page.getByRole('heading', { level: 1 }).innerText()).toContain('青溪');
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'hostile-document')}`);
    expect(app.errors).toEqual([]);
  }, 90_000);
});

describe('?graph= with a malformed file', () => {
  const bad: [string, (d: GraphData) => unknown, RegExp][] = [
    [
      'dangling',
      (d) => ({ ...d, edges: [...d.edges, { ...d.edges[0]!, id: 'x--y', target: 'nowhere' }] }),
      /invalid graph: link "x--y" refers to a missing concept "nowhere"/,
    ],
    [
      'duplicate-node',
      (d) => ({ ...d, nodes: [...d.nodes, d.nodes[3]] }),
      /invalid graph: duplicate concept id/,
    ],
    ['no-nodes', (d) => ({ ...d, nodes: [], edges: [] }), /invalid graph: the graph has no concepts/],
    [
      'huge-coordinates',
      (d) => ({ ...d, nodes: d.nodes.map((n) => ({ ...n, x: 1e308 })) }),
      /nodes\.0\.x: Too big/,
    ],
  ];

  it.each(bad)('%s keeps the bundled graph and says why in one line', async (name, mutate, message) => {
    const page = app.page;
    await page.route(`**/${name}.json`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(mutate(data)) }),
    );
    await gotoApp(page, `?lang=en&graph=${name}.json`);
    const notice = page.locator('.notice-error');
    await notice.waitFor({ timeout: 10_000 });
    const text = (await notice.innerText()).replace(/\s*×$/, '');
    console.log(`[e2e] ?graph=${name}.json: ${text}`);
    expect(text).toMatch(new RegExp(`^Could not open the graph file ${name}\\.json: `));
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
    expect(await page.evaluate(() => (window as CyWindow).cy!.nodes().length)).toBe(data.nodes.length);
    if (name === 'dangling')
      console.log(`[e2e] screenshot ${await screenshot(page, 'graph-param-rejected')}`);
    expect(app.errors).toEqual([]);
  });
});
