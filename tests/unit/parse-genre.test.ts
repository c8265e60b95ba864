import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/core/pipeline/types';
import { bodyOf, fixture, ids, parse } from './parse-check';

const rows = (p: ParsedDocument) => p.sections.map((s) => [s.id, s.kind, s.part, s.address, s.title]);

describe('第X篇 / 第X章 / 第X节 / 第X部分 headings', () => {
  it('five-year plan: 章 are parts, 节 subsections, 篇 lines open the next chapter, the 目录 is header', () => {
    const { text, parsed } = fixture('five-year-plan.txt');
    expect(parsed.document).toMatchObject({
      title: '杭州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
      date: null,
    });
    expect(parsed.warnings).toEqual([]);
    expect(rows(parsed)).toEqual([
      ['preamble', 'preamble', null, '序言', ''],
      ['p1-intro', 'intro', 1, '第一章', '发展基础和发展环境'],
      ['p1-s1', 'subsection', 1, '第一章第一节', '发展基础'],
      ['p1-s2', 'subsection', 1, '第一章第二节', '发展环境'],
      ['p2-intro', 'intro', 2, '第二章', '总体要求'],
      ['p2-s1', 'subsection', 2, '第二章第一节', '指导思想'],
      ['p2-s2', 'subsection', 2, '第二章第二节', '主要目标'],
      ['p3-intro', 'intro', 3, '第三章', '建设高水平创新型城市'],
      ['p3-s1', 'subsection', 3, '第三章第一节', '建设城西科创大走廊'],
      ['p3-s2', 'subsection', 3, '第三章第二节', '强化企业创新主体地位'],
      ['p4-intro', 'intro', 4, '第四章', '建设数字经济第一城'],
      ['p4-i1', 'item', 4, '第四章1.', '做强数字产业'],
      ['p4-i2', 'item', 4, '第四章2.', '推进产业数字化'],
      ['closing', 'closing', null, '结语', ''],
    ]);
    // the table of contents is outside every section: the body starts at the preamble paragraph
    const header = text.slice(0, parsed.sections[0]!.start);
    expect(header).toContain('目　录\n第一篇');
    expect(header).toMatch(/第四章\u3000建设数字经济第一城\n\n$/);
    expect(bodyOf(text, parsed, 'preamble')).toMatch(/^杭州市国民经济.*行动纲领。$/);
    // a 篇 heading and its lead-in open the following chapter's intro
    expect(bodyOf(text, parsed, 'p1-intro')).toMatch(
      /^第一篇\u3000开启.*\n第一章\u3000发展基础和发展环境\n“十三五”/,
    );
    expect(bodyOf(text, parsed, 'p3-intro')).toBe(
      '第二篇　坚持创新驱动发展　打造创新策源地\n坚持创新在现代化建设全局中的核心地位。\n第三章　建设高水平创新型城市',
    );
    expect(bodyOf(text, parsed, 'p2-s2')).not.toContain('第二篇');
    // 一、 二、 under a 节 stay text of that 节
    expect(bodyOf(text, parsed, 'p1-s2')).toMatch(
      /\n一、这一行是发展环境里的列举，不是部分标题；\n二、第二项列举。$/,
    );
    expect(bodyOf(text, parsed, 'closing')).toMatch(/^让我们.*而团结奋斗！$/);
  });

  it('provincial report: 第X部分 are parts and 一、 restarts in each part as its subsections', () => {
    const { text, parsed } = fixture('provincial-report.txt');
    expect(parsed.document).toMatchObject({ title: '政府工作报告', date: '2023-01-16' });
    expect(rows(parsed)).toEqual([
      ['preamble', 'preamble', null, '序言', ''],
      ['p1-intro', 'intro', 1, '第一部分', '过去五年工作回顾'],
      ['p1-s1', 'subsection', 1, '第一部分·一', '综合实力迈上新台阶'],
      ['p1-s2', 'subsection', 1, '第一部分·二', '创新能力显著提升'],
      ['p1-s3', 'subsection', 1, '第一部分·三', '生态环境持续改善'],
      ['p2-intro', 'intro', 2, '第二部分', '2023年工作安排'],
      ['p2-s1', 'subsection', 2, '第二部分·一', '全力扩大有效投资'],
      ['p2-s2', 'subsection', 2, '第二部分·二', '全力推进共同富裕示范区建设'],
      ['p2-s3', 'subsection', 2, '第二部分·三', '全力建设平安浙江'],
      ['p3-intro', 'intro', 3, '第三部分', '加强政府自身建设'],
      ['closing', 'closing', null, '结语', ''],
    ]);
    expect(bodyOf(text, parsed, 'preamble')).toBe(
      '各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。',
    );
    expect(bodyOf(text, parsed, 'p2-s2')).toContain('\n（一）这一行是第二项里的小节编号，作为正文。');
  });

  it('five-year plan without 篇: 第X章 and 第X节, with no punctuation or a half-width space after the word', () => {
    const text = [
      '第一章 总则',
      '第一节指导思想',
      '坚持稳中求进。',
      '第二节：主要目标',
      '到2025年。',
      '第二章　任务',
    ].join('\n');
    expect(rows(parse(text))).toEqual([
      ['p1-intro', 'intro', 1, '第一章', '总则'],
      ['p1-s1', 'subsection', 1, '第一章第一节', '指导思想'],
      ['p1-s2', 'subsection', 1, '第一章第二节', '主要目标'],
      ['p2-intro', 'intro', 2, '第二章', '任务'],
    ]);
  });

  it('第X编 (codes and long plans) is a group level like 第X篇', () => {
    const text = [
      '第一编　总则',
      '第一章　基本规定',
      '甲。',
      '第二编　物权',
      '第二章　一般规定',
      '乙。',
    ].join('\n');
    const parsed = parse(text);
    expect(rows(parsed).map((r) => [r[0], r[3]])).toEqual([
      ['p1-intro', '第一章'],
      ['p2-intro', '第二章'],
    ]);
    expect(bodyOf(text, parsed, 'p2-intro')).toBe('第二编　物权\n第二章　一般规定\n乙。');
  });

  it('第X部分 with （一） subsections', () => {
    const text = ['第一部分　回顾', '（一）经济。', '（二）社会。', '第二部分　安排', '（一）投资。'].join(
      '\n',
    );
    expect(rows(parse(text)).map((r) => r[3])).toEqual([
      '第一部分',
      '第一部分（一）',
      '第一部分（二）',
      '第二部分',
      '第二部分（一）',
    ]);
  });

  it('第X节 alone: top-level subsections', () => {
    const text = [
      '关于某事的说明',
      '（2023年1月2日）',
      '前言。',
      '第一节　背景',
      '甲。',
      '第二节　做法',
      '乙。',
    ].join('\n');
    expect(rows(parse(text))).toEqual([
      ['preamble', 'preamble', null, '序言', ''],
      ['s1', 'subsection', null, '第一节', '背景'],
      ['s2', 'subsection', null, '第二节', '做法'],
    ]);
  });

  it('篇 becomes the part level when chapter numbers restart in each 篇', () => {
    const text = [
      '第一篇　总论',
      '第一章　形势',
      '甲。',
      '第二章　目标',
      '乙。',
      '第二篇　任务',
      '第一章　创新',
      '丙。',
    ].join('\n');
    expect(rows(parse(text))).toEqual([
      ['p1-intro', 'intro', 1, '第一篇', '总论'],
      ['p1-s1', 'subsection', 1, '第一篇第一章', '形势'],
      ['p1-s2', 'subsection', 1, '第一篇第二章', '目标'],
      ['p2-intro', 'intro', 2, '第二篇', '任务'],
      ['p2-s1', 'subsection', 2, '第二篇第一章', '创新'],
    ]);
  });

  it('does not take a sentence that starts with 第X部分 or 第X章 for a heading', () => {
    const text = [
      '一、总体要求',
      '第二部分是主要任务，共有五项。',
      '第三章中提出的目标要落实；',
      '（一）甲。',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1']);
    expect(bodyOf(text, parsed, 'p1-intro')).toContain('第二部分是主要任务');
  });

  it('numbers must increase: a repeated or smaller 第X章 is text', () => {
    const text = ['第一章　甲', '第二章　乙', '第一章　这一行的编号倒退了', '第三章　丙'].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p2-intro', 'p3-intro']);
    expect(bodyOf(text, parsed, 'p2-intro')).toBe('第二章　乙\n第一章　这一行的编号倒退了');
  });
});

describe('第X章 / 第X节 with the title on the next line', () => {
  it('takes the next short line as the title when the heading line has none', () => {
    const text = [
      '第一章',
      '总则',
      '第一节',
      '指导思想',
      '坚持稳中求进。',
      '第二章',
      '',
      '主要目标',
      '到2025年。',
    ].join('\n');
    const parsed = parse(text);
    expect(rows(parsed)).toEqual([
      ['p1-intro', 'intro', 1, '第一章', '总则'],
      ['p1-s1', 'subsection', 1, '第一章第一节', '指导思想'],
      ['p2-intro', 'intro', 2, '第二章', ''],
    ]);
    expect(bodyOf(text, parsed, 'p1-s1')).toBe('第一节\n指导思想\n坚持稳中求进。');
  });

  it('does not take a sentence or a heading on the next line as the title', () => {
    const text = ['第一章', '坚持稳中求进，推动高质量发展。', '第二章', '第一节　甲'].join('\n');
    expect(rows(parse(text)).map((r) => r[4])).toEqual(['', '', '甲']);
  });
});

describe('part markers: 一. and 一 + ideographic space', () => {
  it('reads 一. with a half-width full stop like 一、', () => {
    const text = ['一.总体要求', '（一）甲。', '二. 主要任务', '（一）乙。'].join('\n');
    expect(rows(parse(text)).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['p1-intro', '一', '总体要求'],
      ['p1-s1', '一（一）', '甲'],
      ['p2-intro', '二', '主要任务'],
      ['p2-s1', '二（一）', '乙'],
    ]);
  });

  it('reads 一　总体要求 (numeral, space, title) when the parts all use that form', () => {
    const text = ['一　总体要求', '（一）甲。', '二 主要任务', '（一）乙。', '三　保障措施'].join('\n');
    expect(ids(parse(text))).toEqual(['p1-intro', 'p1-s1', 'p2-intro', 'p2-s1', 'p3-intro']);
  });

  it('does not mix 一、 parts with a later numeral-space line, nor read a sentence as a heading', () => {
    const text = [
      '一、总体要求',
      '（一）甲。',
      '二、主要任务',
      '五 个方面的任务要落实',
      '三 大攻坚战。要打好。',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'p2-intro']);
    expect(parse('一　这是一句话。后面还有话\n二　第二句。').warnings).toHaveLength(1);
  });

  it('lets the style most parts use win over a stray first numeral-space line', () => {
    const text = [
      '关于某事的决定',
      '（2023年1月2日）',
      '十 年来的成就',
      '一、总体要求',
      '（一）甲。',
      '二、主要任务',
      '（一）乙。',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['preamble', 'p1-intro', 'p1-s1', 'p2-intro', 'p2-s1']);
    expect(bodyOf(text, parsed, 'preamble')).toBe('十 年来的成就');
  });

  it('does not read 一、二、三产业 at a line start as part 一', () => {
    const text = ['（一）甲。', '一、二、三产业融合发展。', '（二）乙。'].join('\n');
    expect(ids(parse(text))).toEqual(['s1', 's2']);
  });
});

