import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import type { GraphData } from '../core/pipeline/schema';
import type { CentreView, Lang, ViewState, Visible } from '../core/explorer/view-types';
import { DEFAULT_VIEW_STATE, checkViewStateIds, serializeViewState } from '../core/explorer/view-state';
import { computeVisible } from '../core/explorer/filters';
import { shortestPath } from '../core/explorer/path';
import { displayClasses } from '../core/explorer/style-rules';
import { langFromNavigator, strings } from './i18n';
import { useViewState } from './state/useViewState';
import { useGraphData } from './state/useGraphData';
import { GraphView } from './graph/GraphView';
import { GraphToolbar } from './graph/GraphToolbar';
import { Legend } from './graph/Legend';
import { DetailsPanel } from './panel/DetailsPanel';
import { Notices, type NoticeLine } from './panel/Notices';
import { ReaderView } from './reader/ReaderView';
import { sentenceAnchor } from './reader/reader-blocks';
import { FiltersPanel } from './filters/FiltersPanel';
import { AppHeader } from './AppHeader';
import './styles.css';
import { useLastGoodGraph } from './state/useLastGoodGraph';
import { GraphBoundary } from './GraphBoundary';

// Path finder and table carry the pinyin dictionary: load them beside the graph, not before it.
const PathFinder = lazy(() => import('./path/PathFinder').then((m) => ({ default: m.PathFinder })));
const ConceptTable = lazy(() => import('./table/ConceptTable').then((m) => ({ default: m.ConceptTable })));

const NOTHING: Visible = { nodes: new Set(), edges: new Set() };

function hashTarget(): number | null {
  const m = /^#s-(\d+)$/.exec(window.location.hash);
  return m ? Number(m[1]) : null;
}

