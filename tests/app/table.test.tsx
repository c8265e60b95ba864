import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConceptTable, ROW_LIMIT } from '../../src/app/table/ConceptTable';
import { computeVisible } from '../../src/core/explorer/filters';
import { GraphDataSchema, type GraphData, type GraphNode } from '../../src/core/pipeline/schema';
import type { Lang } from '../../src/core/explorer/view-types';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;
const base = { hiddenThemes: [], minWeight: 1, sameSentence: false, hideIsolated: false, selected: null, pathFrom: null, pathTo: null };

function Harness({ lang = 'en', graph = data, hiddenThemes = [] as string[], onSelect }: { lang?: Lang; graph?: GraphData; hiddenThemes?: string[]; onSelect?: (id: string) => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <ConceptTable
      data={graph}
      visible={computeVisible(graph, { ...base, hiddenThemes })}
      selected={selected}
      onSelect={(id) => {
        onSelect?.(id);
        setSelected(id);
      }}
      lang={lang}
    />
  );
}

const firstColumn = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('button')[0]!.textContent);

describe('ConceptTable', () => {
  it('has a caption and one row per visible concept, sorted by mentions', () => {
    render(<Harness hiddenThemes={['governance']} />);
    const table = screen.getByRole('table', { name: 'Concepts: 11 of 14 shown' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(12);
    expect(within(rows[0]!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Concept',
      'Theme',
      'Kind',
      'Mentions ▼',
      'Links',
    ]);
    expect(screen.getByRole('columnheader', { name: /Mentions/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.queryByRole('button', { name: '枫桥经验' })).toBeNull();
    const counts = rows.slice(1).map((r) => Number(within(r).getAllByRole('cell')[2]!.textContent));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(4);
    // 4 mentions: 八八战略 and 共同富裕, tie broken by label
    const row = within(table).getByRole('rowheader', { name: /城西科创大走廊/ }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['High-quality development', 'Place', '3', '4']);
  });

  it('sorts by a column header button and toggles the direction', async () => {
    const user = userEvent.setup();
    render(<Harness lang="zh" />);
    await user.click(screen.getByRole('button', { name: '关联数' }));
    const header = screen.getByRole('columnheader', { name: /关联数/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /出现次数/ })).not.toHaveAttribute('aria-sort');
    const degrees = () =>
      within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => Number(within(r).getAllByRole('cell')[3]!.textContent));
    expect(degrees()).toEqual(data.nodes.map((n) => n.degree).sort((a, b) => b - a));
    await user.click(screen.getByRole('button', { name: /关联数/ }));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(degrees()).toEqual(data.nodes.map((n) => n.degree).sort((a, b) => a - b));
    expect(firstColumn().slice(0, 2)).toEqual(['最多跑一次', '清廉杭州'].sort(new Intl.Collator('zh-Hans-CN').compare));

    await user.click(screen.getByRole('button', { name: '概念' }));
    expect(screen.getByRole('columnheader', { name: /概念/ })).toHaveAttribute('aria-sort', 'ascending');
    const labels = data.nodes.map((n) => n.label).sort(new Intl.Collator('zh-Hans-CN').compare);
    expect(firstColumn()).toEqual(labels);
    await user.click(screen.getByRole('button', { name: /概念/ }));
    expect(firstColumn()).toEqual([...labels].reverse());
  });

  it('selects with the label button, marks the row and scrolls it into view', async () => {
    const user = userEvent.setup();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: '大运河' }));
    expect(onSelect).toHaveBeenCalledWith(idOf('大运河'));
    const row = screen.getByRole('button', { name: '大运河' }).closest('tr')!;
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row).toHaveClass('pg-row-selected');
    expect(screen.getAllByRole('row').filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(row);
  });

  it('is keyboard usable: arrows move between rows, Enter selects', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const order = firstColumn();
    screen.getByRole('button', { name: order[0]! }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('button', { name: order[2]! })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('button', { name: order[1]! })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: order[order.length - 1]! })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(idOf(order[order.length - 1]!));
  });

  it('filters rows with the text box (Chinese, pinyin, English)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('searchbox', { name: 'Filter concepts in the table' });
    await user.type(box, 'fqjy');
    expect(firstColumn()).toEqual(['枫桥经验']);
    expect(screen.getByRole('table', { name: 'Concepts: 1 of 14 shown' })).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, 'canal');
    expect(firstColumn()).toEqual(['大运河']);
    await user.clear(box);
    await user.type(box, '无此概念');
    expect(firstColumn()).toEqual([]);
    expect(screen.getByText('No concept matches')).toBeInTheDocument();
  });

  it('renders a limited number of rows on large graphs, always including the selected one', async () => {
    const user = userEvent.setup();
    Element.prototype.scrollIntoView = vi.fn();
    const nodes: GraphNode[] = Array.from({ length: ROW_LIMIT + 50 }, (_, i) => ({
      ...(data.nodes[0] as GraphNode),
      id: `n${i}`,
      label: `概念${String(i).padStart(3, '0')}`,
      count: ROW_LIMIT + 50 - i,
    }));
    const big = { ...data, nodes, edges: [] };
    const { container } = render(<Harness graph={big} />);
    // rows counted through the DOM: role queries over 250 rows are slow in jsdom
    const rowCount = () => container.querySelectorAll('tr').length;
    expect(rowCount()).toBe(ROW_LIMIT + 1);
    await user.type(screen.getByRole('searchbox'), '概念240');
    await user.click(screen.getByText('概念240'));
    await user.clear(screen.getByRole('searchbox'));
    // the selected row is the 241st by count: rows grow to include it
    expect(rowCount()).toBe(242);
    expect(screen.getByText('概念240').closest('tr')).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: `Show all ${ROW_LIMIT + 50} rows` }));
    expect(rowCount()).toBe(ROW_LIMIT + 51);
  });
});
