/** UI strings of the path finder (sidebar) and of the path in the details panel. */
export const PATH_STRINGS = {
  zh: {
    heading: '概念之间的路径',
    from: '起点',
    to: '终点',
    swap: '交换起点和终点',
    clear: '清除路径',
    hint: '选择两个概念，查看它们通过哪些概念相连。',
    same: '起点和终点是同一个概念',
    found: (n: number) => `最短路径：${n} 条关联`,
    none: '两者之间没有路径',
    showDetails: '在详情面板中查看',
    detailsHere: '。详情见右侧面板。',
    period: '。',
    path: (a: string, b: string) => `从“${a}”到“${b}”的路径`,
    link: (a: string, b: string) => `“${a}”与“${b}”的关联`,
    byStrength: '沿最强的关联走：每条关联的长度是 1/√强度，取总长度最短的路径。',
    linkFacts: (strength: string, closest: string, sections: number) =>
      `强度 ${strength} · ${closest} · 共同章节 ${sections} 个`,
    allEvidence: '这条关联的全部原文',
    // Why there is no path.
    hiddenTheme: (label: string, theme: string) => `“${label}”被筛选隐藏：主题“${theme}”未勾选。`,
    hiddenIsolated: (label: string) =>
      `“${label}”被隐藏：当前筛选下它没有可见的关联，且已勾选“隐藏孤立概念”。`,
    filteredIntro: (a: string, b: string, n: number) =>
      `在全文中，“${a}”与“${b}”经 ${n} 条关联相连，但当前筛选隐藏了这条路径的一部分：`,
    conceptTheme: (label: string, theme: string) => `概念“${label}”：主题“${theme}”未勾选`,
    conceptIsolated: (label: string) => `概念“${label}”：没有可见的关联（已勾选“隐藏孤立概念”）`,
    linkMinWeight: (a: string, b: string, w: number, min: number) =>
      `关联“${a}—${b}”：只有 ${w} 个共同章节，少于筛选要求的 ${min} 个`,
    linkSameSentence: (a: string, b: string) =>
      `关联“${a}—${b}”：两者从未出现在同一句中（已勾选“仅同句共现”）`,
    linkTheme: (a: string, b: string) => `关联“${a}—${b}”：一端的主题未勾选`,
    apart: (a: string, b: string) => `“${a}”与“${b}”在全文中不相连：没有任何一串关联把它们连起来。`,
    apartNotFilters: '这与筛选无关。',
    groupOf: (label: string, n: number) => `“${label}”所在的一组共 ${n} 个概念，出现在：`,
    alone: (label: string) => `“${label}”不与任何概念相连，只出现在：`,
    groupExamples: '其中有：',
    listJoin: '、',
    apartWhy: (k: number) =>
      `这两组概念从不出现在同一章节中（同一章节中的概念两两相连）。全文的概念共分为 ${k} 个互不相连的组。`,
  },
  en: {
    heading: 'Path between concepts',
    from: 'From',
    to: 'To',
    swap: 'Swap from and to',
    clear: 'Clear path',
    hint: 'Choose two concepts to see which concepts link them.',
    same: 'From and to are the same concept',
    found: (n: number) => `Shortest path: ${n} link${n === 1 ? '' : 's'}`,
    none: 'There is no path between the two',
    showDetails: 'Show in the details panel',
    detailsHere: '. Details in the panel on the right.',
    period: '.',
    path: (a: string, b: string) => `Path from ${a} to ${b}`,
    link: (a: string, b: string) => `Link between ${a} and ${b}`,
    byStrength:
      'Along the strongest links: a link is 1/√strength long, and the path is the shortest in total.',
    linkFacts: (strength: string, closest: string, sections: number) =>
      `strength ${strength} · ${closest} · ${sections} shared section${sections === 1 ? '' : 's'}`,
    allEvidence: 'All evidence of this link',
    hiddenTheme: (label: string, theme: string) =>
      `${label} is hidden by the filters: its theme, ${theme}, is unticked.`,
    hiddenIsolated: (label: string) =>
      `${label} is hidden: no link of it is visible under the current filters, and isolated concepts are hidden.`,
    filteredIntro: (a: string, b: string, n: number) =>
      `In the whole document ${a} and ${b} are joined by ${n} link${n === 1 ? '' : 's'}, but the current filters hide part of that path:`,
    conceptTheme: (label: string, theme: string) => `concept ${label}: its theme, ${theme}, is unticked`,
    conceptIsolated: (label: string) => `concept ${label}: no visible link (isolated concepts are hidden)`,
    linkMinWeight: (a: string, b: string, w: number, min: number) =>
      `link ${a} — ${b}: ${w} shared section${w === 1 ? '' : 's'}, fewer than the minimum of ${min}`,
    linkSameSentence: (a: string, b: string) =>
      `link ${a} — ${b}: the two never share a sentence (same sentence only is ticked)`,
    linkTheme: (a: string, b: string) => `link ${a} — ${b}: the theme of one end is unticked`,
    apart: (a: string, b: string) =>
      `${a} and ${b} are not connected in the document: no chain of links joins them.`,
    apartNotFilters: 'This does not depend on the filters.',
    groupOf: (label: string, n: number) => `${label} belongs to a group of ${n} linked concepts, found in:`,
    alone: (label: string) => `${label} is linked to no other concept; it occurs only in:`,
    groupExamples: 'Among them: ',
    listJoin: ', ',
    apartWhy: (k: number) =>
      `No section holds concepts of both groups (the concepts of one section are all linked). The document's concepts fall into ${k} separate groups.`,
  },
} as const;

export type PathStrings = (typeof PATH_STRINGS)['zh' | 'en'];
