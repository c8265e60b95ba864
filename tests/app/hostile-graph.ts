/** A graph whose first concepts are named after Object.prototype members (not a test file). */
import type { GraphData } from '../../src/core/pipeline/schema';
import { HOSTILE_NAMES } from '../unit/hostile-fixtures';
import { loadFixture } from './fixture';

/**
 * The mini fixture with its five most linked concepts renamed __proto__, constructor, toString,
 * hasOwnProperty and valueOf (ids and labels; links renamed to match).
 */
export function hostileGraph(): GraphData {
  const data = loadFixture();
  const ranked = [...data.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const rename = new Map(ranked.slice(0, HOSTILE_NAMES.length).map((n, i) => [n.id, HOSTILE_NAMES[i]!]));
  const name = (id: string) => rename.get(id) ?? id;
  return {
    ...data,
    nodes: data.nodes.map((n) => (rename.has(n.id) ? { ...n, id: name(n.id), label: name(n.id) } : n)),
    edges: data.edges.map((e) => ({
      ...e,
      id: `${name(e.source)}--${name(e.target)}`,
      source: name(e.source),
      target: name(e.target),
    })),
  };
}
