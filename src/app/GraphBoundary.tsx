import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { GraphData } from '../core/pipeline/schema';

export interface GraphBoundaryProps {
  /** The graph its children show. */
  data: GraphData;
  /** The children rendered and committed `data` without throwing. */
  onRendered: (data: GraphData) => void;
  /** Rendering `data` threw: the first line of the error. The parent shows another graph (or none). */
  onFailed: (data: GraphData, why: string) => void;
  children: ReactNode;
}

interface State {
  /** Something below threw and has not been reported yet. */
  error: boolean;
  /** The graph whose rendering threw; children are not rendered again for it. */
  failed: GraphData | null;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim() || 'unknown error';
}

/**
 * Catches an error thrown while the explorer renders a graph (a component, the canvas): instead of
 * unmounting the whole page, it reports the graph as failed so the parent goes back to the last graph
 * that rendered (useLastGoodGraph) and says why in one line.
 */
export class GraphBoundary extends Component<GraphBoundaryProps, State> {
  state: State = { error: false, failed: null };

  static getDerivedStateFromError(): Partial<State> {
    return { error: true };
  }

  componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const data = this.props.data;
    this.setState({ error: false, failed: data });
    this.props.onFailed(data, firstLine(error));
  }

  componentDidMount(): void {
    this.report();
  }

  componentDidUpdate(previous: GraphBoundaryProps): void {
    if (previous.data !== this.props.data) this.report();
  }

  private report(): void {
    // After a throw the boundary commits its empty fallback first (error set, componentDidCatch next).
    if (!this.state.error && this.state.failed !== this.props.data) this.props.onRendered(this.props.data);
  }

  render(): ReactNode {
    return this.state.error || this.state.failed === this.props.data ? null : this.props.children;
  }
}
