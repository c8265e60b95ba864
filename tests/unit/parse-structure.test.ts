import { describe, expect, it } from 'vitest';
import { bodyOf, fixture, ids, parse } from './parse-check';


describe('fixture documents', () => {
  it('report genre: byline, items instead of subsections, both item styles, closing', () => {
    const { text, parsed } = fixture('report-genre.txt');
    expect(parsed.document).toMatchObject({ title: '政府工作报告', date: '2023-01-12', source: null });
    expect(ids(parsed)).toEqual([
      'preamble',
      'p1-intro',
      'p1-s1',
      'p1-s2',
      'p2-intro',
      'p2-i1',
      'p2-i2',
      'p2-i3',
      'p3-intro',
      'p3-i1',
      'p3-i2',
      'closing',
    ]);
    expect(parsed.sections.map((s) => s.address)).toEqual([
      '序言',
      '一',
      '一（一）',
      '一（二）',
      '二',
      '二、1',
      '二、2',
      '二、3',
      '三',
      '三（1）',
      '三（2）',
      '结语',
    ]);
    expect(parsed.sections.filter((s) => s.kind === 'item').map((s) => s.title)).toEqual([
      '坚持创新驱动',
      '坚持共同富裕',
      '坚持安全发展',
      '扩大有效投资',
      '促进消费回补',
    ]);
    // the byline is header, the preamble starts at 各位代表
    expect(bodyOf(text, parsed, 'preamble')).toMatch(/^各位代表：\n现在，/);
    expect(text.slice(0, parsed.sections[0]!.start)).toContain('浙江省省长　王浩');
    // （1） inside a part numbered 1． 2． is text of item 1
    expect(bodyOf(text, parsed, 'p2-i1')).toMatch(/^1．坚持创新驱动。.*\n（1）建设高水平创新型省份。/);
    expect(bodyOf(text, parsed, 'p2-intro')).toBe('二、今后五年的总体要求');
    expect(bodyOf(text, parsed, 'closing')).toMatch(/^各位代表，让我们.*而努力奋斗！$/);
  });

  it('items-only document: top-level items, mixed 1． 2. 3、 markers, （1） stays text', () => {
    const { text, parsed } = fixture('items-only.txt');
    expect(parsed.document.title).toBe('关于加强城市精细化管理的若干意见');
    expect(parsed.document.date).toBeNull();
    expect(parsed.warnings).toEqual([]);
    expect(parsed.sections.map((s) => [s.id, s.kind, s.part, s.address, s.title])).toEqual([
      ['preamble', 'preamble', null, '序言', ''],
      ['i1', 'item', null, '1.', '总体要求'],
      ['i2', 'item', null, '2.', '主要任务'],
      ['i3', 'item', null, '3.', '组织保障'],
    ]);
    expect(bodyOf(text, parsed, 'i1')).toContain('\n（1）这一行');
    expect(bodyOf(text, parsed, 'i2')).toContain('河（湖）长制');
    expect(bodyOf(text, parsed, 'i3')).toContain('区、县（市）');
  });

  it('no headings: paragraphs become sections, with a warning', () => {
    const { text, parsed } = fixture('no-headings.txt');
    expect(parsed.document.title).toBe('西湖保护工作情况通报');
    expect(parsed.warnings).toEqual(['no 一、/（一） headings found: paragraphs are used as sections']);
    expect(parsed.sections.map((s) => [s.id, s.kind, s.part, s.address, s.title])).toEqual([
      ['para-1', 'subsection', null, '¶1', '今年以来，西湖风景名胜区坚持保护第一，持续推进西湖综合保护工'],
      ['para-2', 'subsection', null, '¶2', '下一步，要深化数字化改革，完善“城市大脑”景区场景'],
      ['para-3', 'subsection', null, '¶3', '请各单位认真抓好落实'],
    ]);
    expect(Array.from(parsed.sections[0]!.title)).toHaveLength(30);
    expect(bodyOf(text, parsed, 'para-3')).toBe('请各单位认真抓好落实？');
  });

  it('top-level subsections without parts, half-width (四), date in Chinese numerals', () => {
    const { text, parsed } = fixture('top-level-subsections.txt');
    expect(parsed.document).toMatchObject({ title: '关于推进“五水共治”的实施意见', date: '2022-03-05' });
    expect(parsed.sections.map((s) => [s.id, s.part, s.address, s.title])).toEqual([
      ['preamble', null, '序言', ''],
      ['s1', null, '（一）', '治污水'],
      ['s2', null, '（二）', '防洪水'],
      ['s3', null, '（三）', '排涝水'],
      ['s4', null, '（四）', '保供水'],
      ['s5', null, '（五）', '抓节水'],
    ]);
    expect(bodyOf(text, parsed, 's3')).toContain('(一)这一行');
  });
});

