/**
 * Sentences: each section split on 。！？； (and ! ? ; half-width) and on line ends. Closing quotes and
 * brackets, and repeated terminators (？！, 。”), stay with their sentence. Spans are trimmed of
 * whitespace; empty sentences are dropped. Linear in the section length.
 */
import type { Section } from '../schema';
import type { Sentence } from '../types';
import { trimSpan } from './lines';

const TERMINATORS = new Set('。！？；!?;');
const CLOSERS = new Set('”’」』）)】》〉');

/** A straight quote after a terminator closes the sentence only when the sentence has an unclosed one. */
function openStraightQuote(text: string, from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to; k++) if (text[k] === '"') open = !open;
  return open;
}

export function splitSentences(text: string, sections: readonly Section[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const section of sections) {
    const emit = (from: number, to: number): void => {
      const [start, end] = trimSpan(text, from, to);
      if (end > start) sentences.push({ start, end, section: section.id });
    };
    let from = section.start;
    let i = section.start;
    while (i < section.end) {
      const ch = text[i] ?? '';
      if (ch === '\n') {
        emit(from, i);
        from = ++i;
      } else if (TERMINATORS.has(ch)) {
        let j = i + 1;
        while (j < section.end && (TERMINATORS.has(text[j] ?? '') || CLOSERS.has(text[j] ?? ''))) j++;
        if (j < section.end && text[j] === '"' && openStraightQuote(text, from, i)) j++;
        emit(from, j);
        from = i = j;
      } else {
        i++;
      }
    }
    emit(from, section.end);
  }
  return sentences;
}
