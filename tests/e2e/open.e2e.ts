/**
 * Opening your own document: a .txt (UTF-8 or GB18030) through the worker (jieba-wasm under the
 * CSP), a broken graph.json, a dropped graph.json; the production build's CSP holds throughout.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  type AppPage,
  type CyWindow,
  FIXTURES,
  bundledGraph,
  chooseExport,
  cspViolations,
  downloadVia,
  gotoApp,
  newAppPage,
  screenshot,
  urlParam,
  watchCsp,
} from './helpers';

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

async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '打开文档' }).click(),
  ]);
  await chooser.setFiles(path);
}

function cyLabels(page: Page = app.page): Promise<string[]> {
  return page.evaluate(() =>
    (window as CyWindow)
      .cy!.nodes()
      .map((n) => String(n.data('label')))
      .sort(),
  );
}

function heading(page: Page = app.page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText();
}

/**
 * Opens a .txt and waits until the graph shows a concept containing `expect`, or the control
 * reports an error (then returns its text). Checks the progress toast on the way.
 */
async function openText(
  page: Page,
  file: string,
  expectLabel: string,
): Promise<{ outcome: string; ms: number }> {
  const started = Date.now();
  await openFile(page, resolve(FIXTURES, file));
  // The worker reports stages (the first is loading jieba-wasm) in a floating status with Cancel.
  await page.getByRole('button', { name: '取消' }).waitFor({ timeout: 10000 });
  const name = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const outcome = await Promise.race([
    page
      .waitForFunction(
        (label) =>
          (window as CyWindow).cy?.nodes().some((n) => String(n.data('label')).includes(label)) ?? false,
        expectLabel,
        { timeout: 50000 },
      )
      .then(
        () => 'graph',
        () => 'no graph after 50 s',
      ),
    page
      .getByRole('alert')
      .filter({ hasText: new RegExp(name) })
      .waitFor({ timeout: 50000 })
      .then(
        async () =>
          `error: ${await page
            .getByRole('alert')
            .filter({ hasText: new RegExp(name) })
            .innerText()}`,
        () => 'no error either',
      ),
  ]);
  return { outcome, ms: Date.now() - started };
}

