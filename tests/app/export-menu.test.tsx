import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from 'cytoscape';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';
import fixture from '../fixtures/e2e/tiny.graph.json';

// Spy on the real exporters: the menu must hand them the visible subset.
vi.mock('../../src/core/pipeline/export', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/pipeline/export')>();
  return {
    ...real,
    toGexf: vi.fn(real.toGexf),
    toGraphML: vi.fn(real.toGraphML),
    toCytoscapeJson: vi.fn(real.toCytoscapeJson),
    toNodesCsv: vi.fn(real.toNodesCsv),
    toEdgesCsv: vi.fn(real.toEdgesCsv),
    toGraphJson: vi.fn(real.toGraphJson),
  };
});
// Image rendering needs a real canvas (covered by the e2e suite); here only the wiring.
vi.mock('../../src/app/export/image', () => ({
  renderPng: vi.fn(async () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' })),
  renderSvg: vi.fn(async () => new Blob(['<svg/>'], { type: 'image/svg+xml;charset=utf-8' })),
}));

const exporters = await import('../../src/core/pipeline/export');
const image = await import('../../src/app/export/image');
const { ExportMenu } = await import('../../src/app/export/ExportMenu');

const parsed = parseGraphData(fixture);
if (!parsed.ok) throw new Error(parsed.error);
const data: GraphData = parsed.data;

// 'events' theme (亚运会) hidden by the filters.
const visible = {
  nodes: new Set(['八八战略', '共同富裕', '城西科创大走廊']),
  edges: new Set(['八八战略--共同富裕', '共同富裕--城西科创大走廊']),
};

interface Download {
  name: string;
  type: string;
  text: Promise<string>;
}
let downloads: Download[];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    downloads.push({ name: this.download, type: blob.type, text: blob.text() });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.mocked(exporters.toGexf).mockClear();
  vi.mocked(image.renderPng).mockClear();
  vi.mocked(image.renderSvg).mockClear();
});

const fakeCy = {} as Core;

/** Opens the menu with a click and chooses an item by its accessible name. */
async function choose(name: string | RegExp) {
  await userEvent.click(screen.getByRole('button', { name: /^(Export|导出)$/ }));
  await userEvent.click(screen.getByRole('menuitem', { name }));
}

const ITEMS_EN = [
  'Export PNG',
  'Export SVG',
  'JSON',
  'GEXF (Gephi)',
  'GraphML',
  'Cytoscape JSON',
  'CSV (nodes + edges)',
];

describe('ExportMenu: the menu button', () => {
  it('is one button that opens a menu of image and data items, in English and Chinese', async () => {
    const { rerender } = render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export PNG' })).toBeNull();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-controls', menu.id);
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(ITEMS_EN);
    const image = within(menu).getByRole('group', { name: 'Image' });
    const dataGroup = within(menu).getByRole('group', { name: 'Data' });
    expect(
      within(image)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['Export PNG', 'Export SVG']);
    expect(within(dataGroup).getAllByRole('menuitem')).toHaveLength(5);
    // The note counts what the filters show: 3 of the 4 concepts.
    expect(menu).toHaveAccessibleDescription('Exports reflect the current filters (3 of 4 concepts)');
    expect(screen.getByText('Exports reflect the current filters (3 of 4 concepts)')).toBeVisible();

    rerender(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="zh" />);
    expect(screen.getByRole('button', { name: '导出' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: '导出 PNG' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: '导出 SVG' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '图片' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '数据' })).toBeInTheDocument();
    expect(screen.getByRole('menu')).toHaveAccessibleDescription('导出反映当前筛选（3 / 4 个概念）');
  });

  it('works from the keyboard: Enter, arrows, Home/End, Escape back to the button', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    const button = screen.getByRole('button', { name: 'Export' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export SVG' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'JSON' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'CSV (nodes + edges)' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}'); // wraps
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}'); // wraps back
    expect(screen.getByRole('menuitem', { name: 'CSV (nodes + edges)' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'CSV (nodes + edges)' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard(' ');
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveFocus();
    // Enter on an item chooses it: the menu closes, focus returns, the file downloads.
    await userEvent.keyboard('{End}{Enter}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test-nodes.csv', 'tiny-test-edges.csv']);
  });

  it('Tab closes the menu and moves on; a click outside closes it', async () => {
    render(
      <div>
        <ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />
        <button type="button">after</button>
        <p>outside</p>
      </div>,
    );
    const button = screen.getByRole('button', { name: 'Export' });
    await userEvent.click(button);
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();

    await userEvent.click(button);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await userEvent.click(screen.getByText('outside'));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    // A second click on the button closes it too.
    await userEvent.click(button);
    await userEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(downloads).toEqual([]);
  });
});

