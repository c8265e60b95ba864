import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReaderView } from '../../src/app/reader/ReaderView';
import { loadFixture } from './fixture';

const data = loadFixture();
const text = data.document.text;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('reader view', () => {
  it('shows the whole text with every mention marked', () => {
    render(
      <ReaderView
        data={data}
        lang="en"
        selected={null}
        target={null}
        onSelectNode={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const article = screen.getByRole('article', { name: 'Full text' });
    const marks = [...article.querySelectorAll('mark')];
    expect(marks).toHaveLength(data.nodes.reduce((n, c) => n + c.count, 0));
    expect(marks.filter((m) => m.textContent === '两个先行')).toHaveLength(6);
    // Every sentence of the source text is there, in order.
    const sentences = [...article.querySelectorAll('.sentence')].map((s) => s.textContent);
    expect(sentences.join('')).toBe(text.replace(/\s+/g, ''));
    for (const address of ['序言', '一', '一（一）', '二（二）', '结语']) {
      expect(within(article).getByRole('heading', { level: 3, name: address })).toBeInTheDocument();
    }
  });

  it('selects a concept when a mention is clicked and highlights the selected one', async () => {
    const onSelectNode = vi.fn();
    const { rerender } = render(
      <ReaderView
        data={data}
        lang="zh"
        selected={null}
        target={null}
        onSelectNode={onSelectNode}
        onClose={vi.fn()}
      />,
    );
    const buttons = screen.getAllByRole('button', { name: '枫桥经验' });
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0]!);
    expect(onSelectNode).toHaveBeenCalledWith('枫桥经验');
    rerender(
      <ReaderView
        data={data}
        lang="zh"
        selected="亚运会"
        target={null}
        onSelectNode={onSelectNode}
        onClose={vi.fn()}
      />,
    );
    expect(document.querySelectorAll('.reader .mention.current')).toHaveLength(3);
  });

  it('scrolls to and focuses the asked passage', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const start = text.indexOf('“八八战略”是总纲领');
    render(
      <ReaderView
        data={data}
        lang="zh"
        selected={null}
        target={start}
        onSelectNode={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const target = document.getElementById(`s-${start}`)!;
    expect(target.textContent).toBe('“八八战略”是总纲领；');
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(target);
    expect(document.activeElement).toBe(target);
  });
});

describe('reader keyboard', () => {
  it('selects a mention with Enter', async () => {
    const onSelectNode = vi.fn();
    render(
      <ReaderView
        data={data}
        lang="zh"
        selected={null}
        target={null}
        onSelectNode={onSelectNode}
        onClose={vi.fn()}
      />,
    );
    screen.getAllByRole('button', { name: '数字经济' })[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelectNode).toHaveBeenCalledWith('数字经济');
  });
});
