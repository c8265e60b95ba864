/** UI strings of the export menu and image exports. */
export const EXPORT_STRINGS = {
  zh: {
    group: '导出',
    png: '导出 PNG',
    svg: '导出 SVG',
    data: '下载数据',
    working: '正在导出…',
    empty: '没有可导出的内容：所有概念都被筛选隐藏了。',
    notReady: '图还没有绘制完成，请稍后再试。',
    tooLarge: '图片太大，浏览器无法生成：请先用筛选减少概念。',
    failed: '导出失败：',
  },
  en: {
    group: 'Export',
    png: 'Export PNG',
    svg: 'Export SVG',
    data: 'Download data',
    working: 'Exporting…',
    empty: 'Nothing to export: the filters hide every concept.',
    notReady: 'The graph is not drawn yet; try again in a moment.',
    tooLarge: 'The image is too large for the browser to create: filter out some concepts first.',
    failed: 'Export failed: ',
  },
} as const;

export type ExportStrings = (typeof EXPORT_STRINGS)['en'] | (typeof EXPORT_STRINGS)['zh'];
