import { describe, expect, it } from 'vitest';
import { PALETTE, paletteColors } from '../../src/core/pipeline/graph/palette';
import { chineseNumeral, FRAMING_ID, partGroups, shortLabel } from '../../src/core/pipeline/graph/section-groups';
import { assignThemes, type ThemeNodeInput } from '../../src/core/pipeline/graph/themes';
import type { Lexicon } from '../../src/core/pipeline/schema';
import { makeDoc, type SectionSpec } from './graph-fixtures';

const PART_TITLES = [
  '深刻理解和准确把握省第十五次党代会的精神实质，切实把思想统一起来',
  '更好发挥龙头领跑示范带动作用，在两个先行中再建新功',
  '加强党的全面领导，提供根本保证',
];

/** preamble, then for each part an intro and `subs[p]` subsections, then closing. */
function structured(subs: number[], titles: string[] = []): SectionSpec[] {
  const specs: SectionSpec[] = [{ id: 'preamble', kind: 'preamble', part: null, sentences: ['序。'] }];
  subs.forEach((count, p) => {
    const part = p + 1;
    specs.push({
      id: `p${part}-intro`,
      kind: 'intro',
      part,
      title: titles[p] ?? `第${part}部分标题`,
      sentences: ['引。'],
    });
    for (let s = 1; s <= count; s++) {
      specs.push({
        id: `p${part}-s${s}`,
        kind: 'subsection',
        part,
        title: `小节${part}之${s}，后文`,
        sentences: ['内容。'.repeat(part)],
      });
    }
  });
  specs.push({ id: 'closing', kind: 'closing', part: null, sentences: ['结。'] });
  return specs;
}

describe('labels', () => {
  it('shortens a heading to its first clause, at most 14 characters', () => {
    expect(shortLabel('推进高水平科技自立自强，在经济高质量发展上发挥作用')).toBe('推进高水平科技自立自强');
    expect(shortLabel('更好发挥龙头领跑示范带动作用，在“两个先行”中再建新功')).toBe(
      '更好发挥龙头领跑示范带动作用',
    );
    expect(shortLabel('深刻理解和准确把握省第十五次党代会的精神实质，切实')).toBe(
      '深刻理解和准确把握省第十五…',
    );
    expect(Array.from(shortLabel('深刻理解和准确把握省第十五次党代会的精神实质')).length).toBe(14);
    expect(shortLabel('二、更好发挥作用')).toBe('更好发挥作用');
    expect(shortLabel('（三）大力加强党的政治建设。')).toBe('大力加强党的政治建设');
  });

  it('writes part numbers in Chinese', () => {
    expect([1, 10, 12, 20, 23, 99].map(chineseNumeral)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '二十三',
      '九十九',
    ]);
  });
});

describe('coarse section groups (the lexicon path’s regions)', () => {
  it('one group per part, lead-ins with their part; preamble and closing are the overall framing', () => {
    const doc = makeDoc(structured([2, 2, 1, 3, 1]));
    const groups = partGroups(doc);
    expect(groups.map((g) => g.id)).toEqual([FRAMING_ID, 'p1', 'p2', 'p3', 'p4', 'p5']);
    expect(groups[0]).toMatchObject({ label: '总体部署', labelEn: 'Overall framing' });
    expect(groups[0]!.sections.map((i) => doc.sections[i]!.id)).toEqual(['preamble', 'closing']);
    expect(groups[2]).toMatchObject({ label: '第2部分标题', labelEn: 'Part 2' });
    expect(groups[2]!.sections.map((i) => doc.sections[i]!.id)).toEqual(['p2-intro', 'p2-s1', 'p2-s2']);
  });

  it('3 parts and 13 subsections (the bundled structure): one group per part', () => {
    const doc = makeDoc(structured([3, 7, 3], PART_TITLES));
    const groups = partGroups(doc);
    expect(groups.map((g) => `${g.id}:${g.label}:${g.labelEn}`)).toEqual([
      'framing:总体部署:Overall framing',
      'p1:深刻理解和准确把握省第十五…:Part 1',
      'p2:更好发挥龙头领跑示范带动作用:Part 2',
      'p3:加强党的全面领导:Part 3',
    ]);
  });

  it('more than 12 groups: merges the smallest neighbours (by text length) down to 12', () => {
    // Part k's subsection has k sentences, so parts 1, 2, 3, … are the smallest.
    const doc = makeDoc(structured(Array.from({ length: 14 }, () => 1)));
    const groups = partGroups(doc);
    expect(groups).toHaveLength(12); // framing + 11
    const covered = groups.flatMap((g) => g.sections).sort((a, b) => a - b);
    expect(covered).toEqual(doc.sections.map((_, i) => i));
    expect(groups[1]).toMatchObject({ id: 'p1-to-p3', labelEn: 'Parts 1–3', label: '第1部分标题等' });
    expect(groups[2]).toMatchObject({ id: 'p4-to-p5', labelEn: 'Parts 4–5' });
  });

  it('a document without headings is cut into 4–8 runs of paragraphs', () => {
    const doc = makeDoc(
      Array.from({ length: 30 }, (_, i) => ({
        id: `para-${i + 1}`,
        kind: 'subsection' as const,
        part: null,
        title: `段落${i + 1}`,
        sentences: ['文。'],
      })),
    );
    doc.sections.forEach((s, i) => (s.address = `¶${i + 1}`));
    const groups = partGroups(doc);
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(groups.length).toBeLessThanOrEqual(8);
    expect(groups.flatMap((g) => g.sections)).toEqual(doc.sections.map((_, i) => i));
    expect(groups[0]).toMatchObject({ label: '¶1–¶5', labelEn: 'Paragraphs 1–5' });
  });
});

