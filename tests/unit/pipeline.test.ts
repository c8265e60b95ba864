import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getNodeSegmenter } from '../../src/cli/segmenter';
import { NO_HEADINGS_WARNING } from '../../src/core/pipeline/parse';
import { buildGraphData, DEFAULT_GENERATOR } from '../../src/core/pipeline/index';
import { GraphDataSchema, LexiconSchema, type GraphData, type Lexicon } from '../../src/core/pipeline/schema';
import type { Segmenter } from '../../src/core/pipeline/types';

const ID = 'hangzhou-2022-07-27';
const text = readFileSync(`graph-data/sources/${ID}.txt`, 'utf8');
const lexicon: Lexicon = LexiconSchema.parse(
  JSON.parse(readFileSync(`graph-data/lexicon/${ID}.json`, 'utf8')),
);

let segmenter: Segmenter;
let withLexicon: GraphData;
let withoutLexicon: GraphData;
const stages: [string, number][] = [];

beforeAll(async () => {
  segmenter = await getNodeSegmenter();
  withLexicon = buildGraphData(text, {
    documentId: ID,
    lexicon,
    segmenter,
    onProgress: (stage, fraction) => stages.push([stage, fraction]),
  });
  withoutLexicon = buildGraphData(text, { documentId: ID, segmenter });
});

function checkGraph(data: GraphData): void {
  const parsed = GraphDataSchema.safeParse(data);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const sectionIds = data.sections.map((s) => s.id);
  for (const edge of data.edges) {
    const a = nodes.get(edge.source)!;
    const b = nodes.get(edge.target)!;
    expect(a && b).toBeTruthy();
    expect(edge.source < edge.target).toBe(true);
    expect(edge.weight).toBe(edge.sections.length);
    for (const s of edge.sections) {
      expect(a.sections).toContain(s);
      expect(b.sections).toContain(s);
    }
    // Exactly the shared sections, in document order.
    expect(edge.sections).toEqual(sectionIds.filter((s) => a.sections.includes(s) && b.sections.includes(s)));
  }
  // Every node's sections are the sections that contain its mentions.
  for (const node of data.nodes) {
    const expected = sectionIds.filter((id) => {
      const s = data.sections.find((x) => x.id === id)!;
      return node.mentions.some((m) => m.start >= s.start && m.end <= s.end);
    });
    expect(node.sections).toEqual(expected);
    expect(node.count).toBe(node.mentions.length);
    for (const m of node.mentions) expect(m.end).toBeGreaterThan(m.start);
  }
  // A pair sharing a section always has its edge.
  const edgeIds = new Set(data.edges.map((e) => e.id));
  const list = data.nodes;
  let pairs = 0;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (list[i]!.sections.some((s) => list[j]!.sections.includes(s))) {
        pairs++;
        expect(edgeIds.has(`${list[i]!.id}--${list[j]!.id}`)).toBe(true);
      }
    }
  }
  expect(pairs).toBe(data.edges.length);
  // Every node has a declared theme; every theme has a node.
  const themeIds = new Set(data.themes.map((t) => t.id));
  for (const n of data.nodes) expect(themeIds.has(n.theme)).toBe(true);
  for (const t of data.themes) expect(data.nodes.some((n) => n.theme === t.id)).toBe(true);
}

