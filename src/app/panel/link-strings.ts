/** The details panel's words for what a link is and what its numbers mean (zh, en). */
import type { ProximityLevel } from '../../core/pipeline/schema';
import type { Lang } from '../../core/explorer/view-types';

/** The proximity weights as fractions (1, ½, ¼, ⅛), as the README writes them. */
export const WEIGHT_TEXT: Record<ProximityLevel, string> = {
  sentence: '1',
  adjacent: '½',
  paragraph: '¼',
  section: '⅛',
};

export interface WorkedStrength {
  /** One term per shared section: its address, proximity and weight. */
  terms: { address: string; proximity: string; weight: string }[];
  closeness: string;
  sectionsA: number;
  sectionsB: number;
  sectionCount: number;
  expected: string;
  strength: string;
}

const zh = {
  whereTheyMeet: (a: string, b: string, n: number) => `“${a}”和“${b}”共同出现在 ${n} 个章节中：`,
  meetAt: (address: string, proximity: string) => `${address}（${proximity}）`,
  listJoin: '；',
  howComputed: '关联和关联强度是什么意思？',
  rankAmong: (label: string, rank: number, of: number) =>
    rank === 1 ? `“${label}”的 ${of} 条关联中最强` : `“${label}”的 ${of} 条关联中排第 ${rank}`,
  meaning:
    '两个概念出现在同一章节，就相连。章节指序言、各部分的导语、（一）（二）等小节和结语。关联强度衡量两者靠得多近、是否超出偶然：每个共同章节按两者最近的距离计分——同一句计 1，相邻两句计 ½，同一段落计 ¼，仅同一章节计 ⅛——合计后，除以按两者各自出现的章节数偶然会共同出现的章节数。',
  meaningMore:
    '强度越大，两者越常紧挨着出现，也越少与其他概念混在一起。出现在许多章节的概念（贯穿全文的提法）每条关联都较弱：单凭偶然，它们就会常与别的概念同现。',
  worked: (w: WorkedStrength) =>
    `本关联：${w.terms.map((x) => `${x.weight}（${x.address}，${x.proximity}）`).join(' + ')} = ${w.closeness}；` +
    `偶然预期 ${w.sectionsA} × ${w.sectionsB} ÷ ${w.sectionCount} = ${w.expected} 个共同章节；` +
    `强度 = ${w.closeness} ÷ ${w.expected} = ${w.strength}。`,
  evidence: (n: number) => `在 ${n} 个共同章节中的原文`,
  evidenceNote: '每个共同章节中提到其中任一概念的句子，两个概念用不同颜色标出。',
};

const en: typeof zh = {
  whereTheyMeet: (a, b, n) => `${a} and ${b} occur together in ${n} section${n === 1 ? '' : 's'}: `,
  meetAt: (address, proximity) => `${address} (${proximity})`,
  listJoin: '; ',
  howComputed: 'What do a link and its strength mean?',
  rankAmong: (label, rank, of) =>
    `${rank === 1 ? 'the' : ordinal(rank)} strongest of ${label}'s ${of} link${of === 1 ? '' : 's'}`,
  meaning:
    'Two concepts are linked when they occur in the same section: the preamble, a part lead-in, a subsection （一）（二）… or the closing. Strength says how close they stand, and whether more than chance: each shared section scores by the nearest the two come there — 1 in one sentence, ½ in neighbouring sentences, ¼ in one paragraph, ⅛ only in the same section — and the sum is divided by the number of sections chance alone would have them share, given how many sections each occurs in.',
  meaningMore:
    'The higher, the more often the two stand side by side, and the less they mix with everything else. A concept found in many sections (a thread through the whole text) has weaker links each: chance alone would put it next to many others.',
  worked: (w) =>
    `This link: ${w.terms.map((x) => `${x.weight} (${x.address}, ${x.proximity})`).join(' + ')} = ${w.closeness}; ` +
    `chance: ${w.sectionsA} × ${w.sectionsB} ÷ ${w.sectionCount} = ${w.expected} shared sections; ` +
    `strength = ${w.closeness} ÷ ${w.expected} = ${w.strength}.`,
  evidence: (n) => `Evidence in ${n} shared section${n === 1 ? '' : 's'}`,
  evidenceNote:
    'Every sentence of each shared section that mentions either concept, each concept in its own colour.',
};

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st … */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export const LINK_STRINGS: Record<Lang, typeof zh> = { zh, en };
