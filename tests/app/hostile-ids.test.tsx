/**
 * Concepts named __proto__, constructor, toString … on the real canvas (react-cytoscapejs + cytoscape,
 * headless in jsdom): every element is added, taps and class updates map back to the concept ids.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { GraphView } from '../../src/app/graph/GraphView';
import { computeVisible } from '../../src/core/explorer/filters';
import { displayClasses } from '../../src/core/explorer/style-rules';
import { DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';
import { HOSTILE_NAMES } from '../unit/hostile-fixtures';
import { fakeCanvas } from './fake-canvas';
import { hostileGraph } from './hostile-graph';

const { App } = await import('../../src/app/App');

beforeEach(fakeCanvas);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the canvas with Object.prototype names as ids', () => {
  it('adds every concept and link, and taps give back the concept ids', async () => {
    const data = hostileGraph();
    const visible = computeVisible(data, DEFAULT_VIEW_STATE);
    const classes = displayClasses(data, {
      visible,
      selected: 'constructor',
      selectedEdge: null,
      path: null,
    });
    let cy: Core | null = null;
    const onSelectNode = vi.fn();
    const onSelectEdge = vi.fn();
    render(
      <GraphView
        data={data}
        lang="zh"
        color="theme"
        size="weightedDegree"
        layout="preset"
        classes={classes}
        focus={null}
        onSelectNode={onSelectNode}
        onSelectEdge={onSelectEdge}
        onClear={() => undefined}
        onCy={(c) => (cy = c ?? cy)}
        label="graph"
      />,
    );
    await vi.waitFor(() => expect(cy).not.toBe(null));
    const core = cy as unknown as Core;
    expect(core.nodes().length).toBe(data.nodes.length);
    expect(core.edges().length).toBe(data.edges.length);
    for (const name of HOSTILE_NAMES) {
      const node = core.nodes().filter((n) => n.data('label') === name);
      expect(node.length).toBe(1);
      act(() => {
        node.emit('tap');
      });
      expect(onSelectNode).toHaveBeenLastCalledWith(name);
      const edge = data.edges.find((e) => e.source === name || e.target === name)!;
      const label = (id: string) => data.nodes.find((n) => n.id === id)!.label;
      const ele = core
        .edges()
        .filter(
          (e) =>
            e.source().data('label') === label(edge.source) &&
            e.target().data('label') === label(edge.target),
        );
      expect(ele.length).toBe(1);
      act(() => {
        ele.emit('tap');
      });
      expect(onSelectEdge).toHaveBeenLastCalledWith(edge.id);
    }
    // The selected concept's class reaches its element.
    await vi.waitFor(() =>
      expect(
        core
          .nodes()
          .filter((n) => n.data('label') === 'constructor')
          .hasClass('selected'),
      ).toBe(true),
    );
  });
});

describe('the explorer with Object.prototype names as ids', () => {
  it('opens a graph of them from ?graph= and shows the concept the URL selects', async () => {
    const json = JSON.stringify(hostileGraph());
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(json, { status: 200, headers: { 'content-type': 'application/json' } })),
    );
    try {
      for (const name of HOSTILE_NAMES) {
        window.history.replaceState(null, '', `/?graph=hostile.json&sel=${encodeURIComponent(name)}&lang=en`);
        render(<App />);
        const panel = await screen.findByRole('region', { name: 'Concept details' });
        expect(await within(panel).findByRole('heading', { level: 2, name })).toBeInTheDocument();
        await waitFor(() => expect(window.cy?.nodes().length).toBe(hostileGraph().nodes.length));
        expect(screen.queryByRole('alert')).toBe(null);
        cleanup();
      }
    } finally {
      vi.unstubAllGlobals();
      window.history.replaceState(null, '', '/');
    }
  });
});
