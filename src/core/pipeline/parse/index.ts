/**
 * parseDocument: normalised text (see normalizeText in ../decode) → document info, leaf sections and
 * sentences. All offsets index `text`, which goes into document.text unchanged.
 */
import type { ParsedDocument } from '../types';
import { parseHeader } from './header';
import { splitLines } from './lines';
import { buildSections } from './sections';
import { splitSentences } from './sentences';

export { NO_HEADINGS_WARNING } from './sections';

export function parseDocument(text: string, options: { id: string }): ParsedDocument {
  const lines = splitLines(text);
  const header = parseHeader(text, lines);
  const { sections, warnings } = buildSections(text, lines, header.bodyStart, header.bodyEnd);
  return {
    document: {
      id: options.id,
      title: header.title,
      date: header.date,
      source: header.source,
      publishedDate: header.publishedDate,
      text,
    },
    sections,
    sentences: splitSentences(text, sections),
    warnings,
  };
}
