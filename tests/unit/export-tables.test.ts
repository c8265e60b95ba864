import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  EXPORT_FILE_NAMES,
  exportAll,
  subsetGraphData,
  toCytoscapeJson,
  toEdgesCsv,
  toGraphJson,
  toNodesCsv,
} from '../../src/core/pipeline/export';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';

const fixture: GraphData = GraphDataSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/cli/small-graph.json', import.meta.url), 'utf8')),
);

/** A strict RFC 4180 reader (CRLF records, quoted fields), written independently of the writer. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last record lacks CRLF');
  return rows;
}

function csvBody(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return readCsv(text.slice(1));
}

describe('CSV tables', () => {
  it('nodes.csv: BOM, header, one row per node, tricky fields round-trip', () => {
    const rows = csvBody(toNodesCsv(fixture));
    expect(rows[0]).toEqual([
      'id',
      'label',
      'labelEn',
      'pinyin',
      'kind',
      'theme',
      'themeLabel',
      'count',
      'degree',
      'weightedDegree',
      'betweenness',
      'community',
      'x',
      'y',
      'sections',
    ]);
    expect(rows).toHaveLength(1 + fixture.nodes.length);
    const byId = new Map(
      rows.slice(1).map((r) => [r[0], Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]]))]),
    );
    expect(byId.get('八八战略')).toMatchObject({
      label: '八八战略',
      themeLabel: '战略引领',
      count: '2',
      x: '-120.5', // a negative number is not a formula
      sections: 'preamble;p1-s1',
    });
    expect(byId.get('c-amp')).toMatchObject({ label: 'A&B<C>', labelEn: '"A, B" & C' });
    // Formula injection: cells a spreadsheet would evaluate get a leading apostrophe.
    expect(byId.get('c-formula')).toMatchObject({
      label: "'=SUM(A1)",
      labelEn: "'-cmd|' /C calc'!A0",
      pinyin: "'@evil",
    });
  });

  it('edges.csv: header and values', () => {
    const rows = csvBody(toEdgesCsv(fixture));
    expect(rows[0]).toEqual([
      'id',
      'source',
      'target',
      'weight',
      'sentences',
      'association',
      'strength',
      'closeness',
      'adjacent',
      'paragraphs',
      'proximity',
      'sections',
    ]);
    // The fixture predates the proximity fields: they are computed from its text on reading. Four
    // sections; each pair shares a sentence in every section it shares; strength = closeness · 4 / (n · m).
    expect(rows.slice(1)).toEqual([
      ['八八战略|两个先行', '八八战略', '两个先行', '1', '1', '0.5', '2', '1', '0', '1', 'sentence', 'preamble'],
      ['八八战略|城西科创大走廊', '八八战略', '城西科创大走廊', '1', '1', '0.5', '2', '1', '0', '1', 'sentence', 'p1-s1'],
      ['c-amp|c-formula', 'c-amp', 'c-formula', '2', '1', '1', '2', '2', '0', '2', 'sentence;sentence', 'p1-s1;p1-s2'],
    ]);
  });

  it('csvField quotes and neutralises only what it must', () => {
    expect(csvField('plain 中文')).toBe('plain 中文');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 571')).toBe("'+86 571");
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField('+3e5')).toBe('+3e5');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField('@x,y')).toBe(`"'@x,y"`);
  });

  it('any text round-trips through a field (apart from the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map(csvField).join(',') + '\r\n';
        const [row] = readCsv(line);
        const expected = cells.map((c) =>
          /^[=+\-@\t\r]/.test(c) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(c) ? `'${c}` : c,
        );
        expect(row).toEqual(expected);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('toCytoscapeJson', () => {
  it('has the Cytoscape desktop header and elements with names and positions', () => {
    const text = toCytoscapeJson(fixture);
    const cyjs = JSON.parse(text);
    // One element per line: compact for big graphs, still line-diffable.
    expect(text.split('\n').filter((l) => l.startsWith('      {"data":'))).toHaveLength(5 + 3);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(toCytoscapeJson(subsetGraphData(fixture, new Set()))).elements).toEqual({
      nodes: [],
      edges: [],
    });
    expect(cyjs.format_version).toBe('1.0');
    expect(cyjs.generated_by).toBe('policy-graph test fixture');
    expect(cyjs.target_cytoscapejs_version).toMatch(/^~\d/);
    expect(cyjs.data.name).toBe(fixture.document.title);
    expect(cyjs.elements.nodes).toHaveLength(5);
    expect(cyjs.elements.edges).toHaveLength(3);
    const node = cyjs.elements.nodes.find((n: { data: { id: string } }) => n.data.id === '八八战略');
    expect(node).toMatchObject({
      data: {
        name: '八八战略',
        shared_name: '八八战略',
        count: 2,
        themeLabel: '战略引领',
        sections: ['preamble', 'p1-s1'],
      },
      position: { x: -120.5, y: 33.25 },
    });
    const ids = new Set(cyjs.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    for (const e of cyjs.elements.edges) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      expect(e.data.interaction).toBe('co-occurs');
    }
    expect(cyjs.elements.edges[2].data).toMatchObject({
      id: 'c-amp|c-formula',
      weight: 2,
      name: 'A&B<C> (co-occurs) =SUM(A1)',
    });
  });
});

describe('subsetGraphData and exportAll', () => {
  it('keeps the chosen nodes, the edges among them (filtered by edge ids) and the themes used', () => {
    const sub = subsetGraphData(fixture, new Set(['八八战略', '两个先行', '城西科创大走廊']));
    expect(sub.nodes.map((n) => n.id)).toEqual(['八八战略', '两个先行', '城西科创大走廊']);
    expect(sub.edges.map((e) => e.id)).toEqual(['八八战略|两个先行', '八八战略|城西科创大走廊']);
    expect(sub.themes.map((t) => t.id)).toEqual(['strategy', 'innovation']);
    expect(GraphDataSchema.safeParse(sub).success).toBe(true);
    const fewer = subsetGraphData(
      fixture,
      new Set(['八八战略', '两个先行', '城西科创大走廊']),
      new Set(['八八战略|两个先行']),
    );
    expect(fewer.edges.map((e) => e.id)).toEqual(['八八战略|两个先行']);
    expect(subsetGraphData(fixture, new Set()).themes).toEqual([]);
    expect(fixture.nodes).toHaveLength(5); // input untouched
  });

  it('exportAll gives the six files; graph.json is 2-space JSON with a final newline', () => {
    const files = exportAll(fixture);
    expect(files.map((f) => f.name)).toEqual([...EXPORT_FILE_NAMES]);
    expect(files.map((f) => f.name)).toEqual([
      'graph.json',
      'graph.gexf',
      'graph.graphml',
      'graph.cyjs',
      'nodes.csv',
      'edges.csv',
    ]);
    const json = toGraphJson(fixture);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(json)).toEqual(fixture);
  });
});
