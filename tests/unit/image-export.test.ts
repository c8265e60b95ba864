import { describe, expect, it } from 'vitest';
import {
  MAX_PIXELS,
  MAX_SIDE,
  MIN_WIDTH,
  PADDING,
  clampScale,
  decorateSvg,
  estimateTextWidth,
  headerTitle,
  layoutHeader,
  themeLegend,
  wrapText,
  breakUnits,
} from '../../src/core/explorer/image-export';

describe('clampScale', () => {
  it('keeps the wanted scale for an ordinary graph', () => {
    expect(clampScale(3, 1200, 800)).toBe(3);
  });

  it('limits the longest side to 16000 px', () => {
    const s = clampScale(4, 10000, 500);
    expect(s).toBeCloseTo(1.6, 10);
    expect(10000 * s).toBeLessThanOrEqual(MAX_SIDE + 1e-6);
  });

  it('keeps the pixel count under 2.6e8 and each side under 16000 for large graphs', () => {
    for (const [w, h] of [
      [9000, 9000],
      [20000, 15000],
      [5000, 4900],
      [30000, 200],
    ] as const) {
      const s = clampScale(4, w, h);
      expect(w * s * h * s).toBeLessThanOrEqual(MAX_PIXELS * (1 + 1e-9));
      expect(Math.max(w, h) * s).toBeLessThanOrEqual(MAX_SIDE * (1 + 1e-9));
      expect(s).toBeGreaterThan(0);
    }
    expect(clampScale(4, 9000, 9000)).toBeCloseTo(16000 / 9000, 10);
  });

  it('never exceeds the wanted scale and survives degenerate sizes', () => {
    expect(clampScale(2, 10, 10)).toBe(2);
    expect(clampScale(3, 0, 100)).toBe(3);
    expect(clampScale(Number.NaN, 100, 100)).toBe(1);
    expect(clampScale(-2, 100, 100)).toBe(1);
  });
});

describe('text helpers', () => {
  it('estimates CJK wider than latin', () => {
    expect(estimateTextWidth('枫桥经验', 10)).toBe(40);
    expect(estimateTextWidth('abcd', 10)).toBeCloseTo(24, 10);
  });

  it('collapses a multi-line title and falls back to the id', () => {
    expect(headerTitle({ id: 'x', title: '中共杭州市委关于\n省第十五次党代会精神\n决议' })).toBe(
      '中共杭州市委关于 省第十五次党代会精神 决议',
    );
    expect(headerTitle({ id: 'doc-1', title: '  \n ' })).toBe('doc-1');
  });

  it('wraps CJK at any character and latin at spaces, losing nothing', () => {
    const text = '奋力推进两个先行在杭州生动实践的决议';
    const lines = wrapText(text, 100, 20, estimateTextWidth);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBe(Math.ceil(text.length / 5));
    for (const l of lines) expect(estimateTextWidth(l, 20)).toBeLessThanOrEqual(100);
    const en = wrapText('Resolution on the spirit of the congress', 130, 10, estimateTextWidth);
    expect(en.join(' ')).toBe('Resolution on the spirit of the congress');
    expect(en.length).toBeGreaterThan(1);
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    expect(breakUnits('推进“两个先行”在杭州，奋力（一）')).toEqual([
      '推',
      '进',
      '“两',
      '个',
      '先',
      '行”',
      '在',
      '杭',
      '州，',
      '奋',
      '力',
      '（一）',
    ]);
    const title = '中共杭州市委关于深入学习贯彻省第十五次党代会精神奋力推进“两个先行”在杭州生动实践的决议';
    // Every width from 3 to 40 characters: no line starts with ” or ends with “, nothing lost.
    for (let chars = 3; chars <= 40; chars++) {
      const lines = wrapText(title, chars * 20, 20, estimateTextWidth);
      expect(lines.join('')).toBe(title);
      for (const l of lines) {
        expect(l.startsWith('”'), `${chars}: «${l}»`).toBe(false);
        expect(l.endsWith('“'), `${chars}: «${l}»`).toBe(false);
        expect(estimateTextWidth(l, 20)).toBeLessThanOrEqual(chars * 20);
      }
    }
    // The break moves: at this width a plain split would put ” first on line 2.
    const at = title.indexOf('”');
    const width = estimateTextWidth(title.slice(0, at), 20);
    const lines = wrapText(title, width, 20, estimateTextWidth);
    expect(lines[0]).toBe(title.slice(0, at - 1));
    expect(lines[1]!.startsWith('行”')).toBe(true);
  });
});

