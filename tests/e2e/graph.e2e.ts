/** The canvas: load time, clicking concepts and links on the canvas, the details panel, history. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  type AppPage,
  type CyWindow,
  BUNDLED_ID,
  bundledGraph,
  clickNode,
  clickableEdge,
  escapeRegExp,
  gotoApp,
  graphReadyMs,
  newAppPage,
  screenshot,
  urlParam,
  waitForGraphReady,
  baseUrl,
} from './helpers';

const data = bundledGraph();
const byId = new Map(data.nodes.map((n) => [n.id, n]));
let browser: Browser;
let app: AppPage;

beforeAll(async () => {
  browser = await launchChromium();
  app = await newAppPage(browser);
});

afterAll(async () => {
  await browser?.close();
});

/** A well-connected concept with an English gloss, to click. */
function hub(): (typeof data.nodes)[number] {
  const withGloss = data.nodes.filter((n) => n.labelEn !== '' && n.degree > 0);
  return [...withGloss].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!;
}

describe('canvas', () => {
  it('draws the bundled graph and marks graph-ready within 1500 ms of navigation', async () => {
    // A cold load in a fresh browser, then two reloads; the shared 2-core machine makes single
    // timings noisy, so the median of the three is held to the budget (all three are logged).
    const times: number[] = [];
    await app.page.goto(baseUrl());
    await waitForGraphReady(app.page);
    times.push(await graphReadyMs(app.page));
    for (let i = 0; i < 2; i++) {
      await app.page.reload();
      await waitForGraphReady(app.page);
      times.push(await graphReadyMs(app.page));
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    console.log(
      `[e2e] graph-ready after navigation start: cold ${times[0]!.toFixed(0)} ms, reloads ${times
        .slice(1)
        .map((t) => t.toFixed(0))
        .join(', ')} ms; median ${median.toFixed(0)} ms (1440×900)`,
    );
    for (const t of times) expect(t).toBeGreaterThan(0);
    expect(median).toBeLessThan(1500);
    const counts = await app.page.evaluate(() => {
      const cy = (window as CyWindow).cy!;
      return { nodes: cy.nodes().length, edges: cy.edges().length };
    });
    expect(counts).toEqual({ nodes: data.nodes.length, edges: data.edges.length });
    expect(data.document.id).toBe(BUNDLED_ID);
    // The search box mounts after graph-ready (it loads its index lazily): time it, then screenshot.
    await app.page.getByRole('combobox', { name: '搜索概念' }).waitFor({ timeout: 10000 });
    console.log(`[e2e] search box ready ${(await app.page.evaluate(() => performance.now())).toFixed(0)} ms after navigation start (last reload)`);
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'explorer-1440')}`);
    expect(app.errors).toEqual([]);
  });

  it('clicking a concept on the canvas shows its label, gloss and marked passages', async () => {
    const node = hub();
    await clickNode(app.page, node.id);
    await expect.poll(() => urlParam(app.page, 'sel')).toBe(node.id);
    const panel = app.page.getByRole('region', { name: '概念详情' });
    await panel.getByText(node.label, { exact: true }).first().waitFor({ timeout: 5000 });
    const text = await panel.innerText();
    expect(text).toContain(node.labelEn);
    const marks = await panel.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    // Every highlighted span is this concept's label or one of its aliases.
    const names = new Set([node.label, ...node.aliases]);
    for (const m of marks) expect(names.has(m.trim()), `mark «${m}»`).toBe(true);
    // The evidence comes first: the first marked mention is on screen without scrolling the panel,
    // above the neighbour list (the hub has many neighbours).
    const firstMark = (await panel.locator('mark').first().boundingBox())!;
    const neighbours = (await panel.getByRole('heading', { name: /^关联概念/ }).boundingBox())!;
    console.log(`[e2e] first <mark> at y=${firstMark.y.toFixed(0)} px, neighbours heading at y=${neighbours.y.toFixed(0)} px`);
    expect(firstMark.y + firstMark.height).toBeLessThan(900);
    expect(firstMark.y).toBeLessThan(neighbours.y);
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'node-selected')}`);
  });

  it('a neighbour button moves the selection, and back/forward restore it', async () => {
    const node = hub();
    const neighbourIds = new Set(
      data.edges.flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : [])),
    );
    const panel = app.page.getByRole('region', { name: '概念详情' });
    const buttons = panel.getByRole('button');
    let target: string | null = null;
    for (const name of await buttons.allInnerTexts()) {
      const hit = [...neighbourIds].find((id) => name.trim().startsWith(byId.get(id)!.label));
      if (hit) {
        target = hit;
        break;
      }
    }
    expect(target, 'a neighbour button in the details panel').not.toBeNull();
    const label = byId.get(target!)!.label;
    await panel.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}`) }).first().click();
    await expect.poll(() => urlParam(app.page, 'sel')).toBe(target);
    await panel.getByText(label, { exact: true }).first().waitFor({ timeout: 5000 });
    // The canvas marks the selection with the 'selected' class (cy's own selection is off).
    expect(await app.page.evaluate((id) => (window as CyWindow).cy!.$id(id).hasClass('selected'), target!)).toBe(true);

    await app.page.goBack();
    await expect.poll(() => urlParam(app.page, 'sel')).toBe(node.id);
    await panel.getByText(node.label, { exact: true }).first().waitFor({ timeout: 5000 });
    await app.page.goForward();
    await expect.poll(() => urlParam(app.page, 'sel')).toBe(target);
    await panel.getByText(label, { exact: true }).first().waitFor({ timeout: 5000 });
  });

  it('clicking a link on the canvas shows the sentences the two concepts share', async () => {
    await gotoApp(app.page);
    const edge = await clickableEdge(app.page);
    await app.page.mouse.click(edge.x, edge.y);
    await expect.poll(() => urlParam(app.page, 'edge')).toBe(edge.id);
    const e = data.edges.find((x) => x.id === edge.id)!;
    const a = byId.get(edge.source)!;
    const b = byId.get(edge.target)!;
    const panel = app.page.getByRole('region', { name: '概念详情' });
    await panel.getByText(a.label, { exact: true }).first().waitFor({ timeout: 5000 });
    const text = await panel.innerText();
    expect(text).toContain(b.label);
    const marks = await panel.locator('mark').allInnerTexts();
    const names = new Set([a.label, ...a.aliases, b.label, ...b.aliases]);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(names.has(m.trim()), `mark «${m}»`).toBe(true);
    if (e.sentences > 0) {
      // Both concepts are marked in the evidence when they share a sentence.
      const marked = new Set(marks.map((m) => m.trim()));
      expect([a.label, ...a.aliases].some((x) => marked.has(x))).toBe(true);
      expect([b.label, ...b.aliases].some((x) => marked.has(x))).toBe(true);
    }
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'edge-selected')}`);
    expect(app.errors).toEqual([]);
  });
});
