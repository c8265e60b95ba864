/** UI strings of the concept table. */
import type { ConceptKind } from '../../core/schema';

export type SortKey = 'label' | 'theme' | 'kind' | 'count' | 'degree';

export const TABLE_STRINGS = {
  zh: {
    caption: (shown: number, total: number) => `概念：显示 ${total} 个中的 ${shown} 个`,
    filter: '筛选表格中的概念',
    filterPlaceholder: '名称、拼音或英文…',
    columns: { label: '概念', theme: '主题', kind: '类型', count: '出现次数', degree: '关联数' } satisfies Record<SortKey, string>,
    showAll: (n: number) => `显示全部 ${n} 行`,
    empty: '没有符合条件的概念',
    kinds: {
      doctrine: '理论',
      strategy: '战略',
      programme: '工程',
      mechanism: '机制',
      institution: '机构',
      place: '地点',
      heritage: '遗产',
      event: '事件',
      brand: '品牌',
      goal: '目标',
      concept: '概念',
    } satisfies Record<ConceptKind, string>,
  },
  en: {
    caption: (shown: number, total: number) => `Concepts: ${shown} of ${total} shown`,
    filter: 'Filter concepts in the table',
    filterPlaceholder: 'Name, pinyin or English…',
    columns: { label: 'Concept', theme: 'Theme', kind: 'Kind', count: 'Mentions', degree: 'Links' } satisfies Record<SortKey, string>,
    showAll: (n: number) => `Show all ${n} rows`,
    empty: 'No concept matches',
    kinds: {
      doctrine: 'Doctrine',
      strategy: 'Strategy',
      programme: 'Programme',
      mechanism: 'Mechanism',
      institution: 'Institution',
      place: 'Place',
      heritage: 'Heritage',
      event: 'Event',
      brand: 'Brand',
      goal: 'Goal',
      concept: 'Concept',
    } satisfies Record<ConceptKind, string>,
  },
} as const;
