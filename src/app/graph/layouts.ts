import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { GraphData } from '../../core/schema';
import type { LayoutMode } from '../../core/view-types';
import { themeGroupedPositions } from '../../core/theme-layout';

let fcoseReady: Promise<void> | null = null;
/** Loads and registers cytoscape-fcose once, on first use (it is not needed for the first picture). */
function registerFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  });
  return fcoseReady;
}

/** mulberry32: a small seeded generator, so the force layout gives the same picture every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runSeeded(cy: Core, options: LayoutOptions, seed = 20220727): void {
  const original = Math.random;
  Math.random = seeded(seed);
  try {
    cy.layout(options).run();
  } finally {
    Math.random = original;
  }
}

/** Positions the graph: the pipeline's positions, a seeded force layout, or clusters by theme. */
export async function applyLayout(cy: Core, data: GraphData, mode: LayoutMode): Promise<void> {
  const padding = 30;
  if (mode === 'fcose') {
    await registerFcose();
    if (cy.destroyed()) return;
    runSeeded(cy, {
      name: 'fcose',
      quality: 'default',
      randomize: true,
      animate: false,
      fit: true,
      padding,
      nodeRepulsion: () => 9000,
      idealEdgeLength: () => 90,
      nodeSeparation: 80,
      numIter: 2500,
    } as LayoutOptions);
    return;
  }
  const positions =
    mode === 'theme'
      ? themeGroupedPositions(data)
      : new Map(data.nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  cy.layout({
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? node.position(),
    fit: true,
    padding,
    animate: false,
  } as LayoutOptions).run();
}
