/**
 * The ever-present subjects of a Party or government document: the Party itself, its central organs and the
 * people of the place (中国共产党, 党中央, 浙江人民, 全省人民, 广大干部群众). They act in every paragraph, so as nodes
 * they would tie everything to everything and name nothing: they are never concepts.
 */
import { isPlaceName } from './gazetteer';

const PARTY = new Set(['中国共产党', '中共', '共产党', '党中央', '中共中央', '以习近平同志为核心的党中央']);
const PEOPLE =
  /^(?:(全省|全市|全县|全区|全国|各族|广大)|(.{2,6}?))?(?:各族)?(?:人民|群众|干部群众|干部|党员|党员干部|儿女|同胞)$/;

export function isSubject(label: string): boolean {
  if (PARTY.has(label)) return true;
  const m = PEOPLE.exec(label);
  if (!m) return false;
  const place = m[2];
  return place === undefined || isPlaceName(place);
}
