import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Tooltip } from '../../src/app/graph/Tooltip';
import { TOOLTIP_GAP, TOOLTIP_INSET, tooltipPosition } from '../../src/app/graph/tooltip-position';
import { loadFixture } from './fixture';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const canvas = { width: 600, height: 400 };
const card = { w: 200, h: 60 };

describe('tooltipPosition', () => {
  it('centres the card over the node when there is room', () => {
    expect(tooltipPosition({ x: 300, top: 190, bottom: 210 }, card, canvas)).toEqual({
      left: 200,
      top: 190 - TOOLTIP_GAP - 60,
    });
  });

  it('puts the card under a node near the top edge', () => {
    const pos = tooltipPosition({ x: 300, top: 10, bottom: 30 }, card, canvas);
    expect(pos.top).toBe(30 + TOOLTIP_GAP);
  });

  it('keeps the card inside the canvas at every edge and corner', () => {
    for (const x of [0, 5, 50, 300, 560, 595, 600])
      for (const y of [0, 8, 40, 200, 380, 398, 400]) {
        const pos = tooltipPosition({ x, top: y - 10, bottom: y + 10 }, card, canvas);
        expect(pos.left).toBeGreaterThanOrEqual(TOOLTIP_INSET);
        expect(pos.top).toBeGreaterThanOrEqual(TOOLTIP_INSET);
        expect(pos.left + card.w).toBeLessThanOrEqual(canvas.width - TOOLTIP_INSET);
        expect(pos.top + card.h).toBeLessThanOrEqual(canvas.height - TOOLTIP_INSET);
        // Above or below the node, never over it (this canvas has room for one or the other everywhere).
        expect(pos.top + card.h <= y - 10 || pos.top >= y + 10, `${x},${y}`).toBe(true);
      }
  });

  it('pins a card wider than the canvas to its left edge', () => {
    expect(tooltipPosition({ x: 50, top: 100, bottom: 120 }, { w: 700, h: 60 }, canvas).left).toBe(TOOLTIP_INSET);
  });
});

describe('Tooltip', () => {
  it('measures itself and places the card inside its canvas (here under a node at the top right)', () => {
    const node = loadFixture().nodes[0]!;
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(180);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(50);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    render(
      <div className="graph-view">
        <Tooltip node={node} at={{ id: node.id, x: 590, top: 2, bottom: 22 }} lang="zh" />
      </div>,
    );
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent(node.label);
    expect(tip).toHaveTextContent(`出现 ${node.count} 次`);
    expect(tip.style.visibility).toBe('');
    expect(tip.style.left).toBe(`${600 - TOOLTIP_INSET - 180}px`);
    expect(tip.style.top).toBe(`${22 + TOOLTIP_GAP}px`);
  });
});