describe('numbering', () => {
  const NUMERALS =
    '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三'.split(
      ' ',
    );

  it('reads Chinese numerals past ten in parts and subsections', () => {
    const lines = ['关于二十三项任务的决定', '（2024年1月2日通过）', '序言段落。'];
    NUMERALS.forEach((n, i) => {
      lines.push(`${n}、第${i + 1}部分`);
      if (i === 11) NUMERALS.slice(0, 13).forEach((m, j) => lines.push(`（${m}）第${j + 1}小节。内容。`));
    });
    const text = lines.join('\n');
    const parsed = parse(text);
    expect(
      parsed.sections.filter((s) => s.kind === 'intro').map((s) => [s.part, s.address, s.title]),
    ).toEqual(NUMERALS.map((n, i) => [i + 1, n, `第${i + 1}部分`]));
    const twelve = parsed.sections.filter((s) => s.part === 12 && s.kind === 'subsection');
    expect(twelve.map((s) => s.id)).toEqual(NUMERALS.slice(0, 13).map((_, j) => `p12-s${j + 1}`));
    expect(twelve.at(-1)).toMatchObject({ address: '十二（十三）', title: '第13小节' });
    expect(parsed.sections.find((s) => s.id === 'p23-intro')?.address).toBe('二十三');
  });

  it('ignores markers whose number does not increase, and （2022年…） lines', () => {
    const text = [
      '一、第一部分',
      '（一）甲。',
      '（二）乙。',
      '（一）这一行的编号倒退了，是正文。',
      '（2022年7月27日）这一行不是小节。',
      '二、第二部分',
      '一、这一行的部分编号倒退了，是正文。',
      '（一）丙。',
    ].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'p1-s2', 'p2-intro', 'p2-s1']);
    expect(bodyOf(text, parsed, 'p1-s2')).toBe(
      '（二）乙。\n（一）这一行的编号倒退了，是正文。\n（2022年7月27日）这一行不是小节。',
    );
    expect(bodyOf(text, parsed, 'p2-intro')).toBe('二、第二部分\n一、这一行的部分编号倒退了，是正文。');
  });

  it('keeps numbered items inside （一） subsections as text', () => {
    const text = ['一、任务', '（一）甲。', '1．细则一。', '2．细则二。', '（二）乙。', '（1）细则。'].join(
      '\n',
    );
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'p1-s2']);
    expect(bodyOf(text, parsed, 'p1-s1')).toBe('（一）甲。\n1．细则一。\n2．细则二。');
  });

  it('does not take decimals or 3、4月 as item markers', () => {
    const text = ['1.5万亿元的投资计划。', '3、4月份完成。', '没有编号的段落。'].join('\n');
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['para-1', 'para-2', 'para-3']);
  });

  it('accepts indentation before a marker', () => {
    const text = '\u3000\u3000一、总体要求\n\u3000\u3000（一）坚持党的领导。\n  (二) 坚持人民至上。';
    const parsed = parse(text);
    expect(parsed.sections.map((s) => [s.id, s.title])).toEqual([
      ['p1-intro', '总体要求'],
      ['p1-s1', '坚持党的领导'],
      ['p1-s2', '坚持人民至上'],
    ]);
    expect(text.slice(parsed.sections[1]!.start, parsed.sections[1]!.start + 3)).toBe('（一）');
  });
});

