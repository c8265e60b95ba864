// @vitest-environment jsdom
// jsdom provides a strict XML DOMParser to check well-formedness and read GraphML back.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphML, subsetGraphData } from '../../src/core/pipeline/export';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';

const fixture: GraphData = GraphDataSchema.parse(
  JSON.parse(
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../fixtures/cli/small-graph.json'), 'utf8'),
  ),
);

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

function withLabel(label: string, title = 'T'): GraphData {
  const data = structuredClone(fixture);
  data.nodes[0]!.label = label;
  data.document.title = title;
  return data;
}

describe('toGexf', () => {
  it('is well-formed GEXF 1.3 with the viz namespace Gephi reads', () => {
    const text = toGexf(fixture);
    const doc = parseXml(text);
    const root = doc.documentElement;
    expect(root.localName).toBe('gexf');
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.namespaceURI).toBe('http://gexf.net/1.3');
    expect(root.getAttribute('xmlns:viz')).toBe('http://gexf.net/1.3/viz');
    const colors = doc.getElementsByTagNameNS('http://gexf.net/1.3/viz', 'color');
    expect(colors).toHaveLength(fixture.nodes.length);
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('defaultedgetype')).toBe('undirected');
  });

  it('round-trips through graphology-gexf: counts, Chinese and escaped labels, weights, positions, colours', () => {
    const graph = parseGexf(Graph, toGexf(fixture));
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(3);
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttribute('城西科创大走廊', 'label')).toBe('城西科创大走廊');
    expect(graph.getNodeAttribute('c-amp', 'label')).toBe('A&B<C>');
    expect(graph.getNodeAttribute('c-amp', 'labelEn')).toBe('"A, B" & C');
    const a = graph.getNodeAttributes('八八战略');
    expect(a).toMatchObject({ x: -120.5, y: 33.25, count: 2, degree: 2, betweenness: 0.5, community: 0 });
    expect(a.color).toBe('rgb(31,119,180)'); // #1f77b4, the strategy theme
    expect(a.themeLabel).toBe('战略引领');
    expect(a.sections).toBe('preamble;p1-s1');
    expect(a.size).toBeGreaterThan(graph.getNodeAttribute('两个先行', 'size'));
    expect(graph.getEdgeAttributes('c-amp|c-formula')).toMatchObject({
      weight: 2,
      sentences: 1,
      association: 1,
      strength: 2,
      proximity: 'sentence;sentence',
      sections: 'p1-s1;p1-s2',
    });
    expect(graph.extremities('八八战略|城西科创大走廊').sort()).toEqual(
      ['八八战略', '城西科创大走廊'].sort(),
    );
  });

  it('writes creator and the document title as description, stripping characters illegal in XML', () => {
    const doc = parseXml(toGexf(fixture));
    expect(doc.getElementsByTagName('creator')[0]!.textContent).toBe('policy-graph test fixture');
    // The fixture title ends with U+0007, which XML 1.0 cannot carry.
    expect(doc.getElementsByTagName('description')[0]!.textContent).toBe('杭州 “两个先行” & <决议> "test"');
  });

  it('keeps line breaks and tabs inside attribute values', () => {
    const graph = parseGexf(Graph, toGexf(withLabel('上\n下\t右')));
    expect(graph.getNodeAttribute('八八战略', 'label')).toBe('上\n下\t右');
  });

  it('any label survives a round trip, minus characters XML cannot hold', () => {
    const illegal = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\r', '\n', '&', '<', '"', '\u0000', '\uD800', '\uFFFF'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
          minLength: 1,
          maxLength: 30,
        }),
        (label) => {
          const expected = label.replace(illegal, '');
          fc.pre(expected.length > 0);
          const graph = parseGexf(Graph, toGexf(withLabel(label, label)));
          expect(graph.getNodeAttribute('八八战略', 'label')).toBe(expected);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('is deterministic and exports a subset', () => {
    expect(toGexf(fixture)).toBe(toGexf(structuredClone(fixture)));
    const sub = subsetGraphData(fixture, new Set(['八八战略', '两个先行', 'c-amp']));
    const graph = parseGexf(Graph, toGexf(sub));
    expect(graph.nodes().sort()).toEqual(['c-amp', '八八战略', '两个先行'].sort());
    expect(graph.edges()).toEqual(['八八战略|两个先行']);
  });
});

describe('toGraphML', () => {
  function readGraphML(text: string) {
    const doc = parseXml(text);
    const keys = new Map<string, { name: string; type: string; for: string }>();
    for (const k of Array.from(doc.getElementsByTagName('key'))) {
      keys.set(k.getAttribute('id')!, {
        name: k.getAttribute('attr.name')!,
        type: k.getAttribute('attr.type')!,
        for: k.getAttribute('for')!,
      });
    }
    const read = (el: Element) => {
      const out: Record<string, string> = {};
      for (const d of Array.from(el.getElementsByTagName('data')))
        out[keys.get(d.getAttribute('key')!)!.name] = d.textContent!;
      return out;
    };
    const nodes: Record<string, string>[] = Array.from(doc.getElementsByTagName('node')).map((n) => ({
      id: n.getAttribute('id')!,
      ...read(n),
    }));
    const edges = Array.from(doc.getElementsByTagName('edge')).map((e) => ({
      id: e.getAttribute('id')!,
      source: e.getAttribute('source')!,
      target: e.getAttribute('target')!,
      ...read(e),
    }));
    return { doc, keys, nodes, edges };
  }

  it('declares typed keys d0… and an undirected graph', () => {
    const { doc, keys } = readGraphML(toGraphML(fixture));
    expect(doc.documentElement.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('edgedefault')).toBe('undirected');
    expect([...keys.keys()].every((id, i) => id === `d${i}`)).toBe(true);
    const byName = (scope: string, name: string) =>
      [...keys.values()].find((k) => k.for === scope && k.name === name);
    expect(byName('node', 'label')?.type).toBe('string');
    expect(byName('node', 'count')?.type).toBe('int');
    expect(byName('node', 'betweenness')?.type).toBe('double');
    expect(byName('node', 'x')?.type).toBe('double');
    expect(byName('edge', 'weight')?.type).toBe('int');
    expect(byName('edge', 'association')?.type).toBe('double');
    expect(byName('edge', 'strength')?.type).toBe('double');
    expect(byName('edge', 'adjacent')?.type).toBe('int');
  });

  it('carries nodes and edges with their data, Chinese and escaped text intact', () => {
    const { nodes, edges } = readGraphML(toGraphML(fixture));
    expect(nodes).toHaveLength(5);
    expect(edges).toHaveLength(3);
    expect(nodes.find((n) => n.id === 'c-amp')).toMatchObject({ label: 'A&B<C>', labelEn: '"A, B" & C' });
    expect(nodes.find((n) => n.id === '八八战略')).toMatchObject({
      label: '八八战略',
      pinyin: 'bā bā zhàn lüè',
      themeLabel: '战略引领',
      x: '-120.5',
      y: '33.25',
      sections: 'preamble;p1-s1',
    });
    expect(edges.find((e) => e.id === 'c-amp|c-formula')).toMatchObject({
      source: 'c-amp',
      target: 'c-formula',
      weight: '2',
      association: '1',
      strength: '2',
      closeness: '2',
      paragraphs: '2',
    });
  });

  it('strips characters illegal in XML and stays deterministic', () => {
    const text = toGraphML(withLabel('a\u0000b\uFFFEc\uD800d'));
    const { nodes } = readGraphML(text);
    expect(nodes[0]!.label).toBe('abcd');
    expect(toGraphML(fixture)).toBe(toGraphML(structuredClone(fixture)));
  });
});
