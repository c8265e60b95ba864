/**
 * What a link's strength (association strength, see pipeline/graph/proximity.ts) means on screen: its
 * width and opacity, its length on a path, and the order of a concept's neighbours.
 */
import { PROXIMITY_LEVELS, type ProximityLevel } from '../pipeline/schema';

export interface StrengthRange {
  min: number;
  max: number;
}

export interface LinkLook {
  /** Line width in px, LINK_WIDTH.min … LINK_WIDTH.max. */
  width: number;
  /** Line opacity, LINK_OPACITY.min … LINK_OPACITY.max. */
  opacity: number;
}

export const LINK_WIDTH = { min: 0.75, max: 6 } as const;
export const LINK_OPACITY = { min: 0.22, max: 0.9 } as const;

/** Smallest and largest strength among the links ({1, 1} without links). */
export function strengthRange(edges: readonly { strength: number }[]): StrengthRange {
  let min = Infinity;
  let max = -Infinity;
  for (const e of edges) {
    if (e.strength < min) min = e.strength;
    if (e.strength > max) max = e.strength;
  }
  return Number.isFinite(min) ? { min, max } : { min: 1, max: 1 };
}

/**
 * Where a strength sits in the graph's range, 0 (weakest) … 1 (strongest), on a log scale: strengths are
 * ratios (twice as strong is one step, wherever it starts). 0.5 when every link is equally strong.
 */
export function strengthPosition(strength: number, range: StrengthRange): number {
  if (!(range.max > range.min) || !(range.min > 0)) return 0.5;
  const t = Math.log(strength / range.min) / Math.log(range.max / range.min);
  return Math.min(1, Math.max(0, t));
}

/** Width and opacity of a link: stronger links are wider and darker (for the graph's stylesheet). */
export function linkLook(strength: number, range: StrengthRange): LinkLook {
  const t = strengthPosition(strength, range);
  return {
    width: Math.round((LINK_WIDTH.min + (LINK_WIDTH.max - LINK_WIDTH.min) * t) * 100) / 100,
    opacity: Math.round((LINK_OPACITY.min + (LINK_OPACITY.max - LINK_OPACITY.min) * t) * 100) / 100,
  };
}

/**
 * A link's length for shortest paths: 1 / √strength. This is Opsahl, Agneessens & Skvoretz's (2010)
 * weighted distance 1 / w^α with α = ½: a path prefers strong links, but does not make a long detour of
 * many strong links to avoid one weak link (α = 1 would; α = 0 counts links only).
 */
export function linkLength(strength: number): number {
  return 1 / Math.sqrt(Math.max(strength, Number.MIN_VALUE));
}

/** Strongest first, then more shared sections; 0 when equal (callers add their own last tie-break). */
export function compareLinkStrength(
  a: { strength: number; weight: number },
  b: { strength: number; weight: number },
): number {
  return b.strength - a.strength || b.weight - a.weight;
}

/** The closest of a link's per-section proximities ('section' for none). */
export function closestProximity(levels: readonly ProximityLevel[]): ProximityLevel {
  let best = PROXIMITY_LEVELS.length - 1;
  for (const level of levels) best = Math.min(best, PROXIMITY_LEVELS.indexOf(level));
  return PROXIMITY_LEVELS[best]!;
}

/**
 * Where a link stands among one end's links: 1 + the number of that concept's links that are stronger
 * (ties share a rank), out of all its links.
 */
export function rankAmongLinks(
  edges: readonly { source: string; target: string; strength: number }[],
  link: { strength: number },
  nodeId: string,
): { rank: number; of: number } {
  let stronger = 0;
  let of = 0;
  for (const e of edges) {
    if (e.source !== nodeId && e.target !== nodeId) continue;
    of++;
    if (e.strength > link.strength) stronger++;
  }
  return { rank: stronger + 1, of };
}