describe('assignThemes', () => {
  const doc = makeDoc(structured([1, 1, 1, 1]));
  const index = (id: string) => doc.sections.findIndex((s) => s.id === id);
  const node = (id: string, sections: string[], theme = ''): ThemeNodeInput => ({
    id,
    theme,
    mentionSections: sections.map(index),
  });

  it('without a lexicon: the group holding most mentions, ties to the earliest; empty themes dropped', () => {
    const result = assignThemes(doc, [
      node('a', ['p1-s1', 'p3-s1', 'p3-s1']),
      node('b', ['p2-s1', 'p3-s1']), // tie → p2 (earlier)
      node('c', ['preamble', 'closing', 'p1-s1']), // the framing holds < 3 concepts: preamble joins p1
    ]);
    expect(Object.fromEntries(result.nodeThemes)).toEqual({ a: 'p3', b: 'p2', c: 'p1' });
    expect(result.themes.map((t) => t.id)).toEqual(['p1', 'p2', 'p3']); // p4 has no node
    expect(result.themes.map((t) => t.color)).toEqual(PALETTE.slice(0, 3));
  });

  const lexicon: Lexicon = {
    documentId: 'fixture',
    themes: [
      { id: 'eco', label: '经济', labelEn: 'Economy' },
      { id: 'env', label: '生态', labelEn: 'Environment', color: '#332288' },
      { id: 'unused', label: '未用', labelEn: 'Unused' },
    ],
    concepts: [],
    reject: [],
  };

  it('with a lexicon: its themes and colours, palette colours for the rest, empty themes dropped', () => {
    const result = assignThemes(doc, [node('x', ['p1-s1'], 'eco'), node('y', ['p2-s1'], 'env')], lexicon);
    expect(result.themes).toEqual([
      { id: 'eco', label: '经济', labelEn: 'Economy', color: PALETTE[1] }, // #332288 is taken by env
      { id: 'env', label: '生态', labelEn: 'Environment', color: '#332288' },
    ]);
    expect(Object.fromEntries(result.nodeThemes)).toEqual({ x: 'eco', y: 'env' });
  });

  it('with a lexicon: a generic candidate takes the theme dominating the section it is mentioned in most', () => {
    const result = assignThemes(
      doc,
      [
        node('x', ['p1-s1', 'p1-s1'], 'eco'),
        node('y', ['p1-s1', 'p2-s1', 'p2-s1'], 'env'),
        node('generic1', ['p2-s1', 'p1-s1', 'p2-s1']), // most in p2-s1 → env
        node('generic2', ['p1-s1']), // p1-s1: eco 2, env 1 → eco
        node('generic3', ['p4-s1']), // no lexicon concept in p4's section or group → overall (env 3 > eco 2)
      ],
      lexicon,
    );
    expect(result.nodeThemes.get('generic1')).toBe('env');
    expect(result.nodeThemes.get('generic2')).toBe('eco');
    expect(result.nodeThemes.get('generic3')).toBe('env');
  });

  it('with a lexicon: an undeclared theme id is reported and replaced', () => {
    const result = assignThemes(doc, [node('x', ['p1-s1'], 'eco'), node('z', ['p1-s1'], 'nope')], lexicon);
    expect(result.nodeThemes.get('z')).toBe('eco');
    expect(result.warnings).toEqual(['lexicon theme nope is not declared: its concepts get a derived theme']);
  });
});

describe('palette', () => {
  it('is colour-blind-safe Tol colours, lower-case, distinct, pale grey last', () => {
    expect(PALETTE.slice(0, 3)).toEqual(['#332288', '#88ccee', '#44aa99']);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    for (const c of PALETTE) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    expect(PALETTE[PALETTE.length - 1]).toBe('#dddddd');
    expect(paletteColors(2, new Set(['#332288']))).toEqual(['#88ccee', '#44aa99']);
  });
});
