/**
 * Congresses and plenums named by their ordinal form: 省第十五次党代会, 党的二十大, 十九届六中全会,
 * 第二十次全国代表大会. The form itself fixes both edges, so no boundary search is needed.
 */
import type { Section } from '../schema';

const N = '[一二三四五六七八九十百]+';
const EVENT_RE = new RegExp(
  [
    `(?:[省市县区])?第${N}次(?:全国)?(?:党代会|党员代表大会|代表大会)`,
    `党的${N}大`,
    `(?:党的)?${N}届${N}中全会`,
  ].join('|'),
  'g',
);

export function findEventNames(text: string, sections: readonly Section[]): string[] {
  const out: string[] = [];
  for (const sec of sections) {
    for (const m of text.slice(sec.start, sec.end).matchAll(EVENT_RE)) out.push(m[0]);
  }
  return out;
}
