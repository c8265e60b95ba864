// @vitest-environment jsdom
// jsdom gives a strict XML parser.
/** The SVG export stays well-formed XML whatever a graph file's labels and title hold. */
import { describe, expect, it } from 'vitest';
import { decorateSvg, layoutHeader } from '../../src/core/explorer/image-export';

describe('SVG export', () => {
  it('is well-formed XML when the drawing and the title hold control characters', () => {
    // What cytoscape-svg gives for labels it was handed as they are (a graph file from elsewhere).
    const raw =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">' +
      '<text x="0" y="10">八八\u0001战略\u001b</text><text x="0" y="30">\u0008两个\ufffe先行\ud800</text></svg>';
    const title = '决议\u0002标题';
    const header = layoutHeader({
      title,
      legend: [{ label: '主题\u0003', color: '#332288' }],
      graphWidth: 200,
    });
    const svg = decorateSvg(raw, header, { title, fontFamily: 'sans-serif' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['八八战略', '两个先行', '决议标题', '主题']));
  });
});
