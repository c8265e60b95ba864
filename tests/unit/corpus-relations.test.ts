import { describe, expect, it } from 'vitest';
import { buildCorpus, profileDocument } from '../../src/core/corpus';
import { CITY_RESOLUTION, graphOf, PASSING_MENTION, PROVINCE_REPORT, WORK_REPORT } from '../fixtures/corpus/docs';

const province = graphOf('province', PROVINCE_REPORT);
const city = graphOf('city', CITY_RESOLUTION);

describe('what a document says about itself', () => {
  it('reads kind, issuer and meeting from the text', () => {
    expect(profileDocument(province)).toMatchObject({
      kind: 'congress-report',
      issuer: { label: '中共浙江省委', region: '浙江省', body: 'party-committee' },
      heldAt: { meeting: { text: '中国共产党浙江省第十五次代表大会' } },
    });
    const c = profileDocument(city);
    expect(c).toMatchObject({ kind: 'resolution', issuer: { label: '中共杭州市委', body: 'party-committee' } });
    expect(c.heldAt?.meeting.text).toBe('中国共产党杭州市第十三届委员会第二次全体会议');
    expect(c.carriesOut.map((n) => n.evidence.address)).toEqual(['标题', '序言']);
    const report = profileDocument(graphOf('gd', WORK_REPORT(2022, ['百千万工程'])));
    expect(report).toMatchObject({ kind: 'work-report', issuer: { label: '广东省人民政府', region: '广东省' } });
  });
});

describe('relations', () => {
  it('a city resolution implements the provincial congress its title carries out, with both passages', () => {
    const corpus = buildCorpus([city, province]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['province', 'city']);
    expect(corpus.relations).toHaveLength(1);
    const r = corpus.relations[0]!;
    expect(r).toMatchObject({ type: 'implements', from: 'city', to: 'province' });
    const [named, held] = r.evidence;
    expect(named!.document).toBe('city');
    expect(CITY_RESOLUTION.slice(named!.start, named!.end)).toBe(named!.text);
    expect(named!.text).toContain('省第十五次党代会');
    expect(PROVINCE_REPORT.slice(held!.start, held!.end)).toBe('——在中国共产党浙江省第十五次代表大会上的报告');
  });

  it('naming a meeting in passing implements nothing', () => {
    const passing = graphOf('passing', PASSING_MENTION);
    expect(profileDocument(passing).carriesOut).toEqual([]);
    expect(buildCorpus([province, passing]).relations).toEqual([]);
  });

  it('a later work report of the same issuer follows the latest earlier one; other issuers and kinds do not', () => {
    const r2022 = graphOf('gd-2022', WORK_REPORT(2022, ['百千万工程', '粤省事']));
    const r2023 = graphOf('gd-2023', WORK_REPORT(2023, ['百千万工程', '粤商通']));
    const r2024 = graphOf('gd-2024', WORK_REPORT(2024, ['粤商通', '制造业当家']));
    const corpus = buildCorpus([r2024, province, r2022, r2023]);
    const follows = corpus.relations.filter((r) => r.type === 'follows').map((r) => [r.from, r.to]);
    expect(follows).toEqual([
      ['gd-2023', 'gd-2022'],
      ['gd-2024', 'gd-2023'],
    ]);
    expect(corpus.relations.every((r) => r.evidence.length === 2)).toBe(true);
  });
});

describe('statuses along a relation', () => {
  it('taken up, added and not taken up follow presence in the two documents', () => {
    const corpus = buildCorpus([province, city]);
    const status = (label: string) =>
      corpus.concepts.find((c) => c.label === label)?.statuses.find((s) => s.relation === corpus.relations[0]!.id)?.status;
    expect(status('两个先行')).toBe('taken-up');
    expect(status('八八战略')).toBe('taken-up'); // ‘八八战略’ in the city, “八八战略” in the province
    expect(status('城西科创大走廊')).toBe('added');
    expect(status('亚运会')).toBe('added');
    expect(status('浙里办')).toBe('not-taken-up');
    expect(status('最多跑一次')).toBe('not-taken-up');
  });

  it('per-document presence: counts, sections and the first mention come from each text', () => {
    const corpus = buildCorpus([province, city]);
    const c = corpus.concepts.find((k) => k.label === '两个先行')!;
    expect(c.presence.map((p) => p.document)).toEqual(['province', 'city']);
    for (const p of c.presence) {
      const g = p.document === 'province' ? province : city;
      const node = g.nodes.find((n) => n.id === p.nodes[0])!;
      expect(p.count).toBe(node.count);
      expect(p.sections).toEqual([...node.sections].sort());
      expect(g.document.text.slice(p.firstMention.start, p.firstMention.end)).toBe('两个先行');
    }
    const link = corpus.edges.find((e) => e.source === '两个先行' && e.target === '八八战略');
    expect(link?.weights.map((w) => w.document)).toEqual(['province', 'city']);
  });
});

describe('the province a city document means by 省', () => {
  it('is the one that contains the city, by the GB/T 2260 divisions', () => {
    const jiangsu = graphOf('jiangsu', PROVINCE_REPORT.replace(/浙江省/g, '江苏省').replace('八八战略', '争当表率'));
    const corpus = buildCorpus([city, province, jiangsu]);
    expect(corpus.relations.map((r) => [r.from, r.to])).toEqual([['city', 'province']]);
    const nanjing = graphOf('nanjing', CITY_RESOLUTION.replace(/杭州/g, '南京'));
    expect(buildCorpus([nanjing, province, jiangsu]).relations.map((r) => [r.from, r.to])).toEqual([['nanjing', 'jiangsu']]);
  });
});
