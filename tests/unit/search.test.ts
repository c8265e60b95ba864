import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalizeQuery, searchConcepts, searchIndexFor } from '../../src/core/explorer/search';
import { GraphDataSchema, type GraphData, type GraphNode } from '../../src/core/pipeline/schema';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
const index = buildSearchIndex(data);
const labels = (q: string, limit?: number) => searchConcepts(index, q, limit).map((r) => r.label);
const top = (q: string) => searchConcepts(index, q)[0];

describe('normalizeQuery', () => {
  it('folds full-width, case, tone marks and ü', () => {
    expect(normalizeQuery('ＦＥＮＧ　Qiao')).toBe('feng qiao');
    expect(normalizeQuery('Fēngqiáo')).toBe('fengqiao');
    expect(normalizeQuery('lǜ')).toBe('lv');
  });
});

describe('searchConcepts', () => {
  it('finds Chinese substrings of labels, exact first', () => {
    expect(top('枫桥经验')).toMatchObject({ label: '枫桥经验', matchedOn: 'label' });
    expect(labels('经验')).toEqual(['枫桥经验']);
    expect(labels('大')).toEqual(expect.arrayContaining(['城西科创大走廊', '大运河']));
    // prefix (大运河) ranks above substring (城西科创大走廊)
    expect(labels('大')[0]).toBe('大运河');
    expect(labels('不存在的词')).toEqual([]);
  });

  it('finds aliases and says so', () => {
    const r = top('科创走廊');
    expect(r).toMatchObject({ label: '城西科创大走廊', matchedOn: 'alias', matched: '科创走廊' });
    // 杭州亚运会 is an alias; the exact alias match beats the label substring match of 亚运会
    expect(top('杭州亚运')).toMatchObject({ label: '亚运会', matchedOn: 'alias' });
  });

  it('finds pinyin without tones, with or without spaces, and initials', () => {
    expect(top('fengqiao')).toMatchObject({ label: '枫桥经验', matchedOn: 'pinyin' });
    expect(top('fengqiaojingyan')).toMatchObject({ label: '枫桥经验', matchedOn: 'pinyin', score: 33 });
    expect(top('feng qiao jing yan')).toMatchObject({ label: '枫桥经验', matchedOn: 'pinyin' });
    expect(top('Fēng Qiáo')).toMatchObject({ label: '枫桥经验' });
    expect(top('fqjy')).toMatchObject({ label: '枫桥经验', matchedOn: 'initials' });
    expect(labels('fqjy')).toEqual(['枫桥经验']);
    expect(top('ＦＱＪＹ')).toMatchObject({ label: '枫桥经验' });
    // a later syllable: 经验 → jingyan
    expect(labels('jingyan')).toContain('枫桥经验');
    // pinyin of an alias
    expect(top('hangzhouyayun')).toMatchObject({ label: '亚运会', matchedOn: 'pinyin' });
    // not inside a syllable: 'engqiao' is no pinyin match
    expect(labels('engqiao')).not.toContain('枫桥经验');
  });

  it('finds English gloss words by prefix, case-insensitively', () => {
    expect(top('fengq')).toMatchObject({ label: '枫桥经验' });
    expect(top('Grand Canal')).toMatchObject({ label: '大运河', matchedOn: 'gloss', score: 32 });
    expect(top('canal')).toMatchObject({ label: '大运河', matchedOn: 'gloss' });
    expect(top('DIGITAL')).toMatchObject({ label: '数字经济', matchedOn: 'gloss' });
    expect(top('experience')).toMatchObject({ label: '枫桥经验' });
    expect(labels('asian gam')).toEqual(['亚运会']);
  });

  it('finds descriptionEn words with a lower score than gloss words', () => {
    // 'bridge' occurs only in the description of 五水共治
    const r = searchConcepts(index, 'bridge');
    expect(r.map((x) => x.label)).toEqual(['五水共治']);
    expect(r[0]!.score).toBeLessThan(10);
    // 'laboratory' is in 之江实验室's description; 'lab' is a gloss word prefix, ranked higher
    const lab = searchConcepts(index, 'lab');
    expect(lab[0]!.label).toBe('之江实验室');
    expect(lab[0]!.score).toBeGreaterThan(10);
  });

  it('ranks by count when the match level is equal', () => {
    const many: GraphData = {
      ...data,
      nodes: [
        { ...(data.nodes[0] as GraphNode), id: 'a', label: '城市甲', count: 2, aliases: [] },
        { ...(data.nodes[0] as GraphNode), id: 'b', label: '城市乙', count: 9, aliases: [] },
        { ...(data.nodes[0] as GraphNode), id: 'c', label: '城市', count: 1, aliases: [] },
      ],
    };
    expect(searchConcepts(buildSearchIndex(many), '城市').map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('respects the limit and ignores empty queries', () => {
    expect(searchConcepts(index, '   ')).toEqual([]);
    expect(labels('a', 3)).toHaveLength(3);
    expect(searchConcepts(index, 'a').length).toBeLessThanOrEqual(12);
  });

  it('builds an index of 5,000 nodes and answers from it (timing: npm run bench)', () => {
    const node = data.nodes[3] as GraphNode;
    const nodes = Array.from({ length: 5000 }, (_, i) => ({
      ...node,
      id: `n${i}`,
      label: `${node.label}${String.fromCharCode(0x4e00 + (i % 2000))}${i}`,
      aliases: i % 3 === 0 ? [`别名${i}`] : [],
    }));
    const bigIndex = buildSearchIndex({ ...data, nodes });
    const r = searchConcepts(bigIndex, 'chengxi');
    expect(r).toHaveLength(12);
  });
});

describe('pinyin initials', () => {
  it('match pinyin-pro first-letter pattern on the fixture and on polyphones', async () => {
    const { pinyin } = await import('pinyin-pro');
    const forms = ['重庆银行', '绿色发展', '长三角', ...data.nodes.flatMap((n) => [n.label, ...n.aliases])];
    const idx = buildSearchIndex({ ...data, nodes: forms.map((label, i) => ({ ...(data.nodes[0] as GraphNode), id: `f${i}`, label, aliases: [] })) });
    for (const [i, form] of forms.entries()) {
      const expected = pinyin(form, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
      expect(searchConcepts(idx, expected, 100).some((r) => r.id === `f${i}` && r.matchedOn === 'initials')).toBe(true);
    }
    expect(top('cqyh')).toBeUndefined();
    expect(searchConcepts(idx, 'cqyh')[0]!.label).toBe('重庆银行');
    expect(searchConcepts(idx, 'chongqingyinhang')[0]!.label).toBe('重庆银行');
    expect(searchConcepts(idx, 'lvse')[0]!.label).toBe('绿色发展');
  });
});

describe('searchIndexFor', () => {
  it('builds once per graph object', () => {
    const a = searchIndexFor(data);
    expect(searchIndexFor(data)).toBe(a);
    expect(searchIndexFor({ ...data })).not.toBe(a);
    expect(searchConcepts(a, 'fqjy')[0]!.label).toBe('枫桥经验');
  });
});

describe('pinyin as the pipeline reads it', () => {
  it('finds the 长制 family by zhang, the reading shown in each node’s pinyin', async () => {
    const { default: bundled } = await import('../../graph-data/graphs/hangzhou-2022-07-27/graph.json');
    const graph = GraphDataSchema.parse(bundled);
    const index = buildSearchIndex(graph);
    for (const [query, label] of [
      ['linzhangzhi', '林长制'],
      ['tianzhangzhi', '田长制'],
      ['lianzhangzhi', '链长制'],
      ['hezhangzhi', '河（湖）长制'],
    ] as const) {
      expect(graph.nodes.find((n) => n.label === label)?.pinyin).toContain('zhǎng');
      expect(searchConcepts(index, query, 3).map((r) => r.label)[0]).toBe(label);
    }
  });
});
