// @vitest-environment jsdom
// jsdom gives a strict XML parser for the GEXF and GraphML checks.
/**
 * Words that are names of Object.prototype members (a document can quote “__proto__” or “constructor”)
 * go through every code path as ordinary concepts: the command line (a child process with a time limit:
 * a hang must fail the test, not freeze it), the lexicon, the data exports, the explorer's derived
 * indexes. No plain object keyed by text anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';
import { exportAll, subsetGraphData } from '../../src/core/pipeline/export';
import { computeVisible } from '../../src/core/explorer/filters';
import {
  changedClasses,
  displayClasses,
  labelPriority,
  nodeSizes,
} from '../../src/core/explorer/style-rules';
import { buildSearchIndex, searchConcepts } from '../../src/core/explorer/search';
import { shortestPath, linkingPassages } from '../../src/core/explorer/path';
import { documentMentions, passagesForEdge, passagesForNode } from '../../src/core/explorer/passages';
import { checkViewStateIds, parseViewState, DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';
import { themeGroupedPositions } from '../../src/core/explorer/theme-layout';
import { themeLegend } from '../../src/core/explorer/image-export';
import { HOSTILE_NAMES, hostileDocument } from './hostile-fixtures';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-hostile-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `npm run graph` in a child process that is killed after `seconds`. */
function cliChild(args: string[], seconds = 60) {
  const started = Date.now();
  const r = spawnSync(TSX, [join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status, signal: r.signal, stderr: r.stderr, ms: Date.now() - started };
}

function readGraph(dir: string): GraphData {
  const parsed = parseGraphData(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

function wellFormed(xml: string): void {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror').length).toBe(0);
}

/** Every explorer rule that keys something by concept, edge, theme or section id. */
function exerciseExplorer(data: GraphData, ids: readonly string[]): void {
  const all = computeVisible(data, DEFAULT_VIEW_STATE);
  expect(all.nodes.size).toBe(data.nodes.length);
  for (const id of ids) {
    expect(all.nodes.has(id)).toBe(true);
    const hidden = computeVisible(data, {
      ...DEFAULT_VIEW_STATE,
      hiddenThemes: [data.nodes.find((n) => n.id === id)!.theme],
    });
    expect(hidden.nodes.has(id)).toBe(false);
  }
  const sizes = nodeSizes(data.nodes, 'weightedDegree');
  for (const id of ids) expect(Number.isFinite(sizes.get(id))).toBe(true);
  expect(new Set(labelPriority(data))).toEqual(new Set(data.nodes.map((n) => n.id)));
  const index = buildSearchIndex(data);
  for (const id of ids) {
    const classes = displayClasses(data, { visible: all, selected: id, selectedEdge: null, path: null });
    expect(classes.get(id)).toMatch(/\bselected\b/);
    const none = displayClasses(data, { visible: all, selected: null, selectedEdge: null, path: null });
    expect(changedClasses(none, classes).map(([k]) => k)).toContain(id);
    expect(searchConcepts(index, id).map((r) => r.id)).toContain(id);
    const node = data.nodes.find((n) => n.id === id)!;
    const passages = passagesForNode(data, id);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.every((p) => p.marks.some((m) => m.nodeId === id))).toBe(true);
    expect(node.mentions.length).toBe(node.count);
    const edge = data.edges.find((e) => e.source === id || e.target === id)!;
    expect(edge).toBeDefined();
    expect(passagesForEdge(data, edge.id).length).toBeGreaterThan(0);
    const other = edge.source === id ? edge.target : edge.source;
    // Paths follow link strength, so a linked pair may be joined through a stronger neighbour.
    const path = shortestPath(data, all, id, other)?.nodes ?? [];
    expect([path[0], path.at(-1)]).toEqual([id, other]);
    expect(linkingPassages(data, id, other).length).toBeGreaterThan(0);
    // A URL naming the concept selects it; one naming a missing Object.prototype member is refused.
    const state = parseViewState(`?sel=${encodeURIComponent(id)}`, DEFAULT_VIEW_STATE).state;
    expect(checkViewStateIds(state, data).state.selected).toBe(id);
  }
  const marks = documentMentions(data);
  for (const id of ids) expect(marks.some((m) => m.nodeId === id)).toBe(true);
  const positions = themeGroupedPositions(data);
  for (const n of data.nodes) {
    const p = positions.get(n.id)!;
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  }
  const legend = themeLegend(
    data,
    data.nodes.map((n) => n.theme),
    'en',
  );
  expect(legend.length).toBe(new Set(data.nodes.map((n) => n.theme)).size);
  for (const name of HOSTILE_NAMES) {
    if (ids.includes(name)) continue;
    const state = parseViewState(`?sel=${encodeURIComponent(name)}`, DEFAULT_VIEW_STATE).state;
    expect(checkViewStateIds(state, data).state.selected).toBe(null);
  }
}

function exerciseExports(data: GraphData, ids: readonly string[]): void {
  const files = new Map(exportAll(data).map((f) => [f.name, f.content]));
  wellFormed(files.get('graph.gexf')!);
  wellFormed(files.get('graph.graphml')!);
  const cyjs = JSON.parse(files.get('graph.cyjs')!) as { elements: { nodes: { data: { id: string } }[] } };
  expect(cyjs.elements.nodes.map((n) => n.data.id).sort()).toEqual(data.nodes.map((n) => n.id).sort());
  for (const id of ids) expect(files.get('nodes.csv')!).toContain(id);
  const visible = computeVisible(data, DEFAULT_VIEW_STATE);
  const subset = subsetGraphData(data, new Set(ids), visible.edges);
  expect(subset.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
}

function expectSane(data: GraphData, ids: readonly string[]): void {
  const nodeIds = data.nodes.map((n) => n.id);
  for (const id of ids) expect(nodeIds).toContain(id);
  for (const n of data.nodes) {
    expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    expect(Number.isInteger(n.community)).toBe(true);
    expect(n.degree).toBe(data.edges.filter((e) => e.source === n.id || e.target === n.id).length);
  }
  // Distinct positions: the layout separated the discs.
  expect(new Set(data.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(data.nodes.length);
}

describe('Object.prototype names as concepts', () => {
  it('a document quoting them builds within seconds into a normal graph (command line, no lexicon)', () => {
    writeFileSync(join(tmp, 'hostile.txt'), hostileDocument());
    const r = cliChild(['hostile.txt', '--out', 'out-plain', '--no-lexicon', '--id', 'constructor']);
    expect(r.signal).toBe(null);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.code).toBe(0);
    const data = readGraph(join(tmp, 'out-plain'));
    expectSane(data, HOSTILE_NAMES);
    exerciseExports(data, HOSTILE_NAMES);
    exerciseExplorer(data, HOSTILE_NAMES);
  });

  it('a lexicon whose labels, aliases and theme ids are such names builds the same way', () => {
    const lexicon = {
      documentId: 'constructor',
      themes: [
        { id: '__proto__', label: '原型', labelEn: 'Prototype' },
        { id: 'constructor', label: '构造', labelEn: 'Constructor' },
        { id: 'toString', label: '字符串', labelEn: 'String' },
      ],
      concepts: [
        {
          label: '__proto__',
          aliases: ['valueOf'],
          kind: 'strategy',
          theme: '__proto__',
          labelEn: 'Proto',
          description: '原型',
          descriptionEn: 'Proto',
        },
        {
          label: 'constructor',
          aliases: [],
          kind: 'programme',
          theme: 'constructor',
          labelEn: 'Ctor',
          description: '构造',
          descriptionEn: 'Ctor',
        },
        {
          label: 'toString',
          aliases: ['hasOwnProperty'],
          kind: 'goal',
          theme: 'toString',
          labelEn: 'ToString',
          description: '串',
          descriptionEn: 'Str',
        },
      ],
      reject: ['isPrototypeOf'],
    };
    writeFileSync(join(tmp, 'lexicon.json'), JSON.stringify(lexicon));
    const r = cliChild([
      'hostile.txt',
      '--out',
      'out-lexicon',
      '--lexicon',
      'lexicon.json',
      '--id',
      'constructor',
    ]);
    expect(r.signal).toBe(null);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.code).toBe(0);
    const data = readGraph(join(tmp, 'out-lexicon'));
    const ids = ['__proto__', 'constructor', 'toString'];
    expectSane(data, ids);
    expect(data.nodes.find((n) => n.id === '__proto__')!.aliases).toEqual(['valueOf']);
    expect(data.nodes.find((n) => n.id === 'constructor')!.theme).toBe('constructor');
    expect(data.nodes.find((n) => n.id === '__proto__')!.theme).toBe('__proto__');
    expect(data.themes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'toString']),
    );
    exerciseExports(data, ids);
    exerciseExplorer(data, ids);
  });
});