describe('buildGraphData on the bundled document', () => {
  it('validates against the schema and keeps the edge rule, with the lexicon', () => {
    checkGraph(withLexicon);
    expect(withLexicon.schemaVersion).toBe(1);
    expect(withLexicon.generator).toBe(DEFAULT_GENERATOR);
    expect(withLexicon.document.id).toBe(ID);
    expect(withLexicon.sections.map((s) => s.id)).toContain('p2-s6');
  });

  it('has 80–160 concepts with the lexicon (a graph a reader can take in)', () => {
    expect(withLexicon.nodes.length).toBeGreaterThanOrEqual(80);
    expect(withLexicon.nodes.length).toBeLessThanOrEqual(160);
  });

  it('links named concepts that share a subsection', () => {
    const ids = new Set(withLexicon.edges.map((e) => e.id));
    const edge = (a: string, b: string) => (a < b ? `${a}--${b}` : `${b}--${a}`);
    const labels = new Set(withLexicon.nodes.map((n) => n.id));
    expect(labels.has('八八战略')).toBe(true);
    expect(labels.has('枫桥经验')).toBe(true);
    // 八八战略 and 两个先行 are both in the closing paragraph; 枫桥经验 (二（七）) never meets 八八战略.
    const two = withLexicon.edges.find((e) => e.id === edge('八八战略', '两个先行'));
    expect(two?.sections).toContain('closing');
    expect(ids.has(edge('枫桥经验', '八八战略'))).toBe(false); // never in the same section
  });

  it('uses the lexicon themes and adds pinyin and layout', () => {
    const lexiconThemes = new Set(lexicon.themes.map((t) => t.id));
    for (const t of withLexicon.themes) expect(lexiconThemes.has(t.id)).toBe(true);
    const fengqiao = withLexicon.nodes.find((n) => n.id === '枫桥经验')!;
    expect(fengqiao.pinyin).toBe('fēng qiáo jīng yàn');
    const positions = new Set(withLexicon.nodes.map((n) => `${n.x},${n.y}`));
    expect(positions.size).toBe(withLexicon.nodes.length);
  });

  it('derives themes from the structure without a lexicon (part 二 split into its 7 subsections)', () => {
    checkGraph(withoutLexicon);
    const labels = withoutLexicon.themes.map((t) => t.labelEn);
    expect(labels).toEqual(expect.arrayContaining(['Part 1', 'Part 3']));
    for (let k = 1; k <= 7; k++) expect(labels).toContain(`Part 2 (${k})`);
    expect(labels.length).toBeLessThanOrEqual(12);
    for (const t of withoutLexicon.themes) {
      const share = withoutLexicon.nodes.filter((n) => n.theme === t.id).length / withoutLexicon.nodes.length;
      expect(share, t.id).toBeLessThanOrEqual(0.4);
    }
  });

  it('is byte-identical across runs', () => {
    const again = buildGraphData(text, { documentId: ID, lexicon, segmenter });
    expect(JSON.stringify(again)).toBe(JSON.stringify(withLexicon));
  });

  it('reports the stages in order with fractions in [0, 1]', () => {
    const order = [...new Set(stages.map(([s]) => s))];
    expect(order).toEqual(['parse', 'extract', 'graph', 'layout']);
    for (const [, f] of stages) expect(f >= 0 && f <= 1).toBe(true);
    // Within a stage the fraction never goes back.
    for (let i = 1; i < stages.length; i++) {
      if (stages[i]![0] === stages[i - 1]![0])
        expect(stages[i]![1]).toBeGreaterThanOrEqual(stages[i - 1]![1]);
    }
    expect(stages[stages.length - 1]).toEqual(['layout', 1]);
  });
});

describe('buildGraphData on other input', () => {
  it('passes the parser warnings through and takes a generator name', () => {
    const data = buildGraphData('全面推进“数字化改革”，深化“最多跑一次”改革。\n坚持“数字化改革”引领。', {
      documentId: 'plain',
      generator: 'test 1',
    });
    expect(data.generator).toBe('test 1');
    expect(data.warnings).toContain(NO_HEADINGS_WARNING);
    expect(GraphDataSchema.safeParse(data).success).toBe(true);
  });

  it('turns empty text into an empty, valid graph', () => {
    const data = buildGraphData('', { documentId: 'empty' });
    expect(data.nodes).toEqual([]);
    expect(data.edges).toEqual([]);
    expect(GraphDataSchema.safeParse(data).success).toBe(true);
  });
});
