/**
 * Node size, shared by the layout (which spaces nodes for it) and the explorer (which draws it). Its own
 * module without imports, so the browser's main bundle does not pull in graphology to size nodes.
 */
export const MIN_DIAMETER = 20;
export const MAX_DIAMETER = 60;

/** Node diameter in px the explorer draws: 20–60 by the square root of weighted degree. */
export function nodeDiameter(weightedDegree: number, maxWeightedDegree: number): number {
  if (maxWeightedDegree <= 0 || weightedDegree <= 0) return MIN_DIAMETER;
  return (
    MIN_DIAMETER + (MAX_DIAMETER - MIN_DIAMETER) * Math.sqrt(Math.min(1, weightedDegree / maxWeightedDegree))
  );
}