describe('header', () => {
  it('reads a dash-led date line and a byline', () => {
    const text =
      '政府工作报告\n——2023年1月12日在浙江省第十四届人民代表大会第一次会议上\n浙江省省长 王浩\n各位代表：\n一、回顾\n（一）成绩。';
    const parsed = parse(text);
    expect(parsed.document).toMatchObject({ title: '政府工作报告', date: '2023-01-12' });
    expect(parsed.sections[0]).toMatchObject({ id: 'preamble' });
    expect(bodyOf(text, parsed, 'preamble')).toBe('各位代表：');
  });

  it('reads a publication line under the title', () => {
    const text = '杭州市西湖保护条例\n（摘自《浙江日报》2021年12月1日）\n一、总则\n（一）目的。';
    const parsed = parse(text);
    expect(parsed.document).toMatchObject({
      title: '杭州市西湖保护条例',
      date: null,
      source: '《浙江日报》',
      publishedDate: '2021-12-01',
    });
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1']);
  });

  it('keeps publication lines at the top and at the end out of the body', () => {
    const text =
      '决议\n（2022年7月27日通过）\n（来源：《杭州日报》2022年8月3日）\n正文。\n（一）甲。\n\n（摘自《浙江日报》2022年8月4日）\n';
    const parsed = parse(text);
    expect(parsed.document).toMatchObject({
      date: '2022-07-27',
      source: '《浙江日报》',
      publishedDate: '2022-08-04',
    });
    expect(ids(parsed)).toEqual(['preamble', 's1']);
    expect(bodyOf(text, parsed, 'preamble')).toBe('正文。');
    expect(bodyOf(text, parsed, 's1')).toBe('（一）甲。');
  });

  it('omits an empty preamble and keeps a heading-only part intro', () => {
    const text = '决议\n（2022年7月27日通过）\n\n一、总体要求\n（一）甲。';
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1']);
    expect(bodyOf(text, parsed, 'p1-intro')).toBe('一、总体要求');
  });

  it('takes no title when the first line is a sentence or a heading', () => {
    expect(parse('这是第一句话。\n这是第二句话。').document.title).toBe('');
    expect(parse('一、总体要求\n（一）甲。').document.title).toBe('');
    expect(parse('各位代表：\n（一）甲。').document.title).toBe('');
    const single = parse('只有一行');
    expect(single.document.title).toBe('');
    expect(ids(single)).toEqual(['para-1']);
  });

  it('takes only the first line as title when no date line follows', () => {
    const text = '杭州市人民政府文件\n关于做好防汛工作的通知\n一、提高认识\n（一）甲。';
    const parsed = parse(text);
    expect(parsed.document.title).toBe('杭州市人民政府文件');
    expect(bodyOf(text, parsed, 'preamble')).toBe('关于做好防汛工作的通知');
  });

  it('handles empty and blank text', () => {
    for (const text of ['', '\n\n', '  \u3000 ']) {
      const parsed = parse(text);
      expect(parsed.sections).toEqual([]);
      expect(parsed.sentences).toEqual([]);
      expect(parsed.document.title).toBe('');
    }
  });
});