describe('open document', () => {
  it('a broken graph.json gives one line of error in a floating alert; the header and the graph stay', async () => {
    await gotoApp(app.page);
    const before = await cyLabels();
    expect(before).toHaveLength(data.nodes.length);
    // The search box mounts after the first frame: measure the header once it is there.
    await app.page.getByRole('combobox', { name: '搜索概念' }).waitFor({ timeout: 10000 });
    const header = app.page.locator('header').first();
    const headerBefore = (await header.boundingBox())!;
    const langBefore = (await app.page.getByRole('button', { name: 'English' }).boundingBox())!;
    await openFile(app.page, resolve(FIXTURES, 'broken.graph.json'));
    const alert = app.page.getByRole('alert').filter({ hasText: 'broken.graph.json' });
    await alert.waitFor({ timeout: 5000 });
    const text = (await alert.innerText()).trim();
    console.log(`[e2e] broken graph.json message: ${text}`);
    expect(text).toMatch(/^broken\.graph\.json: invalid JSON/);
    expect(text).not.toContain('\n');
    // Floating near the top, outside the header, which keeps its size; the language button stays put.
    const placement = await alert.evaluate((el) => {
      const box = (el.closest('.toast') ?? el).getBoundingClientRect();
      const header = document.querySelector('header')!.getBoundingClientRect();
      return {
        position: getComputedStyle(el.closest('.toast')!.parentElement!).position,
        inHeader: el.closest('header') !== null,
        top: Math.round(box.top),
        headerBottom: Math.round(header.bottom),
        box: [box.left, box.top, box.width, box.height].map(Math.round),
      };
    });
    console.log(`[e2e] error toast: ${JSON.stringify(placement)}`);
    expect(placement).toMatchObject({ position: 'fixed', inHeader: false });
    // Just below the header: near the top, covering none of the header's controls.
    expect(placement.top).toBeGreaterThanOrEqual(placement.headerBottom);
    expect(placement.top).toBeLessThan(placement.headerBottom + 30);
    expect((await header.boundingBox())!.height).toBe(headerBefore.height);
    expect(await app.page.getByRole('button', { name: 'English' }).boundingBox()).toEqual(langBefore);
    expect(await cyLabels()).toEqual(before);
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'open-broken-json')}`);
    await app.page.getByRole('button', { name: '关闭提示' }).click();
    expect(await app.page.getByRole('alert').count()).toBe(0);
  });

  it('a .txt is built into a graph in a worker, with progress, and replaces the graph and its title', async () => {
    const before = new Set(await cyLabels());
    const titleBefore = await heading();
    const file = 'synthetic-resolution.txt';
    const shot = app.page
      .getByRole('status')
      .filter({ hasText: file })
      .waitFor({ timeout: 10000 })
      .then(() => screenshot(app.page, 'open-txt-progress'))
      .catch(() => '(progress gone before the screenshot)');
    const { outcome, ms } = await openText(app.page, file, '青溪');
    expect(outcome).toBe('graph');
    console.log(`[e2e] synthetic .txt → graph in ${ms} ms (worker, jieba-wasm); screenshot ${await shot}`);
    const after = await cyLabels();
    console.log(`[e2e] concepts from the .txt: ${after.join('、')}`);
    expect(after.length).toBeGreaterThanOrEqual(3);
    // The quoted initiatives of the text are concepts.
    for (const name of ['数字青溪', '山水名城', '青溪智造']) expect(after).toContain(name);
    // None of the bundled document's concepts that the .txt does not mention survive.
    const text = readFileSync(resolve(FIXTURES, file), 'utf8');
    const stale = after.filter((l) => before.has(l) && !text.includes(l));
    expect(stale).toEqual([]);
    expect(after.filter((l) => !before.has(l)).length).toBeGreaterThanOrEqual(3);
    // The heading and the tab title now name the new document.
    const title = '中共青溪市委关于深入实施“数字青溪”建设推动高质量发展的决议';
    expect(titleBefore).not.toBe(title);
    expect((await heading()).replace(/\s+/g, '')).toBe(title);
    expect(await app.page.title()).toContain(title);
    expect(await app.page.locator('header').first().innerText()).toContain(file);
    expect(urlParam(app.page, 'sel')).toBeNull();
    await app.page
      .getByRole('status')
      .filter({ hasText: `已打开 ${file}` })
      .waitFor({ timeout: 5000 });
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'open-txt')}`);
    expect(app.errors).toEqual([]);
  });

  it('a GB18030-encoded .txt opens too, with its Chinese names intact', async () => {
    const file = 'linjiang-gb18030.txt';
    const bytes = readFileSync(resolve(FIXTURES, file));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'fixture is not UTF-8').toThrow();
    const { outcome, ms } = await openText(app.page, file, '临江');
    expect(outcome).toBe('graph');
    const labels = await cyLabels();
    console.log(`[e2e] GB18030 .txt → graph in ${ms} ms: ${labels.join('、')}`);
    // “江海联动”战略 is one name: the quotation heads the programme.
    for (const name of ['智慧临江', '江海联动战略', '临江港城', '美丽乡村']) expect(labels).toContain(name);
    expect(labels.some((l) => l.includes('青溪'))).toBe(false);
    expect(labels.join('')).not.toContain('\ufffd');
    expect((await heading()).replace(/\s+/g, '')).toBe(
      '中共临江市委关于加快建设“智慧临江”奋力打造共同富裕示范区的决议',
    );
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
    await app.page.waitForFunction(() => (window as CyWindow).cy?.nodes().length === 4, null, {
      timeout: 10000,
    });
    expect(await cyLabels()).toEqual(['亚运会', '八八战略', '共同富裕', '城西科创大走廊'].sort());
    expect(await hint.count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});

describe('content security policy', () => {
  it('the build carries a strict CSP meta; loading, opening a .txt (worker + wasm) and exporting SVG violate none of it', async () => {
    const csp = await newAppPage(browser);
    try {
      await watchCsp(csp.page);
      await gotoApp(csp.page);
      const meta = await csp.page.evaluate(() => {
        const el = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        // A CSP meta only covers what comes after it: nothing that loads may precede it.
        const before = el
          ? [...document.head.children].slice(0, [...document.head.children].indexOf(el))
          : [];
        return {
          content: el?.getAttribute('content') ?? null,
          loadsBefore: before.filter((e) =>
            e.matches('script, link[rel="stylesheet"], link[rel="modulepreload"]'),
          ).length,
        };
      });
      console.log(`[e2e] CSP: ${meta.content}`);
      expect(meta.content).not.toBeNull();
      const directives = new Map(
        meta.content!.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name!, values];
        }),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(meta.loadsBefore).toBe(0);

      const { outcome } = await openText(csp.page, 'synthetic-resolution.txt', '青溪');
      expect(outcome).toBe('graph');
      const svg = await downloadVia(csp.page, () => chooseExport(csp.page, '导出 SVG'));
      expect(svg.bytes.toString('utf8')).toContain('数字青溪');
      expect({ violations: await cspViolations(csp.page), errors: csp.errors }).toEqual({
        violations: [],
        errors: [],
      });

      // The watch itself works: an image from another origin is refused and reported both ways.
      await csp.page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://example.invalid/canary.png';
        document.body.append(img);
      });
      await expect
        .poll(() => cspViolations(csp.page))
        .toEqual([expect.stringMatching(/^img-src blocked https:\/\/example\.invalid\/canary\.png/)]);
      await expect
        .poll(() => csp.errors.some((e) => /canary\.png/.test(e) && /Content Security Policy/.test(e)))
        .toBe(true);
    } finally {
      await csp.context.close();
    }
  });
});
