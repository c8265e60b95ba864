import type { GraphEdge } from '../../core/pipeline/schema';

/** Mark class of each end of a link: the same colours in the heading, the evidence and the path. */
export function endClass(edge: GraphEdge): (id: string | undefined) => string | undefined {
  return (id) => (id === edge.source ? 'end-a' : id === edge.target ? 'end-b' : undefined);
}

/** On a path, the step's own concept in the first colour and the next one in the second. */
export function stepClass(here: string, next: string): (id: string | undefined) => string | undefined {
  return (id) => (id === here ? 'end-a' : id === next ? 'end-b' : undefined);
}
