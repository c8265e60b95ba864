/** Opening your own document: a .txt through the worker (jieba-wasm under the CSP), a broken graph.json. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { type AppPage, type CyWindow, FIXTURES, bundledGraph, gotoApp, newAppPage, screenshot } from './helpers';

const data = bundledGraph();
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await newAppPage(browser);
});

afterAll(async () => {
  await browser?.close();
});

async function openFile(path: string): Promise<void> {
  const [chooser] = await Promise.all([
    app.page.waitForEvent('filechooser'),
    app.page.getByRole('button', { name: '打开文档' }).click(),
  ]);
  await chooser.setFiles(path);
}

function cyLabels(): Promise<string[]> {
  return app.page.evaluate(() =>
    (window as CyWindow)
      .cy!.nodes()
      .map((n) => String(n.data('label')))
      .sort(),
  );
}

describe('open document', () => {
  it('a broken graph.json gives one line of error and the current graph stays', async () => {
    await gotoApp(app.page);
    const before = await cyLabels();
    expect(before).toHaveLength(data.nodes.length);
    await openFile(resolve(FIXTURES, 'broken.graph.json'));
    const alert = app.page.getByRole('alert').filter({ hasText: 'broken.graph.json' });
    await alert.waitFor({ timeout: 5000 });
    const text = (await alert.innerText()).trim();
    console.log(`[e2e] broken graph.json message: ${text}`);
    expect(text).toMatch(/^broken\.graph\.json: invalid JSON/);
    expect(text).not.toContain('\n');
    expect(await cyLabels()).toEqual(before);
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'open-broken-json')}`);
  });

  it('a .txt is built into a graph in a worker, with progress, and replaces the graph', async () => {
    const before = new Set(await cyLabels());
    const started = Date.now();
    await openFile(resolve(FIXTURES, 'synthetic-resolution.txt'));
    // The worker reports stages; the first is loading jieba-wasm.
    await app.page.getByRole('button', { name: '取消' }).waitFor({ timeout: 10000 });
    // Either the new graph is drawn or the control reports an error (then fail with its text).
    const outcome = await Promise.race([
      app.page
        .waitForFunction(
          () => (window as CyWindow).cy?.nodes().some((n) => String(n.data('label')).includes('青溪')) ?? false,
          null,
          { timeout: 50000 },
        )
        .then(
          () => 'graph',
          () => 'no graph after 50 s',
        ),
      app.page
        .getByRole('alert')
        .filter({ hasText: 'synthetic-resolution.txt' })
        .waitFor({ timeout: 50000 })
        .then(
          async () => `error: ${await app.page.getByRole('alert').filter({ hasText: 'synthetic-resolution.txt' }).innerText()}`,
          () => 'no error either',
        ),
    ]);
    expect(outcome).toBe('graph');
    console.log(`[e2e] synthetic .txt → graph in ${Date.now() - started} ms (worker, jieba-wasm)`);
    const after = await cyLabels();
    console.log(`[e2e] concepts from the .txt: ${after.join('、')}`);
    expect(after.length).toBeGreaterThanOrEqual(3);
    expect(after).toContain('数字青溪');
    expect(after).toContain('山水名城');
    // None of the bundled document's concepts that the .txt does not mention survive.
    const text = readFileSync(resolve(FIXTURES, 'synthetic-resolution.txt'), 'utf8');
    const stale = after.filter((l) => before.has(l) && !text.includes(l));
    expect(stale).toEqual([]);
    expect(after.filter((l) => !before.has(l)).length).toBeGreaterThanOrEqual(3);
    await app.page.getByRole('status').filter({ hasText: 'synthetic-resolution.txt' }).waitFor({ timeout: 5000 });
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'open-txt')}`);
    expect(app.errors).toEqual([]);
  });
  it('dropping a graph.json on the page shows a drop hint, then opens it', async () => {
    const json = readFileSync(resolve(FIXTURES, 'tiny.graph.json'), 'utf8');
    const transfer = await app.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'tiny.graph.json', { type: 'application/json' }));
      return dt;
    }, json);
    const canvas = app.page.locator('canvas').first();
    await canvas.dispatchEvent('dragenter', { dataTransfer: transfer });
    await canvas.dispatchEvent('dragover', { dataTransfer: transfer });
    const hint = app.page.getByText('松开鼠标以打开文档（.txt 或 .json）');
    await hint.waitFor({ timeout: 5000 });
    expect(await hint.isVisible()).toBe(true);
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'drop-hint')}`);
    await canvas.dispatchEvent('drop', { dataTransfer: transfer });
    await app.page.waitForFunction(() => (window as CyWindow).cy?.nodes().length === 4, null, { timeout: 10000 });
    expect(await cyLabels()).toEqual(['亚运会', '八八战略', '共同富裕', '城西科创大走廊'].sort());
    expect(await hint.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
