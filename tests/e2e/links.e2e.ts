/** Links and close reading in the browser: a path that explains its absence, complete link evidence, the reader. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { type AppPage, bundledGraph, gotoApp, newAppPage, screenshot, urlParam } from './helpers';
import { explainNoPath } from '../../src/core/explorer/path-explain';
import { linkEvidence } from '../../src/core/explorer/passages';
import { DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';

const data = bundledGraph();
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const sectionById = new Map(data.sections.map((s) => [s.id, s]));
const NO_FILTERS = DEFAULT_VIEW_STATE;
let browser: Browser;
const pages: AppPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<AppPage> {
  const app = await newAppPage(browser);
  pages.push(app);
  return app;
}

/** Chooses a concept in one of the path tool's comboboxes by typing its label. */
async function chooseEnd(page: Page, box: '起点' | '终点', label: string): Promise<void> {
  const input = page.getByRole('combobox', { name: box });
  await input.fill(label);
  await page
    .getByRole('option', { name: new RegExp(`^${label}`) })
    .first()
    .click();
}

describe('path between concepts', () => {
  it('two unconnected concepts: says so plainly and shows the sections each group lives in', async () => {
    // The most mentioned concept, and the most mentioned one the document never joins to it.
    const byCount = [...data.nodes].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    const from = byCount[0]!;
    const to = byCount.find((n) => explainNoPath(data, NO_FILTERS, from.id, n.id)?.kind === 'apart')!;
    expect(to, 'a concept apart from the most mentioned one').toBeDefined();
    const gap = explainNoPath(data, NO_FILTERS, from.id, to.id);
    if (gap?.kind !== 'apart') throw new Error('expected two groups');

    const { page, errors } = await open();
    await gotoApp(page);
    await page.getByRole('combobox', { name: '起点' }).waitFor({ timeout: 10000 });
    await chooseEnd(page, '起点', from.label);
    await chooseEnd(page, '终点', to.label);
    await expect.poll(() => urlParam(page, 'to')).toBe(to.id);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '两者之间没有路径' }).count()).toBe(1);

    const panel = page.getByRole('region', { name: '概念详情' });
    await panel.getByText(`“${from.label}”与“${to.label}”在全文中不相连`).waitFor({ timeout: 5000 });
    const text = await panel.innerText();
    expect(text).not.toContain('筛选');
    expect(text).toContain(`“${from.label}”所在的一组共 ${gap.from.nodes.length} 个概念，出现在：`);
    const addresses = (ids: string[]) => ids.map((id) => sectionById.get(id)!.address);
    for (const a of addresses(gap.from.sections)) expect(text).toContain(a);
    for (const a of addresses(gap.to.sections)) expect(text).toContain(a);
    expect(text).toContain(`全文的概念共分为 ${gap.groupCount} 个互不相连的组`);
    // The explanation is in the details panel, on screen, not below the sidebar's fold.
    const box = (await panel.getByText(/在全文中不相连/).boundingBox())!;
    expect(box.y + box.height).toBeLessThan(900);
    console.log(
      `[e2e] ${from.label} / ${to.label}: groups of ${gap.from.nodes.length} and ${gap.to.nodes.length}`,
    );
    console.log(`[e2e] screenshot ${await screenshot(page, 'path-apart')}`);

    // With a filter set that does not matter, the panel says the filters are not the cause.
    await page.getByRole('checkbox', { name: '仅同句共现' }).check();
    await panel.getByText('这与筛选无关。', { exact: false }).waitFor({ timeout: 5000 });
    expect(errors).toEqual([]);
  });

  it('a path found: its links and their sentences in the details panel', async () => {
    const { page, errors } = await open();
    // Two concepts of the largest group, several links apart.
    await gotoApp(page, `?from=${encodeURIComponent('两个维护')}&to=${encodeURIComponent('之江实验室')}`);
    const panel = page.getByRole('region', { name: '概念详情' });
    const list = panel.getByRole('list', { name: /^从“两个维护”到“之江实验室”的路径$/ });
    await list.waitFor({ timeout: 10000 });
    const links = list.getByRole('group');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < (await links.count()); i++) {
      expect(await links.nth(i).locator('blockquote').count(), `passages of link ${i}`).toBeGreaterThan(0);
      expect(await links.nth(i).locator('mark').count()).toBeGreaterThanOrEqual(2);
    }
    console.log(`[e2e] screenshot ${await screenshot(page, 'path-found')}`);
    expect(errors).toEqual([]);
  });
});

