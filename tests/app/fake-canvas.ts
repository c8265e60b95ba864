/**
 * jsdom has no canvas: a 2d context whose every method does nothing (text measures 0 px wide) lets
 * cytoscape's renderer start, so tests can run the real GraphView (react-cytoscapejs, handlers, classes).
 */
import { vi } from 'vitest';

function fakeContext(): unknown {
  const target = {
    canvas: null,
    measureText: () => ({ width: 0 }),
    getImageData: () => ({ data: new Uint8ClampedArray(4) }),
  };
  return new Proxy(target, {
    get: (t, key) => (key in t ? t[key as keyof typeof t] : () => undefined),
    set: () => true,
  });
}

/** Call in beforeEach; vi.restoreAllMocks() undoes it. */
export function fakeCanvas(): void {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(fakeContext as never);
}
