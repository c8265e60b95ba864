/**
 * Name suffixes for the pattern extractor. `careful` suffixes are also ordinary words (计划, 中心, 城市 …):
 * the name must be followed by punctuation or a connective, never by more of the same phrase
 * (行动自觉, 城市国际化). `blockedNext` lists characters that make the suffix part of a longer word
 * (大学生, 工程师, 带动). `minStem` counts characters before the suffix.
 */
import type { ConceptKind } from '../schema';

export interface SuffixRule {
  suffix: string;
  kind: ConceptKind;
  minStem: number;
  careful: boolean;
  blockedNext: string;
  /** The stem must hold a place (gazetteer.ts, or a place tag): heads that name ordinary things too. */
  place?: boolean;
}

const rule = (
  suffix: string,
  kind: ConceptKind,
  minStem: number,
  careful: boolean,
  blockedNext = '',
  place = false,
): SuffixRule => ({
  suffix,
  kind,
  minStem,
  careful,
  blockedNext,
  place,
});

export const SUFFIX_RULES: readonly SuffixRule[] = [
  rule('工程', 'programme', 2, false, '师院学化'),
  rule('行动', 'programme', 2, true),
  rule('计划', 'programme', 2, true, '生经'),
  rule('战略', 'strategy', 2, true, '性家者'),
  rule('长制', 'mechanism', 1, false),
  rule('责任制', 'mechanism', 2, false),
  rule('制度', 'mechanism', 3, true, '化性'),
  rule('实验室', 'institution', 2, false),
  rule('大学', 'institution', 2, false, '生堂习'),
  rule('学院', 'institution', 2, false, '派'),
  rule('研究院', 'institution', 2, false),
  rule('研究所', 'institution', 2, false),
  rule('博物馆', 'institution', 2, false),
  rule('纪念馆', 'institution', 2, false),
  rule('教育馆', 'institution', 2, false),
  rule('美术馆', 'institution', 2, false),
  rule('图书馆', 'institution', 2, false),
  rule('公园', 'place', 2, false),
  rule('走廊', 'place', 2, false),
  rule('长廊', 'place', 2, false),
  rule('示范区', 'place', 2, false),
  rule('试验区', 'place', 2, false),
  rule('先行区', 'place', 2, false),
  rule('功能区', 'place', 2, false),
  rule('合作区', 'place', 2, false),
  rule('开发区', 'place', 2, false),
  rule('高新区', 'place', 2, false),
  rule('科创区', 'place', 2, false),
  rule('自贸区', 'place', 1, false),
  rule('新区', 'place', 2, true),
  rule('大湾区', 'place', 1, false),
  rule('科学城', 'place', 2, false),
  rule('科技城', 'place', 2, false),
  rule('新城', 'place', 2, true),
  rule('小镇', 'place', 2, true),
  rule('中心', 'goal', 3, true, '城区镇'),
  rule('平台', 'concept', 4, true),
  rule('基地', 'place', 4, true),
  rule('带', 'place', 3, true, '动来头领着给有宽队'),
  rule('都市圈', 'place', 2, true),
  rule('经济圈', 'place', 2, true),
  rule('生活圈', 'concept', 2, true),
  rule('生态圈', 'concept', 2, true),
  rule('村', 'place', 3, true, '民庄落镇委级'),
  rule('遗址', 'heritage', 2, false),
  rule('古城墙', 'heritage', 2, false),
  rule('海塘', 'heritage', 2, false),
  rule('城市', 'goal', 3, true, '化群'),
  rule('博览会', 'event', 2, true),
  rule('运动会', 'event', 2, true),
  rule('峰会', 'event', 2, true),
  rule('论坛', 'event', 2, true),
  // zones, parks, cities of science, clusters (issue 6): heads Chinese policy names are built on
  rule('科创园', 'place', 2, false),
  rule('科技园', 'place', 2, false),
  rule('产业园', 'place', 2, false),
  rule('软件园', 'place', 2, false),
  rule('创业园', 'place', 2, false),
  rule('植物园', 'place', 2, false),
  rule('园区', 'place', 2, true, '', true),
  rule('湾区', 'place', 2, false),
  rule('科教城', 'place', 2, false),
  rule('知识城', 'place', 2, false),
  rule('生物城', 'place', 2, false),
  rule('影视城', 'place', 2, false),
  rule('先导区', 'place', 2, false),
  rule('集聚区', 'place', 2, false),
  rule('联动发展区', 'place', 2, false),
  rule('试验场', 'place', 2, false),
  rule('示范省', 'goal', 2, true),
  rule('城市群', 'place', 2, false),
  rule('集群', 'concept', 3, true, '', true),
  rule('实验站', 'institution', 2, false),
  rule('交易所', 'institution', 2, false),
  rule('版本馆', 'institution', 2, false),
  rule('文学馆', 'institution', 2, false),
  rule('展览馆', 'institution', 2, false),
  rule('倡议', 'strategy', 2, true),
  rule('班列', 'programme', 2, false),
  rule('大会', 'event', 2, true),
  rule('大奖赛', 'event', 2, false),
  rule('机场', 'place', 2, false, '群'),
  rule('口岸', 'place', 2, false),
  rule('高铁', 'place', 2, true, '站新', true),
  rule('高速', 'place', 2, true, '发增公铁运路', true),
  rule('水库', 'place', 2, false),
  rule('大桥', 'place', 2, false),
  rule('隧道', 'place', 2, false),
  rule('航站楼', 'place', 2, false),
  rule('枢纽', 'place', 2, true, '', true),
  rule('条例', 'mechanism', 2, false),
  rule('规划', 'programme', 3, true, '', true),
  rule('高地', 'goal', 3, true),
  rule('清单', 'mechanism', 3, true),
];

/** Words allowed right after a careful suffix (besides punctuation and the end of the text). */
export const FOLLOWERS: readonly string[] = [
  '等',
  '和',
  '与',
  '及',
  '建设',
  '的',
  '为',
  '创建',
  '基本',
  '正式',
  '顺利',
  '获批',
  '成功',
  '开工',
  '建成',
  '投用',
  '投运',
  '落地',
  '入选',
  '成为',
];

/** Stems that end in one of these are qualifiers, not names (相关制度, 配套制度). */
export const WEAK_ENDS: readonly string[] = [
  '相关',
  '有关',
  '各项',
  '配套',
  '有效',
  '各类',
  '一批',
  '更多',
  '全部',
  '上述',
  '代表',
];
