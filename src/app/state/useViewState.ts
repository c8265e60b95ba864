import { useCallback, useEffect, useRef, useState } from 'react';
import { parseViewState, serializeViewState } from '../../core/explorer/view-state';
import type { ViewState } from '../../core/explorer/view-types';

export type HistoryMode = 'push' | 'replace';

export interface ViewStateApi {
  state: ViewState;
  /** Applies a patch; 'push' (user changes) adds a history entry, 'replace' corrects the current one. */
  update: (patch: Partial<ViewState>, mode?: HistoryMode, hash?: string) => void;
  /** Ignored URL parameters as `name=value`, newest last. */
  notices: string[];
  addNotices: (notices: string[]) => void;
  dismissNotice: (index: number) => void;
  /** The latest state, for effects that must not re-run on every change. */
  current: () => ViewState;
}

function urlFor(state: ViewState, defaults: ViewState, hash = ''): string {
  const query = serializeViewState(state, defaults);
  return `${window.location.pathname}${query}${hash}`;
}

/** View state mirrored in the URL: pushState on user changes, popstate restores (back/forward). */
export function useViewState(defaults: ViewState): ViewStateApi {
  const [initial] = useState(() => parseViewState(window.location.search, defaults));
  const [state, setState] = useState<ViewState>(initial.state);
  const [notices, setNotices] = useState<string[]>(initial.notices);
  const stateRef = useRef(state);
  const defaultsRef = useRef(defaults);

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'push', hash = '') => {
    const prev = stateRef.current;
    const next = { ...prev, ...patch };
    const before = serializeViewState(prev, defaultsRef.current);
    const after = serializeViewState(next, defaultsRef.current);
    stateRef.current = next;
    setState(next);
    if (before === after && hash === '' && mode === 'push') return;
    const url = urlFor(next, defaultsRef.current, hash);
    if (mode === 'push' && (before !== after || hash !== window.location.hash))
      window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, []);

  useEffect(() => {
    const onPop = () => {
      const parsed = parseViewState(window.location.search, defaultsRef.current);
      stateRef.current = parsed.state;
      setState(parsed.state);
      if (parsed.notices.length > 0) setNotices((n) => [...n, ...parsed.notices]);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const addNotices = useCallback((more: string[]) => {
    if (more.length > 0) setNotices((n) => [...n, ...more]);
  }, []);
  const dismissNotice = useCallback(
    (index: number) => setNotices((n) => n.filter((_, i) => i !== index)),
    [],
  );

  const current = useCallback(() => stateRef.current, []);

  return { state, update, notices, addNotices, dismissNotice, current };
}
