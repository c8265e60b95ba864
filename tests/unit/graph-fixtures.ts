/** Hand-built ParsedDocument / ExtractedConcept fixtures for the graph tests (not a test file). */
import type { Section, SectionKind } from '../../src/core/pipeline/schema';
import type { ExtractedConcept, ParsedDocument, Sentence } from '../../src/core/pipeline/types';
import { mulberry32 } from '../../src/core/pipeline/graph/rng';

export interface SectionSpec {
  id: string;
  kind?: SectionKind;
  part?: number | null;
  title?: string;
  /** Sentences of the section; each ends with 。 */
  sentences: string[];
}

/** Builds a document whose text is the sections' sentences, one section per line. */
export function makeDoc(specs: SectionSpec[], id = 'fixture'): ParsedDocument {
  let text = '';
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  for (const spec of specs) {
    const start = text.length;
    for (const s of spec.sentences) {
      sentences.push({ start: text.length, end: text.length + s.length, section: spec.id });
      text += s;
    }
    sections.push({
      id: spec.id,
      kind: spec.kind ?? 'subsection',
      part: spec.part === undefined ? 1 : spec.part,
      address: spec.id,
      title: spec.title ?? '',
      start,
      end: text.length,
    });
    text += '\n';
  }
  return {
    document: { id, title: 'Fixture', date: null, source: null, publishedDate: null, text },
    sections,
    sentences,
    warnings: [],
  };
}

/** A concept whose mentions are every occurrence of its label in the text. */
export function conceptFromText(doc: ParsedDocument, label: string, theme = ''): ExtractedConcept {
  const mentions = [];
  const text = doc.document.text;
  for (let i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + label.length)) {
    mentions.push({ start: i, end: i + label.length });
  }
  return concept(label, mentions, theme);
}

export function concept(
  label: string,
  mentions: { start: number; end: number }[],
  theme = '',
): ExtractedConcept {
  return {
    id: label,
    label,
    labelEn: '',
    aliases: [],
    kind: 'concept',
    theme,
    description: '',
    descriptionEn: '',
    origin: 'discovered',
    members: [],
    mentions,
  };
}

/**
 * A synthetic document of `sectionCount` sections of about `sectionChars` characters, with
 * `conceptCount` concepts whose mention counts follow a long tail (most 1–4, a few dozens).
 */
export function syntheticDoc(
  conceptCount: number,
  sectionCount: number,
  sectionChars = 800,
  seed = 7,
): { doc: ParsedDocument; concepts: ExtractedConcept[] } {
  const rng = mulberry32(seed);
  const labels: string[] = [];
  const seen = new Set<string>();
  while (labels.length < conceptCount) {
    const len = 3 + Math.floor(rng() * 4);
    let label = '';
    for (let k = 0; k < len; k++) label += String.fromCharCode(0x4e00 + Math.floor(rng() * 0x5000));
    if (!seen.has(label)) {
      seen.add(label);
      labels.push(label);
    }
  }
  // Mentions per section: pick concepts for each section until it is full.
  const perSection: number[][] = Array.from({ length: sectionCount }, () => []);
  labels.forEach((_, c) => {
    const count = Math.max(1, Math.floor(1 / (0.04 + rng() * 0.96) ** 1.2));
    for (let k = 0; k < count; k++) perSection[Math.floor(rng() * sectionCount)]!.push(c);
  });
  const filler = '推进高质量发展建设现代化城市的各项工作全面落实';
  let text = '';
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const mentions: { start: number; end: number }[][] = labels.map(() => []);
  perSection.forEach((list, s) => {
    const id = `p1-s${s + 1}`;
    const start = text.length;
    let sentenceStart = start;
    for (const c of list) {
      text += filler.slice(0, 4 + Math.floor(rng() * 10));
      mentions[c]!.push({ start: text.length, end: text.length + labels[c]!.length });
      text += labels[c]!;
      if (rng() < 0.35) {
        text += '。';
        sentences.push({ start: sentenceStart, end: text.length, section: id });
        sentenceStart = text.length;
      }
    }
    while (text.length - start < sectionChars) text += filler;
    text += '。';
    sentences.push({ start: sentenceStart, end: text.length, section: id });
    sections.push({ id, kind: 'subsection', part: 1, address: id, title: '', start, end: text.length });
    text += '\n';
  });
  const concepts = labels.map((label, c) =>
    concept(
      label,
      mentions[c]!.sort((a, b) => a.start - b.start),
    ),
  );
  return {
    doc: {
      document: { id: 'synthetic', title: 'Synthetic', date: null, source: null, publishedDate: null, text },
      sections,
      sentences,
      warnings: [],
    },
    concepts,
  };
}