describe('lists that reuse part markers', () => {
  it('一、二、三、 inside top-level （一） subsections are a list, not parts', () => {
    const text = [
      '关于加强管理的意见',
      '（2023年3月1日）',
      '为加强管理，提出如下意见。',
      '（一）总体要求。',
      '（二）主要措施。主要有：',
      '一、加强组织领导；',
      '二、完善工作机制；',
      '三、强化督促检查。',
      '（三）保障措施。',
      '（四）其他事项。',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['preamble', 's1', 's2', 's3', 's4']);
    expect(bodyOf(text, parsed, 's2')).toMatch(
      /主要有：\n一、加强组织领导；\n二、完善工作机制；\n三、强化督促检查。$/,
    );
  });

  it('a list 一、二、 restarted inside part 一 does not swallow the real part 二', () => {
    const text = [
      '一、总体要求',
      '（一）甲。要做到：',
      '一、思想统一；',
      '二、行动一致。',
      '（二）乙。',
      '二、主要任务',
      '（一）丙。',
      '三、保障措施',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'p1-s2', 'p2-intro', 'p2-s1', 'p3-intro']);
    expect(bodyOf(text, parsed, 'p1-s1')).toBe('（一）甲。要做到：\n一、思想统一；\n二、行动一致。');
    expect(parsed.sections.find((s) => s.id === 'p2-intro')?.title).toBe('主要任务');
  });

  it('a list （一）（二）（三） restarted inside subsection （二） does not swallow the real （三）', () => {
    const text = [
      '一、任务',
      '（一）甲。',
      '（二）乙。包括：',
      '（一）子项；',
      '（二）子项；',
      '（三）子项。',
      '（三）丙。',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'p1-s2', 'p1-s3']);
    expect(bodyOf(text, parsed, 'p1-s3')).toBe('（三）丙。');
  });
});

