/**
 * The curated lexicon covers the bundled document: with it, the generic extractor proposes nothing that is
 * not curated or rejected, every curated entry is found in the text, and every node carries curated glosses.
 * Inputs are read the way the CLI reads them (read-input), segmented with the CLI's jieba segmenter and,
 * to stay independent of that choice, with jieba's part-of-speech tagger too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tag, tokenize } from 'jieba-wasm';
import { describe, expect, it } from 'vitest';
import { readInputText, readLexicon } from '../../src/cli/read-input';
import { getNodeSegmenter } from '../../src/cli/segmenter';
import { candidateLabels, extractConcepts, jiebaSegmenter } from '../../src/core/pipeline/extract';
import { parseDocument } from '../../src/core/pipeline/parse';
import { parseGraphData } from '../../src/core/pipeline/schema';
import type { Segmenter } from '../../src/core/pipeline/types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC_ID = 'hangzhou-2022-07-27';
const MIN_CONCEPTS = 120;
const MAX_CONCEPTS = 155;

const input = await readInputText(`${ROOT}graph-data/sources/${DOC_ID}.txt`);
const lexicon = await readLexicon(`${ROOT}graph-data/lexicon/${DOC_ID}.json`);
const doc = parseDocument(input.text, { id: DOC_ID });
const text = doc.document.text;
const themeIds = new Set(lexicon.themes.map((t) => t.id));

const segmenters: { name: string; segmenter: Segmenter }[] = [
  { name: 'the CLI segmenter', segmenter: await getNodeSegmenter() },
  { name: 'jieba with part-of-speech tags', segmenter: jiebaSegmenter(tokenize, tag) },
];

describe.each(segmenters)(`lexicon coverage of ${DOC_ID} with $name`, ({ segmenter }) => {
  const concepts = extractConcepts(doc, { lexicon, segmenter });

  it('leaves no generic candidate uncurated: each one is a lexicon entry or rejected', () => {
    expect(candidateLabels(doc, { lexicon, segmenter })).toEqual([]);
    expect(concepts.filter((c) => c.origin !== 'lexicon').map((c) => c.label)).toEqual([]);
  });

  it('finds every lexicon entry at least once, and each mention spells its label or an alias', () => {
    const found = new Map(concepts.map((c) => [c.label, c]));
    const silent = lexicon.concepts.filter((e) => (found.get(e.label)?.mentions.length ?? 0) === 0);
    expect(silent.map((e) => e.label)).toEqual([]);
    for (const c of concepts) {
      const surfaces = new Set([c.label, ...c.aliases]);
      for (const m of c.mentions) expect(surfaces, c.label).toContain(text.slice(m.start, m.end));
    }
  });

  it(`extracts ${MIN_CONCEPTS}–${MAX_CONCEPTS} concepts, one per lexicon entry`, () => {
    expect(concepts.length).toBeGreaterThanOrEqual(MIN_CONCEPTS);
    expect(concepts.length).toBeLessThanOrEqual(MAX_CONCEPTS);
    expect(concepts.length).toBe(lexicon.concepts.length);
  });

  it('gives every concept a curated English gloss, a declared theme and both descriptions', () => {
    const bare = concepts.filter(
      (c) =>
        c.labelEn.trim() === '' ||
        !themeIds.has(c.theme) ||
        c.description.trim() === '' ||
        c.descriptionEn.trim() === '',
    );
    expect(bare.map((c) => c.label)).toEqual([]);
  });

  it('needs its reject list: without it the extractor proposes rejected names, and only those', () => {
    const bare = { ...lexicon, reject: [] };
    const proposed = candidateLabels(doc, { lexicon: bare, segmenter }).map((c) => c.label);
    expect(proposed.length).toBeGreaterThan(20);
    expect(proposed.filter((label) => !lexicon.reject.includes(label))).toEqual([]);
  });
});

describe(`committed graph of ${DOC_ID}`, () => {
  const raw: unknown = JSON.parse(readFileSync(`${ROOT}graph-data/graphs/${DOC_ID}/graph.json`, 'utf8'));
  const parsed = parseGraphData(raw);

  it('holds exactly the lexicon concepts, each with its curated glosses and theme', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const nodes = parsed.data.nodes;
    expect(nodes.length).toBeGreaterThanOrEqual(MIN_CONCEPTS);
    expect(nodes.length).toBeLessThanOrEqual(MAX_CONCEPTS);
    expect(nodes.map((n) => n.label).sort()).toEqual(lexicon.concepts.map((e) => e.label).sort());
    const entries = new Map(lexicon.concepts.map((e) => [e.label, e]));
    for (const n of nodes) {
      const e = entries.get(n.label);
      expect(n.origin, n.label).toBe('lexicon');
      expect(n.labelEn, n.label).toBe(e?.labelEn);
      expect(n.theme, n.label).toBe(e?.theme);
      expect(n.kind, n.label).toBe(e?.kind);
      expect(n.description, n.label).toBe(e?.description);
      expect(n.descriptionEn, n.label).toBe(e?.descriptionEn);
    }
  });
});
