/**
 * Quoted heads: a quotation directly followed by the rest of a name (“315”科技创新体系建设工程,
 * “八八战略”宁波行动, “千项万亿”工程) is one name. Its label is written without the quote marks
 * (315科技创新体系建设工程); its spelling in the text, marks included, is an alias, so every mention spells
 * the label or an alias. Only a quotation that reads as one term heads a name: at least two term
 * characters, MAX_QUOTE code points at most, and no punctuation that lists parts: without its marks
 * “争星晋位、全域建强”行动 would read as 全域建强行动 (so slogans like 诗路文化·三江两岸 keep their mentions).
 */
import { codePointLength } from './chars';
import { MAX_QUOTE, quotedTerm } from './quoted';

/** A whole quotation, marks included: [start, end). */
export interface QuoteHead {
  start: number;
  end: number;
}

export interface HeadedName {
  label: string;
  alias: string;
  headStart: number;
}

const LIST_INSIDE = /[，,：:、·・；;]/;

/**
 * The name made of the quotation `head` and the text after it up to `end` (the end of the suffix that
 * starts at `suffixStart`), or null when the quotation cannot head a name. Head and tail together must
 * have `minStem` code points before the suffix.
 */
export function headedName(
  text: string,
  head: QuoteHead,
  suffixStart: number,
  end: number,
  minStem: number,
): HeadedName | null {
  const content = text.slice(head.start + 1, head.end - 1).trim();
  if (LIST_INSIDE.test(content) || quotedTerm(content, () => false) === null) return null;
  const tail = text.slice(head.end, end);
  if (codePointLength(content) + codePointLength(text.slice(head.end, suffixStart)) < minStem) return null;
  const label = content + tail;
  if (codePointLength(label) > MAX_QUOTE) return null;
  return { label, alias: text.slice(head.start, end), headStart: head.start };
}
