import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PathFinder } from '../../src/app/path/PathFinder';
import { DetailsPanel } from '../../src/app/panel/DetailsPanel';
import { computeVisible } from '../../src/core/explorer/filters';
import { DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';
import type { Lang, ViewState } from '../../src/core/explorer/view-types';
import fixture from '../fixtures/h8-graph.json';

// h8: 八八战略 … 枫桥经验 are joined by links; 最多跑一次 (alone in 二（三）) and 清廉杭州 (alone in 三) are not.
const data: GraphData = GraphDataSchema.parse(fixture);
afterEach(cleanup);
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;
const NO_FILTERS = DEFAULT_VIEW_STATE;

type State = Pick<ViewState, 'pathFrom' | 'pathTo' | 'selected' | 'selectedEdge'>;

/** The sidebar's path tool and the details panel, wired as the app wires them. */
function Harness(props: {
  lang?: Lang;
  from?: string | null;
  to?: string | null;
  filters?: Partial<ViewState>;
  spy?: (p: object) => void;
  graph?: GraphData;
}) {
  const graph = props.graph ?? data;
  const [state, setState] = useState<State>({
    pathFrom: props.from ?? null,
    pathTo: props.to ?? null,
    selected: null,
    selectedEdge: null,
  });
  const filters = { ...NO_FILTERS, ...props.filters, ...state };
  const visible = computeVisible(graph, filters);
  const update = (patch: Partial<State>) => {
    props.spy?.(patch);
    setState((s) => ({ ...s, ...patch }));
  };
  const lang = props.lang ?? 'en';
  return (
    <>
      <PathFinder
        data={graph}
        visible={visible}
        from={state.pathFrom}
        to={state.pathTo}
        onChange={update}
        panelShowsPath={state.selected === null && state.selectedEdge === null}
        lang={lang}
      />
      <DetailsPanel
        data={graph}
        visible={visible}
        selected={state.selected}
        selectedEdge={state.selectedEdge}
        lang={lang}
        pathFrom={state.pathFrom}
        pathTo={state.pathTo}
        filters={filters}
        onSelectNode={(id) => update({ selected: id, selectedEdge: null })}
        onSelectEdge={(id) => update({ selected: null, selectedEdge: id })}
        onClear={() => update({ selected: null, selectedEdge: null })}
        onShowPassage={() => {}}
        passageHref={(s) => `#s-${s}`}
      />
    </>
  );
}

const panel = () => screen.getByRole('region', { name: /Concept details|概念详情/ });

describe('path tool', () => {
  it('chooses both ends in the sidebar; the details panel shows the chain with its passages', async () => {
    const user = userEvent.setup();
    const spy = vi.fn();
    render(<Harness spy={spy} />);
    expect(screen.getByText('Choose two concepts to see which concepts link them.')).toBeInTheDocument();
    const from = screen.getByRole('combobox', { name: 'From' });
    await user.type(from, 'fqjy');
    await user.keyboard('{Enter}');
    expect(spy).toHaveBeenLastCalledWith({ pathFrom: idOf('枫桥经验') });
    expect(from).toHaveValue('枫桥经验');
    const to = screen.getByRole('combobox', { name: 'To' });
    await user.type(to, 'asian');
    await user.click(screen.getByRole('option', { name: /亚运会/ }));
    // Completing the pair clears any selection so the panel shows the path.
    expect(spy).toHaveBeenLastCalledWith({ pathTo: idOf('亚运会'), selected: null, selectedEdge: null });

    expect(screen.getByRole('status')).toHaveTextContent(
      'Shortest path: 3 links. Details in the panel on the right.',
    );
    const list = within(panel()).getByRole('list', {
      name: 'Path from Fengqiao Experience to Asian Games',
    });
    expect(within(panel()).getByText(/a link is 1\/√strength long/)).toBeInTheDocument();
    const concepts = within(list)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('path-concept'));
    expect(concepts.map((b) => b.textContent)).toEqual([
      '枫桥经验 Fengqiao Experience',
      '八八战略 Double-Eight Strategy',
      '共同富裕 Common prosperity',
      '亚运会 Asian Games',
    ]);
    const link = within(list).getByRole('group', {
      name: 'Link between Fengqiao Experience and Double-Eight Strategy',
    });
    expect(link).toHaveTextContent('strength 2.5 · same sentence · 1 shared section');
    expect([...link.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['枫桥经验', '八八战略']);
    expect(link.querySelector('blockquote')).toHaveTextContent(
      '二（二） 新时代枫桥经验推动基层治理，践行八八战略。',
    );

    // A step's concept moves the selection; the sidebar then offers the path back.
    await user.click(concepts[1]!);
    expect(within(panel()).getByRole('heading', { level: 2, name: '八八战略' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show in the details panel' }));
    expect(within(panel()).getByRole('list', { name: /Path from/ })).toBeInTheDocument();
    // A link's full evidence is one click away.
    await user.click(within(panel()).getAllByRole('button', { name: 'All evidence of this link' })[0]!);
    expect(within(panel()).getByText('Link between two concepts')).toBeInTheDocument();
  });

  it('no filter set, not connected: says so plainly, with the groups and the sections each lives in', () => {
    render(<Harness from={idOf('枫桥经验')} to={idOf('清廉杭州')} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'There is no path between the two. Details in the panel on the right.',
    );
    const p = panel();
    expect(p).toHaveTextContent(
      'Fengqiao Experience and Clean Hangzhou are not connected in the document: no chain of links joins them.',
    );
    expect(p).not.toHaveTextContent(/filter/i);
    expect(p).toHaveTextContent('Fengqiao Experience belongs to a group of 12 linked concepts, found in:');
    expect(p).toHaveTextContent(
      '序言、一、一（一）、一（二）、二（一）、二（二）、结语'.replace(/、/g, ', '),
    );
    expect(p).toHaveTextContent('Clean Hangzhou is linked to no other concept; it occurs only in:');
    expect(p).toHaveTextContent('三 三、建设清廉杭州'); // the fixture's title keeps its marker
    expect(p).toHaveTextContent("The document's concepts fall into 3 separate groups.");
    expect(within(p).queryByRole('list', { name: /Path from/ })).toBeNull();
  });

  it('says which filter cuts the chain, or that an end is hidden', () => {
    render(
      <Harness lang="zh" from={idOf('枫桥经验')} to={idOf('五水共治')} filters={{ sameSentence: true }} />,
    );
    const p = panel();
    expect(p).toHaveTextContent(
      '在全文中，“枫桥经验”与“五水共治”经 3 条关联相连，但当前筛选隐藏了这条路径的一部分：',
    );
    expect(p).toHaveTextContent('枫桥经验 — 八八战略 — 大运河 — 五水共治');
    expect(p).toHaveTextContent('关联“八八战略—大运河”：两者从未出现在同一句中（已勾选“仅同句共现”）');
    expect(p).toHaveTextContent('关联“大运河—五水共治”：两者从未出现在同一句中');
    cleanup();
    render(<Harness from={idOf('枫桥经验')} to={idOf('五水共治')} filters={{ hiddenThemes: ['ecology'] }} />);
    expect(panel()).toHaveTextContent(
      'Five-Water Co-Governance is hidden by the filters: its theme, Ecological civilisation, is unticked.',
    );
    cleanup();
    render(<Harness from={idOf('枫桥经验')} to={idOf('亚运会')} filters={{ minWeight: 2 }} />);
    expect(panel()).toHaveTextContent(
      'link Fengqiao Experience — Double-Eight Strategy: 1 shared section, fewer than the minimum of 2',
    );
  });

  it('renders passage text as text, never as HTML', () => {
    const evil = structuredClone(data);
    const text = evil.document.text;
    // turn a link's sentence into markup-looking text, keeping lengths and offsets
    const at = text.indexOf('相互促进');
    evil.document.text = text.slice(0, at) + '<b>x</b>' + text.slice(at + 8);
    expect(evil.document.text.length).toBe(text.length);
    render(<Harness graph={evil} from={idOf('五水共治')} to={idOf('河长制')} />);
    const quote = screen.getByRole('group', { name: /Five-Water/ }).querySelector('blockquote')!;
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
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('数字经济 → 城西科创大走廊');
    await user.click(screen.getByRole('button', { name: 'Clear path' }));
    expect(spy).toHaveBeenLastCalledWith({ pathFrom: null, pathTo: null });
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('');
    expect(within(panel()).queryByRole('list', { name: /Path from/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear path' })).toBeDisabled();
  });
});
