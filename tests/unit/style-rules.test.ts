import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  KIND_COLORS,
  KIND_SHAPES,
  NODE_MAX_SIZE,
  NODE_MIN_SIZE,
  TOL_MUTED,
  communityColor,
  labelPriority,
  labelSize2d,
  wrapsAtSpaces,
  displayClasses,
  edgeOpacity,
  edgeWidth,
  fitViewport,
  nodeSize,
  nodeSizes,
  sizeMetric,
  changedClasses,
  labelSize,
  phraseBreaks,
  shortGloss,
  wrapLabel,
} from '../../src/core/explorer/style-rules';
import { nodeDiameter } from '../../src/core/pipeline/graph/layout';
import fc from 'fast-check';
import { CONCEPT_KINDS, parseGraphData, type GraphData } from '../../src/core/pipeline/schema';

const parsed = parseGraphData(
  JSON.parse(readFileSync(new URL('../fixtures/mini-graph.json', import.meta.url), 'utf8')),
);
if (!parsed.ok) throw new Error(parsed.error);
const data: GraphData = parsed.data;

// Colour-vision-deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1) and CIE76 ΔE.
const CVD: Record<string, number[][]> = {
  none: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function lab(hex: string, kind: string): number[] {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = CVD[kind]!.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  ) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function minDistance(colors: readonly string[], kind: string): number {
  let min = Infinity;
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) {
      const a = lab(colors[i]!, kind);
      const b = lab(colors[j]!, kind);
      min = Math.min(min, Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!));
    }
  return min;
}

