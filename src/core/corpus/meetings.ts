/**
 * Meetings as policy documents name them: Party congresses (中国共产党浙江省第十五次代表大会, 省第十五次党代会,
 * 党的二十大), plenums (中国共产党杭州市第十三届委员会第二次全体会议, 十九届六中全会, 省委十五届二次全会) and
 * people's congress sessions (广东省第十三届人民代表大会第五次会议, 市六届人大四次会议). A document is adopted
 * or delivered at a meeting, and carries out the decisions of others: relations between documents hang on
 * these names.
 */
import { asciiDigits, chineseNumeralValue } from '../pipeline/parse/numerals';

export type MeetingBody = 'party-congress' | 'party-plenum' | 'peoples-congress';

export interface Meeting {
  body: MeetingBody;
  /** The region the name gives (浙江省, 杭州市), or null. */
  region: string | null;
  /** 'national' for the Party's or the country's own; an administrative level word (省, 市, 县, 区) when the name
   * only implies the region (省第十五次党代会 in a city's document means its province's); else null. */
  scope: 'national' | '省' | '市' | '县' | '区' | null;
  /** 届: the term of a committee or people's congress; null for Party congresses. */
  term: number | null;
  /** 次: the congress's number, or the session within the term. */
  session: number;
  /** The name as written, and where it is in the string scanned. */
  text: string;
  start: number;
  end: number;
}

const N = '[〇零一二两三四五六七八九十百0-9０-９]{1,6}';
const REGION = '[\\u4e00-\\u9fff]{1,8}?(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|旗|区)';
const LEVEL = '[省市县区]';
/** Words that stand before a region without being part of it (在广东省…, 深入学习贯彻省…): the region starts after
 * the last of them. */
const BEFORE_REGION = /^.*(?:在|于(?!都)|日(?!照|喀则)|年|贯彻|学习|落实|关于|深入|的|和(?!田|平)|及|与|对|把|将|从|向|、)/;

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const ascii = asciiDigits(s);
  if (/^\d+$/.test(ascii)) return Number(ascii) || null;
  return chineseNumeralValue(s.replace(/两/g, '二'));
}

/** A region as written, without words before it that are not part of it (2026年重庆市 → 重庆市); null when
 * nothing of a name is left. */
export function regionName(raw: string): string | null {
  const r = raw.replace(BEFORE_REGION, '');
  return r.length >= 2 ? r : null;
}

const scopeOf = (m: string | undefined): Meeting['scope'] =>
  m === '省' || m === '市' || m === '县' || m === '区' ? m : null;

/** The region and the level a captured place gives: 日在广东省 → 广东省; 深入学习贯彻省 → the level 省 alone. */
function place(raw: string | undefined): { region: string | null; scope: Meeting['scope']; skip: number } {
  if (!raw) return { region: null, scope: null, skip: 0 };
  const r = raw.replace(BEFORE_REGION, '');
  const skip = raw.length - r.length;
  return r.length >= 2 ? { region: r, scope: null, skip } : { region: null, scope: scopeOf(r), skip };
}

interface Rule {
  re: RegExp;
  /** `skip`: characters at the start of the match that are not part of the name (深入学习贯彻|省第十五次党代会). */
  make(m: RegExpExecArray): (Omit<Meeting, 'text' | 'start' | 'end'> & { skip?: number }) | null;
}

