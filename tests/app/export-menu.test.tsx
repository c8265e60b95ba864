import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Core } from 'cytoscape';
import { parseGraphData, type GraphData } from '../../src/core/schema';
import fixture from '../fixtures/e2e/tiny.graph.json';

// Spy on the real exporters: the menu must hand them the visible subset.
vi.mock('../../src/core/export', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/export')>();
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

const exporters = await import('../../src/core/export');
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
});

const fakeCy = {} as Core;

describe('ExportMenu', () => {
  it('has the image and data buttons, in English and Chinese', () => {
    const { rerender } = render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    for (const name of ['Export PNG', 'Export SVG', 'JSON', 'GEXF', 'GraphML', 'Cytoscape JSON', 'CSV']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    rerender(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="zh" />);
    expect(screen.getByRole('button', { name: '导出 PNG' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '导出 SVG' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '导出' })).toBeInTheDocument();
  });

  it('exports only the visible subset as GEXF, named by document id', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'GEXF' }));
    expect(exporters.toGexf).toHaveBeenCalledTimes(1);
    const given = vi.mocked(exporters.toGexf).mock.calls[0]![0];
    expect(given.nodes.map((n) => n.id)).toEqual(['八八战略', '共同富裕', '城西科创大走廊']);
    expect(given.edges.map((e) => e.id)).toEqual(['八八战略--共同富裕', '共同富裕--城西科创大走廊']);
    expect(given.themes.map((t) => t.id)).toEqual(['strategy', 'economy']);
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test.gexf']);
    const gexf = await downloads[0]!.text;
    expect(gexf).toContain('城西科创大走廊');
    expect(gexf).not.toContain('亚运会');
  });

  it('downloads JSON that parses back as graph data with the visible nodes', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'JSON' }));
    expect(downloads[0]!.name).toBe('tiny-test.graph.json');
    expect(downloads[0]!.type).toBe('application/json');
    const back = parseGraphData(JSON.parse(await downloads[0]!.text));
    expect(back.ok && back.data.nodes.length).toBe(3);
  });

  it('downloads CSV as two files, nodes and edges', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'CSV' }));
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test-nodes.csv', 'tiny-test-edges.csv']);
    const nodes = (await downloads[0]!.text).trim().split(/\r?\n/);
    const edges = (await downloads[1]!.text).trim().split(/\r?\n/);
    expect(nodes).toHaveLength(1 + 3);
    expect(edges).toHaveLength(1 + 2);
  });

  it('names GraphML and Cytoscape JSON files by document id', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'GraphML' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cytoscape JSON' }));
    expect(downloads.map((d) => d.name)).toEqual(['tiny-test.graphml', 'tiny-test.cyjs']);
    expect(exporters.toCytoscapeJson).toHaveBeenCalledWith(expect.objectContaining({ nodes: expect.any(Array) }));
    expect(vi.mocked(exporters.toCytoscapeJson).mock.calls.at(-1)![0].nodes).toHaveLength(3);
  });

  it('renders the PNG from the live cy in the UI language and downloads it', async () => {
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="zh" />);
    await userEvent.click(screen.getByRole('button', { name: '导出 PNG' }));
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual(['tiny-test.png']));
    expect(image.renderPng).toHaveBeenCalledWith(fakeCy, data, 'zh');
    expect(downloads[0]!.type).toBe('image/png');
  });

  it('shows one line instead of exporting an empty or undrawn graph', async () => {
    const none = { nodes: new Set<string>(), edges: new Set<string>() };
    const { rerender } = render(<ExportMenu cy={fakeCy} data={data} visible={none} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing to export: the filters hide every concept.');
    rerender(<ExportMenu cy={null} data={data} visible={visible} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The graph is not drawn yet');
    expect(image.renderPng).not.toHaveBeenCalled();
    expect(downloads).toEqual([]);
  });

  it('reports a failed image export in one line', async () => {
    vi.mocked(image.renderSvg).mockRejectedValueOnce(new Error('boom\n    at stack frame'));
    render(<ExportMenu cy={fakeCy} data={data} visible={visible} lang="en" />);
    await userEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Export failed: boom');
  });
});