describe('sizes', () => {
  it('node size is the layout’s monotonic sqrt scale within [20, 60]', () => {
    let prev = 0;
    for (let wd = 0; wd <= 100; wd++) {
      const s = nodeSize(wd, 100);
      expect(s).toBeGreaterThanOrEqual(prev);
      expect(s).toBeGreaterThanOrEqual(NODE_MIN_SIZE);
      expect(s).toBeLessThanOrEqual(NODE_MAX_SIZE);
      prev = s;
    }
    expect(nodeSize(100, 100)).toBe(NODE_MAX_SIZE);
    expect(nodeSize(0, 100)).toBe(NODE_MIN_SIZE);
    expect(nodeSize(25, 100)).toBe(40); // sqrt(0.25) = 0.5 → halfway
    expect([NODE_MIN_SIZE, NODE_MAX_SIZE]).toEqual([20, 60]);
    expect(nodeSize).toBe(nodeDiameter); // one formula: the one the layout spaced the nodes for
    expect(labelSize(NODE_MIN_SIZE)).toBe(12);
    expect(labelSize(NODE_MAX_SIZE)).toBe(16);
  });

  it('sizes nodes by the chosen metric: sqrt of metric over its max, 20–60', () => {
    const nodes = [
      { id: 'a', weightedDegree: 28, count: 1, betweenness: 0 },
      { id: 'b', weightedDegree: 20, count: 9, betweenness: 0.1 },
      { id: 'c', weightedDegree: 7, count: 4, betweenness: 0.025 },
    ];
    const byWd = nodeSizes(nodes, 'weightedDegree');
    expect(byWd.get('a')).toBe(60);
    expect(byWd.get('b')).toBeCloseTo(20 + 40 * Math.sqrt(20 / 28), 9);
    expect(byWd.get('b')).toBe(nodeSize(20, 28)); // the layout's sizes stay the default
    const byCount = nodeSizes(nodes, 'count');
    expect(byCount.get('b')).toBe(60);
    expect(byCount.get('c')).toBeCloseTo(20 + 40 * Math.sqrt(4 / 9), 9);
    expect(byCount.get('a')).toBeCloseTo(20 + 40 / 3, 9);
    const byB = nodeSizes(nodes, 'betweenness');
    expect(byB.get('a')).toBe(20);
    expect(byB.get('c')).toBeCloseTo(40, 9); // sqrt(0.25) = 0.5 → halfway
    expect(sizeMetric(nodes[2]!, 'count')).toBe(4);
    // A metric that is 0 everywhere (betweenness skipped on large graphs) gives every node the smallest size.
    expect([...nodeSizes(nodes.map((n) => ({ ...n, betweenness: 0 })), 'betweenness').values()]).toEqual([20, 20, 20]);
  });

  it('on the bundled document, sizing by mentions brings 两个先行 and 八八战略 to the front', () => {
    const bundled = parseGraphData(
      JSON.parse(readFileSync(new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url), 'utf8')),
    );
    if (!bundled.ok) throw new Error(bundled.error);
    const byWd = nodeSizes(bundled.data.nodes, 'weightedDegree');
    const byCount = nodeSizes(bundled.data.nodes, 'count');
    // Nodes drawn at least as large as `id`: by weighted degree the once-mentioned concepts of the
    // largest subsection crowd them out; by mentions they are among the three largest.
    const atLeast = (sizes: Map<string, number>, id: string) =>
      [...sizes.values()].filter((v) => v >= sizes.get(id)!).length;
    expect(atLeast(byWd, '两个先行')).toBeGreaterThan(20);
    expect(atLeast(byWd, '八八战略')).toBeGreaterThan(60);
    expect(atLeast(byCount, '两个先行')).toBe(1);
    expect(atLeast(byCount, '八八战略')).toBeLessThanOrEqual(3);
    expect(byCount.get('两个先行')).toBe(60);
    expect(byWd.get('两个先行')).toBeLessThan(55);
    const mostMentioned = [...bundled.data.nodes].sort((a, b) => b.count - a.count)[0]!;
    expect(byCount.get(mostMentioned.id)).toBe(60);
  });

  it('changedClasses lists only the elements whose classes differ, with their new classes', () => {
    const visible = { nodes: new Set(data.nodes.map((n) => n.id)), edges: new Set(data.edges.map((e) => e.id)) };
    const none = displayClasses(data, { visible, selected: null, selectedEdge: null, path: null });
    const [a, b] = [...data.nodes].sort((x, y) => y.degree - x.degree);
    const first = displayClasses(data, { visible, selected: a!.id, selectedEdge: null, path: null });
    const second = displayClasses(data, { visible, selected: b!.id, selectedEdge: null, path: null });
    expect(changedClasses(first, first)).toEqual([]);
    const diff = changedClasses(first, second);
    const expected = [...second].filter(([id, cls]) => first.get(id) !== cls);
    expect(diff).toEqual(expected);
    expect(diff.length).toBeGreaterThan(0);
    expect(new Map(diff).get(b!.id)).toBe('selected');
    expect(new Map(diff).has(a!.id)).toBe(true);
    // Applying the diff to the old map gives the new one.
    const applied = new Map(first);
    for (const [id, cls] of diff) applied.set(id, cls);
    expect(applied).toEqual(second);
    expect(new Map([...none, ...changedClasses(none, first)])).toEqual(first);
  });

  it('edge width grows with weight, edge opacity with association', () => {
    for (let w = 2; w <= 10; w++) expect(edgeWidth(w, 10)).toBeGreaterThan(edgeWidth(w - 1, 10));
    expect(edgeWidth(1, 10)).toBe(1);
    expect(edgeWidth(10, 10)).toBe(8);
    expect(edgeOpacity(0.1)).toBeLessThan(edgeOpacity(0.5));
    expect(edgeOpacity(1)).toBeLessThanOrEqual(1);
  });
});

describe('palettes', () => {
  it.each(['none', 'protan', 'deutan', 'tritan'])(
    'stay distinguishable under %s vision (ΔE ≥ 12)',
    (kind) => {
      expect(minDistance(TOL_MUTED, kind)).toBeGreaterThanOrEqual(12);
      expect(minDistance(Object.values(KIND_COLORS), kind)).toBeGreaterThanOrEqual(12);
    },
  );

  it('cover every kind with a distinct colour and a distinct shape', () => {
    expect(Object.keys(KIND_COLORS).sort()).toEqual([...CONCEPT_KINDS].sort());
    expect(new Set(Object.values(KIND_COLORS)).size).toBe(CONCEPT_KINDS.length);
    expect(new Set(Object.values(KIND_SHAPES)).size).toBe(CONCEPT_KINDS.length);
  });

  it('gives communities past the ninth a neutral grey', () => {
    expect(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8].map(communityColor)).size).toBe(9);
    expect(communityColor(9)).toBe(communityColor(20));
  });
});