describe('ExportMenu: exports', () => {
  it('exports only the visible subset as GEXF, named by document id', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await choose('GEXF (Gephi)');
    expect(exporters.toGexf).toHaveBeenCalledTimes(1);
    const given = vi.mocked(exporters.toGexf).mock.calls[0]![0];
    expect(given.nodes.map((n) => n.id)).toEqual(['八八战略', '共同富裕', '城西科创大走廊']);
    expect(given.edges.map((e) => e.id)).toEqual(['八八战略--共同富裕', '共同富裕--城西科创大走廊']);
    expect(given.themes.map((t) => t.id)).toEqual(['strategy', 'economy']);
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test.gexf']);
    const gexf = await downloads[0]!.text;
    expect(gexf).toContain('城西科创大走廊');
    expect(gexf).not.toContain('亚运会');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('downloads JSON that parses back as graph data with the visible nodes', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await choose('JSON');
    expect(downloads[0]!.name).toBe('tiny-test.graph.json');
    expect(downloads[0]!.type).toBe('application/json');
    const back = parseGraphData(JSON.parse(await downloads[0]!.text));
    expect(back.ok && back.data.nodes.length).toBe(3);
  });

  it('downloads CSV as two files, nodes and edges', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="zh" />);
    await choose('CSV（概念 + 关联）');
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test-nodes.csv', 'tiny-test-edges.csv']);
    const nodes = (await downloads[0]!.text).trim().split(/\r?\n/);
    const edges = (await downloads[1]!.text).trim().split(/\r?\n/);
    expect(nodes).toHaveLength(1 + 3);
    expect(edges).toHaveLength(1 + 2);
  });

  it('names GraphML and Cytoscape JSON files by document id', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await choose('GraphML');
    await choose('Cytoscape JSON');
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test.graphml', 'tiny-test.cyjs']);
    expect(exporters.toCytoscapeJson).toHaveBeenCalledWith(
      expect.objectContaining({ nodes: expect.any(Array) }),
    );
    expect(vi.mocked(exporters.toCytoscapeJson).mock.calls.at(-1)![0].nodes).toHaveLength(3);
  });

  it('renders the PNG from the live cy in the UI language and downloads it', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="zh" />);
    await choose('导出 PNG');
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['tiny-test.png']));
    expect(image.renderPng).toHaveBeenCalledWith(fakeCy, data, 'zh');
    expect(downloads[0]!.type).toBe('image/png');
  });

  it('is busy while an image is made: spinner, announcement, image items disabled', async () => {
    let finish: (b: Blob) => void = () => {};
    vi.mocked(image.renderSvg).mockImplementationOnce(() => new Promise<Blob>((ok) => (finish = ok)));
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-busy', 'false');
    await choose('Export SVG');
    await waitFor(() => expect(image.renderSvg).toHaveBeenCalledTimes(1));
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Exporting SVG…');
    await userEvent.click(button);
    expect(screen.getByRole('menuitem', { name: 'Export PNG' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('menuitem', { name: 'JSON' })).not.toHaveAttribute('aria-disabled');
    await userEvent.click(screen.getByRole('menuitem', { name: 'Export PNG' }));
    expect(image.renderPng).not.toHaveBeenCalled();
    await act(async () => finish(new Blob(['<svg/>'], { type: 'image/svg+xml;charset=utf-8' })));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['tiny-test.svg']));
    expect(button).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows one line instead of exporting an empty or undrawn graph', async () => {
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    const { rerender } = render(<ExportMenu cy={fakeCy} data={data} visible={none} lang="en" />);
    await choose('Export SVG');
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to export: the filters hide every concept.');
    rerender(<ExportMenu cy={null} data={data} visible={visible} lang="en" />);
    await choose('Export PNG');
    expect(screen.getByRole('alert')).toHaveTextContent('The graph is not drawn yet');
    expect(image.renderPng).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('reports a failed image export in one line, in a floating alert that can be dismissed', async () => {
    vi.mocked(image.renderSvg).mockRejectedValueOnce(new Error('boom\n    at stack frame'));
    const { container } = render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await choose('Export SVG');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Export failed: boom');
    // Not in the header's flow: the alert lives in the page-level toast stack.
    expect(container.contains(alert)).toBe(false);
    expect(alert.closest('.toast-stack')).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
