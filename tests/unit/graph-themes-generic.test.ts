/** Themes of documents without a curated lexicon: the split of the heading tree (themes.ts, themeGroups). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractConcepts } from '../../src/core/pipeline/extract';
import { PALETTE } from '../../src/core/pipeline/graph/palette';
import { FRAMING_ID, shortLabel } from '../../src/core/pipeline/graph/section-groups';
import {
  assignThemes,
  themeGroups,
  type ThemeAssignment,
  type ThemeNodeInput,
} from '../../src/core/pipeline/graph/themes';
import { NO_HEADINGS_WARNING, parseDocument } from '../../src/core/pipeline/parse';
import type { ParsedDocument } from '../../src/core/pipeline/types';
import { makeDoc, type SectionSpec } from './graph-fixtures';

/** Section index of each mention, as assemble.ts passes them. */
function nodeInputs(doc: ParsedDocument, concepts: ReturnType<typeof extractConcepts>): ThemeNodeInput[] {
  return concepts.map((c) => ({
    id: c.id,
    theme: c.theme,
    mentionSections: c.mentions.map((m) =>
      doc.sections.findIndex((s) => m.start >= s.start && m.end <= s.end),
    ),
  }));
}

function nodesPerTheme(result: ThemeAssignment): Map<string, number> {
  const counts = new Map<string, number>();
  for (const theme of result.nodeThemes.values()) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  return counts;
}

describe('the bundled document without its lexicon', () => {
  const text = readFileSync('graph-data/sources/hangzhou-2022-07-27.txt', 'utf8');
  const doc = parseDocument(text, { id: 'hangzhou-2022-07-27' });
  const nodes = nodeInputs(doc, extractConcepts(doc));
  const result = assignThemes(doc, nodes);
  const counts = nodesPerTheme(result);

  it('has between 8 and 12 themes, none over 40% of the nodes, every theme used', () => {
    expect(nodes.length).toBeGreaterThan(50);
    expect(result.themes.length).toBeGreaterThanOrEqual(8);
    expect(result.themes.length).toBeLessThanOrEqual(12);
    for (const t of result.themes) {
      expect(counts.get(t.id) ?? 0, t.id).toBeGreaterThan(0);
      expect(counts.get(t.id)! / nodes.length, t.id).toBeLessThanOrEqual(0.4);
    }
    expect(result.nodeThemes.size).toBe(nodes.length);
  });

  it('gives each of part 二’s seven subsections its own theme, labelled by its first clause', () => {
    const subsections = doc.sections.filter((s) => s.part === 2 && s.kind === 'subsection');
    expect(subsections).toHaveLength(7);
    subsections.forEach((s, k) => {
      const theme = result.themes.find((t) => t.id === s.id);
      expect(theme, s.id).toMatchObject({ label: shortLabel(s.title), labelEn: `Part 2 (${k + 1})` });
    });
    expect(result.themes.find((t) => t.id === 'p2-s1')!.label).toBe('推进高水平科技自立自强');
    // Parts 一 and 三 stay whole; no theme is the whole of part 二.
    expect(result.themes.filter((t) => t.id === 'p1' || t.id === 'p3').map((t) => t.labelEn)).toEqual([
      'Part 1',
      'Part 3',
    ]);
    expect(result.themes.some((t) => t.labelEn === 'Part 2')).toBe(false);
  });

  it('puts each concept in the theme whose sections hold most of its mentions', () => {
    const { groups } = themeGroups(
      doc,
      nodes.map((n) => n.mentionSections),
    );
    for (const node of nodes) {
      const perGroup = groups.map((g) => node.mentionSections.filter((s) => g.sections.includes(s)).length);
      const mine = groups.findIndex((g) => g.id === result.nodeThemes.get(node.id));
      expect(perGroup[mine], node.id).toBe(Math.max(...perGroup));
    }
  });

  it('is deterministic, with palette colours in order', () => {
    const again = assignThemes(doc, nodeInputs(doc, extractConcepts(doc)));
    expect(JSON.stringify(again.themes)).toBe(JSON.stringify(result.themes));
    expect([...again.nodeThemes]).toEqual([...result.nodeThemes]);
    expect(result.themes.map((t) => t.color)).toEqual(PALETTE.slice(0, result.themes.length));
  });
});

