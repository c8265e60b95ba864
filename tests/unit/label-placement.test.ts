import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LABEL_SIDES,
  boxTouchesDisc,
  boxesTouch,
  displayClasses,
  fitViewport,
  labelBox,
  labelPriority,
  labelRequests,
  labelRole,
  labelSize,
  labelSize2d,
  nodeSize,
  placeLabels,
  wrapLabel,
  type Disc,
  type LabelRequest,
  type LabelledNode,
  type PlacementOptions,
} from '../../src/core/explorer/style-rules';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';

const parsed = parseGraphData(
  JSON.parse(readFileSync(new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.error);
const bundled: GraphData = parsed.data;

const OPTS: PlacementOptions = { width: 800, height: 600, gap: 6, margin: 3, discGap: 2 };
const req = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  x,
  y,
  r: 10,
  w: 48,
  h: 15,
  must: false,
  ...extra,
});
const discOf = (l: LabelRequest): Disc => ({ id: l.id, x: l.x, y: l.y, r: l.r });

/** Every invariant of a placement: on screen, no two labels within the gap, no label on another's disc. */
function checkPlacement(labels: readonly LabelRequest[], discs: readonly Disc[], opts: PlacementOptions) {
  const { sides, checks } = placeLabels(labels, discs, opts);
  const shown = labels.filter((l) => sides.has(l.id)).map((l) => ({ l, box: labelBox(l, sides.get(l.id)!, opts.margin, opts.outline) }));
  const clean = shown.filter((s) => !s.l.must);
  for (const s of clean) {
    expect(s.box.x).toBeGreaterThanOrEqual(0);
    expect(s.box.y).toBeGreaterThanOrEqual(0);
    expect(s.box.x + s.box.w).toBeLessThanOrEqual(opts.width);
    expect(s.box.y + s.box.h).toBeLessThanOrEqual(opts.height);
    for (const d of discs) if (d.id !== s.l.id) expect(boxTouchesDisc(s.box, d, opts.discGap ?? 2), `${s.l.id} on disc ${d.id}`).toBe(false);
    for (const t of shown) if (t !== s) expect(boxesTouch(s.box, t.box, opts.gap), `${s.l.id} on label ${t.l.id}`).toBe(false);
  }
  for (const l of labels) if (l.must) expect(sides.has(l.id), `must-show ${l.id}`).toBe(true);
  return { sides, checks, shown };
}

describe('label sides', () => {
  it('puts the box below, above, right, left of the node (`margin` from its edge) or at a corner', () => {
    const l = req('a', 100, 100);
    expect(labelBox(l, 'below', 3)).toEqual({ x: 76, y: 113, w: 48, h: 15 });
    expect(labelBox(l, 'above', 3)).toEqual({ x: 76, y: 72, w: 48, h: 15 });
    expect(labelBox(l, 'right', 3)).toEqual({ x: 113, y: 92.5, w: 48, h: 15 });
    expect(labelBox(l, 'left', 3)).toEqual({ x: 39, y: 92.5, w: 48, h: 15 });
    // Corners of the node's square take no margin; the outline grows the box on every side.
    expect(labelBox(l, 'below-right', 3)).toEqual({ x: 110, y: 110, w: 48, h: 15 });
    expect(labelBox(l, 'above-left', 3)).toEqual({ x: 42, y: 75, w: 48, h: 15 });
    expect(labelBox(l, 'below', 3, 2)).toEqual({ x: 74, y: 111, w: 52, h: 19 });
    expect(LABEL_SIDES[0]).toBe('below');
  });

  it('reads below when free; moves to another side rather than dropping a label', () => {
    // b sits just under a: a's label below would cover b's disc, so it goes above.
    const a = req('a', 100, 100);
    const b = req('b', 100, 122);
    const { sides } = checkPlacement([a, b], [a, b].map(discOf), OPTS);
    expect(sides.get('a')).toBe('above');
    expect(sides.get('b')).toBe('below');
    // Alone, a label is below its node.
    expect(placeLabels([a], [discOf(a)], OPTS).sides.get('a')).toBe('below');
  });

  it('drops a label that fits nowhere, keeps a must-show one, and never overlaps labels within the gap', () => {
    // A ring of eight discs around c leaves no free side for c's label.
    const c = req('c', 200, 200);
    const ring = Array.from({ length: 8 }, (_, i) =>
      req(`r${i}`, 200 + 26 * Math.cos((i * Math.PI) / 4), 200 + 26 * Math.sin((i * Math.PI) / 4)),
    );
    const discs = [c, ...ring].map(discOf);
    expect(placeLabels([c], discs, OPTS).sides.has('c')).toBe(false);
    const must = placeLabels([{ ...c, must: true }], discs, OPTS);
    expect(must.sides.has('c')).toBe(true);
    // Labels 1 px apart clash under a 6 px gap, 7 px apart they do not.
    const p = { x: 0, y: 0, w: 50, h: 12 };
    expect(boxesTouch(p, { ...p, x: 51 }, 6)).toBe(true);
    expect(boxesTouch(p, { ...p, x: 57 }, 6)).toBe(false);
  });

  it('gives must-show labels the first clear side, before any other label', () => {
    // Two ends of a selected link, close together: both labelled, on different sides, apart.
    const a = req('a', 300, 300, { must: true, w: 90, h: 36 });
    const b = req('b', 316, 312, { must: true, w: 70, h: 18 });
    const other = req('o', 300, 345);
    const { sides, shown } = checkPlacement([a, b, other], [a, b, other].map(discOf), OPTS);
    expect(sides.has('a') && sides.has('b')).toBe(true);
    expect(boxesTouch(shown[0]!.box, shown[1]!.box, OPTS.gap)).toBe(false);
  });

  it('keeps its invariants on random dense graphs (property)', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 20; round++) {
      const labels = Array.from({ length: 120 }, (_, i) =>
        req(String(i), rnd() * 800, rnd() * 600, {
          r: 5 + rnd() * 15,
          w: 20 + rnd() * 90,
          h: 15 * (1 + Math.floor(rnd() * 3)),
          must: i < 2,
        }),
      );
      const { shown } = checkPlacement(labels, labels.map(discOf), OPTS);
      expect(shown.length).toBeGreaterThan(10);
    }
  });
});

