/** UI strings of the concept table (kind names: the app's, i18n.ts). */
export type SortKey = 'label' | 'theme' | 'kind' | 'count' | 'degree';

export const TABLE_STRINGS = {
  zh: {
    caption: (shown: number, total: number) => `概念：显示 ${total} 个中的 ${shown} 个`,
    filter: '筛选表格中的概念',
    filterPlaceholder: '名称、拼音或英文…',
    columns: { label: '概念', theme: '主题', kind: '类型', count: '出现次数', degree: '关联数' } satisfies Record<SortKey, string>,
    showAll: (n: number) => `显示全部 ${n} 行`,
    empty: '没有符合条件的概念',
  },
  en: {
    caption: (shown: number, total: number) => `Concepts: ${shown} of ${total} shown`,
    filter: 'Filter concepts in the table',
    filterPlaceholder: 'Name, pinyin or English…',
    columns: { label: 'Concept', theme: 'Theme', kind: 'Kind', count: 'Mentions', degree: 'Links' } satisfies Record<SortKey, string>,
    showAll: (n: number) => `Show all ${n} rows`,
    empty: 'No concept matches',
  },
} as const;
