/** Language, URL notices, responsive screenshots and keyboard access. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { type AppPage, bundledGraph, gotoApp, newAppPage, screenshot } from './helpers';

const data = bundledGraph();
let browser: Browser;
const pages: AppPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(options: Parameters<typeof newAppPage>[1] = {}): Promise<AppPage> {
  const app = await newAppPage(browser, options);
  pages.push(app);
  return app;
}

describe('language and URL', () => {
  it('?lang=en shows the English interface', async () => {
    const { page, errors } = await open();
    await gotoApp(page, '?lang=en');
    await page.getByRole('region', { name: 'Concept details' }).waitFor({ timeout: 5000 });
    await page.getByRole('combobox', { name: 'Search concepts' }).waitFor();
    await page.getByRole('group', { name: 'Themes' }).waitFor();
    await page.getByRole('button', { name: 'Open document' }).waitFor();
    await page.getByRole('button', { name: 'Export PNG' }).waitFor();
    const themes = page.getByRole('group', { name: 'Themes' });
    const firstTheme = data.themes.find((t) => data.nodes.some((n) => n.theme === t.id))!;
    expect(await themes.innerText()).toContain(firstTheme.labelEn);
    expect(await page.getByRole('button', { name: '打开文档' }).count()).toBe(0);
    console.log(`[e2e] screenshot ${await screenshot(page, 'lang-en-1440')}`);
    expect(errors).toEqual([]);
  });

  it('an invalid URL parameter shows a notice and the graph still loads', async () => {
    const { page, errors } = await open();
    await gotoApp(page, '?lang=en&color=purple&minw=abc');
    await page.getByText(/Ignored an invalid URL parameter/).first().waitFor({ timeout: 5000 });
    const count = await page.evaluate(() => (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length);
    expect(count).toBe(data.nodes.length);
    expect(errors).toEqual([]);
  });
});

describe('responsive layout', () => {
  async function noHorizontalOverflow(page: Page): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  it('renders at 1024 px wide and at tablet size without sideways scrolling', async () => {
    for (const [name, viewport] of [
      ['explorer-1024', { width: 1024, height: 768 }],
      ['explorer-tablet-768x1024', { width: 768, height: 1024 }],
    ] as const) {
      const { page, errors } = await open({ viewport });
      await gotoApp(page);
      const canvas = await page.evaluate(() => {
        const r = (window as unknown as { cy: { container(): HTMLElement } }).cy.container().getBoundingClientRect();
        return { w: r.width, h: r.height };
      });
      console.log(`[e2e] ${name}: canvas ${canvas.w.toFixed(0)}×${canvas.h.toFixed(0)}`);
      expect(canvas.w).toBeGreaterThan(viewport.width * 0.4);
      expect(canvas.h).toBeGreaterThan(250);
      expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(0);
      console.log(`[e2e] screenshot ${await screenshot(page, name)}`);
      expect(errors).toEqual([]);
    }
  });
});

describe('keyboard', () => {
  it('Tab reaches the search box and the concept table', async () => {
    const { page } = await open();
    await gotoApp(page);
    const table = page.getByRole('table', { name: '概念表' }).or(page.getByRole('grid', { name: '概念表' }));
    await table.first().waitFor({ timeout: 5000 });
    const combobox = page.getByRole('combobox', { name: '搜索概念' });
    let search = -1;
    let inTable = -1;
    const seen: string[] = [];
    for (let i = 0; i < 150 && (search < 0 || inTable < 0); i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          return el ? `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}` : '-';
        }),
      );
      if (search < 0 && (await combobox.evaluate((el) => el === document.activeElement))) search = i + 1;
      if (inTable < 0 && (await table.first().evaluate((t) => t.contains(document.activeElement)))) inTable = i + 1;
    }
    console.log(`[e2e] Tab presses: search ${search}, concept table ${inTable}`);
    expect(search, `focus order: ${seen.join(' → ')}`).toBeGreaterThan(0);
    expect(inTable, `focus order: ${seen.join(' → ')}`).toBeGreaterThan(0);
  });
});
