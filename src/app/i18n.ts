/** UI strings (zh, en), kind names and small wording helpers. Every visible string lives here. */
import type { ConceptKind, ProximityLevel, Theme } from '../core/pipeline/schema';
import type { Lang, LayoutMode } from '../core/explorer/view-types';

const zh = {
  appName: '政策概念图谱',
  switchTo: 'English',
  switchToLang: 'en' as Lang,
  adopted: '通过日期',
  source: '来源',
  loading: '正在加载图谱…',
  loadFailed: '无法打开图谱文件',
  keptCurrent: '仍显示当前图谱。',
  showFailed: '无法显示图谱',
  ignoredParam: '已忽略无效的网址参数',
  dismiss: '关闭提示',
  opened: '已打开',
  details: '概念详情',
  detailsHint: '点击图中的概念或连线，查看原文依据。',
  keyConcepts: '提及最多的概念',
  mentionCount: (n: number) => `${n} 次`,
  concepts: '个概念',
  links: '条关联',
  kind: '类型',
  theme: '主题',
  pinyin: '拼音',
  description: '释义',
  mentions: '出现次数',
  timesIn: (n: number, s: number) => `共 ${n} 次，见于 ${s} 个章节`,
  sections: '所在章节',
  neighbours: '关联概念',
  neighboursRanked: '按关联强度排序，最强的在前。',
  neighbourStrength: (strength: string, closest: string) => `强度 ${strength} · ${closest}`,
  noNeighbours: '在当前筛选下没有关联概念。',
  showAll: (n: number) => `显示全部 ${n} 个`,
  showTop: (n: number) => `只显示前 ${n} 个`,
  passages: '原文依据',
  showInDocument: '在原文中查看',
  outsideSections: '标题',
  linkBetween: '两个概念之间的关联',
  strength: '关联强度',
  sharedSectionCount: '共同章节',
  sameSentenceCount: '同一句中',
  adjacentCount: '相邻两句中',
  paragraphCount: '同一段落中',
  countSentences: (n: number) => `${n} 句`,
  countPairs: (n: number) => `${n} 对`,
  countParagraphs: (n: number) => `${n} 段`,
  countSections: (n: number) => `${n} 个`,
  proximity: {
    sentence: '同一句',
    adjacent: '相邻两句',
    paragraph: '同一段落',
    section: '仅同一章节',
  } satisfies Record<ProximityLevel, string>,
  clearSelection: '取消选择',
  reader: '原文',
  graph: '图谱',
  readerTitle: '文件全文',
  closeReader: '返回图谱',
  readerHint: '标记的词语是概念，点击可查看详情。',
  layoutLabel: '布局',
  layouts: { preset: '预设', fcose: '力导向', theme: '按主题' } satisfies Record<LayoutMode, string>,
  layoutTitles: {
    preset: '预设布局（生成图谱时计算）',
    fcose: '力导向布局（固定随机种子，可重复）',
    theme: '按主题分组',
  } satisfies Record<LayoutMode, string>,
  fit: '适应窗口',
  fitTitle: '缩放以显示整个图谱',
  legend: '图例',
  community: (n: number) => `社区 ${n + 1}`,
  otherCommunities: '其他社区',
  table: '概念表',
  viewSwitch: '视图',
  graphCanvas: '概念关联图（“概念表”视图以表格呈现同样内容，可用键盘浏览）',
  tooltipCount: (n: number) => `出现 ${n} 次`,
  sidebar: '筛选与路径',
  filters: '筛选',
  kinds: {
    doctrine: '理论思想',
    strategy: '战略',
    programme: '工程与行动',
    mechanism: '机制与制度',
    institution: '机构',
    place: '地点与平台',
    heritage: '文化遗产',
    event: '事件',
    brand: '城市品牌',
    goal: '目标',
    concept: '其他概念',
  } satisfies Record<ConceptKind, string>,
};

export type Strings = typeof zh;