describe('closing', () => {
  const base = ['一、任务', '（一）甲。甲的正文。'];
  it('is the paragraph opened by 号召, 让我们 or 同志们', () => {
    for (const opener of ['省委号召，全省上下要团结一致。', '让我们携手前进。', '同志们，任务光荣而艰巨。']) {
      const parsed = parse([...base, opener, '再加一段作为结语的延续。'].join('\n'));
      expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'closing']);
      expect(parsed.sentences.filter((s) => s.section === 'closing')).toHaveLength(2);
    }
  });

  it('is the last paragraph ending in ！ or 而奋斗 with a rallying cue', () => {
    const a = parse([...base, '全市上下要以实际行动迎接党的二十大胜利召开！'].join('\n'));
    expect(ids(a)).toEqual(['p1-intro', 'p1-s1', 'closing']);
    const b = parse([...base, '为建设共同富裕示范区而团结奋斗。'].join('\n'));
    expect(ids(b)).toEqual(['p1-intro', 'p1-s1', 'closing']);
  });

  it('is not taken from an ordinary last paragraph or from the heading paragraph', () => {
    expect(ids(parse([...base, '乙的正文，继续推进工作。'].join('\n')))).toEqual(['p1-intro', 'p1-s1']);
    expect(ids(parse([...base, '这项工作很重要！'].join('\n')))).toEqual(['p1-intro', 'p1-s1']);
    expect(ids(parse(['一、任务', '（一）让我们团结奋斗！'].join('\n')))).toEqual(['p1-intro', 'p1-s1']);
  });

  it('is not opened by 号召 in an ordinary sentence (要号召群众), only by who calls (市委、大会、我们)', () => {
    expect(ids(parse([...base, '要号召广大群众积极参与垃圾分类。', '完善考核机制。'].join('\n')))).toEqual([
      'p1-intro',
      'p1-s1',
    ]);
    for (const opener of [
      '中共杭州市委号召，全市上下团结一致。',
      '市委、市政府号召，全市人民行动起来。',
      '大会号召，全省人民团结奋斗。',
    ]) {
      expect(ids(parse([...base, opener].join('\n')))).toEqual(['p1-intro', 'p1-s1', 'closing']);
    }
  });

  it('is found after a part with a lead-in only', () => {
    const text = ['一、任务', '（一）甲。', '二、保障', '加强组织领导。', '同志们，让我们团结奋斗！'].join(
      '\n',
    );
    const parsed = parse(text);
    expect(ids(parsed)).toEqual(['p1-intro', 'p1-s1', 'p2-intro', 'closing']);
    expect(bodyOf(text, parsed, 'p2-intro')).toBe('二、保障\n加强组织领导。');
  });
});

describe('sentences', () => {
  const sentencesOf = (body: string) => {
    const text = `（一）标题。\n${body}`;
    const parsed = parse(text);
    return parsed.sentences.map((s) => text.slice(s.start, s.end)).slice(1);
  };

  it('keeps closing quotes and brackets and repeated marks with their sentence', () => {
    expect(sentencesOf('他说：“要干在实处。”然后出发。')).toEqual(['他说：“要干在实处。”', '然后出发。']);
    expect(sentencesOf('真的吗？！当然。（见附件。）完')).toEqual([
      '真的吗？！',
      '当然。',
      '（见附件。）',
      '完',
    ]);
    expect(sentencesOf('「好！」』再见')).toEqual(['「好！」』', '再见']);
  });

  it('attaches a straight quote only when it closes one', () => {
    expect(sentencesOf('他说"好。"然后走了。')).toEqual(['他说"好。"', '然后走了。']);
    expect(sentencesOf('好。"两个先行"是目标。')).toEqual(['好。', '"两个先行"是目标。']);
  });

  it('splits on 。！？；', () => {
    expect(sentencesOf('甲，乙；丙！丁？戊。己')).toEqual(['甲，乙；', '丙！', '丁？', '戊。', '己']);
  });

  it('splits on half-width ! ? ; and line ends but not on . or ，', () => {
    expect(sentencesOf('增长7.7%! 好吗? 是的; 行\n下一行，没有句号')).toEqual([
      '增长7.7%!',
      '好吗?',
      '是的;',
      '行',
      '下一行，没有句号',
    ]);
  });

  it('trims whitespace and drops empty sentences', () => {
    expect(sentencesOf('  第一句。  。 \u3000\n\n  第二句  ')).toEqual(['第一句。', '。', '第二句']);
  });
});