/** One part per entry of `subs`; each subsection holds `perSub` distinct concepts (c-p-s-k). */
function partsDoc(subs: number[], perSub = 3, introConcepts = 0) {
  const specs: SectionSpec[] = [{ id: 'preamble', kind: 'preamble', part: null, sentences: ['序。'] }];
  const mentions = new Map<string, string[]>();
  const mention = (concept: string, section: string) =>
    mentions.set(concept, [...(mentions.get(concept) ?? []), section]);
  subs.forEach((count, p) => {
    const part = p + 1;
    specs.push({
      id: `p${part}-intro`,
      kind: 'intro',
      part,
      title: `第${part}部分，后文`,
      sentences: ['引。'],
    });
    for (let k = 0; k < introConcepts; k++) mention(`i-${part}-${k}`, `p${part}-intro`);
    for (let s = 1; s <= count; s++) {
      specs.push({
        id: `p${part}-s${s}`,
        kind: 'subsection',
        part,
        title: `小节${part}之${s}，后文`,
        sentences: ['文。'],
      });
      for (let k = 0; k < perSub; k++) mention(`c-${part}-${s}-${k}`, `p${part}-s${s}`);
    }
  });
  specs.push({ id: 'closing', kind: 'closing', part: null, sentences: ['结。'] });
  const doc = makeDoc(specs);
  const index = (id: string) => doc.sections.findIndex((s) => s.id === id);
  const nodes: ThemeNodeInput[] = [...mentions].map(([id, secs]) => ({
    id,
    theme: '',
    mentionSections: secs.map(index),
  }));
  return { doc, nodes, index };
}