const RULES: Rule[] = [
  {
    // 中国共产党浙江省第十五次代表大会, 中国共产党第二十次全国代表大会
    re: new RegExp(`(?:中国共产党|中共)(${REGION})?第(${N})次(全国)?代表大会`, 'g'),
    make: (m) => {
      const session = num(m[2]);
      if (session === null) return null;
      const p = place(m[1]);
      if (m[3] || !m[1]) return { body: 'party-congress', region: null, scope: 'national', term: null, session };
      return { body: 'party-congress', ...p, term: null, session };
    },
  },
  {
    // 省第十五次党代会, 浙江省第十五次党代会, 市第十三次党代会
    re: new RegExp(`(${REGION}|${LEVEL})?第(${N})次党(?:的)?代(?:表大)?会`, 'g'),
    make: (m) => {
      const session = num(m[2]);
      if (session === null || !m[1]) return null;
      return { body: 'party-congress', ...place(m[1]), term: null, session };
    },
  },
  {
    // 党的二十大, 党的十九大
    re: new RegExp(`党的(${N})大`, 'g'),
    make: (m) => {
      const session = num(m[1]);
      return session === null ? null : { body: 'party-congress', region: null, scope: 'national', term: null, session };
    },
  },
  {
    // 中国共产党杭州市第十三届委员会第二次全体会议, 中国共产党第十九届中央委员会第六次全体会议
    re: new RegExp(`(?:中国共产党|中共)(${REGION})?第(${N})届(中央)?委员会第(${N})次全体(?:会议|全会)`, 'g'),
    make: (m) => {
      const term = num(m[2]);
      const session = num(m[4]);
      if (term === null || session === null) return null;
      if (m[3] || !m[1]) return { body: 'party-plenum', region: null, scope: 'national', term, session };
      return { body: 'party-plenum', ...place(m[1]), term, session };
    },
  },
  {
    // 省委十五届二次全会, 市委十三届二次全会, 浙江省委十五届三次全会
    re: new RegExp(`(${REGION}|${LEVEL})委第?(${N})届(${N})次全(?:体)?会`, 'g'),
    make: (m) => {
      const term = num(m[2]);
      const session = num(m[3]);
      if (term === null || session === null) return null;
      return { body: 'party-plenum', ...place(m[1]), term, session };
    },
  },
  {
    // 十九届六中全会, 党的二十届三中全会
    re: new RegExp(`(?<![委第])(?:党的)?(${N})届(${N})中全会`, 'g'),
    make: (m) => {
      const term = num(m[1]);
      const session = num(m[2]);
      if (term === null || session === null) return null;
      return { body: 'party-plenum', region: null, scope: 'national', term, session };
    },
  },
  {
    // 广东省第十三届人民代表大会第五次会议, 第十四届全国人民代表大会第二次会议
    re: new RegExp(`(${REGION})?第(${N})届(全国)?人民代表大会第(${N})次会议`, 'g'),
    make: (m) => {
      const term = num(m[2]);
      const session = num(m[4]);
      if (term === null || session === null) return null;
      if (m[3]) return { body: 'peoples-congress', region: null, scope: 'national', term, session };
      return { body: 'peoples-congress', ...place(m[1]), term, session };
    },
  },
  {
    // 市六届人大四次会议, 省十四届人大一次会议
    re: new RegExp(`(${REGION}|${LEVEL})(${N})届人大(${N})次会议`, 'g'),
    make: (m) => {
      const term = num(m[2]);
      const session = num(m[3]);
      if (term === null || session === null) return null;
      return { body: 'peoples-congress', ...place(m[1]), term, session };
    },
  },
];

/** Every meeting named in `text`, in order, overlapping names resolved longest first. */
export function findMeetings(text: string): Meeting[] {
  const found: Meeting[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const made = rule.make(m);
      if (!made) continue;
      const { skip = 0, ...meeting } = made;
      found.push({ ...meeting, text: m[0].slice(skip), start: m.index + skip, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Meeting[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

const LEVEL_SUFFIX: Record<'省' | '市' | '县' | '区', RegExp> = {
  省: /(?:省|自治区)$/,
  市: /市$/,
  县: /(?:县|旗)$/,
  区: /区$/,
};

const bare = (r: string) => r.replace(/(?:特别行政区|自治区|自治州|自治县|省|市|州|盟|县|旗|区)$/, '');

/** Two regions as written name the same place (广东省 ~ 广东, 浙江省 ~ 浙江省). */
export function sameRegion(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  return x.length >= 2 && y.length >= 2 && (x.endsWith(y) || y.endsWith(x));
}

/**
 * Whether a meeting named in a text (`mention`) is the meeting a document was held at (`held`). An implied
 * region (省第十五次党代会) matches a held meeting of that level; `regionOk` may narrow it further (the
 * province that contains the mentioning document's city).
 */
export function sameMeeting(mention: Meeting, held: Meeting, regionOk: (region: string) => boolean = () => true): boolean {
  if (mention.body !== held.body || mention.session !== held.session) return false;
  if (mention.term !== null && held.term !== null && mention.term !== held.term) return false;
  if ((mention.term === null) !== (held.term === null)) return false;
  if (mention.scope === 'national' || held.scope === 'national') return mention.scope === held.scope;
  if (held.region === null) return false;
  if (mention.region !== null) return sameRegion(mention.region, held.region);
  if (mention.scope !== null) return LEVEL_SUFFIX[mention.scope].test(held.region) && regionOk(held.region);
  return false;
}
