/**
 * One validation for every way a graph arrives (parseGraphData): shape, finite numbers within sane
 * bounds, unique ids, references that resolve, offsets inside the text and inside their sections.
 * Every failure is one line naming what is wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';

function read(path: string): unknown {
  return JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8'));
}

/** A fresh, mutable copy of the mini fixture (10 concepts, 14 links, 8 sections). */
function mini(): GraphData {
  return read('tests/fixtures/mini-graph.json') as GraphData;
}

function rejected(data: unknown): string {
  const result = parseGraphData(data);
  expect(result.ok).toBe(false);
  const error = (result as { error: string }).error;
  expect(error).not.toContain('\n');
  return error;
}

describe('parseGraphData accepts what the pipeline writes', () => {
  it.each([
    'tests/fixtures/mini-graph.json',
    'tests/fixtures/h8-graph.json',
    'tests/fixtures/e2e/tiny.graph.json',
    'tests/fixtures/cli/small-graph.json',
    'graph-data/graphs/hangzhou-2022-07-27/graph.json',
  ])('%s', (path) => {
    const result = parseGraphData(read(path));
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });
});

describe('parseGraphData refuses, in one line', () => {
  it('coordinates that are huge or not numbers', () => {
    for (const x of [1e308, -1e308, 2e6, Number.NaN, Number.POSITIVE_INFINITY]) {
      const data = mini();
      data.nodes[3]!.x = x;
      expect(rejected(data)).toMatch(/nodes\.3\.x/);
    }
    const data = mini();
    data.nodes[0]!.y = -5e6;
    expect(rejected(data)).toMatch(/nodes\.0\.y/);
  });

  it('sizes and counts out of bounds', () => {
    const cases: [string, (d: GraphData) => void, RegExp][] = [
      ['weightedDegree', (d) => (d.nodes[1]!.weightedDegree = 1e308), /nodes\.1\.weightedDegree/],
      ['degree', (d) => (d.nodes[1]!.degree = 1e15), /nodes\.1\.degree/],
      ['count', (d) => (d.nodes[1]!.count = 1e15), /nodes\.1\.count/],
      ['betweenness', (d) => (d.nodes[1]!.betweenness = 7), /nodes\.1\.betweenness/],
      ['community', (d) => (d.nodes[1]!.community = 1e12), /nodes\.1\.community/],
      ['weight', (d) => (d.edges[2]!.weight = 1e15), /edges\.2\.weight/],
      ['sentences', (d) => (d.edges[2]!.sentences = 1e15), /edges\.2\.sentences/],
    ];
    for (const [, mutate, where] of cases) {
      const data = mini();
      mutate(data);
      expect(rejected(data)).toMatch(where);
    }
  });

  it('a graph without concepts', () => {
    const data = mini();
    data.nodes = [];
    data.edges = [];
    expect(rejected(data)).toMatch(/no concepts/);
  });

  it('duplicate concept, link, section and theme ids, and a link id that is also a concept id', () => {
    let data = mini();
    data.nodes.push({ ...data.nodes[2]!, x: 9999, y: 9999 });
    expect(rejected(data)).toMatch(/duplicate concept id "两个先行"/);
    data = mini();
    data.edges.push({ ...data.edges[0]! });
    expect(rejected(data)).toMatch(/duplicate link id "习近平新时代中国特色社会主义思想--八八战略"/);
    data = mini();
    data.edges[0]!.id = data.nodes[5]!.id;
    expect(rejected(data)).toMatch(/link id .* is also a concept id/);
    data = mini();
    data.sections.push({ ...data.sections[1]! });
    expect(rejected(data)).toMatch(/duplicate section id "p1-intro"/);
    data = mini();
    data.themes.push({ ...data.themes[0]! });
    expect(rejected(data)).toMatch(/duplicate theme id/);
  });

  it('links whose ends are missing', () => {
    let data = mini();
    data.edges[4]!.source = 'nobody';
    expect(rejected(data)).toMatch(/link ".*" refers to a missing concept "nobody"/);
    data = mini();
    data.edges[4]!.target = '__proto__';
    expect(rejected(data)).toMatch(/missing concept "__proto__"/);
  });

  it('section references that do not resolve', () => {
    let data = mini();
    data.edges[1]!.sections = ['p9-s9'];
    expect(rejected(data)).toMatch(/link ".*" refers to a missing section "p9-s9"/);
    data = mini();
    data.nodes[1]!.sections.push('constructor');
    expect(rejected(data)).toMatch(/concept "八八战略" refers to a missing section "constructor"/);
  });

  it('a theme that does not exist', () => {
    const data = mini();
    data.nodes[0]!.theme = 'toString';
    expect(rejected(data)).toMatch(/concept ".*" has a missing theme "toString"/);
  });

  it('mentions outside the text, or outside their concept’s sections', () => {
    let data = mini();
    const len = data.document.text.length;
    data.nodes[2]!.mentions.push({ start: len, end: len + 4 });
    data.nodes[2]!.count++;
    expect(rejected(data)).toMatch(/mention of "两个先行" at \d+–\d+ lies outside the document text/);
    // A mention inside a section the concept does not list (p2-s1 is 270–302), or across two sections.
    for (const at of [280, 350]) {
      data = mini();
      data.nodes[2]!.mentions.push({ start: at, end: at + 4 });
      data.nodes[2]!.count++;
      expect(rejected(data)).toMatch(
        new RegExp(`mention of "两个先行" at ${at}–${at + 4} lies outside its sections`),
      );
    }
    // A mention outside every section (the title) is the explorer's to show without an address.
    data = mini();
    data.nodes[2]!.mentions.unshift({ start: 0, end: 2 });
    data.nodes[2]!.count++;
    expect(parseGraphData(data).ok).toBe(true);
    data = mini();
    data.nodes[2]!.count += 1;
    expect(rejected(data)).toMatch(/concept "两个先行" counts \d+ mentions but lists \d+/);
  });

  it('sections outside the text', () => {
    let data = mini();
    data.sections[7]!.end = data.document.text.length + 1;
    expect(rejected(data)).toMatch(/section "[^"]+" lies outside the document text/);
    data = mini();
    data.sections[2]!.start = data.sections[2]!.end + 1;
    expect(rejected(data)).toMatch(/section "[^"]+" ends before it starts/);
  });

  it('control and bidirectional characters in names', () => {
    for (const [mutate, where] of [
      [
        (d: GraphData) => (d.nodes[1]!.label = '八八\u202e战略'),
        /concept "八八战略" has a control or bidirectional/,
      ],
      [(d: GraphData) => (d.nodes[1]!.aliases = ['八八\u0001']), /concept "八八战略" has a control/],
      [(d: GraphData) => (d.nodes[1]!.labelEn = 'Eight\u2066'), /concept "八八战略" has a control/],
      [(d: GraphData) => (d.themes[0]!.label = '\u200f主题'), /theme ".*" has a control or bidirectional/],
    ] as const) {
      const data = mini();
      mutate(data);
      expect(rejected(data)).toMatch(where);
    }
  });

  it('ids with line breaks stay on one line in the message', () => {
    const data = mini();
    data.edges[4]!.source = 'a\nb\u2028c';
    const error = rejected(data);
    expect(error).toMatch(/missing concept "a\\nb\\u2028c"/);
  });

  it('a very long id is shortened in the message', () => {
    const data = mini();
    data.edges[4]!.source = 'x'.repeat(5000);
    expect(rejected(data).length).toBeLessThan(300);
  });
});
