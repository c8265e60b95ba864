import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/pipeline/decode';
import { parseDocument } from '../../src/core/pipeline/parse';
import { checkInvariants } from './parse-check';

const SOURCE = fileURLToPath(new URL('../../graph-data/sources/hangzhou-2022-07-27.txt', import.meta.url));
const text = normalizeText(readFileSync(SOURCE, 'utf8'));
const parsed = parseDocument(text, { id: 'hangzhou-2022-07-27' });
const section = (id: string) => {
  const found = parsed.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

/** Every occurrence of needle in text. */
function occurrences(needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

describe('parseDocument on the bundled Hangzhou resolution', () => {
  it('reads the four-line title, the adoption date and the publication line', () => {
    const { text: documentText, ...info } = parsed.document;
    expect(documentText).toBe(text);
    expect(info).toEqual({
      id: 'hangzhou-2022-07-27',
      title: '中共杭州市委关于深入学习贯彻省第十五次党代会精神奋力推进“两个先行”在杭州生动实践的决议',
      date: '2022-07-27',
      source: '《杭州日报》',
      publishedDate: '2022-08-03',
    });
    expect(parsed.warnings).toEqual([]);
  });

  it('finds preamble, 3 part lead-ins, 13 subsections (3+7+3) and the closing, in order', () => {
    expect(parsed.sections.map((s) => s.id)).toEqual([
      'preamble',
      'p1-intro',
      'p1-s1',
      'p1-s2',
      'p1-s3',
      'p2-intro',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `p2-s${n}`),
      'p3-intro',
      'p3-s1',
      'p3-s2',
      'p3-s3',
      'closing',
    ]);
    expect(parsed.sections.map((s) => s.address)).toEqual([
      '序言',
      '一',
      '一（一）',
      '一（二）',
      '一（三）',
      '二',
      ...'一二三四五六七'.split('').map((n) => `二（${n}）`),
      '三',
      '三（一）',
      '三（二）',
      '三（三）',
      '结语',
    ]);
    const kinds = parsed.sections.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'subsection')).toHaveLength(13);
    expect(kinds.filter((k) => k === 'intro')).toHaveLength(3);
    expect(parsed.sections.map((s) => s.part)).toEqual([
      null,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      2,
      3,
      3,
      3,
      3,
      null,
    ]);
    checkInvariants(text, parsed);
  });

  it('gives the heading sentences as titles', () => {
    expect(parsed.sections.map((s) => s.title)).toEqual([
      '',
      '深刻理解和准确把握省第十五次党代会的精神实质，切实把思想和行动统一到省委重大决策部署上来',
      '不断增强坚决拥护“两个确立”、坚决做到“两个维护”的政治自觉思想自觉行动自觉',
      '深刻领悟“八八战略”蕴含的真理力量和实践伟力',
      '努力在推进“两个先行”中展现头雁风采',
      '更好发挥龙头领跑示范带动作用，在“两个先行”中再建新功',
      '推进高水平科技自立自强，在经济高质量发展上发挥龙头领跑示范带动作用',
      '深入推进扩中提低改革，在构建橄榄型社会结构上发挥龙头领跑示范带动作用',
      '不断满足人的全生命周期需求，在公共服务优质共享上发挥龙头领跑示范带动作用',
      '大力推进西部山区跨越式发展，在城乡区域协调发展上发挥龙头领跑示范带动作用',
      '持续擦亮历史文化名城金名片，在提升城市文化软实力上发挥龙头领跑示范带动作用',
      '全力打造全域美丽新杭州，在生态文明建设上发挥龙头领跑示范带动作用',
      '全面提升良法善治水平，在开创共建共治共享的社会治理新格局上发挥龙头领跑示范带动作用',
      '加强党的全面领导和全面加强党的建设，为奋力推进“两个先行”在杭州的生动实践提供根本保证',
      '大力加强党的政治建设',
      '推进干部队伍组织工作系统性重塑',
      '坚定不移正风肃纪反腐',
      '',
    ]);
  });

  it('starts each subsection span at its marker and heading, each intro at its part heading', () => {
    for (const s of parsed.sections) {
      if (s.kind === 'subsection') {
        expect(slice(s)).toMatch(/^（[一二三四五六七]）/);
        expect(slice(s).slice(3).startsWith(`${s.title}。`), s.id).toBe(true);
      }
      if (s.kind === 'intro') expect(slice(s).startsWith(`${s.address}、${s.title}`)).toBe(true);
    }
    // part 三 goes straight to （一）: its lead-in is the heading line alone
    expect(slice(section('p3-intro'))).toBe(
      '三、加强党的全面领导和全面加强党的建设，为奋力推进“两个先行”在杭州的生动实践提供根本保证',
    );
    // part 一 has a lead-in paragraph after its heading
    expect(slice(section('p1-intro'))).toMatch(
      /^一、深刻理解.*上来\n学习贯彻省第十五次党代会精神.*落到实处。$/,
    );
  });

  it('keeps the header and the publication line outside every section', () => {
    const preamble = section('preamble');
    expect(slice(preamble)).toMatch(/^中国共产党杭州市第十三届委员会第二次全体会议，.*形成如下决议。$/);
    const firstStart = parsed.sections[0]?.start ?? 0;
    expect(text.slice(0, firstStart)).toContain(
      '（2022年7月27日中国共产党杭州市第十三届委员会第二次全体会议通过）',
    );
    const [pub] = occurrences('（摘自《杭州日报》2022年8月3日）');
    expect(pub).toBeDefined();
    for (const s of parsed.sections) expect(pub! >= s.end || pub! < s.start).toBe(true);
    expect(parsed.sentences.some((s) => text.slice(s.start, s.end).includes('摘自'))).toBe(false);
  });

  it('splits the closing paragraph off the last subsection', () => {
    const closing = section('closing');
    expect(closing).toMatchObject({ kind: 'closing', part: null, address: '结语', title: '' });
    expect(slice(closing)).toMatch(/^市委号召，全市各级党组织.*以实际行动迎接党的二十大胜利召开！$/);
    expect(slice(section('p3-s3'))).toMatch(/^（三）坚定不移正风肃纪反腐。.*风清气正的政治生态。$/);
    expect(slice(section('p3-s3'))).not.toContain('市委号召');
  });

  it('treats mid-line brackets as text: 河（湖）长制, 区县（市）, 区、县（市）, 委员工作站(室)', () => {
    for (const needle of ['河（湖）长制', '区县（市）', '区、县（市）', '委员工作站(室)']) {
      const found = occurrences(needle);
      expect(found.length, needle).toBeGreaterThan(0);
      for (const at of found) {
        const inside = parsed.sections.find((s) => s.start <= at && at + needle.length <= s.end);
        expect(inside?.kind, needle).toBe('subsection');
        expect(inside!.start).toBeLessThan(at);
      }
    }
    expect(slice(section('p2-s6'))).toContain('健全“河（湖）长制”“林长制”');
    expect(slice(section('p2-s7'))).toContain('委员工作站(室)');
  });

  it('splits sentences on 。！？； and line ends, with headings as sentences', () => {
    const sentences = parsed.sentences.map((s) => ({ section: s.section, text: text.slice(s.start, s.end) }));
    // 70 sentence-final marks in the body, plus the three part headings that end at the line end
    expect(sentences).toHaveLength(73);
    expect(sentences.filter((s) => s.section === 'p2-s1')[0]?.text).toBe(
      '（一）推进高水平科技自立自强，在经济高质量发展上发挥龙头领跑示范带动作用。',
    );
    expect(sentences.filter((s) => s.section === 'p1-intro').map((s) => s.text.slice(0, 6))).toEqual([
      '一、深刻理解',
      '学习贯彻省第',
      '全市上下要准',
    ]);
    expect(sentences.filter((s) => s.section === 'p3-intro')).toHaveLength(1);
    expect(sentences.at(-1)).toEqual({
      section: 'closing',
      text: expect.stringMatching(/^市委号召.*召开！$/),
    });
    checkInvariants(text, parsed);
  });

  it('parses CRLF input the same after normalizeText', () => {
    const crlf = normalizeText(readFileSync(SOURCE, 'utf8').replace(/\n/g, '\r\n'));
    expect(crlf).toBe(text);
    const again = parseDocument(crlf, { id: 'hangzhou-2022-07-27' });
    expect(again.sections).toEqual(parsed.sections);
    expect(again.sentences).toEqual(parsed.sentences);
  });

  it('parses the raw CRLF text without normalising and still keeps the structure', () => {
    const raw = text.replace(/\n/g, '\r\n');
    const result = parseDocument(raw, { id: 'crlf' });
    expect(result.sections.map((s) => s.id)).toEqual(parsed.sections.map((s) => s.id));
    expect(result.document.date).toBe('2022-07-27');
    checkInvariants(raw, result);
  });
});
