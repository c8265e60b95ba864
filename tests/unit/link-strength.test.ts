import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LINK_OPACITY,
  LINK_WIDTH,
  compareLinkStrength,
  linkLength,
  linkLook,
  strengthPosition,
  strengthRange,
  rankAmongLinks,
} from '../../src/core/explorer/link-strength';

describe('link strength on screen', () => {
  it('spans the graph’s strengths on a log scale', () => {
    const range = strengthRange([{ strength: 4 }, { strength: 1 }, { strength: 16 }]);
    expect(range).toEqual({ min: 1, max: 16 });
    expect(strengthPosition(1, range)).toBe(0);
    expect(strengthPosition(4, range)).toBe(0.5); // ln 4 / ln 16
    expect(strengthPosition(16, range)).toBe(1);
    expect(strengthPosition(64, range)).toBe(1);
    expect(strengthRange([])).toEqual({ min: 1, max: 1 });
    expect(strengthPosition(3, { min: 3, max: 3 })).toBe(0.5);
  });

  it('maps the weakest link to thin and faint, the strongest to wide and dark', () => {
    const range = { min: 1, max: 16 };
    expect(linkLook(1, range)).toEqual({ width: LINK_WIDTH.min, opacity: LINK_OPACITY.min });
    expect(linkLook(16, range)).toEqual({ width: LINK_WIDTH.max, opacity: LINK_OPACITY.max });
    expect(linkLook(4, range)).toEqual({ width: 3.38, opacity: 0.56 }); // 0.75 + 5.25/2, 0.22 + 0.68/2
  });

  it('never gets thinner or fainter as strength grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (a, b) => {
          const range = { min: 0.01, max: 100 };
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(linkLook(hi, range).width).toBeGreaterThanOrEqual(linkLook(lo, range).width);
          expect(linkLook(hi, range).opacity).toBeGreaterThanOrEqual(linkLook(lo, range).opacity);
        },
      ),
    );
  });

  it('a link is 1/√strength long on a path; neighbours sort strongest first, then by shared sections', () => {
    expect(linkLength(4)).toBe(0.5);
    expect(linkLength(0.25)).toBe(2);
    const links = [
      { id: 'a', strength: 2, weight: 1 },
      { id: 'b', strength: 9, weight: 1 },
      { id: 'c', strength: 2, weight: 3 },
    ];
    expect([...links].sort(compareLinkStrength).map((l) => l.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('rankAmongLinks', () => {
  it('ranks a link among each end’s links, ties sharing a rank', () => {
    const edges = [
      { source: 'a', target: 'b', strength: 3 },
      { source: 'a', target: 'c', strength: 5 },
      { source: 'a', target: 'd', strength: 3 },
      { source: 'b', target: 'c', strength: 1 },
    ];
    expect(rankAmongLinks(edges, edges[0]!, 'a')).toEqual({ rank: 2, of: 3 });
    expect(rankAmongLinks(edges, edges[2]!, 'a')).toEqual({ rank: 2, of: 3 });
    expect(rankAmongLinks(edges, edges[0]!, 'b')).toEqual({ rank: 1, of: 2 });
    expect(rankAmongLinks(edges, edges[1]!, 'c')).toEqual({ rank: 1, of: 2 });
  });
});
