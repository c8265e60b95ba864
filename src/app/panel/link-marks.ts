import type { GraphEdge } from '../../core/pipeline/schema';

/** Mark class of each end of a link: the same colours in the heading, the evidence and the path. */
export function endClass(edge: GraphEdge): (id: string | undefined) => string | undefined {
  return (id) => (id === edge.source ? 'end-a' : id === edge.target ? 'end-b' : undefined);
}
