import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel, type DetailsPanelProps } from '../../src/app/panel/DetailsPanel';
import { allVisible, loadFixture } from './fixture';

afterEach(cleanup);

const data = loadFixture();
const text = data.document.text;

function renderPanel(props: Partial<DetailsPanelProps>) {
  const handlers = { onSelectNode: vi.fn(), onClear: vi.fn(), onShowPassage: vi.fn() };
  render(
    <DetailsPanel
      data={data}
      visible={allVisible(data)}
      selected={null}
      selectedEdge={null}
      lang="en"
      passageHref={(s) => `?view=reader#s-${s}`}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

describe('details panel: a concept', () => {
  it('shows label, gloss, pinyin, translated kind and theme, count and sections', () => {
    renderPanel({ selected: '八八战略' });
    const panel = screen.getByRole('region', { name: 'Concept details' });
    const heading = within(panel).getByRole('heading', { level: 2, name: '八八战略' });
    expect(heading).toHaveAttribute('lang', 'zh');
    expect(within(panel).getByText('Double-Eight Strategy')).toHaveAttribute('lang', 'en');
    expect(within(panel).getByText('bā bā zhàn lüè')).toBeInTheDocument();
    expect(within(panel).getByText('Strategy')).toBeInTheDocument();
    expect(within(panel).getByText('Party leadership')).toBeInTheDocument();
    expect(within(panel).getByText('4 mentions in 3 sections')).toBeInTheDocument();
    const sections = within(panel).getByRole('heading', { name: 'Sections' }).nextElementSibling!;
    expect([...sections.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '序言',
      '一 深刻把握精神实质',
      '一（一） 深刻领悟“八八战略”的真理力量',
    ]);
  });

  it('lists every passage with the concept marked at its place', () => {
    renderPanel({ selected: '八八战略' });
    const passages = screen.getByRole('heading', { name: 'Evidence (4)' }).nextElementSibling!;
    const items = within(passages as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const quote = items[3]!.querySelector('blockquote')!;
    expect(quote.textContent).toBe('“八八战略”是总纲领；');
    expect([...quote.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['八八战略']);
    expect(items[3]!.querySelector('cite')!.textContent).toBe('一（一） 深刻领悟“八八战略”的真理力量');
  });

  it('orders neighbours by weight then label, and a neighbour button moves the selection', async () => {
    const { onSelectNode } = renderPanel({ selected: '两个先行' });
    const list = screen.getByRole('heading', { name: /Linked concepts/ }).nextElementSibling as HTMLElement;
    const names = within(list)
      .getAllByRole('button')
      .map((b) => b.querySelector('[lang="zh"]')!.textContent);
    expect(names[0]).toBe('八八战略'); // weight 2, the rest weight 1
    expect(names).toHaveLength(5);
    await userEvent.click(within(list).getByRole('button', { name: /亚运会/ }));
    expect(onSelectNode).toHaveBeenCalledWith('亚运会');
  });

  it('shows the evidence first, then sections, then neighbours', () => {
    renderPanel({ selected: '八八战略' });
    const panel = screen.getByRole('region', { name: 'Concept details' });
    const headings = within(panel)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Evidence (4)', 'Sections', expect.stringMatching(/^Linked concepts/)]);
    // The first marked mention comes before any neighbour button.
    const mark = panel.querySelector('mark')!;
    const firstNeighbour = within(panel).getByRole('heading', { name: /Linked concepts/ }).nextElementSibling!;
    expect(mark.compareDocumentPosition(firstNeighbour) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists the 12 heaviest neighbours and the rest behind “Show all”', async () => {
    // Twenty extra concepts linked to 八八战略, weights 1..20.
    const extra = Array.from({ length: 20 }, (_, i) => ({ ...data.nodes[0]!, id: `x${i}`, label: `概念${i}` }));
    const links = extra.map((n, i) => ({
      ...data.edges[0]!,
      id: `八八战略--${n.id}`,
      source: '八八战略',
      target: n.id,
      weight: i + 1,
    }));
    const big = { ...data, nodes: [...data.nodes, ...extra], edges: [...data.edges, ...links] };
    const { onSelectNode } = renderPanel({ data: big, visible: allVisible(big), selected: '八八战略' });
    const total = big.edges.filter((e) => e.source === '八八战略' || e.target === '八八战略').length;
    const heading = screen.getByRole('heading', { name: `Linked concepts (${total})` });
    const list = heading.nextElementSibling as HTMLElement;
    const names = () => within(list).getAllByRole('button').map((b) => b.querySelector('[lang="zh"]')!.textContent);
    expect(names()).toHaveLength(12);
    expect(names().slice(0, 3)).toEqual(['概念19', '概念18', '概念17']);
    const more = screen.getByRole('button', { name: `Show all ${total}` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(names()).toHaveLength(total);
    expect(screen.getByRole('button', { name: 'Show the top 12' })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(within(list).getByRole('button', { name: /^概念0[^0-9]/ }));
    expect(onSelectNode).toHaveBeenCalledWith('x0');
  });

  it('shows neighbours only through visible links', () => {
    const visible = allVisible(data);
    visible.edges.delete('八八战略--两个先行');
    renderPanel({ selected: '两个先行', visible });
    expect(screen.getByRole('heading', { name: 'Linked concepts (4)' })).toBeInTheDocument();
  });

  it('opens the document at a passage', async () => {
    const { onShowPassage } = renderPanel({ selected: '五水共治' });
    const link = screen.getByRole('link', { name: 'Show in document' });
    const start = text.indexOf('以亚运会为契机');
    expect(link).toHaveAttribute('href', `?view=reader#s-${start}`);
    await userEvent.click(link);
    expect(onShowPassage).toHaveBeenCalledWith(start);
  });

  it('speaks Chinese in the Chinese UI', () => {
    renderPanel({ selected: '亚运会', lang: 'zh' });
    const panel = screen.getByRole('region', { name: '概念详情' });
    expect(within(panel).getByText('事件')).toBeInTheDocument();
    expect(within(panel).getByText('城市治理')).toBeInTheDocument();
    expect(within(panel).getAllByRole('link', { name: '在原文中查看' })).toHaveLength(3);
  });
});

describe('details panel: a link', () => {
  it('explains the link with both concepts marked in the shared sentence', async () => {
    const { onSelectNode } = renderPanel({ selectedEdge: '共同富裕--枫桥经验' });
    const panel = screen.getByRole('region', { name: 'Concept details' });
    expect(within(panel).getByText('Weight (shared sections)').nextElementSibling).toHaveTextContent('1');
    expect(within(panel).getByText('Association (Jaccard)').nextElementSibling).toHaveTextContent('0.50');
    const quote = within(panel)
      .getByRole('heading', { name: 'Sentences where both occur (1)' })
      .nextElementSibling!.querySelector('blockquote')!;
    expect(quote.textContent).toBe('坚持和发展新时代“枫桥经验”，推进共同富裕？');
    expect([...quote.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['枫桥经验', '共同富裕']);
    await userEvent.click(within(panel).getByRole('button', { name: /枫桥经验/ }));
    expect(onSelectNode).toHaveBeenCalledWith('枫桥经验');
  });

  it('falls back to the shared sections’ sentences when the two never share one', () => {
    renderPanel({ selectedEdge: '八八战略--两个确立' });
    expect(screen.getByText(/never share a sentence/)).toBeInTheDocument();
    const quotes = screen
      .getAllByRole('listitem')
      .map((li) => li.querySelector('blockquote')?.textContent)
      .filter(Boolean);
    expect(quotes).toEqual(['学习贯彻“八八战略”是重大政治任务！', '要坚决拥护“两个确立”。']);
  });

  it('shows a hint and the most mentioned concepts without a selection', async () => {
    const { onSelectNode } = renderPanel({});
    expect(screen.getByText(/Click a concept or a link/)).toBeInTheDocument();
    expect(screen.getByText('10 concepts · 14 links')).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Most mentioned concepts' }).nextElementSibling as HTMLElement;
    const buttons = within(list).getAllByRole('button');
    const shown = buttons.map((b) => b.querySelector('[lang="zh"]')!.textContent!);
    const byId = new Map(data.nodes.map((n) => [n.label, n]));
    const counts = shown.map((l) => byId.get(l)!.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(shown).toHaveLength(Math.min(12, data.nodes.length));
    expect(counts[0]).toBe(Math.max(...data.nodes.map((n) => n.count)));
    expect(buttons[0]).toHaveTextContent(`${counts[0]} mention`);
    await userEvent.click(within(list).getAllByRole('button')[0]!);
    expect(onSelectNode).toHaveBeenCalledWith(byId.get(shown[0]!)!.id);
  });
});
