import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsPanel, type DetailsPanelProps } from '../../src/app/panel/DetailsPanel';
import { allVisible, loadFixture } from './fixture';
import { DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';

afterEach(cleanup);

const data = loadFixture();
const text = data.document.text;
const NO_FILTERS = DEFAULT_VIEW_STATE;

function renderPanel(props: Partial<DetailsPanelProps>) {
  const handlers = { onSelectNode: vi.fn(), onSelectEdge: vi.fn(), onClear: vi.fn(), onShowPassage: vi.fn() };
  render(
    <DetailsPanel
      data={data}
      visible={allVisible(data)}
      selected={null}
      selectedEdge={null}
      lang="en"
      pathFrom={null}
      pathTo={null}
      filters={NO_FILTERS}
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

  it('ranks neighbours by link strength and says so; a neighbour button moves the selection', async () => {
    const { onSelectNode } = renderPanel({ selected: '两个先行' });
    const heading = screen.getByRole('heading', { name: /Linked concepts/ });
    expect(heading.nextElementSibling).toHaveTextContent('Strongest link first.');
    const list = heading.parentElement!.querySelector('ul') as HTMLElement;
    const items = within(list).getAllByRole('button');
    const names = items.map((b) => b.querySelector('[lang="zh"]')!.textContent);
    // 8 sections; 两个先行 in 5. With 习近平…思想 (1 section): one sentence in the preamble, 1 · 8 / (5 · 1) = 1.6.
    // With 八八战略 (3): one sentence in the preamble, neighbouring sentences in 一（一）: 1.5 · 8 / 15 = 0.8.
    // 城西科创大走廊, 共同富裕, 亚运会 (2 each, one sentence): 1 · 8 / 10 = 0.8 with fewer shared sections,
    // then in pinyin order.
    expect(names).toEqual([
      '习近平新时代中国特色社会主义思想',
      '八八战略',
      '城西科创大走廊',
      '共同富裕',
      '亚运会',
    ]);
    expect(items[0]).toHaveTextContent('strength 1.6 · same sentence');
    expect(items[1]).toHaveTextContent('strength 0.8 · same sentence');
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
    const firstNeighbour = within(panel)
      .getByRole('heading', { name: /Linked concepts/ })
      .parentElement!.querySelector('ul')!;
    expect(mark.compareDocumentPosition(firstNeighbour) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('lists the 12 strongest neighbours and the rest behind “Show all”', async () => {
    // Twenty extra concepts linked to 八八战略, strengths 10..29.
    const extra = Array.from({ length: 20 }, (_, i) => ({
      ...data.nodes[0]!,
      id: `x${i}`,
      label: `概念${i}`,
    }));
    const links = extra.map((n, i) => ({
      ...data.edges[0]!,
      id: `八八战略--${n.id}`,
      source: '八八战略',
      target: n.id,
      strength: 10 + i,
    }));
    const big = { ...data, nodes: [...data.nodes, ...extra], edges: [...data.edges, ...links] };
    const { onSelectNode } = renderPanel({ data: big, visible: allVisible(big), selected: '八八战略' });
    const total = big.edges.filter((e) => e.source === '八八战略' || e.target === '八八战略').length;
    const heading = screen.getByRole('heading', { name: `Linked concepts (${total})` });
    const list = heading.parentElement!.querySelector('ul') as HTMLElement;
    const names = () =>
      within(list)
        .getAllByRole('button')
        .map((b) => b.querySelector('[lang="zh"]')!.textContent);
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
  it('says in plain words where the two meet, how strong the link is and why', async () => {
    const { onSelectNode } = renderPanel({ selectedEdge: '共同富裕--枫桥经验' });
    const panel = screen.getByRole('region', { name: 'Concept details' });
    expect(panel).toHaveTextContent(
      'Common prosperity and Fengqiao Experience occur together in 1 section: 二（二） (same sentence)',
    );
    const fact = (name: string) => within(panel).getByText(name).nextElementSibling;
    // 8 sections, 共同富裕 in 2, 枫桥经验 in 1: 1 · 8 / 2 = 4.
    // 共同富裕's links: 4 (this one), 2, 1, 0.8; 枫桥经验's: 4, 4, 2.
    expect(fact('Strength')).toHaveTextContent('4');
    expect(panel.querySelector('.strength-rank')).toHaveTextContent(
      "the strongest of Common prosperity's 4 linksthe strongest of Fengqiao Experience's 3 links",
    );
    expect(fact('Shared sections')).toHaveTextContent('1');
    expect(fact('In one sentence')).toHaveTextContent('1 sentence');
    expect(fact('In neighbouring sentences')).toHaveTextContent('0 pairs');
    expect(fact('In one paragraph')).toHaveTextContent('1 paragraph');
    expect(panel).not.toHaveTextContent('Jaccard');
    expect(
      within(panel).getByText(/This link: 1 \(二（二）, same sentence\) = 1; chance: 2 × 1 ÷ 8 = 0.25/),
    ).toHaveTextContent('strength = 1 ÷ 0.25 = 4.');
    const section = within(panel).getByRole('region', { name: '二（二）' });
    expect(within(section).getByText('same sentence')).toBeInTheDocument();
    // Every sentence of 二（二） with either concept, each concept in its own colour.
    const quotes = [...section.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual(['坚持和发展新时代“枫桥经验”，推进共同富裕？']);
    expect([...quotes[0]!.querySelectorAll('mark')].map((m) => [m.textContent, m.className])).toEqual([
      ['枫桥经验', 'end-b'],
      ['共同富裕', 'end-a'],
    ]);
    await userEvent.click(within(panel).getByRole('button', { name: /枫桥经验/ }));
    expect(onSelectNode).toHaveBeenCalledWith('枫桥经验');
  });

  it('shows a passage for every shared section, also where the two never share a sentence', () => {
    renderPanel({ selectedEdge: '八八战略--两个先行' });
    const panel = screen.getByRole('region', { name: 'Concept details' });
    expect(within(panel).getByRole('heading', { name: 'Evidence in 2 shared sections' })).toBeInTheDocument();
    const preamble = within(panel).getByRole('region', { name: '序言' });
    const first = within(panel).getByRole('region', { name: '一（一）' });
    expect(within(preamble).getByText('same sentence')).toBeInTheDocument();
    expect(within(first).getByText('neighbouring sentences')).toBeInTheDocument();
    expect([...first.querySelectorAll('blockquote')].map((q) => q.textContent)).toEqual([
      '（一）深刻领悟“八八战略”的真理力量。',
      '“八八战略”是总纲领；',
      '要在“两个先行”中展现风采。',
    ]);
    // 八八战略 is the link's source (first colour), 两个先行 its target.
    expect([...first.querySelectorAll('mark')].map((m) => m.className)).toEqual(['end-a', 'end-a', 'end-b']);
  });

  it('speaks Chinese, with one term for sections', () => {
    renderPanel({ selectedEdge: '八八战略--两个确立', lang: 'zh' });
    const panel = screen.getByRole('region', { name: '概念详情' });
    expect(panel).toHaveTextContent('“八八战略”和“两个确立”共同出现在 1 个章节中：一（相邻两句）');
    expect(within(panel).getByText('关联强度')).toBeInTheDocument();
    // 八八战略's links in the fixture: 2.667, 1.333 (this one), 0.8; 两个确立 has this one only.
    expect(within(panel).getByText('关联强度').nextElementSibling).toHaveTextContent('1.33');
    expect(panel.querySelector('.strength-rank')).toHaveTextContent(
      '“八八战略”的 3 条关联中排第 2“两个确立”的 1 条关联中最强',
    );
    expect(within(panel).getByRole('heading', { name: '在 1 个共同章节中的原文' })).toBeInTheDocument();
    // 部分 is a part (一、二、三); a section is 章节 everywhere.
    expect(panel).not.toHaveTextContent(/个部分|共同部分|所在部分|段落数|共同段落/);
    expect(panel).not.toHaveTextContent('Jaccard');
  });

  it('shows a hint and the most mentioned concepts without a selection', async () => {
    const { onSelectNode } = renderPanel({});
    expect(screen.getByText(/Click a concept or a link/)).toBeInTheDocument();
    expect(screen.getByText('10 concepts · 14 links')).toBeInTheDocument();
    const list = screen.getByRole('heading', { name: 'Most mentioned concepts' })
      .nextElementSibling as HTMLElement;
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
