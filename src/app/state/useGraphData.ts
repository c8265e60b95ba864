import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import bundledGraphUrl from '../../../graph-data/graphs/hangzhou-2022-07-27/graph.json?url';
import { loadGraphFile, sameOriginUrl } from './load-graph';

export interface GraphLoad {
  data: GraphData | null;
  /** Where the shown graph came from: 'bundled', a URL, or an opened file's name. */
  origin: string;
  /** One-line load failure (the current graph stays). */
  error: { what: string; why: string } | null;
  dismissError: () => void;
  /** Shows a graph built or read in the page (OpenDocument). */
  showGraph: (data: GraphData, name: string) => void;
}

export { bundledGraphUrl };

/** Loads the bundled graph, or the same-origin file named by `?graph=`; a bad file keeps the current one. */
export function useGraphData(graphParam: string | null): GraphLoad {
  const [data, setData] = useState<GraphData | null>(null);
  const [origin, setOrigin] = useState('bundled');
  const [error, setError] = useState<GraphLoad['error']>(null);
  const hasData = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      const wanted = graphParam === null ? bundledGraphUrl : sameOriginUrl(graphParam, window.location.href);
      if (wanted === null) {
        setError({ what: graphParam ?? '', why: 'not on this site' });
      } else {
        const result = await loadGraphFile(wanted);
        if (cancelled) return;
        if (result.ok) {
          hasData.current = true;
          setData(result.data);
          setOrigin(graphParam ?? 'bundled');
          return;
        }
        setError({ what: graphParam ?? 'graph.json', why: result.error });
      }
      // Nothing shown yet (a bad ?graph= at start): fall back to the bundled graph.
      if (!hasData.current && graphParam !== null) {
        const fallback = await loadGraphFile(bundledGraphUrl);
        if (!cancelled && fallback.ok) {
          hasData.current = true;
          setData(fallback.data);
          setOrigin('bundled');
        }
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [graphParam]);

  const dismissError = useCallback(() => setError(null), []);
  const showGraph = useCallback((next: GraphData, name: string) => {
    hasData.current = true;
    setData(next);
    setOrigin(name);
    setError(null);
  }, []);

  return { data, origin, error, dismissError, showGraph };
}
