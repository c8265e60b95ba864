import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';

export const fixtureJson = readFileSync(resolve(process.cwd(), 'tests/fixtures/mini-graph.json'), 'utf8');

export function loadFixture(): GraphData {
  const parsed = parseGraphData(JSON.parse(fixtureJson));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

export function allVisible(data: GraphData) {
  return { nodes: new Set(data.nodes.map((n) => n.id)), edges: new Set(data.edges.map((e) => e.id)) };
}
