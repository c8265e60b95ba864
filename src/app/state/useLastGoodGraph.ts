import { useCallback, useRef, useState } from 'react';
import type { GraphData } from '../../core/pipeline/schema';
import type { GraphLoad } from './useGraphData';

export interface ShownGraph {
  /** The graph to show: the loaded one, or the last one that rendered when the loaded one failed. */
  data: GraphData | null;
  origin: string;
  /** The loaded graph could not be rendered: where it came from and why (one line). */
  renderError: { what: string; why: string } | null;
  dismissRenderError: () => void;
  /** For GraphBoundary. */
  onRendered: (data: GraphData) => void;
  onFailed: (data: GraphData, why: string) => void;
}

interface Shown {
  data: GraphData;
  origin: string;
}

/**
 * Keeps the last graph that rendered on screen when rendering a newer one throws (GraphBoundary
 * reports both). A successful render is only noted (no state change, no extra render); a failure
 * switches to the graph noted last.
 */
export function useLastGoodGraph(load: GraphLoad): ShownGraph {
  const rendered = useRef<Shown | null>(null);
  const [rejected, setRejected] = useState<{
    data: GraphData;
    origin: string;
    why: string;
    fallback: Shown | null;
  } | null>(null);
  const [dismissed, setDismissed] = useState<GraphData | null>(null);
  const origin = load.origin;
  const onRendered = useCallback(
    (data: GraphData) => {
      rendered.current = { data, origin };
    },
    [origin],
  );
  const onFailed = useCallback(
    (data: GraphData, why: string) => setRejected({ data, origin, why, fallback: rendered.current }),
    [origin],
  );
  const dismissRenderError = useCallback(() => setDismissed(rejected?.data ?? null), [rejected]);
  const failed = rejected !== null && rejected.data === load.data;
  return {
    data: failed ? (rejected.fallback?.data ?? null) : load.data,
    origin: failed ? (rejected.fallback?.origin ?? origin) : origin,
    renderError: failed && dismissed !== rejected.data ? { what: rejected.origin, why: rejected.why } : null,
    dismissRenderError,
    onRendered,
    onFailed,
  };
}
