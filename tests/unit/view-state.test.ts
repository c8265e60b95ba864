import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_VIEW_STATE,
  checkViewStateIds,
  isSameOriginPath,
  parseViewState,
  serializeViewState,
} from '../../src/core/explorer/view-state';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';
import type { ViewState } from '../../src/core/explorer/view-types';

const parsed = parseGraphData(
  JSON.parse(readFileSync(new URL('../fixtures/mini-graph.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.error);
const data: GraphData = parsed.data;

const id = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter((s) => s.trim() === s && s !== '' && !s.includes(','));
const maybeId = fc.option(id, { nil: null });
const stateArb: fc.Arbitrary<ViewState> = fc
  .record({
    selected: maybeId,
    selectedEdge: maybeId,
    hiddenThemes: fc.uniqueArray(id, { maxLength: 3 }),
    minWeight: fc.integer({ min: 1, max: 50 }),
    sameSentence: fc.boolean(),
    hideIsolated: fc.boolean(),
    color: fc.constantFrom('theme', 'community', 'kind' as const),
    size: fc.constantFrom('weightedDegree', 'count', 'betweenness' as const),
    layout: fc.constantFrom('preset', 'fcose', 'theme' as const),
    lang: fc.constantFrom('zh', 'en' as const),
    graph: fc.option(fc.constantFrom('graphs/other.json', './x/graph.json', '/data/图.json'), { nil: null }),
    pathFrom: maybeId,
    pathTo: maybeId,
    view: fc.constantFrom('graph', 'reader', 'table' as const),
  })
  .map((s) => (s.selected !== null ? { ...s, selectedEdge: null } : s));

describe('view state ↔ URL', () => {
  it('round-trips every valid state, whatever the defaults', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom('zh', 'en' as const), (state, lang) => {
        const defaults = { ...DEFAULT_VIEW_STATE, lang };
        const query = serializeViewState(state, defaults);
        const back = parseViewState(query, defaults);
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(state);
      }),
    );
  });

  it('writes nothing for the defaults and only what differs otherwise', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    const q = serializeViewState({
      ...DEFAULT_VIEW_STATE,
      selected: '八八战略',
      color: 'kind',
      minWeight: 3,
    });
    const params = new URLSearchParams(q);
    expect([...params.keys()].sort()).toEqual(['color', 'minw', 'sel']);
    expect(params.get('sel')).toBe('八八战略');
  });

  it('reads the documented parameter names', () => {
    const { state, notices } = parseViewState(
      '?sel=%E5%85%AB%E5%85%AB%E6%88%98%E7%95%A5&hide=a,b&minw=2&same=1&iso=hide&color=community&size=count&layout=fcose&lang=en&from=x&to=y&view=table&graph=g.json',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      selected: '八八战略',
      hiddenThemes: ['a', 'b'],
      minWeight: 2,
      sameSentence: true,
      hideIsolated: true,
      color: 'community',
      size: 'count',
      layout: 'fcose',
      lang: 'en',
      pathFrom: 'x',
      pathTo: 'y',
      view: 'table',
      graph: 'g.json',
    });
  });

  it('ignores bad parameters, one notice each, keeping the good ones', () => {
    const { state, notices } = parseViewState(
      '?minw=abc&color=rainbow&size=huge&layout=spiral&lang=fr&reader=yes&iso=maybe&zoom=3&view=map&sel=ok',
    );
    expect(notices).toEqual([
      'minw=abc',
      'color=rainbow',
      'size=huge',
      'layout=spiral',
      'lang=fr',
      'reader=yes',
      'iso=maybe',
      'zoom=3',
      'view=map',
    ]);
    expect(state).toEqual({ ...DEFAULT_VIEW_STATE, selected: 'ok' });
  });

  it('writes the size mode only when it is not weighted degree (old links keep their sizes)', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, size: 'weightedDegree' })).toBe('');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, size: 'betweenness' })).toBe('?size=betweenness');
    expect(parseViewState('').state.size).toBe('weightedDegree');
    expect(parseViewState('?size=count')).toEqual({ state: { ...DEFAULT_VIEW_STATE, size: 'count' }, notices: [] });
    expect(parseViewState('?size=Count')).toEqual({ state: DEFAULT_VIEW_STATE, notices: ['size=Count'] });
  });

  it('puts the centre view in the URL and still reads the old reader=1', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'table' })).toBe('?view=table');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'reader' })).toBe('?view=reader');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'graph' })).toBe('');
    expect(parseViewState('?view=table').state.view).toBe('table');
    expect(parseViewState('?reader=1')).toEqual({ state: { ...DEFAULT_VIEW_STATE, view: 'reader' }, notices: [] });
    expect(parseViewState('?reader=0').state.view).toBe('graph');
    // view wins over the old parameter, wherever it stands
    expect(parseViewState('?reader=1&view=table').state.view).toBe('table');
    expect(parseViewState('?view=graph&reader=1').state.view).toBe('graph');
    // an old link is rewritten the new way
    expect(serializeViewState(parseViewState('?sel=a&reader=1').state)).toBe('?sel=a&view=reader');
  });

  it.each(['0', '-1', '1.5', '1e3', ''])('rejects minw=%s', (v) => {
    const { state, notices } = parseViewState(`?minw=${v}`);
    expect(state.minWeight).toBe(1);
    expect(notices).toEqual([`minw=${v}`]);
  });

  it('keeps graph files on this site', () => {
    for (const bad of [
      'https://evil.example/g.json',
      '//evil.example/g.json',
      'javascript:alert(1)',
      'data:application/json,{}',
    ]) {
      expect(isSameOriginPath(bad)).toBe(false);
      expect(parseViewState(`?graph=${encodeURIComponent(bad)}`).state.graph).toBeNull();
    }
    expect(isSameOriginPath('graphs/x/graph.json')).toBe(true);
  });

  it('keeps one selection: a concept wins over an edge', () => {
    const { state, notices } = parseViewState('?sel=a&edge=b');
    expect(state.selected).toBe('a');
    expect(state.selectedEdge).toBeNull();
    expect(notices).toEqual(['edge=b']);
  });

  it('drops ids the loaded graph does not have', () => {
    const start = {
      ...DEFAULT_VIEW_STATE,
      selected: 'nope',
      pathFrom: '亚运会',
      pathTo: 'gone',
      hiddenThemes: ['governance', 'x'],
    };
    const { state, notices } = checkViewStateIds(start, data);
    expect(notices).toEqual(['sel=nope', 'to=gone', 'hide=x']);
    expect(state).toEqual({ ...start, selected: null, pathTo: null, hiddenThemes: ['governance'] });
    const ok = { ...DEFAULT_VIEW_STATE, selectedEdge: data.edges[0]!.id };
    expect(checkViewStateIds(ok, data)).toEqual({ state: ok, notices: [] });
    expect(checkViewStateIds({ ...ok, selectedEdge: 'a--b' }, data).notices).toEqual(['edge=a--b']);
  });
});
