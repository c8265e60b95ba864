/**
 * Colour-blind-safe theme colours: Paul Tol's muted scheme, extended with the distinct colours of
 * his light and bright schemes. Muted's pale grey #dddddd (Tol's colour for missing data, nearly
 * invisible on white) comes last. Past the end the list repeats (derived themes are at most 13).
 */
export const PALETTE: readonly string[] = [
  // muted (without its pale grey)
  ...['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77', '#cc6677', '#882255', '#aa4499'],
  // light
  ...['#77aadd', '#99ddff', '#44bb99', '#bbcc33', '#aaaa00', '#eedd88', '#ee8866', '#ffaabb'],
  // bright
  ...['#4477aa', '#66ccee', '#228833', '#ccbb44', '#ee6677', '#aa3377', '#bbbbbb'],
  '#dddddd',
];

/** `count` palette colours, skipping those in `used` (lower-case #rrggbb); cycles when they run out. */
export function paletteColors(count: number, used: ReadonlySet<string> = new Set()): string[] {
  const free = PALETTE.filter((c) => !used.has(c));
  const source = free.length > 0 ? free : PALETTE;
  return Array.from({ length: count }, (_, i) => source[i % source.length]!);
}