describe('displayClasses', () => {
  const all = { nodes: new Set(data.nodes.map((n) => n.id)), edges: new Set(data.edges.map((e) => e.id)) };
  const base = { visible: all, selected: null, selectedEdge: null, path: null };

  it('shows everything plainly with no selection', () => {
    expect([...displayClasses(data, base).values()].every((c) => c === '')).toBe(true);
  });

  it('selects a node, highlights its neighbourhood and fades the rest', () => {
    const c = displayClasses(data, { ...base, selected: '亚运会' });
    expect(c.get('亚运会')).toBe('selected');
    const neighbours = ['两个先行', '共同富裕', '五水共治', '枫桥经验'];
    for (const n of neighbours) expect(c.get(n)).toBe('highlighted');
    expect(c.get('两个先行--亚运会')).toBe('highlighted');
    expect(c.get('八八战略')).toBe('faded');
    expect(c.get('五水共治--枫桥经验')).toBe('faded');
  });

  it('hides what the filters hide, and does not highlight across hidden edges', () => {
    const visible = {
      nodes: new Set([...all.nodes].filter((n) => n !== '两个先行')),
      edges: new Set([...all.edges].filter((e) => !e.includes('两个先行'))),
    };
    const c = displayClasses(data, { ...base, visible, selected: '亚运会' });
    expect(c.get('两个先行')).toBe('hidden');
    expect(c.get('两个先行--亚运会')).toBe('hidden');
  });

  it('marks a selected edge and its ends, and a path', () => {
    const c = displayClasses(data, { ...base, selectedEdge: '共同富裕--枫桥经验' });
    expect(c.get('共同富裕--枫桥经验')).toBe('selected');
    expect(c.get('共同富裕')).toBe('highlighted');
    expect(c.get('亚运会')).toBe('faded');
    const p = displayClasses(data, {
      ...base,
      path: { nodes: ['八八战略', '两个先行'], edges: ['八八战略--两个先行'] },
    });
    expect(p.get('八八战略')).toBe('path');
    expect(p.get('八八战略--两个先行')).toBe('path');
    expect(p.get('亚运会')).toBe('faded');
  });
});

describe('labels', () => {
  it('orders labels by betweenness, then weighted degree, then count', () => {
    const order = labelPriority(data);
    expect(order.slice(0, 2)).toEqual(['两个先行', '亚运会']); // the two with betweenness > 0
    // Weighted degree 4 each; 八八战略 is mentioned 4 times, 共同富裕 and 亚运会 3 times.
    expect(order.slice(2, 4)).toEqual(['八八战略', '共同富裕']);
    const rank = (id: string) => order.indexOf(id);
    expect(rank('共同富裕')).toBeLessThan(rank('数字经济'));
    expect(order).toHaveLength(data.nodes.length);
  });

  it('estimates wrapped label sizes: CJK one em per character', () => {
    expect(labelSize2d('八八战略', 10, 100)).toEqual({ w: 40, h: 12.5 });
    // The CJK canvas font draws curly quotes 1 em wide (measured in Chromium with Noto Sans CJK SC).
    expect(labelSize2d('“最美”群像', 10, 100).w).toBeCloseTo(60);
    const wrapped = labelSize2d('习近平新时代中国特色社会主义思想', 10, 60);
    expect(wrapped.w).toBe(60);
    expect(wrapped.h).toBe(3 * 12.5); // 16 characters, 6 a line
    expect(labelSize2d('Asian Games', 10, 200).w).toBeCloseTo(10 * 5.8 + 2.9);
    // English wraps between words: two lines, the wider word sets the width.
    const en = labelSize2d('Common prosperity', 10, 60);
    expect(en.h).toBe(2 * 12.5);
    expect(en.w).toBeCloseTo(10 * 5.8);
    expect(wrapsAtSpaces('Common prosperity')).toBe(true);
    expect(wrapsAtSpaces('共同 富裕')).toBe(false);
    // Explicit line breaks always break, then each line wraps on its own.
    expect(labelSize2d('共同富裕\n现代化基本单元', 10, 100)).toEqual({ w: 70, h: 2 * 12.5 });
    expect(labelSize2d('共同富裕\n现代化基本单元', 10, 50).h).toBe(3 * 12.5);
  });
});

