import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FiltersPanel } from '../../src/app/filters/FiltersPanel';
import { computeVisible } from '../../src/core/explorer/filters';
import { DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';
import type { Lang, ViewState } from '../../src/core/explorer/view-types';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
afterEach(cleanup);

const initial: ViewState = { ...DEFAULT_VIEW_STATE, lang: 'en' };

function renderPanel(state: Partial<ViewState> = {}, lang: Lang = 'en') {
  const onChange = vi.fn();
  const full = { ...initial, ...state };
  render(<FiltersPanel data={data} state={full} visible={computeVisible(data, full)} onChange={onChange} lang={lang} />);
  return onChange;
}

/** The panel wired to real state, as the app does. */
function Live({ lang = 'en', spy }: { lang?: Lang; spy?: (p: Partial<ViewState>) => void }) {
  const [state, setState] = useState(initial);
  return (
    <FiltersPanel
      data={data}
      state={state}
      visible={computeVisible(data, state)}
      onChange={(patch) => {
        spy?.(patch);
        setState((s) => ({ ...s, ...patch }));
      }}
      lang={lang}
    />
  );
}

describe('FiltersPanel', () => {
  it('lists the themes in a named group with their node counts', () => {
    renderPanel({}, 'zh');
    const group = screen.getByRole('group', { name: '主题' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    const eco = within(group).getByRole('checkbox', { name: '生态文明' });
    expect(eco).toBeChecked();
    expect(eco).toHaveAccessibleDescription('4');
    expect(within(group).getByRole('checkbox', { name: '高质量发展' })).toHaveAccessibleDescription('7');
    expect(within(group).getByRole('button', { name: '仅显示 生态文明' })).toBeInTheDocument();
  });

  it('hides a theme when its box is unchecked and shows it again', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel({ hiddenThemes: ['governance'] });
    const group = screen.getByRole('group', { name: 'Themes' });
    expect(within(group).getByRole('checkbox', { name: 'Social governance' })).not.toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Ecological civilisation' }));
    expect(onChange).toHaveBeenLastCalledWith({ hiddenThemes: ['ecology', 'governance'] });
    await user.click(within(group).getByRole('checkbox', { name: 'Social governance' }));
    expect(onChange).toHaveBeenLastCalledWith({ hiddenThemes: [] });
  });

  it('has Only, All and None shortcuts', async () => {
    const user = userEvent.setup();
    const onChange = renderPanel({ hiddenThemes: ['ecology'] });
    await user.click(screen.getByRole('button', { name: 'Only Social governance' }));
    expect(onChange).toHaveBeenLastCalledWith({ hiddenThemes: ['development', 'ecology'] });
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(onChange).toHaveBeenLastCalledWith({ hiddenThemes: [] });
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(onChange).toHaveBeenLastCalledWith({ hiddenThemes: ['development', 'ecology', 'governance'] });
  });

  it('has a minimum-weight slider up to the largest weight that reports the links left', () => {
    const onChange = renderPanel({ minWeight: 2 });
    const slider = screen.getByRole('slider', { name: 'Minimum shared sections' });
    expect(slider).toHaveAttribute('min', '1');
    expect(slider).toHaveAttribute('max', '3');
    expect(slider).toHaveValue('2');
    const left = data.edges.filter((e) => e.weight >= 2).length;
    expect(slider).toHaveAccessibleDescription(`${left} links left`);
    fireEvent.change(slider, { target: { value: '3' } });
    expect(onChange).toHaveBeenLastCalledWith({ minWeight: 3 });
  });

  it('updates the live summary as filters change', async () => {
    const user = userEvent.setup();
    render(<Live />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent(`Showing 14 of 14 concepts, ${data.edges.length} of ${data.edges.length} links`);
    await user.click(screen.getByRole('checkbox', { name: 'Hide isolated concepts' }));
    expect(status).toHaveTextContent(`Showing 12 of 14 concepts, ${data.edges.length} of ${data.edges.length} links`);
    await user.click(screen.getByRole('checkbox', { name: 'Same sentence only' }));
    const same = data.edges.filter((e) => e.sentences > 0);
    const linked = new Set(same.flatMap((e) => [e.source, e.target]));
    expect(status).toHaveTextContent(`Showing ${linked.size} of 14 concepts, ${same.length} of ${data.edges.length} links`);
    fireEvent.change(screen.getByRole('slider', { name: 'Minimum shared sections' }), { target: { value: '3' } });
    // only 八八战略—共同富裕 (3 sections, 1 shared sentence) is left
    expect(status).toHaveTextContent(`Showing 2 of 14 concepts, 1 of ${data.edges.length} links`);
    expect(screen.getByRole('slider')).toHaveAccessibleDescription('1 link left');
    await user.click(screen.getByRole('button', { name: 'Only Social governance' }));
    expect(status).toHaveTextContent(`Showing 0 of 14 concepts, 0 of ${data.edges.length} links`);
  });

  it('changes colour mode through onChange; the layout is not here (the toolbar has it)', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Live lang="zh" spy={spy} />);
    await user.selectOptions(screen.getByRole('combobox', { name: '着色方式' }), '社区');
    expect(spy).toHaveBeenLastCalledWith({ color: 'community' });
    expect(screen.getByRole('combobox', { name: '着色方式' })).toHaveValue('community');
    expect(screen.queryByRole('combobox', { name: '布局' })).toBeNull();
    expect(screen.getAllByRole('combobox')).toHaveLength(2);
    await user.click(screen.getByRole('checkbox', { name: '仅同句共现' }));
    expect(spy).toHaveBeenLastCalledWith({ sameSentence: true });
    await user.click(screen.getByRole('checkbox', { name: '隐藏孤立概念' }));
    expect(spy).toHaveBeenLastCalledWith({ hideIsolated: true });
    expect(screen.getByRole('status')).toHaveTextContent('显示 14 个概念中的');
  });

  it('changes the size mode through onChange (大小依据 / Size by), weighted degree by default', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Live lang="zh" spy={spy} />);
    const select = screen.getByRole('combobox', { name: '大小依据' });
    expect(select).toHaveValue('weightedDegree');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['加权度', '提及次数', '中介中心性']);
    await user.selectOptions(select, '提及次数');
    expect(spy).toHaveBeenLastCalledWith({ size: 'count' });
    expect(select).toHaveValue('count');
    cleanup();
    const onChange = renderPanel({ size: 'count' });
    const en = screen.getByRole('combobox', { name: 'Size by' });
    expect(en).toHaveValue('count');
    await user.selectOptions(en, 'Betweenness');
    expect(onChange).toHaveBeenLastCalledWith({ size: 'betweenness' });
  });
});
