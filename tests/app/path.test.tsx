import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PathFinder } from '../../src/app/path/PathFinder';
import { computeVisible } from '../../src/core/explorer/filters';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';
import type { Lang, ViewState } from '../../src/core/explorer/view-types';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
afterEach(cleanup);
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;
const filters = { hiddenThemes: [], minWeight: 1, sameSentence: false, hideIsolated: false, selected: null, pathFrom: null, pathTo: null };

function Harness(props: { lang?: Lang; from?: string | null; to?: string | null; state?: Partial<ViewState>; onSelectNode?: (id: string) => void; spy?: (p: object) => void }) {
  const [ends, setEnds] = useState({ pathFrom: props.from ?? null, pathTo: props.to ?? null });
  const visible = computeVisible(data, { ...filters, ...props.state, ...ends });
  return (
    <PathFinder
      data={data}
      visible={visible}
      from={ends.pathFrom}
      to={ends.pathTo}
      onChange={(patch) => {
        props.spy?.(patch);
        setEnds((e) => ({ ...e, ...patch }));
      }}
      onSelectNode={props.onSelectNode ?? (() => {})}
      lang={props.lang ?? 'en'}
    />
  );
}

describe('PathFinder', () => {
  it('chooses both ends with the comboboxes and lists the chain with its passages', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    const onSelectNode = vi.fn();
    render(<Harness spy={spy} onSelectNode={onSelectNode} />);
    expect(screen.getByText('Choose two concepts to see which concepts link them.')).toBeInTheDocument();
    const from = screen.getByRole('combobox', { name: 'From' });
    await user.type(from, 'fqjy');
    await user.keyboard('{Enter}');
    expect(spy).toHaveBeenLastCalledWith({ pathFrom: idOf('枫桥经验') });
    expect(from).toHaveValue('枫桥经验');
    expect(from).toHaveFocus();
    const to = screen.getByRole('combobox', { name: 'To' });
    await user.type(to, 'asian');
    await user.click(screen.getByRole('option', { name: /亚运会/ }));
    expect(spy).toHaveBeenLastCalledWith({ pathTo: idOf('亚运会') });

    expect(screen.getByRole('status')).toHaveTextContent('Shortest path: 3 links');
    const list = screen.getByRole('list', { name: 'Path from “枫桥经验” to “亚运会”' });
    const steps = within(list).getAllByRole('listitem');
    expect(steps).toHaveLength(4);
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '枫桥经验 Fengqiao Experience',
      '八八战略 Double-Eight Strategy',
      '共同富裕 Common prosperity',
      '亚运会 Asian Games',
    ]);
    await user.click(buttons[1]!);
    expect(onSelectNode).toHaveBeenCalledWith(idOf('八八战略'));

    const link = within(list).getByRole('group', { name: 'Link between “枫桥经验” and “八八战略”' });
    expect(link).toHaveTextContent('1 shared section, 1 shared sentence');
    expect(within(link).getAllByText((_, el) => el?.tagName === 'MARK').map((m) => m.textContent)).toEqual(['枫桥经验', '八八战略']);
    expect(link.querySelector('blockquote')).toHaveTextContent('二（二） 新时代枫桥经验推动基层治理，践行八八战略。');
    const last = within(list).getByRole('group', { name: 'Link between “共同富裕” and “亚运会”' });
    expect(last.querySelector('blockquote')).toHaveTextContent('以亚运会为契机推进共同富裕。');
  });

  it('says when there is no path and when an end is hidden by the filters', () => {
    render(<Harness lang="zh" from={idOf('枫桥经验')} to={idOf('清廉杭州')} />);
    expect(screen.getByRole('status')).toHaveTextContent('在当前筛选下，“枫桥经验”和“清廉杭州”之间没有路径。');
    expect(screen.queryByRole('list')).toBeNull();
    cleanup();
    render(<Harness from={idOf('枫桥经验')} to={idOf('五水共治')} state={{ hiddenThemes: ['ecology'] }} />);
    expect(screen.getByRole('status')).toHaveTextContent('“五水共治” is hidden by the current filters.');
    cleanup();
    // the only bridge between the clusters has no shared sentence
    render(<Harness from={idOf('枫桥经验')} to={idOf('五水共治')} state={{ sameSentence: true }} />);
    expect(screen.getByRole('status')).toHaveTextContent('No path between “枫桥经验” and “五水共治”');
  });

  it('renders passage text as text, never as HTML', () => {
    const evil = structuredClone(data);
    const text = evil.document.text;
    // turn a link's sentence into markup-looking text, keeping lengths and offsets
    const at = text.indexOf('相互促进');
    evil.document.text = text.slice(0, at) + '<b>x</b>' + text.slice(at + 8);
    expect(evil.document.text.length).toBe(text.length);
    render(
      <PathFinder
        data={evil}
        visible={computeVisible(evil, filters)}
        from={idOf('五水共治')}
        to={idOf('河长制')}
        onChange={() => {}}
        onSelectNode={() => {}}
        lang="en"
      />,
    );
    const quote = screen.getByRole('group', { name: /五水共治/ }).querySelector('blockquote')!;
    expect(quote.querySelector('b')).toBeNull();
    expect(quote).toHaveTextContent('<b>x</b>');
  });

  it('swaps and clears the ends', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness spy={spy} from={idOf('城西科创大走廊')} to={idOf('数字经济')} />);
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('城西科创大走廊');
    expect(screen.getByRole('status')).toHaveTextContent('Shortest path: 1 link');
    await user.click(screen.getByRole('button', { name: 'Swap from and to' }));
    expect(spy).toHaveBeenLastCalledWith({ pathFrom: idOf('数字经济'), pathTo: idOf('城西科创大走廊') });
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('数字经济');
    expect(within(screen.getByRole('list')).getAllByRole('button')[0]).toHaveTextContent('数字经济');
    await user.click(screen.getByRole('button', { name: 'Clear path' }));
    expect(spy).toHaveBeenLastCalledWith({ pathFrom: null, pathTo: null });
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear path' })).toBeDisabled();
  });
});
