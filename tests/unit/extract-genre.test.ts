/** Another document of the genre (a provincial work report excerpt) and a large synthetic resolution. */
import { readFileSync } from 'node:fs';
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { parseDocument } from '../../src/core/pipeline/parse';
import { makeBigDocument } from '../bench/make-big-doc';

const segmenter = jiebaSegmenter(tokenize, tag);

describe('a provincial work report', () => {
  const text = readFileSync(new URL('../fixtures/extract/provincial-report.txt', import.meta.url), 'utf8');
  const doc = parseDocument(text, { id: 'provincial-report' });
  const out = extractConcepts(doc, { segmenter });
  const byId = new Map(out.map((c) => [c.id, c]));

  it('extracts its own initiatives, institutions and places', () => {
    console.log(`${out.length} concepts: ${out.map((c) => `${c.label}/${c.origin}`).join(' ')}`);
    const wanted = [
      '八八战略',
      '千项万亿工程',
      '315科技创新体系建设工程',
      '赛马制',
      '地瓜经济',
      '浙里办',
      '扩中提低', // a known concept heading “扩中提低”行动 keeps the mention
      '县乡一体、条抓块统',
      '两个先行',
      '之江实验室',
      '西湖实验室',
      '舟山群岛新区',
      '温州环大罗山科创走廊',
      '杭州湾产业带',
      '国际贸易综合改革试验区',
      '宁波舟山港',
      '义甬舟开放大通道',
      '世界互联网大会',
      '城西科创大走廊',
      '中央八项规定',
      '四风',
    ];
    expect(wanted.filter((w) => !byId.has(w))).toEqual([]);
    expect(byId.get('城西科创大走廊')?.aliases).toContain('杭州城西科创大走廊');
  });

  it('discovers a recurring unquoted name only when the segmenter tags parts of speech', () => {
    expect(byId.get('义乌国际商贸城')).toMatchObject({ origin: 'discovered', kind: 'concept' });
    expect(byId.get('义乌国际商贸城')?.mentions).toHaveLength(2);
    const untagged = extractConcepts(doc, { segmenter: jiebaSegmenter(tokenize) }).map((c) => c.id);
    expect(untagged).not.toContain('义乌国际商贸城');
  });

  it('proposes no fragments or boilerplate', () => {
    for (const noise of [
      '西湖实验室等省实验室',
      '省实验室',
      '工作回顾',
      '各位代表',
      '政府工作报告',
      '有效投资',
      '重大项目',
      '315', // only ever the head of 315科技创新体系建设工程
    ]) {
      expect(byId.has(noise), noise).toBe(false);
    }
  });
});

describe('a 400 KB resolution with 5,000 quoted initiatives over 500 subsections', () => {
  const big = makeBigDocument();
  const doc = parseDocument(big.text, { id: 'big' });

  it('extracts every initiative in well under 2 s of CPU time', () => {
    expect(new TextEncoder().encode(big.text).length).toBeGreaterThan(350_000);
    expect(doc.sections.filter((s) => s.kind === 'subsection')).toHaveLength(500);
    extractConcepts(parseDocument('一、预热\n（一）实施“预热工程”。\n', { id: 'w' }), { segmenter }); // load wasm, JIT
    // CPU time, not wall time: this machine's cores are shared with other test runs.
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const out = extractConcepts(doc, { segmenter });
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(
      `big document: ${out.length} concepts, ${Math.round(cpuMs)} ms CPU, ${Math.round(wall)} ms wall`,
    );
    expect(cpuMs).toBeLessThan(1500);
    const ids = new Set(out.map((c) => c.id));
    expect(big.names.filter((n) => !ids.has(n))).toEqual([]);
    const total = out.reduce((n, c) => n + c.mentions.length, 0);
    expect(total).toBeGreaterThan(big.names.length);
  });
});
