import { describe, expect, it } from 'vitest';
import { buildCorpus, compareDocuments, corpusGraphData, normalizeSurface, shortNames, sortRows } from '../../src/core/corpus';
import { GraphDataSchema } from '../../src/core/pipeline/schema';
import { CITY_RESOLUTION, graphOf, PROVINCE_REPORT, WORK_REPORT } from '../fixtures/corpus/docs';

const province = graphOf('province', PROVINCE_REPORT);
const city = graphOf('city', CITY_RESOLUTION);
const corpus = buildCorpus([city, province]);

describe('the corpus as one graph', () => {
  const { data, base } = corpusGraphData(corpus, [province, city]);

  it('validates as graph data, one node per corpus concept, themes = documents', () => {
    expect(GraphDataSchema.safeParse(data).success).toBe(true);
    expect(data.nodes.map((n) => n.id)).toEqual(corpus.concepts.map((c) => c.id));
    expect(data.themes.map((t) => t.label)).toEqual(['浙江省党代会报告', '杭州市决议']);
    expect(data.nodes.find((n) => n.id === '城西科创大走廊')?.theme).toBe('doc:city');
    expect(data.nodes.find((n) => n.id === '两个先行')?.theme).toBe('doc:province');
  });

  it('keeps every mention on its words and every section on its document’s text, addresses prefixed', () => {
    const surfaces = new Map(corpus.concepts.map((c) => [c.id, new Set([c.label, ...c.aliases].map(normalizeSurface))]));
    for (const n of data.nodes)
      for (const m of n.mentions) expect(surfaces.get(n.id)!.has(normalizeSurface(data.document.text.slice(m.start, m.end)))).toBe(true);
    for (const s of data.sections) {
      const [doc, id] = s.id.split('/') as [string, string];
      const g = doc === 'city' ? city : province;
      const orig = g.sections.find((x) => x.id === id)!;
      expect(data.document.text.slice(s.start, s.end)).toBe(g.document.text.slice(orig.start, orig.end));
      expect(s.start - base.get(doc)!).toBe(orig.start);
    }
    expect(data.sections.find((s) => s.id === 'city/p1-s2')?.address).toBe('杭州市决议 一（二）');
  });

  it('links concepts exactly when they share a section of one of the documents', () => {
    const sections = new Map(data.nodes.map((n) => [n.id, new Set(n.sections)]));
    for (const e of data.edges) {
      expect(e.sections.length).toBe(e.weight);
      for (const s of e.sections) expect(sections.get(e.source)!.has(s) && sections.get(e.target)!.has(s)).toBe(true);
    }
    // 八八战略 and 两个先行 share 二（一） of the report and 一（一） of the resolution.
    expect(data.edges.find((e) => e.id === '两个先行--八八战略')?.weight).toBe(2);
  });
});

describe('comparing two documents', () => {
  it('lists what the later one took up, added and left, with each one’s mentions', () => {
    const c = compareDocuments(corpus, 'city', 'province');
    expect([c.earlier, c.later]).toEqual(['province', 'city']);
    expect(c.relation).toBe(corpus.relations[0]!.id);
    const row = (label: string) => c.rows.find((r) => r.label === label);
    expect(row('两个先行')).toMatchObject({ status: 'taken-up', earlier: 1, later: 2 });
    expect(row('亚运会')).toMatchObject({ status: 'added', earlier: 0, later: 1 });
    expect(row('浙里办')).toMatchObject({ status: 'not-taken-up', earlier: 1, later: 0 });
    expect(c.counts['taken-up'] + c.counts.added + c.counts['not-taken-up']).toBe(c.rows.length);
    const byEarlier = sortRows(c.rows, 'earlier').map((r) => r.earlier);
    expect(byEarlier).toEqual([...byEarlier].sort((a, b) => b - a));
    expect(sortRows(c.rows, 'status')[0]!.status).toBe('taken-up');
  });

  it('names twin documents apart by year', () => {
    const a = graphOf('a', WORK_REPORT(2022, ['粤省事']));
    const b = graphOf('b', WORK_REPORT(2023, ['粤省事']));
    const names = shortNames(buildCorpus([a, b]).documents);
    expect([...names.values()]).toEqual(['广东省政府工作报告 2022', '广东省政府工作报告 2023']);
  });
});