describe('fitViewport', () => {
  it('centres the nodes and fits their extent with padding', () => {
    const nodes = [
      { x: -100, y: 0, size: 20 },
      { x: 100, y: 50, size: 20 },
    ];
    const { zoom, pan } = fitViewport(nodes, 460, 400, 20, 0.1, 4);
    // Extent 220 × 70; width is the limit: (460 - 40) / 220.
    expect(zoom).toBeCloseTo(420 / 220);
    // The extent's centre (0, 25) lands on the canvas centre (230, 200).
    expect(pan.x + zoom * 0).toBeCloseTo(230);
    expect(pan.y + zoom * 25).toBeCloseTo(200);
    expect(fitViewport(nodes, 100000, 100000, 0, 0.1, 4).zoom).toBe(4);
    expect(fitViewport([], 300, 200, 10, 0.1, 4)).toEqual({ zoom: 1, pan: { x: 150, y: 100 } });
  });
});

const bundled = parseGraphData(
  JSON.parse(readFileSync(new URL('../../graph-data/graphs/hangzhou-2022-07-27/graph.json', import.meta.url), 'utf8')),
);
if (!bundled.ok) throw new Error(bundled.error);
const width = (line: string) => [...line].reduce((s, ch) => s + (/[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0);

describe('wrapLabel: Chinese', () => {
  it('keeps labels up to 6 characters wide on one line', () => {
    for (const l of ['碳达峰碳中和', '爱国统一战线', '乡村振兴战略', '八八战略', '城市大脑2.0', '1612+N'])
      expect(wrapLabel(l, 'zh')).toBe(l);
  });

  it('splits longer ones into balanced lines of at most 7, no orphan of 1–2 characters', () => {
    expect(wrapLabel('城西科创大走廊', 'zh')).toBe('城西科创\n大走廊');
    const long = bundled.data.nodes.map((n) => n.label).filter((l) => width(l) > 6);
    expect(long.length).toBeGreaterThan(50);
    for (const label of long) {
      const lines = wrapLabel(label, 'zh').split('\n');
      expect(lines.join(''), label).toBe(label);
      expect(lines.length, label).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        expect(width(line), `${label}: ${line}`).toBeLessThanOrEqual(7.25);
        expect(width(line), `${label}: ${line}`).toBeGreaterThan(2);
        expect(line, label).not.toMatch(/^[、，·）]/);
      }
      // Balanced: no line more than 3 characters narrower than the widest.
      const ws = lines.map(width);
      expect(Math.max(...ws) - Math.min(...ws), label).toBeLessThanOrEqual(3.5);
    }
  });

  it('breaks after 、，· near the middle', () => {
    expect(wrapLabel('县乡一体、条抓块统', 'zh')).toBe('县乡一体、\n条抓块统');
    expect(wrapLabel('浙江有礼·最美杭州', 'zh')).toBe('浙江有礼·\n最美杭州');
    expect(wrapLabel('不敢腐、不能腐、不想腐', 'zh')).toBe('不敢腐、\n不能腐、\n不想腐');
    expect(wrapLabel('干在实处、走在前列、勇立潮头', 'zh')).toBe('干在实处、\n走在前列、\n勇立潮头');
  });

  it('keeps digit and Latin runs together', () => {
    expect(wrapLabel('15分钟品质文化生活圈', 'zh').split('\n')[0]).toMatch(/^15/);
    expect(wrapLabel('数字化改革1612+N体系架构', 'zh')).toContain('1612+N');
    expect(wrapLabel('细颗粒物PM2.5和臭氧协同控制', 'zh').replace(/\n/g, '')).toBe('细颗粒物PM2.5和臭氧协同控制');
    expect(wrapLabel('细颗粒物PM2.5和臭氧协同控制', 'zh')).toContain('PM2.5');
  });

  it('never loses or reorders characters (random labels)', () => {
    const char = fc.constantFrom(...'共同富裕现代化基本单元、，·2.0ABC'.split(''));
    fc.assert(
      fc.property(fc.array(char, { minLength: 1, maxLength: 30 }), (chars) => {
        const label = chars.join('').trim();
        if (label === '') return;
        const wrapped = wrapLabel(label, 'zh');
        expect(wrapped.replace(/\n/g, '')).toBe(label);
        for (const line of wrapped.split('\n')) expect(line).not.toBe('');
      }),
    );
  });
});

describe('phraseBreaks', () => {
  const cut = (t: string) => {
    let out = '';
    let last = 0;
    for (const at of phraseBreaks(t)) {
      out += `${t.slice(last, at)}|`;
      last = at;
    }
    return out + t.slice(last);
  };
  it('allows breaks between words and after 、, none inside a word or beside digits', () => {
    expect(cut('民主政治、统一战线与法治')).toMatch(/^民主政治、\|/);
    expect(cut('历史文化与城市文明')).toContain('|与城市');
    expect(cut('城市大脑2.0')).not.toMatch(/\|2\.0/);
    expect(cut('15分钟品质文化生活圈')).toMatch(/^15分钟/);
    for (const n of bundled.data.nodes) {
      const breaks = phraseBreaks(n.label);
      expect(breaks, n.label).toEqual([...breaks].sort((a, b) => a - b));
      for (const at of breaks) {
        expect(at, n.label).toBeGreaterThan(0);
        expect(at, n.label).toBeLessThan(n.label.length);
        expect(n.label[at], n.label).not.toMatch(/[、，·0-9A-Za-z]/);
      }
    }
  });
});

describe('wrapLabel: English', () => {
  it('uses the short gloss: no trailing parenthetical', () => {
    expect(shortGloss('Two Firsts (pioneering common prosperity and provincial modernisation)')).toBe('Two Firsts');
    expect(shortGloss('River (and lake) chief system')).toBe('River (and lake) chief system');
    expect(shortGloss('(only a parenthesis)')).toBe('(only a parenthesis)');
    expect(wrapLabel('Two Firsts (pioneering common prosperity and provincial modernisation)', 'en')).toBe('Two Firsts');
  });

  it('word-wraps in balanced lines of about 16 characters', () => {
    expect(wrapLabel('Common prosperity', 'en')).toBe('Common\nprosperity');
    expect(wrapLabel('Asian Games (Hangzhou 2022)', 'en')).toBe('Asian Games');
    expect(wrapLabel('Mountain–Sea Cooperation', 'en')).toBe('Mountain–Sea\nCooperation');
    expect(wrapLabel('Carbon peaking and carbon neutrality', 'en')).toBe('Carbon peaking\nand carbon\nneutrality');
    for (const n of bundled.data.nodes.filter((x) => x.labelEn !== '')) {
      const wrapped = wrapLabel(n.labelEn, 'en');
      expect(wrapped.replace(/\n/g, ' '), n.labelEn).toBe(shortGloss(n.labelEn));
      for (const line of wrapped.split('\n'))
        expect(line.length <= 16 || !line.includes(' '), `${n.labelEn}: ${line}`).toBe(true);
    }
  });

  it('falls back to the Chinese rules for a Chinese label', () => {
    expect(wrapLabel('城西科创大走廊', 'en')).toBe('城西科创\n大走廊');
  });
});
