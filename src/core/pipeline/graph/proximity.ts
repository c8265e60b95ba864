/**
 * How close two linked concepts stand, and how strong their link is.
 *
 * Proximity. In every section two concepts share, the closest they come is one of four levels (after
 * Liu & Chen 2012, "The proximity of co-citation", who take the nearest instance at sentence, paragraph,
 * section level): the same sentence; two neighbouring sentences of one paragraph; the same paragraph (a
 * line of text inside the section); only the same section. Each level counts 2^-n for a level n steps
 * away from the sentence, the Citation Proximity Index of Gipp & Beel (2009):
 *   sentence 1, adjacent 1/2, paragraph 1/4, section 1/8.
 * closeness(i, j) = the sum of these over the shared sections (so closeness ≤ weight).
 *
 * Strength. The association strength of van Eck & Waltman (2009, "How to normalize co-occurrence data?
 * An analysis of some well-known similarity measures", JASIST 60(8)) divides co-occurrences by the
 * product of the two concepts' occurrences, which makes it proportional to observed ÷ expected
 * co-occurrence under independence. With N sections in the document and concept i in n_i of them,
 * chance alone gives n_i · n_j / N shared sections, so
 *   strength(i, j) = closeness(i, j) · N / (n_i · n_j).
 * A concept that occurs everywhere gets weaker links, one that occurs rarely and always next to the
 * same partner gets strong ones; sharing a sentence counts eight times what sharing only a section does.
 */

export const PROXIMITY_LEVELS = ['sentence', 'adjacent', 'paragraph', 'section'] as const;
export type ProximityLevel = (typeof PROXIMITY_LEVELS)[number];

/** Weight of each level, indexed like PROXIMITY_LEVELS: 2^-n (Gipp & Beel's Citation Proximity Index). */
export const PROXIMITY_WEIGHTS: readonly number[] = PROXIMITY_LEVELS.map((_, n) => 2 ** -n);

/** Significant digits kept of a strength. */
const STRENGTH_DIGITS = 4;

/**
 * `value` (> 0) rounded to `digits` significant digits with exact powers of ten and basic arithmetic
 * only (no log), so every engine gives the same bits.
 */
export function roundSignificant(value: number, digits: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return value;
  let exponent = 0;
  while (value >= 10 ** (exponent + 1) && exponent < 300) exponent++;
  while (value < 10 ** exponent && exponent > -300) exponent--;
  const shift = digits - 1 - exponent;
  return shift >= 0
    ? Math.round(value * 10 ** shift) / 10 ** shift
    : Math.round(value / 10 ** -shift) * 10 ** -shift;
}

/** Association strength of a link: closeness · N / (n_i · n_j), 4 significant digits, > 0. */
export function associationStrength(
  closeness: number,
  sectionCount: number,
  sectionsA: number,
  sectionsB: number,
): number {
  const raw = (closeness * sectionCount) / Math.max(1, sectionsA * sectionsB);
  return Math.max(Number.MIN_VALUE, roundSignificant(raw, STRENGTH_DIGITS));
}

/** Sum of the level weights of a link's shared sections. */
export function closenessOf(levels: readonly ProximityLevel[]): number {
  let sum = 0;
  for (const level of levels) sum += PROXIMITY_WEIGHTS[PROXIMITY_LEVELS.indexOf(level)]!;
  return sum;
}

/**
 * Paragraph number of each sentence (sentences in document order): a new paragraph starts with a new
 * section or after a line break. Linear in the text between sentences.
 */
export function paragraphIds(
  text: string,
  sentences: readonly { start: number; end: number; section: string }[],
): Int32Array {
  const ids = new Int32Array(sentences.length);
  let id = 0;
  for (let t = 1; t < sentences.length; t++) {
    const prev = sentences[t - 1]!;
    const cur = sentences[t]!;
    if (cur.section !== prev.section || text.slice(prev.end, cur.start).includes('\n')) id++;
    ids[t] = id;
  }
  return ids;
}