describe('themeLegend', () => {
  const themes = [
    { id: 'a', label: '党建', labelEn: 'Party building', color: '#112233' },
    { id: 'b', label: '经济', labelEn: 'Economy', color: '#445566' },
    { id: 'c', label: '文化', labelEn: 'Culture', color: '#778899' },
  ];
  it('lists only used themes, in theme order, in the UI language', () => {
    expect(themeLegend({ themes }, ['c', 'a', 'a'], 'zh')).toEqual([
      { label: '党建', color: '#112233' },
      { label: '文化', color: '#778899' },
    ]);
    expect(themeLegend({ themes }, ['b'], 'en')).toEqual([{ label: 'Economy', color: '#445566' }]);
  });
});

describe('layoutHeader', () => {
  const legend = Array.from({ length: 8 }, (_, i) => ({ label: `主题${i}号标签`, color: '#123456' }));

  it('puts the legend below the title and inside the width, flowing into rows', () => {
    const h = layoutHeader({ title: '杭州决议', legend, graphWidth: 600 });
    expect(h.width).toBe(600 + 2 * PADDING);
    expect(h.graphX).toBe(PADDING);
    expect(h.titleLines).toHaveLength(1);
    const titleBottom = h.titleLines[0]!.y;
    const rows = new Set(h.legend.map((l) => l.swatchY));
    expect(rows.size).toBeGreaterThan(1);
    for (const item of h.legend) {
      expect(item.swatchY).toBeGreaterThan(titleBottom);
      expect(item.labelX + estimateTextWidth(item.label, h.legendSize)).toBeLessThanOrEqual(h.width);
      expect(item.swatchY + 12).toBeLessThan(h.headerHeight);
    }
  });

  it('widens a narrow graph to the minimum width and centres it', () => {
    const h = layoutHeader({ title: 't', legend: [], graphWidth: 80 });
    expect(h.width).toBe(MIN_WIDTH);
    expect(h.graphX).toBe((MIN_WIDTH - 80) / 2);
    expect(h.legend).toEqual([]);
  });
});

describe('decorateSvg', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="500" height="300"><defs/><g><text>枫桥经验</text></g></svg>';

  it('adds a prolog, grows the canvas by the header and moves the drawing below it', () => {
    const title = '决议 <A&B> "quoted"';
    const header = layoutHeader({
      title,
      legend: [{ label: '平安<建设>', color: '#aabbcc' }],
      graphWidth: 500,
    });
    const out = decorateSvg(svg, header, { title, fontFamily: 'Noto Sans CJK SC, sans-serif' });
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const height = 300 + header.headerHeight + PADDING;
    expect(out).toContain(`height="${height}"`);
    expect(out).toContain(`viewBox="0 0 ${500 + 2 * PADDING} ${height}"`);
    expect(out).toContain('<title>决议 &lt;A&amp;B&gt; "quoted"</title>');
    expect(out).toContain('>平安&lt;建设&gt;</text>');
    expect(out).toContain('fill="#aabbcc"');
    expect(out).toContain(
      `<g transform="translate(${PADDING},${header.headerHeight})"><defs/><g><text>枫桥经验</text></g></g></svg>`,
    );
    expect(out).not.toContain('<A&B>');
    // Well-formed enough for the browser's parser: one root, balanced <g>.
    expect(out.match(/<svg\b/g)).toHaveLength(1);
    expect(out.match(/<g\b/g)?.length).toBe(out.match(/<\/g>/g)?.length);
  });

  it('does not duplicate an existing prolog and drops XML-illegal characters', () => {
    const title = 'bad\u0001title';
    const header = layoutHeader({ title, legend: [], graphWidth: 500 });
    const out = decorateSvg('<?xml version="1.0"?>' + svg, header, { title, fontFamily: 'sans-serif' });
    expect(out.match(/<\?xml/g)).toHaveLength(1);
    expect(out).toContain('<title>badtitle</title>');
  });
});
