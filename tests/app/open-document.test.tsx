import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OpenDocument } from '../../src/app/open/OpenDocument';
import { documentIdFromName } from '../../src/app/open/read-document';
import type { BuildRequest, WorkerResponse } from '../../src/app/open/worker-protocol';
import type { GraphData } from '../../src/core/pipeline/schema';
import fixture from '../fixtures/e2e/tiny.graph.json';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fileInput(): HTMLInputElement {
  const input = document.querySelector('input[type=file]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

async function open(file: File) {
  await userEvent.upload(fileInput(), file);
}

function setup(lang: 'zh' | 'en' = 'en') {
  const onGraph = vi.fn<(data: GraphData, origin: { name: string }) => void>();
  render(<OpenDocument onGraph={onGraph} lang={lang} />);
  return onGraph;
}

describe('OpenDocument', () => {
  it('has an open button in both languages with a picker for .txt and .json', () => {
    setup('zh');
    expect(screen.getByRole('button', { name: '打开文档' })).toBeInTheDocument();
    cleanup();
    setup('en');
    expect(screen.getByRole('button', { name: 'Open document' })).toBeInTheDocument();
    expect(fileInput().accept).toContain('.txt');
    expect(fileInput().accept).toContain('.json');
  });

  it('rejects a broken graph.json with one line and does not replace the graph', async () => {
    const onGraph = setup();
    await open(new File(['{"schemaVersion": 1, "nodes": ['], 'graph.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^graph\.json: invalid JSON \(/);
    expect(alert.textContent).not.toContain('\n');
    expect(onGraph).not.toHaveBeenCalled();
  });

  it('rejects JSON of the wrong shape, naming the first problem', async () => {
    const onGraph = setup();
    const bad = { ...fixture, nodes: [{ ...fixture.nodes[0], kind: 'spaceship' }] };
    await open(new File([JSON.stringify(bad)], 'x.json'));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^x\.json: not a policy-graph file.*nodes\.0\.kind/,
    );
    expect(onGraph).not.toHaveBeenCalled();
  });

  it('rejects a graph whose links point at missing concepts', async () => {
    const onGraph = setup();
    const bad = { ...fixture, edges: [{ ...fixture.edges[0], target: 'nowhere' }] };
    await open(new File([JSON.stringify(bad)], 'x.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('refers to a missing concept');
    expect(onGraph).not.toHaveBeenCalled();
  });

  it('accepts a valid graph.json and hands it over with the file name', async () => {
    const onGraph = setup();
    await open(new File([JSON.stringify(fixture)], 'tiny.graph.json', { type: 'application/json' }));
    await vi.waitFor(() => expect(onGraph).toHaveBeenCalledTimes(1));
    const [data, origin] = onGraph.mock.calls[0]!;
    expect(origin).toEqual({ name: 'tiny.graph.json' });
    expect(data.document.id).toBe('tiny-test');
    expect(data.nodes.map((n) => n.label)).toEqual(['八八战略', '共同富裕', '城西科创大走廊', '亚运会']);
    expect(screen.getByRole('status')).toHaveTextContent('Opened tiny.graph.json: 4 concepts');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rejects binary and empty files before starting the pipeline', async () => {
    const worker = vi.fn();
    vi.stubGlobal('Worker', worker);
    const onGraph = setup();
    await open(
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'photo.txt'),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^photo\.txt: binary data \(a PNG image\)/,
    );
    await open(new File([''], 'empty.txt'));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^empty\.txt: empty file/));
    expect(worker).not.toHaveBeenCalled();
    expect(onGraph).not.toHaveBeenCalled();
  });

  it('runs a .txt through the worker with progress, and hands over the result', async () => {
    const workers: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
      onerror: ((e: ErrorEvent) => void) | null = null;
      sent: BuildRequest[] = [];
      terminated = false;
      constructor(
        readonly url: URL,
        readonly options: WorkerOptions,
      ) {
        workers.push(this);
      }
      postMessage(m: BuildRequest) {
        this.sent.push(m);
      }
      terminate() {
        this.terminated = true;
      }
      async emit(m: WorkerResponse) {
        await act(async () => this.onmessage?.({ data: m } as MessageEvent<WorkerResponse>));
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const onGraph = setup();
    await open(
      new File(['\ufeff第一段，坚持八八战略。\r\n第二段。'], '我的 决议.txt', { type: 'text/plain' }),
    );
    await vi.waitFor(() => expect(workers).toHaveLength(1));
    const w = workers[0]!;
    expect(w.url.pathname).toMatch(/pipeline\.worker\.ts$/);
    expect(w.options).toEqual({ type: 'module' });
    expect(w.sent).toEqual([
      { type: 'build', text: '第一段，坚持八八战略。\n第二段。', documentId: '我的-决议' },
    ]);

    await w.emit({ type: 'progress', stage: 'extract', fraction: 0.42 });
    expect(screen.getByRole('status')).toHaveTextContent('Extracting concepts');
    expect(screen.getByRole('status')).toHaveTextContent('42%');
    expect(screen.getByRole('status')).toHaveTextContent('我的 决议.txt');
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '42');
    // Cancel sits beside the live region (the announcement is the stage and percentage only).
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
    expect(screen.getByRole('status')).not.toHaveTextContent('Cancel');
    expect(screen.queryByRole('button', { name: 'Dismiss message' })).toBeNull();

    await w.emit({ type: 'done', data: fixture as unknown as GraphData });
    expect(onGraph).toHaveBeenCalledWith(fixture, { name: '我的 决议.txt' });
    expect(w.terminated).toBe(true);

    // A second document, cancelled half-way: no graph, worker stopped.
    await open(new File(['另一份文件。'], 'other.txt'));
    await vi.waitFor(() => expect(workers).toHaveLength(2));
    await workers[1]!.emit({ type: 'progress', stage: 'parse', fraction: 0.1 });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(workers[1]!.terminated).toBe(true);
    await workers[1]!.emit({ type: 'done', data: fixture as unknown as GraphData });
    expect(onGraph).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('Cancelled.');
  });

  it('shows a worker error in one line and keeps the graph', async () => {
    let instance: { onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null } | null = null;
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null = null;
        constructor() {
          // eslint-disable-next-line @typescript-eslint/no-this-alias
          instance = this;
        }
        postMessage() {}
        terminate() {}
      },
    );
    const onGraph = setup('zh');
    await open(new File(['文本。'], 'a.txt'));
    await vi.waitFor(() => expect(instance).not.toBeNull());
    await act(async () =>
      instance!.onmessage?.({
        data: { type: 'error', error: 'no sections found' },
      } as MessageEvent<WorkerResponse>),
    );
    expect(screen.getByRole('alert').textContent).toBe('a.txt: no sections found');
    expect(onGraph).not.toHaveBeenCalled();
  });

  it('floats its messages outside its own box: an error stays until dismissed, a confirmation fades', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const onGraph = vi.fn();
      const { container } = render(<OpenDocument onGraph={onGraph} lang="en" />);
      await open(new File(['{"nodes": ['], 'graph.json', { type: 'application/json' }));
      const alert = await screen.findByRole('alert');
      expect(container.contains(alert)).toBe(false);
      expect(alert.closest('.toast-stack')).not.toBeNull();
      await act(async () => vi.advanceTimersByTime(30000));
      expect(screen.getByRole('alert')).toBe(alert);
      await userEvent.click(screen.getByRole('button', { name: 'Dismiss message' }));
      expect(screen.queryByRole('alert')).toBeNull();

      await open(new File([JSON.stringify(fixture)], 'tiny.graph.json'));
      await vi.waitFor(() => expect(onGraph).toHaveBeenCalledTimes(1));
      const status = screen.getByRole('status');
      expect(status).toHaveTextContent('Opened tiny.graph.json: 4 concepts');
      expect(container.contains(status)).toBe(false);
      await act(async () => vi.advanceTimersByTime(5000));
      expect(screen.getByRole('status')).toHaveTextContent('Opened tiny.graph.json');
      await act(async () => vi.advanceTimersByTime(1500));
      expect(screen.queryByRole('status')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a drop hint while a file is dragged over the page', () => {
    setup();
    const dataTransfer = { types: ['Files'], files: [] as File[], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByTestId('drop-hint')).toHaveTextContent('Drop to open the document');
    fireEvent.dragLeave(window, { dataTransfer });
    expect(screen.queryByTestId('drop-hint')).toBeNull();
  });

  it('opens a dropped graph.json', async () => {
    const onGraph = setup();
    const file = new File([JSON.stringify(fixture)], 'dropped.json');
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [file] } });
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file] } });
    await vi.waitFor(() => expect(onGraph).toHaveBeenCalledTimes(1));
    expect(onGraph.mock.calls[0]![1]).toEqual({ name: 'dropped.json' });
    expect(screen.queryByTestId('drop-hint')).toBeNull();
  });
});

describe('documentIdFromName', () => {
  it('drops the extension and unsafe characters', () => {
    expect(documentIdFromName('hangzhou-2022-07-27.txt')).toBe('hangzhou-2022-07-27');
    expect(documentIdFromName('浙江 报告.TXT')).toBe('浙江-报告');
    expect(documentIdFromName('a/b/c:d?.txt')).toBe('c-d');
    expect(documentIdFromName('x.graph.json')).toBe('x');
    expect(documentIdFromName('.txt')).toBe('document');
  });
});