describe('splitting the largest group', () => {
  it('splits a dominant part into its subsections and stops once no group holds over 35%', () => {
    // Part 2 holds 5 × 3 of 21 concepts (71%); after the split the largest holds 3 (14%).
    const { doc, nodes } = partsDoc([1, 5, 1]);
    const result = assignThemes(doc, nodes);
    expect(result.themes.map((t) => t.id)).toEqual(['p1', 'p2-s1', 'p2-s2', 'p2-s3', 'p2-s4', 'p2-s5', 'p3']);
    expect(result.themes[1]).toMatchObject({ label: '小节2之1', labelEn: 'Part 2 (1)' });
    expect(result.nodeThemes.get('c-2-4-0')).toBe('p2-s4');
  });

  it('splits again while the largest group is over 35% and the split fits', () => {
    // Parts 1 and 2 each hold 3 × 4 of 28 concepts (43%); both are split, part 3 is not (14%).
    const { doc, nodes } = partsDoc([3, 3, 1], 4);
    const ids = assignThemes(doc, nodes).themes.map((t) => t.id);
    expect(ids).toEqual(['p1-s1', 'p1-s2', 'p1-s3', 'p2-s1', 'p2-s2', 'p2-s3', 'p3']);
  });

  it('when all subsections would exceed 12 groups, splits into runs of adjacent subsections', () => {
    const fits = partsDoc([1, 11]);
    const all = assignThemes(fits.doc, fits.nodes).themes;
    expect(all).toHaveLength(12);
    expect(all[11]).toMatchObject({ id: 'p2-s11', labelEn: 'Part 2 (11)' });
    // 1 + 13 subsections: the smallest adjacent ones (equal here → the earliest) merge down to 11.
    const { doc, nodes } = partsDoc([1, 13]);
    const result = assignThemes(doc, nodes);
    expect(result.themes.map((t) => t.id)).toEqual([
      'p1',
      'p2-s1-to-p2-s2',
      'p2-s3-to-p2-s4',
      ...[5, 6, 7, 8, 9, 10, 11, 12, 13].map((k) => `p2-s${k}`),
    ]);
    expect(result.themes[1]).toMatchObject({ label: '小节2之1等', labelEn: 'Part 2 (1–2)' });
    expect(result.nodeThemes.get('c-2-2-0')).toBe('p2-s1-to-p2-s2');
  });

  it('keeps a split part’s lead-in as its own group when it holds ≥ 3 concepts, else folds it into the first subsection', () => {
    const kept = partsDoc([1, 4], 3, 3);
    const themes = assignThemes(kept.doc, kept.nodes).themes;
    expect(themes.map((t) => t.id)).toEqual(['p1', 'p2', 'p2-s1', 'p2-s2', 'p2-s3', 'p2-s4']);
    expect(themes[1]).toMatchObject({ label: '第2部分', labelEn: 'Part 2' });
    const folded = partsDoc([1, 4], 3, 2);
    const result = assignThemes(folded.doc, folded.nodes);
    expect(result.themes.map((t) => t.id)).toEqual(['p1', 'p2-s1', 'p2-s2', 'p2-s3', 'p2-s4']);
    expect(result.nodeThemes.get('i-2-0')).toBe('p2-s1');
  });

  it('keeps the overall framing with ≥ 3 concepts and folds it into the nearest group otherwise', () => {
    const { doc, nodes, index } = partsDoc([1, 1, 1]);
    const withFraming = [
      ...nodes,
      ...['f1', 'f2', 'f3'].map((id) => ({ id, theme: '', mentionSections: [index('preamble')] })),
    ];
    const kept = assignThemes(doc, withFraming);
    expect(kept.themes[0]).toMatchObject({ id: FRAMING_ID, label: '总体部署', labelEn: 'Overall framing' });
    const few = [
      ...nodes,
      { id: 'f1', theme: '', mentionSections: [index('preamble')] },
      { id: 'f2', theme: '', mentionSections: [index('closing')] },
    ];
    const folded = assignThemes(doc, few);
    expect(folded.themes.map((t) => t.id)).toEqual(['p1', 'p2', 'p3']);
    expect(folded.nodeThemes.get('f1')).toBe('p1'); // preamble → first group
    expect(folded.nodeThemes.get('f2')).toBe('p3'); // closing → last group
  });

  it('breaks a tie between groups by the earliest section, not by group order', () => {
    const { doc, nodes, index } = partsDoc([1, 1, 1]);
    const framing = ['f1', 'f2', 'f3'].map((id) => ({ id, theme: '', mentionSections: [index('preamble')] }));
    const tie = { id: 'tie', theme: '', mentionSections: [index('closing'), index('p2-s1')] };
    const result = assignThemes(doc, [...nodes, ...framing, tie]);
    expect(result.themes[0]!.id).toBe(FRAMING_ID);
    expect(result.nodeThemes.get('tie')).toBe('p2'); // p2-s1 comes before the closing
  });

  it('keeps items with the subsection before them', () => {
    const { doc, nodes } = partsDoc([1, 3]);
    const at = doc.sections.findIndex((s) => s.id === 'p2-s3');
    // An item after 二（三）: insert it into a rebuilt document with the same concepts.
    const specs: SectionSpec[] = doc.sections.map((s) => ({
      id: s.id,
      kind: s.kind,
      part: s.part,
      title: s.title,
      sentences: ['文。'],
    }));
    specs.splice(at + 1, 0, { id: 'p2-s3-i1', kind: 'item', part: 2, title: '条目', sentences: ['项。'] });
    const withItem = makeDoc(specs);
    const shifted = nodes.map((n) => ({
      ...n,
      mentionSections: n.mentionSections.map((i) => (i > at ? i + 1 : i)),
    }));
    shifted.push({ id: 'in-item', theme: '', mentionSections: [at + 1] });
    const result = assignThemes(withItem, shifted);
    expect(result.themes.map((t) => t.id)).toEqual(['p1', 'p2-s1', 'p2-s2', 'p2-s3']);
    expect(result.nodeThemes.get('in-item')).toBe('p2-s3');
  });

  it('splits a part made of items into its items', () => {
    const specs: SectionSpec[] = [
      { id: 'p1-intro', kind: 'intro', part: 1, title: '总要求', sentences: ['引。'] },
      { id: 'p1-s1', kind: 'subsection', part: 1, title: '甲', sentences: ['文。'] },
      { id: 'p2-intro', kind: 'intro', part: 2, title: '重点任务', sentences: ['引。'] },
      ...[1, 2, 3].map((k) => ({
        id: `p2-i${k}`,
        kind: 'item' as const,
        part: 2,
        title: `条目${k}。`,
        sentences: ['项。'],
      })),
    ];
    const doc = makeDoc(specs);
    const nodes = [1, 2, 3].flatMap((k) =>
      [0, 1, 2].map((j) => ({
        id: `n${k}${j}`,
        theme: '',
        mentionSections: [doc.sections.findIndex((s) => s.id === `p2-i${k}`)],
      })),
    );
    nodes.push({ id: 'a', theme: '', mentionSections: [1] });
    const themes = assignThemes(doc, nodes).themes;
    expect(themes.map((t) => `${t.id}:${t.label}:${t.labelEn}`)).toEqual([
      'p1:总要求:Part 1',
      'p2-i1:条目1:Part 2 item 1',
      'p2-i2:条目2:Part 2 item 2',
      'p2-i3:条目3:Part 2 item 3',
    ]);
  });
});