describe('link evidence', () => {
  it('八八战略—两个维护 lists a passage for each shared section, both concepts marked', async () => {
    const edge = data.edges.find(
      (e) => [e.source, e.target].sort().join() === ['八八战略', '两个维护'].sort().join(),
    )!;
    expect(edge.weight).toBeGreaterThanOrEqual(2);
    const { page, errors } = await open();
    await gotoApp(page, `?edge=${encodeURIComponent(edge.id)}`);
    const panel = page.getByRole('region', { name: '概念详情' });
    await panel
      .getByRole('heading', { name: `在 ${edge.weight} 个共同章节中的原文` })
      .waitFor({ timeout: 10000 });
    const evidence = linkEvidence(data, edge.id);
    const marked = new Set<string>();
    for (const s of evidence) {
      const region = panel.getByRole('region', { name: s.address, exact: true });
      const quotes = region.locator('blockquote');
      expect(await quotes.count(), `passages in ${s.address}`).toBe(s.passages.length);
      expect(s.passages.length).toBeGreaterThan(0);
      for (const m of await region.locator('mark').all())
        marked.add(`${await m.innerText()}|${await m.getAttribute('class')}`);
    }
    // Each concept is marked, each in its own colour class.
    const a = byId.get(edge.source)!.label;
    const b = byId.get(edge.target)!.label;
    expect([...marked].sort()).toEqual([`${a}|end-a`, `${b}|end-b`].sort());
    const colours = await panel
      .locator('mark.end-a, mark.end-b')
      .evaluateAll((ms) => [...new Set(ms.map((m) => getComputedStyle(m).backgroundColor))]);
    expect(colours).toHaveLength(2);
    const text = await panel.innerText();
    expect(text).toContain('关联强度');
    expect(text).not.toContain('Jaccard');
    console.log(`[e2e] screenshot ${await screenshot(page, 'link-evidence')}`);
    expect(errors).toEqual([]);
  });
});

describe('reader', () => {
  it('opens at the selected concept’s first mention, headings styled, the outline jumps', async () => {
    // A concept first mentioned far down the document.
    const node = [...data.nodes]
      .filter((n) => n.mentions.length > 0)
      .sort((a, b) => b.mentions[0]!.start - a.mentions[0]!.start)
      .find((n) => n.mentions[0]!.start < data.document.text.length * 0.8)!;
    const { page, errors } = await open();
    await gotoApp(page, `?sel=${encodeURIComponent(node.id)}`);
    await page.getByRole('button', { name: '原文', exact: true }).click();
    const reader = page.getByRole('article', { name: '文件全文' });
    await reader.waitFor({ timeout: 5000 });
    await reader
      .getByRole('status')
      .filter({ hasText: `已跳到“${node.label}”第一次出现的地方` })
      .waitFor();

    // The first mention is on screen, inside the reader's viewport, and marked as the selected concept.
    const first = reader.locator(`mark.mention.current[data-node="${node.id}"]`).first();
    await expect
      .poll(async () => {
        const box = await first.boundingBox();
        const view = (await page.locator('.reader-overlay').boundingBox())!;
        return box !== null && box.y >= view.y && box.y + box.height <= view.y + view.height;
      })
      .toBe(true);
    const firstStart = await first.evaluate((m) => m.closest('.sentence')!.id);
    const sentences = await reader.locator('.sentence').evaluateAll((ss) => ss.map((s) => s.id));
    const firstWithMention = await reader
      .locator(`.sentence:has(mark[data-node="${node.id}"])`)
      .first()
      .getAttribute('id');
    expect(firstStart).toBe(firstWithMention);
    expect(sentences.indexOf(firstStart)).toBeGreaterThan(10);
    // A margin mark beside it.
    expect(await reader.locator('.has-current .margin-mark').count()).toBeGreaterThan(0);
    console.log(`[e2e] reader opened at ${node.label} (${firstStart})`);
    console.log(`[e2e] screenshot ${await screenshot(page, 'reader-first-mention')}`);

    // Headings look like headings: larger and bolder than the body text.
    const look = async (selector: string) =>
      reader
        .locator(selector)
        .first()
        .evaluate((el) => {
          const s = getComputedStyle(el);
          return { size: parseFloat(s.fontSize), weight: Number(s.fontWeight) };
        });
    const body = await look('.reader-text p');
    const part = await look('.reader-text h3.reader-heading');
    const subsection = await look('.reader-text h4.reader-heading');
    expect(part.size).toBeGreaterThan(body.size);
    expect(part.weight).toBeGreaterThanOrEqual(700);
    expect(subsection.size).toBeGreaterThan(body.size);
    expect(subsection.weight).toBeGreaterThanOrEqual(600);

    // Mentions wear their theme colours: more than one colour on the page.
    const tints = await reader
      .locator('mark.mention')
      .evaluateAll((ms) => new Set(ms.map((m) => getComputedStyle(m).backgroundColor)).size);
    expect(tints).toBeGreaterThan(3);

    // The outline jumps to a section: its heading comes into view and takes focus.
    const target = data.sections.find((s) => s.kind === 'subsection' && s.address === '三（一）')!;
    const outline = reader.getByRole('navigation', { name: '目录' });
    await outline
      .getByRole('button', { name: new RegExp(`^${target.address.replace(/[()（）]/g, '.')}`) })
      .click();
    const heading = reader.getByRole('heading', { level: 4 }).filter({ hasText: target.title });
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        const view = (await page.locator('.reader-overlay').boundingBox())!;
        return box !== null && box.y >= view.y - 1 && box.y < view.y + view.height / 2;
      })
      .toBe(true);
    expect(await heading.evaluate((h) => document.activeElement === h)).toBe(true);
    console.log(`[e2e] screenshot ${await screenshot(page, 'reader-outline-jump')}`);
    expect(errors).toEqual([]);
  });
});
