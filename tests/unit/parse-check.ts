/** Structural invariants of a ParsedDocument, shared by the parse tests. Throws on the first violation. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseDocument } from '../../src/core/pipeline/parse';
import { SectionSchema } from '../../src/core/pipeline/schema';
import type { ParsedDocument } from '../../src/core/pipeline/types';

const SPACE = /\s/;

export function checkInvariants(text: string, parsed: ParsedDocument): void {
  expect(parsed.document.text).toBe(text);
  const ids = new Set<string>();
  let previousEnd = -1;
  for (const section of parsed.sections) {
    SectionSchema.parse(section);
    expect(ids.has(section.id), `duplicate section id ${section.id}`).toBe(false);
    ids.add(section.id);
    expect(section.start).toBeGreaterThanOrEqual(0);
    expect(section.end).toBeLessThanOrEqual(text.length);
    expect(section.start).toBeLessThan(section.end);
    expect(section.start, `section ${section.id} overlaps the previous one`).toBeGreaterThanOrEqual(
      previousEnd,
    );
    // trimmed spans
    expect(SPACE.test(text[section.start] ?? '')).toBe(false);
    expect(SPACE.test(text[section.end - 1] ?? '')).toBe(false);
    // nothing but whitespace between consecutive sections
    if (previousEnd >= 0) expect(text.slice(previousEnd, section.start).trim()).toBe('');
    previousEnd = section.end;
  }

  const byId = new Map(parsed.sections.map((s) => [s.id, s]));
  let previousSentenceEnd = -1;
  const covered = new Map<string, number>();
  for (const sentence of parsed.sentences) {
    const section = byId.get(sentence.section);
    expect(section, `sentence in unknown section ${sentence.section}`).toBeDefined();
    if (!section) continue;
    expect(sentence.start).toBeLessThan(sentence.end);
    expect(sentence.start).toBeGreaterThanOrEqual(section.start);
    expect(sentence.end).toBeLessThanOrEqual(section.end);
    expect(sentence.start).toBeGreaterThanOrEqual(previousSentenceEnd);
    expect(SPACE.test(text[sentence.start] ?? '')).toBe(false);
    expect(SPACE.test(text[sentence.end - 1] ?? '')).toBe(false);
    // nothing but whitespace between consecutive sentences of a section
    const from = covered.get(section.id) ?? section.start;
    expect(text.slice(from, sentence.start).trim()).toBe('');
    covered.set(section.id, sentence.end);
    previousSentenceEnd = sentence.end;
  }
  // every section is fully covered by its sentences, up to whitespace
  for (const section of parsed.sections) {
    expect(covered.get(section.id), `section ${section.id} has no sentences`).toBeDefined();
    expect(text.slice(covered.get(section.id), section.end).trim()).toBe('');
  }
}

/** Parses with the invariants checked. */
export function parse(text: string): ParsedDocument {
  const parsed = parseDocument(text, { id: 'test' });
  checkInvariants(text, parsed);
  return parsed;
}

/** A document from tests/fixtures/docs, parsed. */
export function fixture(name: string): { text: string; parsed: ParsedDocument } {
  const text = readFileSync(fileURLToPath(new URL(`../fixtures/docs/${name}`, import.meta.url)), 'utf8');
  return { text, parsed: parse(text) };
}

export const ids = (p: ParsedDocument) => p.sections.map((s) => s.id);

/** The text of section `id`. */
export const bodyOf = (text: string, p: ParsedDocument, id: string) => {
  const s = p.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id} in ${ids(p).join(' ')}`);
  return text.slice(s.start, s.end);
};
