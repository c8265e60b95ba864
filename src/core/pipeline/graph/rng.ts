/**
 * A tiny seeded pseudo-random generator (mulberry32). Every consumer that needs randomness
 * (Louvain, initial layout positions) creates a FRESH generator from a fixed seed, so the output
 * never depends on call order or on Math.random.
 */
export const DEFAULT_SEED = 20220727;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