describe('label roles', () => {
  it('reads roles from display classes, the selected link’s ends first', () => {
    expect(labelRole('selected', false)).toBe('selected');
    expect(labelRole('highlighted', true)).toBe('end');
    expect(labelRole('highlighted path', false)).toBe('path');
    expect(labelRole('highlighted', false)).toBe('neighbour');
    expect(labelRole('faded', false)).toBe('faded');
    expect(labelRole('', false)).toBe('plain');
  });

  it('orders must-show, then neighbours, then by rank; faded nodes are neither labels nor obstacles', () => {
    const n = (id: string, role: LabelledNode['role'], rank: number): LabelledNode => ({
      id, x: 0, y: 0, r: 5, w: 10, h: 10, role, rank,
    });
    const { labels, discs } = labelRequests([
      n('p', 'plain', 0),
      n('f', 'faded', 1),
      n('nb', 'neighbour', 5),
      n('e2', 'end', 9),
      n('s', 'selected', 3),
      n('e1', 'end', 2),
    ]);
    expect(labels.map((l) => l.id)).toEqual(['s', 'e1', 'e2', 'nb', 'p']);
    expect(labels.map((l) => l.must)).toEqual([true, true, true, false, false]);
    expect(discs.map((d) => d.id).sort()).toEqual(['e1', 'e2', 'nb', 'p', 's']);
  });
});

/** The bundled graph as the explorer first shows it (1440 × 900 window: canvas 790 × 798). */
const CANVAS = { width: 790, height: 798 };
const geometry = (() => {
  const maxWd = bundled.nodes.reduce((m, n) => Math.max(m, n.weightedDegree), 0);
  const sized = bundled.nodes.map((n) => ({ n, size: nodeSize(n.weightedDegree, maxWd) }));
  const view = fitViewport(sized.map(({ n, size }) => ({ x: n.x, y: n.y, size })), CANVAS.width, CANVAS.height - 30, 30, 0.1, 4);
  const rank = new Map(labelPriority(bundled).map((id, i) => [id, i]));
  return sized.map(({ n, size }) => {
    const box = labelSize2d(wrapLabel(n.label, 'zh'), labelSize(size), 124);
    return {
      id: n.id,
      x: view.pan.x + view.zoom * n.x,
      y: view.pan.y + view.zoom * n.y,
      r: (view.zoom * size) / 2 + 0.5,
      w: box.w,
      h: box.h,
      rank: rank.get(n.id)!,
    };
  });
})();

function bundledView(classes: ReadonlyMap<string, string>, ends: ReadonlySet<string> = new Set()) {
  const nodes: LabelledNode[] = geometry.map((g) => ({ ...g, role: labelRole(classes.get(g.id) ?? '', ends.has(g.id)) }));
  const { labels, discs } = labelRequests(nodes);
  const opts = { ...CANVAS, gap: 6, margin: 3, outline: 2, discGap: 2 };
  return { labels, discs, opts, ...checkPlacement(labels, discs, opts) };
}

const visible = { nodes: new Set(bundled.nodes.map((n) => n.id)), edges: new Set(bundled.edges.map((e) => e.id)) };

