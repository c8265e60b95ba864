import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureJson } from './fixture';

// jsdom has no canvas: stand in for the graph with buttons that call the same handlers, and show the
// classes the app derives for each element.
vi.mock('../../src/app/graph/GraphView', async () => {
  const React = await import('react');
  type Props = {
    classes: ReadonlyMap<string, string>;
    onSelectNode: (id: string) => void;
    onSelectEdge: (id: string) => void;
    onClear: () => void;
    onReady?: () => void;
  };
  function MockGraph(p: Props) {
    const { onReady } = p;
    React.useEffect(() => onReady?.(), [onReady]);
    return React.createElement(
      'ul',
      { 'aria-label': 'mock graph' },
      [...p.classes].map(([id, cls]) =>
        React.createElement(
          'li',
          { key: id, 'data-id': id, 'data-classes': cls },
          React.createElement(
            'button',
            { onClick: () => (id.includes('--') ? p.onSelectEdge(id) : p.onSelectNode(id)) },
            `graph:${id}`,
          ),
        ),
      ),
      React.createElement(
        'li',
        { key: 'bg' },
        React.createElement('button', { onClick: p.onClear }, 'graph:background'),
      ),
    );
  }
  return { GraphView: MockGraph };
});
// H7's controls are tested on their own; here they only need to mount.
vi.mock('../../src/app/export/ExportMenu', () => ({ ExportMenu: () => null }));
vi.mock('../../src/app/open/OpenDocument', () => ({ OpenDocument: () => null }));

const { App } = await import('../../src/app/App');

const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
  const url = String(input);
  if (url.includes('broken.json')) return new Response('{"schemaVersion": 1}', { status: 200 });
  if (url.includes('missing.json')) return new Response('not found', { status: 404 });
  return new Response(fixtureJson, { status: 200, headers: { 'content-type': 'application/json' } });
});

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.history.replaceState(null, '', '/');
});

function start(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  render(<App />);
}
const details = () => screen.getByRole('region', { name: /Concept details|概念详情/ });
const params = () => new URLSearchParams(window.location.search);
const classesOf = (id: string) =>
  document.querySelector(`[data-id="${CSS.escape(id)}"]`)?.getAttribute('data-classes');

