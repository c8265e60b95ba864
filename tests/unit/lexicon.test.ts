import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONCEPT_KINDS, LexiconSchema, type Lexicon } from '../../src/core/pipeline/schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DOC_ID = 'hangzhou-2022-07-27';
const text = readFileSync(`${root}graph-data/sources/${DOC_ID}.txt`, 'utf8');
const raw: unknown = JSON.parse(readFileSync(`${root}graph-data/lexicon/${DOC_ID}.json`, 'utf8'));

function load(): Lexicon {
  const parsed = LexiconSchema.safeParse(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues[0]));
  return parsed.data;
}

describe(`curated lexicon ${DOC_ID}`, () => {
  const lexicon = load();
  const themeIds = lexicon.themes.map((t) => t.id);
  const labels = lexicon.concepts.map((c) => c.label);

  it('parses with LexiconSchema and names the bundled document', () => {
    expect(LexiconSchema.safeParse(raw).success).toBe(true);
    expect(lexicon.documentId).toBe(DOC_ID);
  });

  it('declares 9–10 themes with unique kebab-case ids and distinct lowercase colours', () => {
    expect(lexicon.themes.length).toBeGreaterThanOrEqual(9);
    expect(lexicon.themes.length).toBeLessThanOrEqual(10);
    expect(new Set(themeIds).size).toBe(themeIds.length);
    for (const t of lexicon.themes) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.label).toMatch(/\p{Script=Han}/u);
      expect(t.labelEn).toMatch(/[A-Za-z]/);
    }
    const colors = lexicon.themes.map((t) => t.color);
    expect(new Set(colors).size).toBe(colors.length);
  });

  it('has 120–155 concepts with unique labels and valid kinds', () => {
    expect(lexicon.concepts.length).toBeGreaterThanOrEqual(120);
    expect(lexicon.concepts.length).toBeLessThanOrEqual(155);
    expect(new Set(labels).size).toBe(labels.length);
    for (const c of lexicon.concepts) expect(CONCEPT_KINDS).toContain(c.kind);
  });

  it('never lets an alias collide with another label or alias', () => {
    const seen = new Map<string, string>();
    for (const c of lexicon.concepts) seen.set(c.label, c.label);
    for (const c of lexicon.concepts) {
      for (const a of c.aliases) {
        expect(a, `alias of ${c.label}`).not.toBe(c.label);
        expect(seen.has(a), `alias ${a} of ${c.label} already names ${seen.get(a)}`).toBe(false);
        seen.set(a, c.label);
      }
    }
  });

  it('uses only names that occur verbatim in the document', () => {
    const missing = lexicon.concepts.flatMap((c) => [c.label, ...c.aliases]).filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });

  it('assigns every concept to a declared theme and gives every theme at least 3 concepts', () => {
    const undeclared = lexicon.concepts.filter((c) => !themeIds.includes(c.theme)).map((c) => c.label);
    expect(undeclared).toEqual([]);
    for (const id of themeIds) {
      const n = lexicon.concepts.filter((c) => c.theme === id).length;
      expect(n, `concepts in theme ${id}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('accounts for every quoted term in the document as a label, an alias or a rejection', () => {
    const quoted = [...new Set([...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''))];
    expect(quoted.length).toBeGreaterThan(50);
    const known = new Set([...labels, ...lexicon.concepts.flatMap((c) => c.aliases), ...lexicon.reject]);
    expect(quoted.filter((q) => !known.has(q))).toEqual([]);
  });

  it('rejects no name it also defines, and rejects the bare quoted words 严 and 最美', () => {
    const names = new Set([...labels, ...lexicon.concepts.flatMap((c) => c.aliases)]);
    expect(lexicon.reject.filter((r) => names.has(r))).toEqual([]);
    expect(new Set(lexicon.reject).size).toBe(lexicon.reject.length);
    expect(lexicon.reject).toEqual(expect.arrayContaining(['严', '最美']));
  });

  it('gives each concept a Chinese and an English one-line description within length limits', () => {
    for (const c of lexicon.concepts) {
      expect(c.description, c.label).toMatch(/\p{Script=Han}/u);
      expect(c.description.length, c.label).toBeLessThanOrEqual(60);
      expect(c.descriptionEn, c.label).toMatch(/[A-Za-z]/);
      expect(c.descriptionEn.length, c.label).toBeLessThanOrEqual(160);
      expect(c.labelEn, c.label).toMatch(/[A-Za-z]/);
      expect(`${c.description}${c.descriptionEn}${c.labelEn}`, c.label).not.toMatch(/[\n\r]/);
    }
  });
});
