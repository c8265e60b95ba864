/**
 * A graph whose rendering throws does not blank the page: the last graph that rendered stays, with a
 * one-line message; the next good graph shows normally.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GraphData } from '../../src/core/pipeline/schema';
import { fixtureJson, loadFixture } from './fixture';

// The canvas stands in as a list of concept buttons; it throws for any graph whose document id says so
// (what cytoscape did with a concept called “constructor”).
vi.mock('../../src/app/graph/GraphView', async () => {
  const React = await import('react');
  function MockGraph(p: { data: GraphData; onReady?: () => void }) {
    const { onReady } = p;
    React.useEffect(() => onReady?.(), [onReady]);
    if (p.data.document.id === 'explodes')
      throw new Error('Can not create edge `a--b` with nonexistent source `a`\n    at stack');
    return React.createElement('p', { 'data-testid': 'canvas' }, `canvas:${p.data.document.id}`);
  }
  return { GraphView: MockGraph };
});
vi.mock('../../src/app/export/ExportMenu', () => ({ ExportMenu: () => null }));
// Open document hands the app whichever graph the test wants.
let nextGraph: GraphData | null = null;
vi.mock('../../src/app/open/OpenDocument', async () => {
  const React = await import('react');
  return {
    OpenDocument: (p: { onGraph: (d: GraphData, o: { name: string }) => void }) =>
      React.createElement(
        'button',
        { onClick: () => p.onGraph(nextGraph!, { name: `${nextGraph!.document.id}.json` }) },
        'open',
      ),
  };
});

const { App } = await import('../../src/app/App');

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(fixtureJson, { status: 200, headers: { 'content-type': 'application/json' } }),
    ),
  );
  vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

function graphWithId(id: string): GraphData {
  const data = loadFixture();
  return { ...data, document: { ...data.document, id, title: `Title of ${id}` } };
}

describe('a graph that cannot be rendered', () => {
  it('keeps the last good graph on screen and says why in one line', async () => {
    window.history.replaceState(null, '', '/?lang=en');
    render(<App />);
    const first = loadFixture().document.id;
    expect(await screen.findByText(`canvas:${first}`)).toBeInTheDocument();

    nextGraph = graphWithId('explodes');
    await userEvent.click(screen.getByRole('button', { name: 'open' }));
    const notice = await screen.findByText(/Could not show the graph explodes\.json/);
    expect(notice.textContent).toBe(
      'Could not show the graph explodes.json: Can not create edge `a--b` with nonexistent source `a`. Still showing the current graph.',
    );
    expect(await screen.findByText(`canvas:${first}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
      loadFixture().document.title.trim().slice(0, 4),
    );

    // The next good graph replaces it, and the message goes.
    nextGraph = graphWithId('fine');
    await userEvent.click(screen.getByRole('button', { name: 'open' }));
    expect(await screen.findByText('canvas:fine')).toBeInTheDocument();
    expect(screen.queryByText(/Could not show the graph/)).toBe(null);
    const status = screen.queryAllByRole('status');
    for (const s of status) expect(within(s).queryByText(/explodes/)).toBe(null);
  });

  it('with no good graph yet, shows the one-line message instead of a blank page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(graphWithId('explodes')), { status: 200 })),
    );
    window.history.replaceState(null, '', '/?lang=en');
    render(<App />);
    expect(
      await screen.findByText(/^Could not show the graph bundled: Can not create edge/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('canvas')).toBe(null);
  });
});
