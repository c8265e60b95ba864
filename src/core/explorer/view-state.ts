/**
 * URL query string ↔ ViewState. Pure: parsing never throws; a parameter that cannot be used is ignored
 * and reported as a notice `name=value` (the app words it in the UI language). Ids are checked against
 * the graph separately, once it is loaded (`checkViewStateIds`).
 */
import type { GraphData } from '../pipeline/schema';
import type { CentreView, ColorMode, Lang, LayoutMode, SizeMode, ViewState } from './view-types';

export const COLOR_MODES: readonly ColorMode[] = ['theme', 'community', 'kind'];
export const SIZE_MODES: readonly SizeMode[] = ['weightedDegree', 'count', 'betweenness'];
export const LAYOUT_MODES: readonly LayoutMode[] = ['preset', 'fcose', 'theme'];
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const CENTRE_VIEWS: readonly CentreView[] = ['graph', 'reader', 'table'];

export const DEFAULT_VIEW_STATE: ViewState = {
  selected: null,
  selectedEdge: null,
  hiddenThemes: [],
  minWeight: 1,
  sameSentence: false,
  hideIsolated: false,
  color: 'theme',
  size: 'weightedDegree',
  layout: 'preset',
  lang: 'zh',
  graph: null,
  pathFrom: null,
  pathTo: null,
  view: 'graph',
};

/** Parameter names, in the order they are written. */
export const PARAMS = [
  'graph',
  'lang',
  'sel',
  'edge',
  'from',
  'to',
  'hide',
  'minw',
  'same',
  'iso',
  'color',
  'size',
  'layout',
  'view',
] as const;
/** Still read, never written: `reader=1` is `view=reader` (`view` wins when both are there). */
const LEGACY = ['reader'] as const;
const KNOWN = new Set<string>([...PARAMS, ...LEGACY]);

function notice(name: string, value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return `${name}=${shown}`;
}

/** A graph location must stay on this site: a relative path, no scheme, no protocol-relative //host. */
export function isSameOriginPath(value: string): boolean {
  if (value.trim() === '' || value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 32))
    return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return !value.startsWith('//');
}

export function parseViewState(
  search: string,
  defaults: ViewState = DEFAULT_VIEW_STATE,
): { state: ViewState; notices: string[] } {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...defaults, hiddenThemes: [...defaults.hiddenThemes] };
  const notices: string[] = [];
  const bad = (name: string, value: string) => notices.push(notice(name, value));
  const seen = new Set<string>();

  for (const [name, raw] of params) {
    if (!KNOWN.has(name)) {
      bad(name, raw);
      continue;
    }
    if (seen.has(name)) {
      bad(name, raw); // the first occurrence wins
      continue;
    }
    seen.add(name);
    const value = raw.trim();
    switch (name) {
      case 'sel':
      case 'edge':
      case 'from':
      case 'to': {
        if (value === '') {
          bad(name, raw);
          break;
        }
        if (name === 'sel') state.selected = value;
        else if (name === 'edge') state.selectedEdge = value;
        else if (name === 'from') state.pathFrom = value;
        else state.pathTo = value;
        break;
      }
      case 'hide': {
        const ids = value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        if (ids.length === 0) bad(name, raw);
        else state.hiddenThemes = [...new Set(ids)];
        break;
      }
      case 'minw': {
        const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
        if (Number.isInteger(n) && n >= 1) state.minWeight = n;
        else bad(name, raw);
        break;
      }
      case 'same':
      case 'reader': {
        if (value !== '1' && value !== '0') {
          bad(name, raw);
          break;
        }
        if (name === 'same') state.sameSentence = value === '1';
        else if (!params.has('view')) state.view = value === '1' ? 'reader' : defaults.view;
        break;
      }
      case 'view':
        if ((CENTRE_VIEWS as readonly string[]).includes(value)) state.view = value as CentreView;
        else bad(name, raw);
        break;
      case 'iso':
        if (value === 'hide' || value === 'show') state.hideIsolated = value === 'hide';
        else bad(name, raw);
        break;
      case 'color':
        if ((COLOR_MODES as readonly string[]).includes(value)) state.color = value as ColorMode;
        else bad(name, raw);
        break;
      case 'size':
        if ((SIZE_MODES as readonly string[]).includes(value)) state.size = value as SizeMode;
        else bad(name, raw);
        break;
      case 'layout':
        if ((LAYOUT_MODES as readonly string[]).includes(value)) state.layout = value as LayoutMode;
        else bad(name, raw);
        break;
      case 'lang':
        if ((LANGS as readonly string[]).includes(value)) state.lang = value as Lang;
        else bad(name, raw);
        break;
      case 'graph':
        if (isSameOriginPath(value)) state.graph = value;
        else bad(name, raw);
        break;
    }
  }
  if (state.selected !== null && state.selectedEdge !== null) {
    // One selection at a time: the concept wins.
    bad('edge', state.selectedEdge);
    state.selectedEdge = null;
  }
  return { state, notices };
}

/** The query string (with leading `?`, or '' when everything is default) for a state. */
export function serializeViewState(state: ViewState, defaults: ViewState = DEFAULT_VIEW_STATE): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | null, dflt: string | null) => {
    if (value !== null && value !== dflt) params.set(name, value);
  };
  const flag = (b: boolean) => (b ? '1' : '0');
  put('graph', state.graph, defaults.graph);
  put('lang', state.lang, defaults.lang);
  put('sel', state.selected, null);
  put('edge', state.selectedEdge, null);
  put('from', state.pathFrom, null);
  put('to', state.pathTo, null);
  const hidden = [...new Set(state.hiddenThemes)].filter((t) => t !== '' && !t.includes(','));
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  put('minw', String(Math.max(1, Math.floor(state.minWeight))), String(defaults.minWeight));
  put('same', flag(state.sameSentence), flag(defaults.sameSentence));
  put('iso', state.hideIsolated ? 'hide' : 'show', defaults.hideIsolated ? 'hide' : 'show');
  put('color', state.color, defaults.color);
  put('size', state.size, defaults.size);
  put('layout', state.layout, defaults.layout);
  put('view', state.view, defaults.view);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Drops ids the graph does not have (selection, edge, path ends, hidden themes), one notice each. */
export function checkViewStateIds(
  state: ViewState,
  data: GraphData,
): { state: ViewState; notices: string[] } {
  const nodes = new Set(data.nodes.map((n) => n.id));
  const edges = new Set(data.edges.map((e) => e.id));
  const themes = new Set(data.themes.map((t) => t.id));
  const notices: string[] = [];
  const next: ViewState = { ...state };
  const node = (name: string, id: string | null) => {
    if (id === null || nodes.has(id)) return id;
    notices.push(notice(name, id));
    return null;
  };
  next.selected = node('sel', state.selected);
  next.pathFrom = node('from', state.pathFrom);
  next.pathTo = node('to', state.pathTo);
  if (state.selectedEdge !== null && !edges.has(state.selectedEdge)) {
    notices.push(notice('edge', state.selectedEdge));
    next.selectedEdge = null;
  }
  const unknownThemes = state.hiddenThemes.filter((t) => !themes.has(t));
  if (unknownThemes.length > 0) {
    notices.push(notice('hide', unknownThemes.join(',')));
    next.hiddenThemes = state.hiddenThemes.filter((t) => themes.has(t));
  }
  return notices.length === 0 ? { state, notices } : { state: next, notices };
}
