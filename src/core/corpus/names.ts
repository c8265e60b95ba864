/** Short names of a corpus's documents, as readers cite them side by side: 浙江省党代会报告, 杭州市决议. */
import type { CorpusDocument, DocumentKind } from './schema';

const KIND_ZH: Record<DocumentKind, string> = {
  resolution: '决议',
  'congress-report': '党代会报告',
  'work-report': '政府工作报告',
  plan: '规划',
  other: '文件',
};
const KIND_EN: Record<DocumentKind, string> = {
  resolution: 'resolution',
  'congress-report': 'congress report',
  'work-report': 'work report',
  plan: 'plan',
  other: 'document',
};

export function kindName(kind: DocumentKind, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? KIND_ZH[kind] : KIND_EN[kind];
}

/** One short name per document, unique within the corpus (the year, then the id, tell twins apart). */
export function shortNames(documents: readonly CorpusDocument[]): Map<string, string> {
  const base = (d: CorpusDocument) => `${d.issuer?.region ?? ''}${KIND_ZH[d.kind]}`;
  const counts = new Map<string, number>();
  for (const d of documents) counts.set(base(d), (counts.get(base(d)) ?? 0) + 1);
  const withYear = (d: CorpusDocument) => (counts.get(base(d))! > 1 && d.date ? `${base(d)} ${d.date.slice(0, 4)}` : base(d));
  const yearCounts = new Map<string, number>();
  for (const d of documents) yearCounts.set(withYear(d), (yearCounts.get(withYear(d)) ?? 0) + 1);
  return new Map(documents.map((d) => [d.id, yearCounts.get(withYear(d))! > 1 ? `${withYear(d)}（${d.id}）` : withYear(d)]));
}