describe('label placement on the bundled graph', () => {
  it('labels the overview with no label on another node’s disc', () => {
    const { shown, checks, labels } = bundledView(new Map());
    console.log(`[labels] bundled overview: ${shown.length}/${labels.length} labels, ${checks} checks`);
    expect(shown.length).toBeGreaterThan(25);
    expect(checks).toBeLessThan(50 * labels.length);
  });

  it('labels both ends of every link when the link is selected, apart', () => {
    let checksMax = 0;
    let onDisc = 0;
    for (const e of bundled.edges) {
      const classes = displayClasses(bundled, { visible, selected: null, selectedEdge: e.id, path: null });
      const { sides, checks, shown, discs, opts } = bundledView(classes, new Set([e.source, e.target]));
      checksMax = Math.max(checksMax, checks);
      expect(sides.has(e.source) && sides.has(e.target), e.id).toBe(true);
      // Only the ends are labelled (the rest is faded).
      expect(sides.size).toBe(2);
      // The two labels never overlap; where every arrangement covers a disc (an end by the canvas edge,
      // beside the other), one may cover the other end's disc.
      const [p, q] = shown;
      expect(boxesTouch(p!.box, q!.box, 0), e.id).toBe(false);
      if (shown.some((s) => discs.some((d) => d.id !== s.l.id && boxTouchesDisc(s.box, d, opts.discGap)))) onDisc++;
    }
    console.log(
      `[labels] ${bundled.edges.length} selected links: both ends labelled, never overlapping; ${onDisc} with a label on the other end's disc; ≤ ${checksMax} checks each`,
    );
    expect(onDisc).toBeLessThan(bundled.edges.length / 50);
  });

  it('labels a selected hub’s neighbours wherever they fit', () => {
    const hub = [...bundled.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0]!;
    const neighbours = new Set(
      bundled.edges.flatMap((e) => (e.source === hub.id ? [e.target] : e.target === hub.id ? [e.source] : [])),
    );
    const selected = bundledView(displayClasses(bundled, { visible, selected: hub.id, selectedEdge: null, path: null }));
    const plain = bundledView(new Map());
    const count = (sides: Map<string, unknown>) => [...neighbours].filter((id) => sides.has(id)).length;
    console.log(
      `[labels] hub ${hub.id}: ${count(selected.sides)}/${neighbours.size} neighbours labelled when selected, ${count(plain.sides)} in the overview`,
    );
    expect(selected.sides.has(hub.id)).toBe(true);
    expect(count(selected.sides)).toBeGreaterThanOrEqual(count(plain.sides));
    // Faded nodes show no label.
    expect([...selected.sides.keys()].every((id) => id === hub.id || neighbours.has(id))).toBe(true);
    // An unlabelled neighbour had no room: on every side its label leaves the screen, meets a shown
    // label or covers another neighbour's disc.
    const { opts } = selected;
    const shownBoxes = selected.shown.map((s) => s.box);
    for (const l of selected.labels) {
      if (selected.sides.has(l.id)) continue;
      for (const side of LABEL_SIDES) {
        const b = labelBox(l, side, opts.margin, opts.outline);
        const off = b.x < 0 || b.y < 0 || b.x + b.w > opts.width || b.y + b.h > opts.height;
        const onLabel = shownBoxes.some((s) => boxesTouch(b, s, opts.gap));
        const onDisc = selected.discs.some((d) => d.id !== l.id && boxTouchesDisc(b, d, opts.discGap));
        expect(off || onLabel || onDisc, `${l.id} ${side}`).toBe(true);
      }
    }
  });
});

describe('label placement cost', () => {
  /** n nodes spread at the bundled graph's density (about one node per 4,000 px²), all labelled. */
  function synthetic(n: number, seed: number) {
    let s = seed;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const side = Math.sqrt(n * 4000);
    const labels = Array.from({ length: n }, (_, i) =>
      req(`n${i}`, rnd() * side, rnd() * side, { r: 8 + rnd() * 10, w: 28 + rnd() * 80, h: 17 * (1 + Math.floor(rnd() * 2)) }),
    );
    return { labels, opts: { width: side, height: side, gap: 6, margin: 3, discGap: 2 } };
  }

  it('does work linear in the node count (2,000 nodes: counted checks, time logged)', () => {
    const small = synthetic(500, 3);
    const large = synthetic(2000, 3);
    const a = placeLabels(small.labels, small.labels.map(discOf), small.opts);
    const t0 = performance.now();
    const b = placeLabels(large.labels, large.labels.map(discOf), large.opts);
    const ms = performance.now() - t0;
    console.log(
      `[labels] synthetic: 500 nodes ${a.checks} checks (${a.sides.size} shown); 2000 nodes ${b.checks} checks (${b.sides.size} shown), ${ms.toFixed(1)} ms`,
    );
    // Four times the nodes at the same density: about four times the work (a quadratic scan would be 16×).
    expect(b.checks / a.checks).toBeLessThan(6);
    expect(b.checks / large.labels.length).toBeLessThan(60);
    expect(b.sides.size).toBeGreaterThan(large.labels.length / 10);
  });
});
