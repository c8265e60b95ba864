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
    // One Export menu button (P2-EXP turned the export buttons into a menu).
    await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
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

  it('holds the search box’s place: nothing in the header moves when it mounts', async () => {
    const { page, errors } = await open();
    // Chromium reports every layout shift with the elements that moved.
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { t: number; nodes: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { startTime: number; sources?: { node?: Node }[] }[]) {
          const nodes = (e.sources ?? []).map((src) => {
            const el = src.node instanceof Element ? src.node : (src.node?.parentElement ?? null);
            return el ? `${el.closest('.app-header') ? 'header ' : ''}${el.tagName.toLowerCase()}.${el.className}` : '?';
          });
          w.shifts.push({ t: e.startTime, nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await gotoApp(page);
    const placeholder = await page.locator('.search-placeholder').count();
    const box = page.getByRole('combobox', { name: '搜索概念' });
    await box.waitFor({ timeout: 10000 });
    await page.waitForTimeout(300);
    const { ready, mounted, shifts } = await page.evaluate(() => ({
      ready: performance.getEntriesByName('graph-ready', 'mark')[0]!.startTime,
      mounted: performance.now(),
      shifts: (window as unknown as { shifts: { t: number; nodes: string[] }[] }).shifts,
    }));
    console.log(`[e2e] search placeholder ${placeholder ? 'seen' : 'already replaced'} at graph-ready; layout shifts: ${JSON.stringify(shifts)}`);
    const headerShifts = shifts.filter((x) => x.t >= ready && x.t <= mounted && x.nodes.some((n) => n.startsWith('header ')));
    expect(headerShifts).toEqual([]);
    expect(await page.locator('.search-placeholder').count()).toBe(0);
    expect(await box.getAttribute('placeholder')).toBe('搜索概念…');
    // The short placeholder fits its box.
    expect(await box.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('renders at 1024 px wide and at tablet size without sideways scrolling', async () => {
    for (const [name, viewport] of [
      ['explorer-1024', { width: 1024, height: 768 }],
      ['explorer-tablet-768x1024', { width: 768, height: 1024 }],
    ] as const) {
      const narrow = viewport.width < 900;
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
      // The toolbar stays on one line, all of it visible.
      const toolbar = await page.evaluate(() => {
        const el = document.querySelector('.graph-toolbar') as HTMLElement;
        const tops = new Set([...el.querySelectorAll('button')].filter((b) => b.offsetParent).map((b) => Math.round(b.getBoundingClientRect().top)));
        return { rows: tops.size, hidden: el.scrollWidth - el.clientWidth };
      });
      expect(toolbar).toEqual({ rows: 1, hidden: 0 });
      await page.getByRole('combobox', { name: '搜索概念' }).waitFor({ timeout: 10000 });
      console.log(`[e2e] screenshot ${await screenshot(page, name)}`);
      // The filters: in the sidebar beside the canvas, or (narrow) one toolbar button away, above the fold.
      const themes = page.getByRole('group', { name: '主题' });
      const toggle = page.getByRole('button', { name: '筛选', exact: true });
      expect(await toggle.isVisible()).toBe(narrow);
      if (narrow) {
        expect(await themes.isVisible()).toBe(false);
        await toggle.click();
        await themes.waitFor({ state: 'visible', timeout: 2000 });
        console.log(`[e2e] screenshot ${await screenshot(page, `${name}-filters`)}`);
        await toggle.click();
        await themes.waitFor({ state: 'hidden', timeout: 2000 });
      }
      const top = await page.evaluate(() => {
        const el = document.querySelector('.pg-themes') as HTMLElement | null;
        return el && el.offsetParent ? el.getBoundingClientRect().top : null;
      });
      if (!narrow) expect(top).not.toBeNull();
      const reach = narrow ? await toggle.boundingBox() : await themes.boundingBox();
      expect(reach!.y + reach!.height).toBeLessThan(viewport.height);
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
