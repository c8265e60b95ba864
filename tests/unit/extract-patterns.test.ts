/** Suffix patterns: where a name starts, with and without a segmenter. */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import type { Segmenter } from '../../src/core/pipeline/types';
import { docOf } from '../fixtures/extract/doc-of';

const jieba = jiebaSegmenter(tokenize, tag);
/** Labels found in one sentence, without the general vocabulary, in code-unit order. */
const labels = (sentence: string, segmenter?: Segmenter) =>
  extractConcepts(docOf([sentence]), { segmenter, vocabulary: [] })
    .map((c) => c.label)
    .sort();

const HITS: [string, string[]][] = [
  [
    '全面实施科技创新和人才强市首位战略，举全市之力推动城西科创大走廊高质量融合发展。',
    ['城西科创大走廊', '科技创新和人才强市首位战略'],
  ],
  [
    '依托之江实验室、浙江大学、西湖大学、国科大杭州高等研究院等创新平台。',
    ['之江实验室', '国科大杭州高等研究院', '浙江大学', '西湖大学'],
  ],
  ['实施企业稳岗扩岗专项支持计划，深入推进大学生杭聚工程。', ['企业稳岗扩岗专项支持计划', '大学生杭聚工程']],
  ['实施居民收入和中等收入群体双倍增计划。', ['居民收入和中等收入群体双倍增计划']],
  ['实施县域高中发展提升行动，实施文旅融合深化行动。', ['县域高中发展提升行动', '文旅融合深化行动']],
  [
    '高水平建设之江艺术长廊、之江文化产业带、大运河文化产业带和三条诗路文化带。',
    ['三条诗路文化带', '之江文化产业带', '之江艺术长廊', '大运河文化产业带'],
  ],
  ['以链长制为牵引构建智能物联、新材料和绿色能源五大产业生态圈。', ['五大产业生态圈', '链长制']],
  [
    '高水平推进良渚国家古遗址公园建设，实施湿地保护三年行动计划。',
    ['湿地保护三年行动计划', '良渚国家古遗址公园'],
  ],
  [
    '做好钱塘江古海塘、新登古城墙、天目窑遗址等综合保护，推进海塘安澜工程。',
    ['天目窑遗址', '新登古城墙', '海塘安澜工程', '钱塘江古海塘'],
  ],
  ['全力支持淳安特别生态功能区建设，努力争创国际湿地城市。', ['国际湿地城市', '淳安特别生态功能区']],
  ['支持浙大城市学院创建全国百强大学，推进司法责任制综合配套改革。', ['司法责任制', '浙大城市学院']],
  ['加快建设城市大脑2.0，确保PM2.5达标。', ['城市大脑2.0']],
  ['之江实验室、西湖实验室等省实验室建设加快。', ['之江实验室', '西湖实验室']],
  [
    '紫金山实验室获批国家实验室，加快太湖科学城建设，新建省级重点实验室12家。',
    ['太湖科学城', '紫金山实验室'],
  ],
  [
    '深入学习贯彻省第十五次党代会精神，迎接党的二十大，落实十九届六中全会部署。',
    ['十九届六中全会', '党的二十大', '省第十五次党代会'],
  ],
  [
    '推进甬江科创区和前湾新区建设，高标准建设中国（浙江）自由贸易试验区。',
    ['中国（浙江）自由贸易试验区', '前湾新区', '甬江科创区'],
  ],
];

HITS.push([
  // four generic words together make a specific platform (the Hangzhou resolution's reader lists it)
  '搭建全市统一的公益慈善信息共享平台，开展臭气异味等专项治理行动。',
  ['公益慈善信息共享平台'],
]);

const MISSES: string[] = [
  '构建以国家实验室和全国重点实验室为龙头的新型实验室体系。', // generic stems
  '大力支持杭师大争创全国一流大学，加大体育公园建设力度。',
  '增强政治自觉思想自觉行动自觉，切实把思想和行动统一起来。', // 行动 followed by more of the phrase
  '持续放大综合带动效应，培育战略性新兴产业集群。', // 带动, 战略性
  '严格执行领导干部廉洁从政从业相关制度，推动制度化发展。', // qualifier stem, 制度化
  '开展臭气异味等专项治理行动。',
  '派强用好驻村第一书记，加快城市国际化步伐。',
];

describe('suffix patterns', () => {
  for (const segmenter of [jieba, undefined]) {
    const mode = segmenter ? 'with jieba' : 'without a segmenter';
    it.each(HITS)(`${mode}: %s`, (sentence, expected) => {
      expect(labels(sentence, segmenter)).toEqual([...expected].sort());
    });
    it.each(MISSES)(`${mode}, no name: %s`, (sentence) => {
      expect(labels(sentence, segmenter)).toEqual([]);
    });
  }

  it.each([jieba, undefined])(
    'joins a quotation to the name it heads (“最美”群像选树计划) %#',
    (segmenter) => {
      expect(labels('开展杭州“最美”群像选树计划，深化“名校名院名所”建设工程。', segmenter)).toEqual([
        '名校名院名所建设工程',
        '最美群像选树计划',
      ]);
    },
  );

  it('does not cut inside words with a segmenter (高等, 中等) and agrees with the fallback lists', () => {
    const s = '依托国科大杭州高等研究院，扩大中等收入群体倍增计划。';
    expect(labels(s, jieba)).toEqual(labels(s));
    expect(labels(s, jieba)).toContain('国科大杭州高等研究院');
  });
});
