/** UI strings of the reader that are its own (the shared ones are in i18n.ts). */
export const READER_STRINGS = {
  zh: {
    outline: '目录',
    mentionsSelected: '（提到所选概念）',
    marginMark: (label: string) => `此段提到“${label}”`,
    openedAt: (label: string) => `已跳到“${label}”第一次出现的地方。`,
  },
  en: {
    outline: 'Contents',
    mentionsSelected: '(mentions the selected concept)',
    marginMark: (label: string) => `This paragraph mentions ${label}`,
    openedAt: (label: string) => `Opened at the first mention of ${label}.`,
  },
} as const;
