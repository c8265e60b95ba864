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
  dataId,
  edgeElementId,
  nodeElementId,
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

interface LabelReport {
  /** Nodes whose label is drawn (visible, no `nolabel`), with the label's box on screen. */
  labelled: { id: string; classes: string; box: { x1: number; y1: number; x2: number; y2: number } }[];
  /** Shown labels that cover another drawn (not faded) node's disc by more than 1 px. */
  onDiscs: string[];
  /** Pairs of shown labels whose boxes overlap by more than 1 px. */
  onLabels: string[];
}

/** What the canvas labels, from window.cy: the drawn labels' boxes and what they cover. */
async function labelReport(): Promise<LabelReport> {
  const report = await app.page.evaluate(() => {
    const cy = (window as CyWindow).cy!;
    const drawn = cy.nodes(':visible').filter((n) => !n.hasClass('faded'));
    const labelled = drawn
      .filter((n) => !n.hasClass('nolabel'))
      .map((n) => ({
        id: n.id(),
        classes: n.classes().join(' '),
        box: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false } as never),
      }));
    const onDiscs: [string, string][] = [];
    const onLabels: [string, string][] = [];
    const inset = 1;
    for (const l of labelled) {
      const b = { x1: l.box.x1 + inset, y1: l.box.y1 + inset, x2: l.box.x2 - inset, y2: l.box.y2 - inset };
      drawn.forEach((n) => {
        if (n.id() === l.id) return;
        const p = n.renderedPosition();
        const r = n.renderedOuterWidth() / 2;
        const dx = Math.max(b.x1 - p.x, 0, p.x - b.x2);
        const dy = Math.max(b.y1 - p.y, 0, p.y - b.y2);
        if (dx * dx + dy * dy < r * r) onDiscs.push([l.id, n.id()]);
      });
      for (const m of labelled) {
        if (m.id <= l.id) continue;
        const c = m.box;
        if (b.x1 < c.x2 && c.x1 < b.x2 && b.y1 < c.y2 && c.y1 < b.y2) onLabels.push([l.id, m.id]);
      }
    }
    return {
      labelled: labelled.map((l) => ({ id: l.id, classes: l.classes, box: { x1: l.box.x1, y1: l.box.y1, x2: l.box.x2, y2: l.box.y2 } })),
      onDiscs,
      onLabels,
    };
  });
  // Element ids carry a prefix: report concept ids.
  return {
    labelled: report.labelled.map((l) => ({ ...l, id: dataId(l.id) })),
    onDiscs: report.onDiscs.map(([a, b]) => `${dataId(a)} on ${dataId(b)}`),
    onLabels: report.onLabels.map(([a, b]) => `${dataId(a)} / ${dataId(b)}`),
  };
}