describe('the explorer', () => {
  it('loads the graph and opens the concept named in the URL', async () => {
    start('?sel=%E4%BA%9A%E8%BF%90%E4%BC%9A&lang=en');
    const panel = await screen.findByRole('region', { name: 'Concept details' });
    expect(within(panel).getByRole('heading', { level: 2, name: '亚运会' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '中共示例市委关于推进“两个先行”的决议',
    );
    expect(screen.getByText(/Adopted 27 July 2022/)).toBeInTheDocument();
    expect(classesOf('亚运会')).toBe('selected');
    expect(classesOf('五水共治')).toBe('highlighted');
    expect(classesOf('八八战略')).toBe('faded');
  });

  it('moves the selection through neighbour buttons, writes the URL, and back/forward restore it', async () => {
    start('?sel=%E4%BA%9A%E8%BF%90%E4%BC%9A&lang=en');
    const panel = await screen.findByRole('region', { name: 'Concept details' });
    expect(within(panel).getByRole('heading', { level: 2, name: '亚运会' })).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: /枫桥经验/ }));
    expect(within(details()).getByRole('heading', { level: 2, name: '枫桥经验' })).toBeInTheDocument();
    expect(params().get('sel')).toBe('枫桥经验');
    expect(classesOf('枫桥经验')).toBe('selected');
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() =>
      expect(within(details()).getByRole('heading', { level: 2, name: '亚运会' })).toBeInTheDocument(),
    );
    expect(params().get('sel')).toBe('亚运会');
  });

  it('selects links and clears on the background', async () => {
    start('?lang=en');
    await userEvent.click(await screen.findByRole('button', { name: 'graph:共同富裕--枫桥经验' }));
    expect(params().get('edge')).toBe('共同富裕--枫桥经验');
    expect(
      within(details()).getByRole('heading', { name: /Evidence in 1 shared section/ }),
    ).toBeInTheDocument();
    expect(classesOf('共同富裕')).toBe('highlighted');
    await userEvent.click(screen.getByRole('button', { name: 'graph:background' }));
    expect(params().get('edge')).toBeNull();
    expect(within(details()).getByText(/Click a concept or a link/)).toBeInTheDocument();
  });

  it('shows ignored URL parameters as dismissible notices, unknown ids after loading', async () => {
    start('?minw=abc&color=rainbow&sel=nobody&lang=en');
    expect(await screen.findByText('Ignored an invalid URL parameter: sel=nobody')).toBeInTheDocument();
    expect(screen.getByText('Ignored an invalid URL parameter: minw=abc')).toBeInTheDocument();
    expect(screen.getByText('Ignored an invalid URL parameter: color=rainbow')).toBeInTheDocument();
    expect(params().get('sel')).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Dismiss: Ignored an invalid URL parameter: minw=abc' }),
    );
    expect(screen.queryByText('Ignored an invalid URL parameter: minw=abc')).not.toBeInTheDocument();
    expect(screen.getByText('Ignored an invalid URL parameter: color=rainbow')).toBeInTheDocument();
  });

  it('speaks the browser language by default; ?lang overrides', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    start('?sel=%E4%BA%9A%E8%BF%90%E4%BC%9A');
    expect(await screen.findByRole('region', { name: 'Concept details' })).toBeInTheDocument();
    cleanup();
    start('?sel=%E4%BA%9A%E8%BF%90%E4%BC%9A&lang=zh');
    expect(await screen.findByRole('region', { name: '概念详情' })).toBeInTheDocument();
  });

  it('switches language: labels, panel name, URL', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN', 'zh']);
    start('?sel=%E4%BA%9A%E8%BF%90%E4%BC%9A');
    const panel = await screen.findByRole('region', { name: '概念详情' });
    expect(within(panel).getByText('事件')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('region', { name: 'Concept details' })).toBeInTheDocument();
    expect(within(details()).getByText('Event')).toBeInTheDocument();
    expect(params().get('lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('region', { name: '概念详情' })).toBeInTheDocument();
    expect(params().get('lang')).toBeNull(); // the browser's language again
  });

  it('opens the reader at a passage from the details panel', async () => {
    Element.prototype.scrollIntoView = vi.fn();
    start('?lang=en&sel=%E4%BA%94%E6%B0%B4%E5%85%B1%E6%B2%BB');
    await userEvent.click(await screen.findByRole('link', { name: 'Show in document' }));
    expect(params().get('view')).toBe('reader');
    const reader = screen.getByRole('article', { name: 'Full text' });
    const focused = document.activeElement as HTMLElement;
    expect(reader).toContainElement(focused);
    expect(focused.textContent).toBe('以亚运会为契机，深化“五水共治”。');
    expect(window.location.hash).toBe(`#${focused.id}`);
    await userEvent.click(within(reader).getAllByRole('button', { name: '两个先行' })[0]!);
    expect(params().get('sel')).toBe('两个先行');
    await userEvent.click(within(reader).getByRole('button', { name: 'Back to the graph' }));
    expect(screen.queryByRole('article', { name: 'Full text' })).not.toBeInTheDocument();
  });

  it('switches the centre between graph, document and table, and the layout through the URL', async () => {
    start('?lang=en');
    const views = await screen.findByRole('group', { name: 'View' });
    await userEvent.click(within(views).getByRole('button', { name: 'Concept table' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Concept table' })).toBeInTheDocument();
    expect(params().get('view')).toBe('table');
    expect(within(views).getByRole('button', { name: 'Concept table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(views).getByRole('button', { name: 'Document' }));
    expect(params().get('view')).toBe('reader');
    expect(screen.queryByRole('heading', { level: 2, name: 'Concept table' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Full text' })).toBeInTheDocument();
    await userEvent.click(within(views).getByRole('button', { name: 'Graph' }));
    expect(params().get('view')).toBeNull();
    const layouts = screen.getByRole('group', { name: 'Layout' });
    await userEvent.click(within(layouts).getByRole('button', { name: 'Force' }));
    expect(params().get('layout')).toBe('fcose');
    expect(within(layouts).getByRole('button', { name: 'Force' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('opens the view a shared link names: ?view=table, and the old ?reader=1', async () => {
    start('?lang=en&view=table');
    expect(await screen.findByRole('heading', { level: 2, name: 'Concept table' })).toBeInTheDocument();
    const views = screen.getByRole('group', { name: 'View' });
    expect(within(views).getByRole('button', { name: 'Concept table' })).toHaveAttribute('aria-pressed', 'true');
    cleanup();
    Element.prototype.scrollIntoView = vi.fn();
    start('?lang=en&reader=1');
    expect(await screen.findByRole('article', { name: 'Full text' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'View' })).getByRole('button', { name: 'Document' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('holds the search box’s place with a disabled input of the same size until it loads', async () => {
    start('?lang=en');
    // Before the graph (and so the lazy search box) is there: the placeholder, not a combobox.
    const placeholder = document.querySelector('.header-search input')!;
    expect(placeholder).toBeDisabled();
    expect(placeholder).toHaveClass('search-placeholder');
    expect(placeholder).toHaveAttribute('placeholder', 'Search concepts…');
    expect(screen.queryByRole('combobox', { name: 'Search concepts' })).toBeNull();
    const box = await screen.findByRole('combobox', { name: 'Search concepts' });
    expect(box.closest('.header-search')).not.toBeNull();
    expect(document.querySelector('.search-placeholder')).toBeNull();
  });

  it('opens the filters drawer from the toolbar (narrow screens)', async () => {
    start('?lang=en');
    const toggle = await screen.findByRole('button', { name: 'Filters' });
    const sidebar = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(sidebar).toHaveAttribute('aria-label', 'Filters and path');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(sidebar).toHaveAttribute('data-open', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(sidebar).toHaveAttribute('data-open', 'true');
  });

  it('keeps the bundled graph and says so when ?graph= is bad', async () => {
    start('?lang=en&graph=broken.json');
    expect(
      await screen.findByText(/Could not open the graph file broken\.json: not a policy-graph file/),
    ).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: /中共示例市委/ })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('refuses a graph from another site without fetching it', async () => {
    start('?lang=en&graph=https%3A%2F%2Fevil.example%2Fg.json');
    expect(
      await screen.findByText('Ignored an invalid URL parameter: graph=https://evil.example/g.json'),
    ).toBeInTheDocument();
    await screen.findByRole('heading', { level: 1, name: /中共示例市委/ });
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).not.toContainEqual(expect.stringContaining('evil'));
  });
});
