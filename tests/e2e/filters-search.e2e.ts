/** Theme filter (hidden in cy, persisted in the URL) and the concept search in Chinese, English, pinyin. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  type AppPage,
  type CyWindow,
  bundledGraph,
  dataId,
  escapeRegExp,
  gotoApp,
  newAppPage,
  urlParam,
  visibleNodeCount,
  waitForGraphReady,
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

describe('theme filter', () => {
  // The theme with the most concepts: hiding it must visibly change the graph.
  const counts = data.themes.map((t) => ({ t, n: data.nodes.filter((x) => x.theme === t.id).length }));
  const { t: theme, n: themeCount } = [...counts].sort((a, b) => b.n - a.n)[0]!;

  it('unchecking a theme hides exactly its concepts in cy, and a reload keeps it hidden', async () => {
    await gotoApp(app.page);
    const before = await visibleNodeCount(app.page);
    expect(before).toBe(data.nodes.length);
    const themes = app.page.getByRole('group', { name: '主题' });
    const box = themes.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(theme.label)}`) });
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await expect.poll(() => visibleNodeCount(app.page)).toBe(before - themeCount);
    const hiddenIds = (
      await app.page.evaluate(() =>
        (window as CyWindow).cy!.nodes().filter((n) => !n.visible()).map((n) => n.id()),
      )
    ).map(dataId);
    const themeIds = data.nodes.filter((n) => n.theme === theme.id).map((n) => n.id);
    expect(hiddenIds.sort()).toEqual(themeIds.sort());
    expect(urlParam(app.page, 'hide')?.split(',')).toContain(theme.id);

    await app.page.reload();
    await waitForGraphReady(app.page);
    await expect.poll(() => visibleNodeCount(app.page)).toBe(before - themeCount);
    expect(await app.page.getByRole('group', { name: '主题' }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(theme.label)}`) }).isChecked()).toBe(false);
    expect(app.errors).toEqual([]);
  });

  it('a hide= URL applies on entry', async () => {
    await gotoApp(app.page, `?hide=${encodeURIComponent(theme.id)}`);
    await expect.poll(() => visibleNodeCount(app.page)).toBe(data.nodes.length - themeCount);
  });
});

describe('search', () => {
  const fengqiao = data.nodes.find((n) => n.label === '枫桥经验');

  async function search(query: string): Promise<string[]> {
    const box = app.page.getByRole('combobox', { name: '搜索概念' });
    await box.fill('');
    await box.fill(query);
    const options = app.page.getByRole('option');
    await options.first().waitFor({ timeout: 5000 });
    return options.allInnerTexts();
  }

  it('finds 枫桥经验 by Chinese, by pinyin and by initials', async () => {
    expect(fengqiao, 'the bundled graph has 枫桥经验').toBeDefined();
    await gotoApp(app.page);
    for (const q of ['枫桥', 'fengqiao', 'fqjy']) {
      const options = await search(q);
      expect(options[0], `first option for ${q}`).toContain('枫桥经验');
    }
  });

  it('finds a concept by a word of its English gloss and selects it', async () => {
    const target = data.nodes.find((n) => n.label === '亚运会') ?? data.nodes.find((n) => n.labelEn !== '')!;
    const word = target.labelEn.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    const options = await search(word);
    const index = options.findIndex((o) => o.includes(target.label));
    expect(index, `option for «${word}» among ${options.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await app.page.getByRole('option').nth(index).click();
    await expect.poll(() => urlParam(app.page, 'sel')).toBe(target.id);
    await app.page
      .getByRole('region', { name: '概念详情' })
      .getByText(target.label, { exact: true })
      .first()
      .waitFor({ timeout: 5000 });
  });

  it('Enter on the pinyin match selects 枫桥经验', async () => {
    await search('fengqiao');
    await app.page.getByRole('combobox', { name: '搜索概念' }).press('ArrowDown');
    await app.page.getByRole('combobox', { name: '搜索概念' }).press('Enter');
    await expect.poll(() => urlParam(app.page, 'sel')).toBe(fengqiao!.id);
    expect(app.errors).toEqual([]);
  });
});
