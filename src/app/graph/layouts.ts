import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import type { GraphData } from '../../core/pipeline/schema';
import type { LayoutMode } from '../../core/explorer/view-types';
import { themeGroupedPositions } from '../../core/explorer/theme-layout';
import { DEFAULT_SEED, mulberry32 } from '../../core/pipeline/graph/rng';
import { dataId } from './element-ids';

let fcoseReady: Promise<void> | null = null;
/** Loads and registers cytoscape-fcose once, on first use (it is not needed for the first picture). */
function registerFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  });
  return fcoseReady;
}

/** fcose has no seed: it runs with Math.random replaced by the pipeline's seeded generator. */
function runSeeded(cy: Core, options: LayoutOptions, seed = DEFAULT_SEED): void {
  const original = Math.random;
  Math.random = mulberry32(seed);
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
    positions: (node: cytoscape.NodeSingular) => positions.get(dataId(node.id())) ?? node.position(),
    fit: true,
    padding,
    animate: false,
  } as LayoutOptions).run();
}
