/**
 * Pinyin for node labels and the search keys the explorer matches against.
 * Non-CJK characters (digits, Latin letters, '+', '.') are kept as they are; CJK punctuation
 * (“”、（）《》·) is dropped from the search keys because nobody types it in a pinyin query.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Policy words pinyin-pro reads wrongly: the 长 of the 河长制 family is zhǎng (chief), not cháng.
 * customPinyin is global to pinyin-pro; these entries are only ever more correct. (A fixed table for
 * pinyin-pro's API, never looked up by text here.)
 */
const OVERRIDES = {
  河长制: 'hé zhǎng zhì',
  湖长制: 'hú zhǎng zhì',
  林长制: 'lín zhǎng zhì',
  田长制: 'tián zhǎng zhì',
  链长制: 'liàn zhǎng zhì',
  路长制: 'lù zhǎng zhì',
  湾长制: 'wān zhǎng zhì',
  山长制: 'shān zhǎng zhì',
  '）长制': '） zhǎng zhì',
};
let overridesInstalled = false;
function ensureOverrides(): void {
  if (overridesInstalled) return;
  customPinyin(OVERRIDES);
  overridesInstalled = true;
}

const WHITESPACE = /\s+/g;
const CJK_PUNCTUATION =
  /[\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b\uff01\uff1f\u201c\u201d\u2018\u2019\u00b7\u2014\u2026]/g;

/** Opening marks attach to the syllable after them, closing marks and commas to the one before. */
const SPACE_AFTER_OPENING = /([“‘（《「『]) /g;
const SPACE_BEFORE_CLOSING = / ([”’）》」』、，·])/g;

/**
 * Pinyin with tone marks, syllables separated by spaces: 枫桥经验 → 'fēng qiáo jīng yàn';
 * punctuation stays attached as in the label: “最美”群像 → '“zuì měi” qún xiàng'.
 */
export function toPinyin(label: string): string {
  ensureOverrides();
  return pinyin(label, { toneType: 'symbol', nonZh: 'consecutive' })
    .replace(WHITESPACE, ' ')
    .replace(SPACE_AFTER_OPENING, '$1')
    .replace(SPACE_BEFORE_CLOSING, '$1')
    .trim();
}

/** Toneless full pinyin without spaces: 枫桥经验 → 'fengqiaojingyan', 城市大脑2.0 → 'chengshidanao2.0'. */
export function pinyinKey(label: string): string {
  ensureOverrides();
  return pinyin(label, { toneType: 'none', nonZh: 'consecutive' })
    .replace(CJK_PUNCTUATION, '')
    .replace(WHITESPACE, '');
}

/** Initials: 枫桥经验 → 'fqjy'; non-CJK runs kept whole: PM2.5 → 'PM2.5', 城市大脑2.0 → 'csdn2.0'. */
export function pinyinInitials(label: string): string {
  ensureOverrides();
  return pinyin(label, { pattern: 'first', toneType: 'none', nonZh: 'consecutive' })
    .replace(CJK_PUNCTUATION, '')
    .replace(WHITESPACE, '');
}

/**
 * Toneless syllables for search (ü written v, lower case, punctuation dropped), with the same policy-word
 * readings as the node's `pinyin` field: 林长制 → ['lin', 'zhang', 'zhi'].
 */
export function pinyinSyllables(label: string): string[] {
  ensureOverrides();
  return pinyin(label, { toneType: 'none', type: 'array', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z0-9]+$/.test(s));
}