describe('header', () => {
  it('keeps the issuer and date lines at the end (signature block) out of the body, as the date', () => {
    const text = [
      '关于做好防汛工作的通知',
      '各区、县（市）人民政府：',
      '为做好今年防汛工作，现通知如下：',
      '一、提高认识',
      '（一）甲。',
      '二、落实责任',
      '（一）乙。',
      '',
      '杭州市人民政府办公厅',
      '2023年5月10日',
      '',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.document).toMatchObject({ title: '关于做好防汛工作的通知', date: '2023-05-10' });
    expect(bodyOf(text, parsed, 'p2-s1')).toBe('（一）乙。');
    expect(parsed.sentences.some((s) => text.slice(s.start, s.end).includes('办公厅'))).toBe(false);
    const chinese = parse(
      '关于某事的意见\n一、总体要求\n（一）甲。\n中共某某市委\n某某市人民政府\n二〇二三年五月十日',
    );
    expect(chinese.document.date).toBe('2023-05-10');
    expect(chinese.sections.at(-1)).toMatchObject({ id: 'p1-s1' });
    expect(chinese.document.text.slice(chinese.sections.at(-1)!.start, chinese.sections.at(-1)!.end)).toBe(
      '（一）甲。',
    );
  });

  it('keeps an adoption date from the top and does not take a last item or a sentence for a signature', () => {
    const text = '决议\n（2022年7月27日通过）\n一、任务\n1．组织保障\n2023年5月10日';
    const parsed = parse(text);
    expect(parsed.document.date).toBe('2022-07-27');
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-i1']);
    expect(parse('一、任务\n（一）甲。\n到2025年5月10日完成。').sections.at(-1)?.id).toBe('p1-s1');
    expect(
      bodyOf(
        '一、任务\n（一）甲。\n到2025年5月10日完成。',
        parse('一、任务\n（一）甲。\n到2025年5月10日完成。'),
        'p1-s1',
      ),
    ).toContain('完成');
  });

  it('joins a title that spans lines when a blank line ends it, without a date line', () => {
    const text = '杭州市国民经济和社会发展\n第十四个五年规划纲要\n\n为实现目标，制定本纲要。\n（一）甲。';
    const parsed = parse(text);
    expect(parsed.document.title).toBe('杭州市国民经济和社会发展第十四个五年规划纲要');
    expect(bodyOf(text, parsed, 'preamble')).toBe('为实现目标，制定本纲要。');
  });

  it('keeps a document number line (杭政办函〔2023〕12号) out of the title, in the header', () => {
    for (const sep of ['\n', '\n\n']) {
      const text = `关于推进数字经济发展的通知\n杭政办函〔2023〕12号${sep}各区、县（市）人民政府：\n一、总体要求\n（一）甲。`;
      const parsed = parse(text);
      expect(parsed.document.title).toBe('关于推进数字经济发展的通知');
      expect(bodyOf(text, parsed, 'preamble')).toBe('各区、县（市）人民政府：');
    }
  });

  it('does not join a 目录 line into a title that a blank line ends', () => {
    const text = [
      '规划纲要',
      '目录',
      '',
      '第一章　形势',
      '第二章　目标',
      '',
      '第一章　形势',
      '甲。',
      '第二章　目标',
      '乙。',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.document.title).toBe('规划纲要');
    expect(ids(parsed)).toEqual(['p1-intro', 'p2-intro']);
  });

  it('puts a 目录 (table of contents) right after the title into the header, its entries are not headings', () => {
    const text = [
      '规划纲要',
      '',
      '目录',
      '第一章　形势',
      '第二章　目标',
      '',
      '第一章　形势',
      '甲。',
      '第二章　目标',
      '乙。',
    ].join('\n');
    const parsed = parse(text);
    expect(parsed.document.title).toBe('规划纲要');
    expect(rows(parsed)).toEqual([
      ['p1-intro', 'intro', 1, '第一章', '形势'],
      ['p2-intro', 'intro', 2, '第二章', '目标'],
    ]);
    expect(bodyOf(text, parsed, 'p1-intro')).toBe('第一章　形势\n甲。');
  });
});