/** Waits until the canvas shows the selection's classes (they are applied a frame after the click). */
async function waitForClass(elementId: string, cls: string): Promise<void> {
  await app.page.waitForFunction(
    ([eid, c]) => (window as CyWindow).cy?.$id(eid).hasClass(c) === true,
    [elementId, cls] as const,
    { timeout: 5000 },
  );
  // Label placement runs in the same task as the class change; one more frame for the drawing.
  await app.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
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
    // Labels stay off other nodes' discs and off each other (the label placement treats discs as obstacles).
    const labels = await labelReport();
    console.log(
      `[e2e] overview: ${labels.labelled.length} labels drawn, ${labels.onDiscs.length} over another disc, ${labels.onLabels.length} overlapping pairs`,
    );
    expect(labels.labelled.length).toBeGreaterThan(30);
    expect(labels.onDiscs).toEqual([]);
    expect(labels.onLabels).toEqual([]);
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
    // The canvas labels the selection and its neighbours only (where they fit), none over a disc or a label.
    await waitForClass(nodeElementId(node.id), 'selected');
    const adjacent = new Set(
      data.edges.flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : [])),
    );
    const labels = await labelReport();
    const labelledIds = labels.labelled.map((l) => l.id);
    console.log(
      `[e2e] ${node.id} selected: ${labelledIds.filter((id) => adjacent.has(id)).length}/${adjacent.size} neighbours labelled`,
    );
    expect(labelledIds).toContain(node.id);
    for (const id of labelledIds) expect(id === node.id || adjacent.has(id), `label of ${id}`).toBe(true);
    expect(labelledIds.length).toBeGreaterThan(Math.min(adjacent.size, 10));
    // Only the selection's own label (always shown) may have to cover a disc, when no side is free.
    expect(labels.onDiscs.filter((d) => !d.startsWith(`${node.id} on `))).toEqual([]);
    expect(labels.onLabels).toEqual([]);
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
    expect(await app.page.evaluate((id) => (window as CyWindow).cy!.$id(id).hasClass('selected'), nodeElementId(target!))).toBe(true);

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
    // Both ends are labelled, apart; the link stands out: thicker than drawn before, dark, above the rest.
    await waitForClass(edgeElementId(edge.id), 'selected');
    const labels = await labelReport();
    expect(labels.labelled.map((l) => l.id).sort()).toEqual([edge.source, edge.target].sort());
    expect(labels.onLabels).toEqual([]);
    const look = await app.page.evaluate((id) => {
      const cy = (window as CyWindow).cy!;
      const sel = cy.$id(id);
      const others = cy.edges(':visible').not(sel);
      return {
        width: sel.numericStyle('width'),
        ownWidth: Number(sel.data('width')),
        color: sel.style('line-color'),
        z: sel.numericStyle('z-index'),
        otherZ: Math.max(...others.map((e) => e.numericStyle('z-index'))),
        otherOpacity: Math.max(...others.map((e) => e.numericStyle('opacity'))),
      };
    }, edgeElementId(edge.id));
    console.log(`[e2e] selected link ${edge.id}: ${JSON.stringify(look)}`);
    expect(look.width).toBeGreaterThanOrEqual(Math.max(5, look.ownWidth + 2));
    expect(look.color).toBe('rgb(27,36,48)');
    expect(look.z).toBeGreaterThan(look.otherZ);
    expect(look.otherOpacity).toBeLessThan(0.1);
    console.log(`[e2e] screenshot ${await screenshot(app.page, 'edge-selected')}`);
    expect(app.errors).toEqual([]);
  });

  it('the hover card stays inside the canvas next to its edges and corners', async () => {
    await gotoApp(app.page);
    const node = hub();
    const canvas = (await app.page.locator('.graph-view').boundingBox())!;
    // Put the node near each corner of the canvas in turn, hover it, and measure the card.
    for (const [fx, fy] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const) {
      const at = await app.page.evaluate(
        ([id, fx, fy]) => {
          const cy = (window as CyWindow).cy!;
          const n = cy.$id(id);
          const margin = n.renderedOuterWidth() / 2 + 2;
          const want = { x: fx ? cy.width() - margin : margin, y: fy ? cy.height() - margin : margin };
          const p = n.renderedPosition();
          cy.panBy({ x: want.x - p.x, y: want.y - p.y });
          const box = cy.container()!.getBoundingClientRect();
          const q = n.renderedPosition();
          return { x: box.left + q.x, y: box.top + q.y };
        },
        [nodeElementId(node.id), fx, fy] as const,
      );
      // Come from inside the canvas, then rest on the node.
      await app.page.mouse.move(at.x + (fx ? -80 : 80), at.y + (fy ? -80 : 80));
      await app.page.mouse.move(at.x, at.y, { steps: 4 });
      const tip = app.page.getByRole('tooltip');
      await tip.waitFor({ timeout: 5000 });
      await expect.poll(() => tip.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      const box = (await tip.boundingBox())!;
      const text = await tip.innerText();
      console.log(
        `[e2e] hover card at corner ${fx},${fy}: ${box.x.toFixed(0)},${box.y.toFixed(0)} ${box.width.toFixed(0)}×${box.height.toFixed(0)} in canvas ${canvas.x.toFixed(0)},${canvas.y.toFixed(0)} ${canvas.width.toFixed(0)}×${canvas.height.toFixed(0)}`,
      );
      expect(text).toContain(node.label);
      expect(box.x).toBeGreaterThanOrEqual(canvas.x);
      expect(box.y).toBeGreaterThanOrEqual(canvas.y);
      expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height);
      // The card does not cover the node it describes.
      const overNode = at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height;
      expect(overNode).toBe(false);
      if (fx === 1 && fy === 0) console.log(`[e2e] screenshot ${await screenshot(app.page, 'hover-top-right')}`);
    }
    expect(app.errors).toEqual([]);
  });
  it('sizes nodes by mentions with ?size=count, and the Size by select switches without rebuilding the graph', async () => {
    const width = (id: string) =>
      app.page.evaluate((nid) => (window as CyWindow).cy!.$id(nid).width(), nodeElementId(id));
    await gotoApp(app.page, '?lang=en');
    const byDegree = await width('两个先行');
    await gotoApp(app.page, '?lang=en&size=count');
    const byCount = await width('两个先行');
    console.log(`[e2e] 两个先行 drawn ${byDegree.toFixed(1)} px by weighted degree, ${byCount.toFixed(1)} px by mentions`);
    expect(byCount).toBeGreaterThan(byDegree + 3);
    expect(byCount).toBe(60); // the most mentioned concept of the document
    await app.page.waitForTimeout(300);
    expect((await labelReport()).onDiscs).toEqual([]);

    // Switching in the panel restyles the same elements (no rebuild) and writes the URL.
    await app.page.evaluate((nid) => {
      (window as CyWindow).cy!.$id(nid).scratch('_marker', 1);
    }, nodeElementId('两个先行'));
    await app.page.getByRole('combobox', { name: 'Size by' }).selectOption('weightedDegree');
    await expect.poll(() => width('两个先行')).toBeCloseTo(byDegree, 5);
    expect(urlParam(app.page, 'size')).toBeNull();
    await app.page.getByRole('combobox', { name: 'Size by' }).selectOption('betweenness');
    await expect.poll(() => width('两个先行')).toBe(60);
    expect(urlParam(app.page, 'size')).toBe('betweenness');
    expect(
      await app.page.evaluate((nid) => (window as CyWindow).cy!.$id(nid).scratch('_marker'), nodeElementId('两个先行')),
    ).toBe(1);
    // Labels are placed again for the new sizes: none lies on another node's disc.
    await app.page.waitForTimeout(300);
    const labels = await labelReport();
    expect(labels.onDiscs).toEqual([]);
    expect(labels.onLabels).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
