/** Internal types shared by the pipeline stages (parse → extract → graph). */
import type { ConceptKind, ConceptOrigin, DocumentInfo, Mention, Section } from './schema';

export interface Sentence {
  start: number;
  end: number;
  /** Id of the section that contains the sentence. */
  section: string;
}

/** Output of the parser (src/core/pipeline/parse). Sections are leaf units in document order, never overlapping. */
export interface ParsedDocument {
  document: DocumentInfo;
  sections: Section[];
  sentences: Sentence[];
  /** Human-readable warnings, e.g. 'no 一、/（一） headings found: paragraphs are used as sections'. */
  warnings: string[];
}

/** A token from a word segmenter; offsets are JavaScript string offsets into the text given. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Optional part-of-speech tag (jieba's ICTCLAS-style tags: n, ns, nt, nz, v …); used by name discovery. */
  tag?: string;
}

/** A word segmenter (jieba-wasm in Node and in the browser); injected so src/core stays pure. */
export interface Segmenter {
  tokenize(text: string): Token[];
}

/** A concept found in the text with all its mentions (output of src/core/pipeline/extract). */
export interface ExtractedConcept {
  /** Stable id derived from the label (see conceptId). */
  id: string;
  label: string;
  labelEn: string;
  aliases: string[];
  kind: ConceptKind;
  /** Theme id from the lexicon, or '' to let src/core/themes derive one. */
  theme: string;
  description: string;
  descriptionEn: string;
  origin: ConceptOrigin;
  members: string[];
  /** Sorted by start, non-overlapping, all inside some section. */
  mentions: Mention[];
}

export type ProgressFn = (stage: string, fraction: number) => void;
