/**
 * `?graph=` goes through the same validation as Open document: each malformed file keeps the current
 * (bundled) graph on screen, with the real canvas, and says why in one line.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { GraphData } from '../../src/core/pipeline/schema';
import { loadGraphFile } from '../../src/app/state/load-graph';
import { fakeCanvas } from './fake-canvas';
import { fixtureJson, loadFixture } from './fixture';

const { App } = await import('../../src/app/App');

type Mutation = (d: GraphData) => unknown;

/** Malformed graph files, each with the message it must produce. */
const BAD: [string, Mutation, RegExp][] = [
  [
    'dangling',
    (d) => ({ ...d, edges: [...d.edges, { ...d.edges[0]!, id: 'x--y', target: 'nowhere' }] }),
    /invalid graph: link "x--y" refers to a missing concept "nowhere"/,
  ],
  [
    'duplicate-node',
    (d) => ({ ...d, nodes: [...d.nodes, { ...d.nodes[1]!, x: 500, y: 500 }] }),
    /invalid graph: duplicate concept id/,
  ],
  ['no-nodes', (d) => ({ ...d, nodes: [], edges: [] }), /invalid graph: the graph has no concepts/],
  ['duplicate-edge', (d) => ({ ...d, edges: [...d.edges, d.edges[0]] }), /invalid graph: duplicate link id/],
  [
    'mention-outside',
    (d) => ({
      ...d,
      nodes: d.nodes.map((n, i) =>
        i === 0 ? { ...n, count: n.count + 1, mentions: [...n.mentions, { start: 1e6, end: 1e6 + 2 }] } : n,
      ),
    }),
    /invalid graph: mention of ".*" at 1000000–1000002 lies outside the document text/,
  ],
  [
    'huge-coordinates',
    (d) => ({ ...d, nodes: d.nodes.map((n) => ({ ...n, x: 1e308 })) }),
    /not a policy-graph file \(schemaVersion 1\): nodes\.0\.x: Too big/,
  ],
];

let files: Map<string, () => Response>;

beforeEach(() => {
  fakeCanvas();
  files = new Map<string, () => Response>();
  for (const [name, mutate] of BAD)
    files.set(`${name}.json`, () => new Response(JSON.stringify(mutate(loadFixture()))));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      for (const [name, make] of files) if (url.endsWith(`/${name}`)) return make();
      return new Response(fixtureJson, { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

describe('?graph= with a malformed file', () => {
  it.each(BAD.map(([name, , message]) => [name, message] as const))(
    '%s keeps the bundled graph and says why',
    async (name, message) => {
      window.history.replaceState(null, '', `/?lang=en&graph=${name}.json`);
      render(<App />);
      const notice = await screen.findByText(new RegExp(`^Could not open the graph file ${name}\\.json: `));
      expect(notice.textContent).toMatch(message);
      expect(notice.textContent).toMatch(/Still showing the current graph\.$/);
      expect(notice.textContent).not.toContain('\n');
      expect(await screen.findByRole('heading', { level: 1, name: /中共示例市委/ })).toBeInTheDocument();
      await waitFor(() => expect(window.cy?.nodes().length).toBe(loadFixture().nodes.length));
    },
  );

  it('a file larger than Open accepts is refused before it is read', async () => {
    files.set(
      'big.json',
      () => new Response('{}', { status: 200, headers: { 'content-length': String(101 * 1024 * 1024) } }),
    );
    window.history.replaceState(null, '', '/?lang=en&graph=big.json');
    render(<App />);
    const notice = await screen.findByText(/^Could not open the graph file big\.json: /);
    expect(notice.textContent).toMatch(/the file is too large \(101 MB; at most 100 MB\)/);
    expect(await screen.findByRole('heading', { level: 1, name: /中共示例市委/ })).toBeInTheDocument();
  });
});

describe('loadGraphFile', () => {
  it('stops reading a body without a length once it passes the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
      },
    });
    const result = await loadGraphFile('/g.json', async () => new Response(body), 3 * 1024 * 1024);
    expect(result).toEqual({ ok: false, error: 'the file is too large (4 MB; at most 3 MB)' });
    expect(pulled).toBeLessThan(8);
  });
});
