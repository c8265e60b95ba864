/** UI strings of the concept search and its combobox. */
import type { MatchedOn } from '../../core/explorer/search';

export const SEARCH_STRINGS = {
  zh: {
    search: '搜索概念',
    placeholder: '搜索概念…',
    hint: '名称、拼音、首字母或英文',
    noMatches: '没有匹配的概念',
    results: (n: number) => `${n} 个结果`,
    matchedOn: { label: '名称', alias: '别名', gloss: '英文', pinyin: '拼音', initials: '首字母' } satisfies Record<MatchedOn, string>,
  },
  en: {
    search: 'Search concepts',
    placeholder: 'Search concepts…',
    hint: 'Name, pinyin, initials or English',
    noMatches: 'No matches',
    results: (n: number) => `${n} result${n === 1 ? '' : 's'}`,
    matchedOn: { label: 'name', alias: 'alias', gloss: 'English', pinyin: 'pinyin', initials: 'initials' } satisfies Record<MatchedOn, string>,
  },
} as const;
