/** UI strings of the filters panel. */
import type { ColorMode } from '../../core/view-types';

export const FILTER_STRINGS = {
  zh: {
    panel: '筛选',
    themes: '主题',
    only: (theme: string) => `仅显示 ${theme}`,
    onlyShort: '仅此',
    all: '全部',
    none: '全不选',
    nodeCount: (n: number) => `${n} 个概念`,
    minWeight: '最少共同段落',
    edgesLeft: (n: number) => `剩余 ${n} 条关联`,
    sameSentence: '仅同句共现',
    hideIsolated: '隐藏孤立概念',
    color: '着色方式',
    colors: { theme: '主题', community: '社区', kind: '类型' } satisfies Record<ColorMode, string>,
    summary: (nv: number, n: number, ev: number, e: number) => `显示 ${n} 个概念中的 ${nv} 个，${e} 条关联中的 ${ev} 条`,
  },
  en: {
    panel: 'Filters',
    themes: 'Themes',
    only: (theme: string) => `Only ${theme}`,
    onlyShort: 'Only',
    all: 'All',
    none: 'None',
    nodeCount: (n: number) => `${n} concept${n === 1 ? '' : 's'}`,
    minWeight: 'Minimum shared sections',
    edgesLeft: (n: number) => `${n} link${n === 1 ? '' : 's'} left`,
    sameSentence: 'Same sentence only',
    hideIsolated: 'Hide isolated concepts',
    color: 'Colour by',
    colors: { theme: 'Theme', community: 'Community', kind: 'Kind' } satisfies Record<ColorMode, string>,
    summary: (nv: number, n: number, ev: number, e: number) => `Showing ${nv} of ${n} concepts, ${ev} of ${e} links`,
  },
} as const;
