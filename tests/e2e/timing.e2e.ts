/**
 * Time budgets measured in the page (performance.now / marks), logged for every run:
 * - graph-ready: a cold first load, then the median of three first visits (each in a fresh browser
 *   context: no HTTP or memory cache of the page) is held to 1500 ms; the first frame with graph
 *   pixels on the canvas is logged beside the app's own mark, so the mark cannot run ahead of the paint.
 * - a click on a concept shows its details heading within 100 ms (median of 5 different concepts),
 *   timed from the mouse press to the heading being in the DOM, inside the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import {
  type AppPage,
  type CyWindow,
  baseUrl,
  bundledGraph,
  dataId,
  graphReadyMs,
  median,
  newAppPage,
  nodeClientPoint,
  nodeElementId,
  waitForGraphReady,
} from './helpers';

const data = bundledGraph();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type PixelWindow = Window & { __graphPixelsAt?: number | null };

/**
 * From the first script on, polls every animation frame until cytoscape's node layer holds drawn
 * pixels; records performance.now() of that frame. Samples a 64×64 downscale (cheap).
 */
async function watchFirstGraphPixels(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as PixelWindow;
    w.__graphPixelsAt = null;
    const probe = document.createElement('canvas');
    probe.width = 64;
    probe.height = 64;
    const ctx = probe.getContext('2d', { willReadFrequently: true })!;
    const tick = () => {
      const layer = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]');
      if (layer && layer.width > 0 && layer.height > 0) {
        ctx.clearRect(0, 0, 64, 64);
        ctx.drawImage(layer, 0, 0, 64, 64);
        const px = ctx.getImageData(0, 0, 64, 64).data;
        let drawn = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) drawn++;
        if (drawn > 40) {
          w.__graphPixelsAt = performance.now();
          return;
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function firstVisit(): Promise<{ ready: number; pixels: number }> {
  const app: AppPage = await newAppPage(browser);
  try {
    await watchFirstGraphPixels(app.page);
    await app.page.goto(baseUrl());
    await waitForGraphReady(app.page);
    await app.page.waitForFunction(() => (window as PixelWindow).__graphPixelsAt != null, null, {
      timeout: 10000,
    });
    const ready = await graphReadyMs(app.page);
    const pixels = await app.page.evaluate(() => (window as PixelWindow).__graphPixelsAt!);
    expect(app.errors).toEqual([]);
    return { ready, pixels };
  } finally {
    await app.context.close();
  }
}

describe('time budgets', () => {
  it('graph-ready: cold first load logged, median of three first visits < 1500 ms', async () => {
    const visits = [];
    for (let i = 0; i < 3; i++) visits.push(await firstVisit());
    const ready = visits.map((v) => v.ready);
    const m = median(ready);
    console.log(
      `[e2e] graph-ready after navigation start (1440×900, fresh context each): cold first load ${ready[0]!.toFixed(0)} ms; ` +
        `visits ${ready.map((t) => t.toFixed(0)).join(', ')} ms; median ${m.toFixed(0)} ms`,
    );
    console.log(
      `[e2e] first graph pixels on the canvas: ${visits.map((v) => v.pixels.toFixed(0)).join(', ')} ms ` +
        `(after the mark by ${visits.map((v) => (v.pixels - v.ready).toFixed(0)).join(', ')} ms)`,
    );
    for (const v of visits) {
      expect(v.ready).toBeGreaterThan(0);
      // The mark stands for a drawn graph: pixels follow it within a few frames, never far behind.
      expect(v.pixels - v.ready, 'first graph pixels after graph-ready').toBeLessThan(150);
    }
    expect(m).toBeLessThan(1500);
  });

  it('a click on a concept shows its details heading within 100 ms (median of 5 concepts)', async () => {
    const app = await newAppPage(browser);
    try {
      await app.page.goto(baseUrl());
      await waitForGraphReady(app.page);
      // Everything loaded lazily after the first frame is in: measure the click, not a chunk load.
      await app.page.getByRole('combobox', { name: '搜索概念' }).waitFor({ timeout: 10000 });
      // Five well-connected concepts from different themes whose centres only they cover on screen.
      const ids = await app.page.evaluate(
        (order: [string, string][]) => {
          const cy = (window as CyWindow).cy!;
          const box = cy.container()!.getBoundingClientRect();
          const boxes = cy
            .nodes(':visible')
            .map((n) => ({ id: n.id(), bb: n.renderedBoundingBox({ includeLabels: false }) }));
          const themes = new Set<string>();
          const chosen: string[] = [];
          for (const [id, theme] of order) {
            const n = cy.$id(id);
            if (n.empty() || !n.visible()) continue;
            const p = n.renderedPosition();
            const onScreen = p.x > 30 && p.y > 30 && p.x < box.width - 30 && p.y < box.height - 30;
            const alone = boxes.every(
              (b) => b.id === id || p.x < b.bb.x1 || p.x > b.bb.x2 || p.y < b.bb.y1 || p.y > b.bb.y2,
            );
            if (onScreen && alone && !themes.has(theme)) {
              chosen.push(id);
              themes.add(theme);
            }
            if (chosen.length === 5) break;
          }
          return chosen;
        },
        [...data.nodes]
          .sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))
          .map((n): [string, string] => [nodeElementId(n.id), n.theme]),
      ).then((chosen) => chosen.map(dataId));
      expect(ids).toHaveLength(5);
      const byId = new Map(data.nodes.map((n) => [n.id, n]));
      const samples: { label: string; press: number; release: number; frame: number }[] = [];
      for (const id of ids) {
        const label = byId.get(id)!.label;
        const p = await nodeClientPoint(app.page, id);
        // Set up before the click: note the press and release times, and the moment the details
        // region holds a heading with the concept's label (MutationObserver), then the next frame.
        await app.page.evaluate((text) => {
          const w = window as Window & {
            __clickTiming?: Promise<{ down: number; up: number; dom: number; frame: number }>;
          };
          w.__clickTiming = new Promise((resolve, reject) => {
            let down = Number.NaN;
            let up = Number.NaN;
            window.addEventListener('mousedown', (e) => (down = e.timeStamp), { capture: true, once: true });
            window.addEventListener('mouseup', (e) => (up = e.timeStamp), { capture: true, once: true });
            const shown = () =>
              [
                ...document.querySelectorAll('[role="region"] h1, [role="region"] h2, [role="region"] h3'),
              ].some((h) => (h.textContent ?? '').trim() === text);
            if (shown()) reject(new Error(`«${text}» already shown before the click`));
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              const dom = performance.now();
              observer.disconnect();
              requestAnimationFrame(() => resolve({ down, up, dom, frame: performance.now() }));
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            setTimeout(() => reject(new Error(`no details heading for «${text}» within 5 s`)), 5000);
          });
        }, label);
        await app.page.mouse.click(p.x, p.y);
        const t = await app.page.evaluate(
          () =>
            (
              window as Window & {
                __clickTiming?: Promise<{ down: number; up: number; dom: number; frame: number }>;
              }
            ).__clickTiming!,
        );
        samples.push({ label, press: t.dom - t.down, release: t.dom - t.up, frame: t.frame - t.down });
      }
      const press = median(samples.map((s) => s.press));
      console.log(
        `[e2e] click → details heading in the DOM (from the press): ${samples
          .map((s) => `${s.label} ${s.press.toFixed(1)}`)
          .join(', ')} ms; median ${press.toFixed(1)} ms; from the release, median ${median(
          samples.map((s) => s.release),
        ).toFixed(1)} ms; to the next frame, median ${median(samples.map((s) => s.frame)).toFixed(1)} ms`,
      );
      for (const s of samples) expect(s.press).toBeGreaterThan(0);
      expect(press).toBeLessThan(100);
      expect(app.errors).toEqual([]);
    } finally {
      await app.context.close();
    }
  });
});