const en: Strings = {
  appName: 'Policy concept graph',
  switchTo: '中文',
  switchToLang: 'zh',
  adopted: 'Adopted',
  source: 'Source',
  loading: 'Loading the graph…',
  loadFailed: 'Could not open the graph file',
  keptCurrent: 'Still showing the current graph.',
  showFailed: 'Could not show the graph',
  ignoredParam: 'Ignored an invalid URL parameter',
  dismiss: 'Dismiss',
  opened: 'Opened',
  details: 'Concept details',
  detailsHint: 'Click a concept or a link in the graph to see the sentences behind it.',
  keyConcepts: 'Most mentioned concepts',
  mentionCount: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  concepts: 'concepts',
  links: 'links',
  kind: 'Kind',
  theme: 'Theme',
  pinyin: 'Pinyin',
  description: 'Description',
  mentions: 'Mentions',
  timesIn: (n, s) => `${n} mention${n === 1 ? '' : 's'} in ${s} section${s === 1 ? '' : 's'}`,
  sections: 'Sections',
  neighbours: 'Linked concepts',
  neighboursRanked: 'Strongest link first.',
  neighbourStrength: (strength, closest) => `strength ${strength} · ${closest}`,
  noNeighbours: 'No linked concepts under the current filters.',
  showAll: (n) => `Show all ${n}`,
  showTop: (n) => `Show the top ${n}`,
  passages: 'Evidence',
  showInDocument: 'Show in document',
  outsideSections: 'Title',
  linkBetween: 'Link between two concepts',
  strength: 'Strength',
  sharedSectionCount: 'Shared sections',
  sameSentenceCount: 'In one sentence',
  adjacentCount: 'In neighbouring sentences',
  paragraphCount: 'In one paragraph',
  countSentences: (n) => `${n} sentence${n === 1 ? '' : 's'}`,
  countPairs: (n) => `${n} pair${n === 1 ? '' : 's'}`,
  countParagraphs: (n) => `${n} paragraph${n === 1 ? '' : 's'}`,
  countSections: (n) => `${n}`,
  proximity: {
    sentence: 'same sentence',
    adjacent: 'neighbouring sentences',
    paragraph: 'same paragraph',
    section: 'same section only',
  },
  clearSelection: 'Clear selection',
  reader: 'Document',
  graph: 'Graph',
  readerTitle: 'Full text',
  closeReader: 'Back to the graph',
  readerHint: 'Marked words are concepts: click one for its details.',
  layoutLabel: 'Layout',
  layouts: { preset: 'Saved', fcose: 'Force', theme: 'By theme' },
  layoutTitles: {
    preset: 'Saved layout (computed with the graph)',
    fcose: 'Force-directed layout (seeded, repeatable)',
    theme: 'Grouped by theme',
  },
  fit: 'Fit',
  fitTitle: 'Zoom to show the whole graph',
  legend: 'Legend',
  community: (n) => `Community ${n + 1}`,
  otherCommunities: 'Other communities',
  table: 'Concept table',
  viewSwitch: 'View',
  graphCanvas: 'Concept graph (the Concept table view offers the same by keyboard)',
  tooltipCount: (n) => `${n} mention${n === 1 ? '' : 's'}`,
  sidebar: 'Filters and path',
  filters: 'Filters',
  kinds: {
    doctrine: 'Doctrine',
    strategy: 'Strategy',
    programme: 'Programme',
    mechanism: 'Mechanism',
    institution: 'Institution',
    place: 'Place',
    heritage: 'Heritage',
    event: 'Event',
    brand: 'City brand',
    goal: 'Goal',
    concept: 'Other concept',
  },
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}

/** zh for any Chinese browser language, en otherwise. */
export function langFromNavigator(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0] ?? 'zh';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function themeName(theme: Theme | undefined, lang: Lang): string {
  if (!theme) return '';
  return lang === 'en' ? theme.labelEn : theme.label;
}

/** The concept's display label: the English gloss in the English UI when there is one. */
export function displayLabel(node: { label: string; labelEn: string }, lang: Lang): string {
  return lang === 'en' && node.labelEn !== '' ? node.labelEn : node.label;
}

/** Section address with its title: 二（三） 深入推进… */
export function sectionHeading(address: string, title: string, lang: Lang): string {
  const where = address === '' ? strings(lang).outsideSections : address;
  return title === '' ? where : `${where} ${title}`;
}

export function formatDate(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A strength for display: up to three significant digits (18, 4.5, 0.156). */
export function formatStrength(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumSignificantDigits: 3 }).format(
    value,
  );
}