describe('documents with many parts or without headings', () => {
  it('a document without sections still gives every node one theme', () => {
    const result = assignThemes(makeDoc([]), [{ id: 'x', theme: '', mentionSections: [-1] }]);
    expect(result.themes.map((t) => t.id)).toEqual([FRAMING_ID]);
    expect(result.nodeThemes.get('x')).toBe(FRAMING_ID);
  });

  it('merges the smallest adjacent parts of a 15-part document down to ≤ 12 themes', () => {
    // Part k holds k concepts, so the first parts are the smallest.
    const subs = Array.from({ length: 15 }, () => 1);
    const { doc, nodes } = partsDoc(subs, 0);
    const index = (id: string) => doc.sections.findIndex((s) => s.id === id);
    const all = subs.flatMap((_, p) =>
      Array.from({ length: p + 1 }, (_, k) => ({
        id: `c${p + 1}-${k}`,
        theme: '',
        mentionSections: [index(`p${p + 1}-s1`)],
      })),
    );
    expect(nodes).toHaveLength(0);
    const result = assignThemes(doc, all);
    expect(result.themes.length).toBeLessThanOrEqual(12);
    expect(result.themes.length).toBeGreaterThanOrEqual(10);
    expect(result.themes[0]).toMatchObject({ id: 'p1-to-p3', labelEn: 'Parts 1–3', label: '第1部分等' });
    expect(result.themes[result.themes.length - 1]).toMatchObject({ id: 'p15', labelEn: 'Part 15' });
    expect(result.nodeThemes.get('c2-0')).toBe('p1-to-p3');
    expect(new Set(result.nodeThemes.values()).size).toBe(result.themes.length);
  });

  it('cuts a document without headings into ≤ 8 consecutive blocks of similar length', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) =>
      `第${i + 1}段落讲述“名称${i + 1}号工程”的推进情况和下一步安排。`.repeat(1 + (i % 3)),
    );
    const doc = parseDocument(`关于若干工作的意见\n\n${paragraphs.join('\n')}\n`, { id: 'plain' });
    expect(doc.warnings).toContain(NO_HEADINGS_WARNING);
    const nodes = doc.sections.map((_, i) => ({ id: `n${i}`, theme: '', mentionSections: [i] }));
    const result = assignThemes(doc, nodes);
    expect(result.themes.length).toBeGreaterThanOrEqual(4);
    expect(result.themes.length).toBeLessThanOrEqual(8);
    const { groups } = themeGroups(
      doc,
      nodes.map((n) => n.mentionSections),
    );
    expect(groups.flatMap((g) => g.sections)).toEqual(doc.sections.map((_, i) => i));
    const lengths = groups.map((g) =>
      g.sections.reduce((a, i) => a + doc.sections[i]!.end - doc.sections[i]!.start, 0),
    );
    expect(Math.max(...lengths) / Math.min(...lengths)).toBeLessThan(1.6);
    expect(groups[0]!.labelEn).toMatch(/^Paragraphs 1–\d+$/);
  });
});
