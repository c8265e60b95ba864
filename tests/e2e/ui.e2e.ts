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
      await page.getByRole('combobox', { name: '搜索概念' }).waitFor({ timeout: 10000 });
      console.log(`[e2e] screenshot ${await screenshot(page, name)}`);
      expect(errors).toEqual([]);
    }
  });
});

describe('keyboard', () => {
  it('Tab reaches the search box, and the concept table through the view switch', async () => {
    const { page } = await open();
    await gotoApp(page);
    const focusTrail: string[] = [];
    const trail = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '-';
        const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 12);
        return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''}:${name}`;
      });
    /** Presses Tab until `reached` holds; returns the number of presses, or -1. */
    async function tabUntil(reached: () => Promise<boolean>, limit = 150): Promise<number> {
      for (let i = 1; i <= limit; i++) {
        await page.keyboard.press('Tab');
        focusTrail.push(await trail());
        if (await reached()) return i;
      }
      return -1;
    }
    const combobox = page.getByRole('combobox', { name: '搜索概念' });
    const search = await tabUntil(() => combobox.evaluate((el) => el === document.activeElement));
    expect(search, `focus order: ${focusTrail.join(' → ')}`).toBeGreaterThan(0);

    const tableButton = page.getByRole('button', { name: '概念表', exact: true });
    const toSwitch = await tabUntil(() => tableButton.evaluate((el) => el === document.activeElement));
    expect(toSwitch, `focus order: ${focusTrail.join(' → ')}`).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const table = page.getByRole('region', { name: '概念表' }).locator('table');
    await table.waitFor({ timeout: 5000 });
    const intoTable = await tabUntil(() => table.evaluate((t) => t.contains(document.activeElement)), 40);
    console.log(
      `[e2e] Tab presses: search ${search}, then ${toSwitch} to the table view button, Enter, ${intoTable} into the table`,
    );
    expect(intoTable, `focus order: ${focusTrail.join(' → ')}`).toBeGreaterThan(0);
    console.log(`[e2e] screenshot ${await screenshot(page, 'keyboard-table')}`);
  });
});
