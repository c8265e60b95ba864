/**
 * Quoted terms that are not concepts by themselves:
 *  - a head without Han characters (“315”: digits, Latin letters, signs) whose every quoted occurrence heads a
 *    longer name (“315”科技创新体系建设工程) and which never stands alone unquoted: the longer name is the
 *    concept, the bare code means nothing;
 *  - a quoted adjective or adverb phrase of at most two characters (“最美”, “最严”, “更好”) that occurs nowhere
 *    unquoted in a section. Part-of-speech tags from the segmenter decide (a, ad, ag, d, dg); degree forms
 *    (最 or 更 and one character) and a short list cover words the tagger does not know (最严/x, 更强/x).
 * Meaningful heads (八八战略) stay candidates: they keep their mentions outside the longer names.
 */
import type { Section } from '../schema';
import type { Segmenter } from '../types';
import { codePointLength, isCjk } from './chars';
import type { QuotedOccurrence, QuotedScan } from './quoted';

const ADJECTIVE_TAGS = /^(a|ad|ag|d|dg)$/;
const DEGREE_FORM = /^[最更][\u4e00-\u9fff]$/;
// prettier-ignore
const ADJECTIVE_WORDS = new Set([
  '良好', '美好', '很好', '较好', '极好', '真好', '更加', '更为', '最为', '非常', '十分', '尤其', '格外',
]);
const ALNUM = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;

/** True for a short adjective or adverb phrase (最美, 更好), by tags when the segmenter gives them. */
export function isQuotedAdjective(label: string, segmenter?: Segmenter): boolean {
  if (codePointLength(label) > 2) return false;
  if (DEGREE_FORM.test(label) || ADJECTIVE_WORDS.has(label)) return true;
  const tokens = segmenter?.tokenize(label) ?? [];
  return tokens.length > 0 && tokens.every((t) => t.tag !== undefined && ADJECTIVE_TAGS.test(t.tag));
}

const hasHan = (s: string) => [...s].some((ch) => isCjk(ch));

/**
 * True when `word` occurs in a section outside every quotation; a word of digits or Latin letters must also
 * stand apart from other digits and letters (315 is not in 3150).
 */
function occursUnquoted(
  text: string,
  sections: readonly Section[],
  inQuote: Uint8Array,
  word: string,
): boolean {
  const alnumEdges = ALNUM.test(word[0] ?? '') || ALNUM.test(word[word.length - 1] ?? '');
  for (const sec of sections) {
    for (
      let i = text.indexOf(word, sec.start);
      i >= 0 && i + word.length <= sec.end;
      i = text.indexOf(word, i + 1)
    ) {
      if (inQuote.subarray(i, i + word.length).some((x) => x === 1)) continue;
      if (alnumEdges && (ALNUM.test(text[i - 1] ?? '') || ALNUM.test(text[i + word.length] ?? ''))) continue;
      return true;
    }
  }
  return false;
}

/** The quoted occurrences whose terms may become concepts. `headStarts`: opening marks of quoted heads. */
export function conceptualQuoted(
  text: string,
  sections: readonly Section[],
  scan: QuotedScan,
  headStarts: ReadonlySet<number>,
  segmenter?: Segmenter,
): QuotedOccurrence[] {
  const byLabel = new Map<string, QuotedOccurrence[]>();
  for (const t of scan.terms) {
    const list = byLabel.get(t.label);
    if (list) list.push(t);
    else byLabel.set(t.label, [t]);
  }
  let inQuote: Uint8Array | null = null;
  const unquoted = (word: string) => {
    if (!inQuote) {
      inQuote = new Uint8Array(text.length + 1);
      for (const q of scan.ranges) inQuote.fill(1, q.start, q.end);
    }
    return occursUnquoted(text, sections, inQuote, word);
  };
  const dropped = new Set<string>();
  for (const [label, list] of byLabel) {
    const codeOnly = !hasHan(label) && list.every((t) => headStarts.has(t.start));
    if ((codeOnly || isQuotedAdjective(label, segmenter)) && !unquoted(label)) dropped.add(label);
  }
  return scan.terms.filter((t) => !dropped.has(t.label));
}
