/**
 * Appendices, a glossary and a dateline without a dash, with lines taken from the 2022 Guangdong government
 * work report (tests/fixtures/eval/docs/), shortened.
 */
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { bodyOf, ids, parse } from './parse-check';

const REPORT = [
  '政府工作报告',
  '——2022年1月20日在广东省第十三届人民代表大会第五次会议上',
  '各位代表：',
  '现在，我代表省人民政府，向大会报告工作，请予审议。',
  '一、2021年工作回顾',
  '一是树牢人民至上、生命至上理念，坚持“外防输入、内防反弹”总策略。',
  '二、2022年工作安排',
  '（一）纵深推进“双区”建设和深圳综合改革试点',
  '积极作为深入推进粤港澳大湾区建设。',
  '（二）坚持把科技自立自强作为发展的战略支撑',
  '深入实施“三区三线”划定。推行“一照通行”改革。',
  '各位代表！站在“两个一百年”奋斗目标的历史交汇点上，让我们团结奋斗！',
  '附件1',
  '2022年省十件民生实事',
  '一、提供优质基础教育，努力让学生“上好学”',
  '支持市县集中财力办好基础教育。',
  '二、提高困难群众生活救助水平，增强服务可及性',
  '提高补助标准。',
  '附件2',
  '名词解释',
  '1.“一照通行”：对企业生产经营涉及的各类许可实行审前指导、一表申请、联审联办。',
  '2.制造业高质量发展“六大工程”：强核工程、立柱工程、强链工程、优化布局工程、品质工程、培土工程。',
  '3.国企改革“双百行动”和“科改示范行动”：国务院国企改革领导小组选取百余户中央企业子企业。',
  '',
].join('\n');

describe('back matter', () => {
  const p = parse(REPORT);

  it('appendices are sections of kind appendix, never more parts, with their own numbering', () => {
    expect(ids(p)).toEqual([
      'preamble',
      'p1-intro',
      'p2-intro',
      'p2-s1',
      'p2-s2',
      'closing',
      'a1',
      'a1-s1',
      'a1-s2',
      'a2',
      'g1',
      'g2',
      'g3',
    ]);
    expect(p.sections.filter((s) => s.kind === 'intro')).toHaveLength(2);
    const a1 = p.sections.find((s) => s.id === 'a1-s1');
    expect(a1).toMatchObject({
      kind: 'appendix',
      address: '附件1·一',
      title: '提供优质基础教育，努力让学生“上好学”',
    });
    expect(p.sections.find((s) => s.id === 'a1')).toMatchObject({
      address: '附件1',
      title: '2022年省十件民生实事',
    });
    expect(bodyOf(REPORT, p, 'closing')).toMatch(/^各位代表！/);
  });

  it('each glossary entry is a section titled by its term', () => {
    const g = p.sections.filter((s) => s.kind === 'glossary');
    expect(g.map((s) => [s.address, s.title])).toEqual([
      ['名词解释1', '“一照通行”'],
      ['名词解释2', '制造业高质量发展“六大工程”'],
      ['名词解释3', '国企改革“双百行动”和“科改示范行动”'],
    ]);
  });

  it('a glossary without 附件 is found by its 名词解释 line, not glued to the last part', () => {
    const text = REPORT.replace(/附件1[\s\S]*附件2\n/, '');
    const q = parse(text);
    expect(ids(q).slice(-4)).toEqual(['closing', 'g1', 'g2', 'g3']);
    expect(bodyOf(text, q, 'g1')).toMatch(/^名词解释\n1\./);
    const terms = extractConcepts(q, { segmenter: jiebaSegmenter(tokenize, tag) })
      .filter((c) => c.origin === 'glossary')
      .map((c) => c.label);
    expect(terms.sort()).toEqual(['一照通行', '制造业高质量发展六大工程', '双百行动', '科改示范行动'].sort());
  });

  it('a glossary heading with a colon (名词解释：) is not a term', () => {
    const text = REPORT.replace(/附件1[\s\S]*附件2\n名词解释/, '名词解释：');
    const q = parse(text);
    expect(q.sections.filter((s) => s.kind === 'glossary').map((s) => s.title)).toEqual([
      '“一照通行”',
      '制造业高质量发展“六大工程”',
      '国企改革“双百行动”和“科改示范行动”',
    ]);
  });

  it('a line 附件 inside the body before any heading is text', () => {
    const q = parse('标题\n附件1\n正文第一段。\n一、部分\n内容。\n');
    expect(q.sections.some((s) => s.kind === 'appendix')).toBe(false);
  });

  it('glossary terms are concepts described by their definitions', () => {
    const out = extractConcepts(p, { segmenter: jiebaSegmenter(tokenize, tag) });
    const byLabel = new Map(out.map((c) => [c.label, c]));
    const yz = byLabel.get('一照通行');
    expect(yz).toMatchObject({
      origin: 'glossary',
      description: expect.stringMatching(/^对企业生产经营涉及/),
    });
    expect(yz?.mentions).toHaveLength(2); // the body's “一照通行” and the entry
    expect(byLabel.get('制造业高质量发展六大工程')?.aliases).toContain('“六大工程”');
    expect(byLabel.get('双百行动')?.description).toMatch(/^国务院国企改革/);
    expect(byLabel.get('科改示范行动')?.origin).toBe('glossary');
  });
});

describe('dateline', () => {
  it('a line that starts with the date and says where gives the date without a dash', () => {
    expect(
      parse('政府工作报告\n2026年2月3日在某省第十四届人民代表大会第四次会议上\n一、回顾\n内容。\n').document
        .date,
    ).toBe('2026-02-03');
  });
  it('a sentence that starts with a date is not a dateline', () => {
    expect(parse('政府工作报告\n2026年2月3日，全省召开大会。\n一、回顾\n内容。\n').document.date).toBeNull();
  });
});
