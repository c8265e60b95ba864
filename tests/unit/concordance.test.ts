import { describe, expect, it } from 'vitest';
import { concordance, concordanceCsv, sortConcordance } from '../../src/core/explorer/concordance';
import { buildGraphData } from '../../src/core/pipeline';
import { CITY_RESOLUTION } from '../fixtures/corpus/docs';

const data = buildGraphData(CITY_RESOLUTION, { documentId: 'city' });
const text = data.document.text;

describe('concordance of any wording', () => {
  it('finds every occurrence with exact offsets, address, title and part counts', () => {
    const c = concordance(data, '两个先行');
    const offsets: number[] = [];
    for (let at = text.indexOf('两个先行'); at >= 0; at = text.indexOf('两个先行', at + 1)) offsets.push(at);
    expect(c.lines.map((l) => l.start)).toEqual(offsets);
    for (const l of c.lines) expect(text.slice(l.start, l.end)).toBe('两个先行');
    expect(c.lines[0]!.address).toBe('标题'); // in the title, outside every section
    expect(c.lines.slice(1).map((l) => l.address)).toEqual(['一（一）', '一（二）']);
    expect(c.perPart).toEqual([
      { part: '标题', count: 1 },
      { part: '一', count: 2 },
    ]);
    expect(c.complete).toBe(true);
  });

  it('stops contexts at the edge of the paragraph and the section', () => {
    const c = concordance(data, '坚持', { width: 40 });
    const line = c.lines[0]!;
    const section = data.sections.find((s) => s.id === line.section)!;
    expect(line.left).toBe(text.slice(section.start, line.start));
    expect(line.right.length).toBeLessThanOrEqual(40);
    expect(text.slice(line.end, section.end).startsWith(line.right)).toBe(true);
    const title = concordance(data, '决议', { width: 40 }).lines[0]!;
    // 决议 stands alone on the title's last line: no context from the lines around it.
    expect([title.address, title.left, title.right]).toEqual(['标题', '', '']);
    const preamble = concordance(data, '决议', { width: 40 }).lines[1]!;
    expect(preamble.left.endsWith('形成如下')).toBe(true);
    expect(preamble.right).toBe('。');
  });

  it('sorts by the words to either side and by position', () => {
    const c = concordance(data, '推进');
    const left = sortConcordance(c.lines, 'left');
    const keys = left.map((l) => [...l.left].reverse().join(''));
    expect(keys).toEqual([...keys].sort());
    const right = sortConcordance(c.lines, 'right').map((l) => l.right);
    expect(right).toEqual([...right].sort());
    expect(sortConcordance(left, 'position').map((l) => l.start)).toEqual(c.lines.map((l) => l.start));
  });

  it('lists at most `limit` lines but counts them all; blank and absent queries give nothing', () => {
    const all = concordance(data, '。');
    const few = concordance(data, '。', { limit: 2 });
    expect(all.lines.length).toBeGreaterThan(2);
    expect(few.lines).toHaveLength(2);
    expect(few.complete).toBe(false);
    expect(few.perPart).toEqual(all.perPart);
    expect(concordance(data, '  ').lines).toEqual([]);
    expect(concordance(data, '不存在的词语').lines).toEqual([]);
  });

  it('exports CSV with one row per line, a BOM and formula-safe fields', () => {
    const csv = concordanceCsv(data, concordance(data, '两个先行').lines);
    expect(csv.startsWith('\uFEFFdocument,date,offset,address')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    const hostile = buildGraphData('标题\n一、总体\n=HYPERLINK("x")是一个词。', { documentId: 'h' });
    expect(concordanceCsv(hostile, concordance(hostile, 'HYPERLINK').lines)).not.toMatch(/,=HYPERLINK/);
  });
});