export function App() {
  const defaults = useMemo<ViewState>(
    () => ({
      ...DEFAULT_VIEW_STATE,
      lang: langFromNavigator(typeof navigator === 'undefined' ? undefined : navigator.languages),
    }),
    [],
  );
  const view = useViewState(defaults);
  const { state, update, addNotices, current } = view;
  const graph = useGraphData(state.graph);
  // A graph whose rendering throws is replaced by the last one that rendered (GraphBoundary).
  const shown = useLastGoodGraph(graph);
  const data = shown.data;
  const lang = state.lang;
  const t = strings(lang);
  const [cy, setCy] = useState<Core | null>(null);
  const [readerTarget, setReaderTarget] = useState<number | null>(hashTarget);
  // Below 900 px the sidebar is a drawer over the canvas, opened from the toolbar.
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Search and path finder mount once the graph has drawn its first frame (or after 1.5 s without).
  const [graphDrawn, setGraphDrawn] = useState(false);
  const onReady = useCallback(() => setGraphDrawn(true), []);
  useEffect(() => {
    if (!data || graphDrawn) return;
    const timer = window.setTimeout(() => setGraphDrawn(true), 1500);
    return () => window.clearTimeout(timer);
  }, [data, graphDrawn]);
  const centreView = state.view;

  // Ids in the URL can only be checked once the graph is there.
  const checked = useRef<GraphData | null>(null);
  useEffect(() => {
    if (!data || checked.current === data) return;
    checked.current = data;
    const result = checkViewStateIds(current(), data);
    if (result.notices.length > 0) {
      update(result.state, 'replace', window.location.hash);
      addNotices(result.notices);
    }
  }, [data, current, update, addNotices]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    if (data) document.title = `${data.document.title} · ${t.appName}`;
  }, [data, t.appName]);
  useEffect(() => {
    const onNav = () => setReaderTarget(hashTarget());
    window.addEventListener('popstate', onNav);
    window.addEventListener('hashchange', onNav);
    return () => {
      window.removeEventListener('popstate', onNav);
      window.removeEventListener('hashchange', onNav);
    };
  }, []);

  const visible = useMemo(() => (data ? computeVisible(data, state) : NOTHING), [data, state]);
  const path = useMemo(
    () =>
      data && state.pathFrom !== null && state.pathTo !== null
        ? shortestPath(data, visible, state.pathFrom, state.pathTo)
        : null,
    [data, visible, state.pathFrom, state.pathTo],
  );
  const classes = useMemo(
    () =>
      data
        ? displayClasses(data, { visible, selected: state.selected, selectedEdge: state.selectedEdge, path })
        : new Map<string, string>(),
    [data, visible, state.selected, state.selectedEdge, path],
  );

  const selectNode = useCallback((id: string) => update({ selected: id, selectedEdge: null }), [update]);
  const selectEdge = useCallback((id: string) => update({ selected: null, selectedEdge: id }), [update]);
  const clear = useCallback(() => {
    const s = current();
    if (s.selected !== null || s.selectedEdge !== null) update({ selected: null, selectedEdge: null });
  }, [current, update]);
  const showPassage = useCallback(
    (start: number) => {
      setReaderTarget(start);
      update({ view: 'reader' }, 'push', `#${sentenceAnchor(start)}`);
    },
    [update],
  );
  const passageHref = useCallback(
    (start: number) => `${serializeViewState({ ...state, view: 'reader' }, defaults)}#${sentenceAnchor(start)}`,
    [state, defaults],
  );
  const onGraph = useCallback(
    (next: GraphData, origin: { name: string }) => {
      graph.showGraph(next, origin.name);
      update({ selected: null, selectedEdge: null, pathFrom: null, pathTo: null, hiddenThemes: [] });
    },
    [graph, update],
  );
  const setLang = useCallback((l: Lang) => update({ lang: l }), [update]);
  const fit = useCallback(() => cy?.fit(undefined, 30), [cy]);
  const showView = useCallback(
    (v: CentreView) => {
      // The toolbar opens the reader at the selected concept (no stale passage from an earlier visit).
      if (v === 'reader') setReaderTarget(null);
      update({ view: v });
    },
    [update],
  );

  const noticeLines: NoticeLine[] = view.notices.map((n, i) => ({
    key: `p${i}-${n}`,
    text: `${t.ignoredParam}: ${n}`,
    tone: 'info',
    onDismiss: () => view.dismissNotice(i),
  }));
  if (graph.error) {
    const e = graph.error;
    noticeLines.unshift({
      key: 'load-error',
      text: `${t.loadFailed} ${e.what}: ${e.why}.${data ? ` ${t.keptCurrent}` : ''}`,
      tone: 'error',
      onDismiss: graph.dismissError,
    });
  }
  if (shown.renderError) {
    const e = shown.renderError;
    noticeLines.unshift({
      key: 'render-error',
      text: `${t.showFailed} ${e.what}: ${e.why}.${data ? ` ${t.keptCurrent}` : ''}`,
      tone: 'error',
      onDismiss: shown.dismissRenderError,
    });
  }

  return (
    <div className="app">
      <AppHeader
        data={data}
        origin={shown.origin}
        lang={lang}
        cy={cy}
        visible={visible}
        searchReady={graphDrawn}
        onChoose={selectNode}
        onGraph={onGraph}
        onLang={setLang}
      />
      <Notices items={noticeLines} lang={lang} />
      {data ? (
        <GraphBoundary data={data} onRendered={shown.onRendered} onFailed={shown.onFailed}>
          <main className="workspace">
            <aside id="sidebar" className="sidebar" aria-label={t.sidebar} data-open={filtersOpen}>
              <FiltersPanel data={data} state={state} visible={visible} onChange={update} lang={lang} />
              {graphDrawn && (
                <Suspense fallback={null}>
                  <PathFinder
                    data={data}
                    visible={visible}
                    from={state.pathFrom}
                    to={state.pathTo}
                    onChange={update}
                    panelShowsPath={state.selected === null && state.selectedEdge === null}
                    lang={lang}
                  />
                </Suspense>
              )}
              {state.color !== 'theme' && <Legend data={data} color={state.color} lang={lang} />}
            </aside>
            <section className="centre">
              <GraphToolbar
                lang={lang}
                filtersOpen={filtersOpen}
                onFilters={() => setFiltersOpen((o) => !o)}
                layout={state.layout}
                view={centreView}
                onView={showView}
                onLayout={(layout) => update({ layout })}
                onFit={fit}
              />
              <div className="canvas-wrap">
                <GraphView
                  data={data}
                  lang={lang}
                  color={state.color}
                  size={state.size}
                  layout={state.layout}
                  classes={classes}
                  focus={state.selected}
                  onSelectNode={selectNode}
                  onSelectEdge={selectEdge}
                  onClear={clear}
                  onCy={setCy}
                  onReady={onReady}
                  label={t.graphCanvas}
                />
                {centreView === 'reader' && (
                  <div className="reader-overlay">
                    <ReaderView
                      data={data}
                      lang={lang}
                      selected={state.selected}
                      target={readerTarget}
                      onSelectNode={selectNode}
                      onClose={() => update({ view: 'graph' })}
                    />
                  </div>
                )}
                {centreView === 'table' && (
                  <section className="table-overlay" aria-labelledby="table-heading">
                    <h2 id="table-heading">{t.table}</h2>
                    <Suspense fallback={null}>
                      <ConceptTable
                        data={data}
                        visible={visible}
                        selected={state.selected}
                        onSelect={selectNode}
                        lang={lang}
                      />
                    </Suspense>
                  </section>
                )}
              </div>
            </section>
            <DetailsPanel
              data={data}
              visible={visible}
              selected={state.selected}
              selectedEdge={state.selectedEdge}
              lang={lang}
              onSelectNode={selectNode}
              onSelectEdge={selectEdge}
              onClear={clear}
              pathFrom={state.pathFrom}
              pathTo={state.pathTo}
              filters={state}
              onShowPassage={showPassage}
              passageHref={passageHref}
            />
          </main>
        </GraphBoundary>
      ) : (
        <p className="loading" role="status">
          {graph.error || shown.renderError ? '' : t.loading}
        </p>
      )}
    </div>
  );
}
