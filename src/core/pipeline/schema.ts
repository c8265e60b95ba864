/**
 * The graph-data contract (schemaVersion 1): what `npm run graph` writes as graph.json and what the
 * explorer reads. Validated with zod on both sides. Offsets index `document.text` as JavaScript
 * strings do (UTF-16 code units), end exclusive.
 */
import { z } from 'zod';

// zod probes for `new Function` support at first use; the explorer's Content-Security-Policy forbids eval,
// so the probe would be reported as a violation. Validation works the same without the JIT.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1 as const;

/**
 * preamble, intro (a part's heading and lead-in), subsection, item, closing; appendix: an appendix after the
 * body (附件1 … with its own numbering), one section per appendix or per numbered heading inside it;
 * glossary: one entry of a 名词解释 glossary (a defined term and its definition).
 */
export const SECTION_KINDS = [
  'preamble',
  'intro',
  'subsection',
  'item',
  'closing',
  'appendix',
  'glossary',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const CONCEPT_KINDS = [
  'doctrine', // theory, political line, guiding thought (习近平新时代中国特色社会主义思想, 两个确立)
  'strategy', // strategy or slogan (八八战略, 两个先行)
  'programme', // programme, project or initiative (西湖明珠工程, 春风行动)
  'mechanism', // mechanism, system, reform (河长制, 第一议题制度)
  'institution', // institution or organisation (之江实验室, 浙江大学)
  'place', // place, zone or physical project (城西科创大走廊, 千岛湖)
  'heritage', // heritage site or cultural asset (良渚, 大运河)
  'event', // event (亚运会, 党的二十大)
  'brand', // city brand or campaign name (善城杭州, 礼让斑马线)
  'goal', // target or vision (共同富裕, 碳达峰碳中和)
  'concept', // anything else a reader would call a named concept
] as const;
export type ConceptKind = (typeof CONCEPT_KINDS)[number];

export const CONCEPT_ORIGINS = [
  'lexicon',
  'quoted',
  'pattern',
  'vocabulary',
  'discovered',
  'glossary',
] as const;
export type ConceptOrigin = (typeof CONCEPT_ORIGINS)[number];

const offset = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MentionSchema = z
  .object({ start: offset, end: offset })
  .refine((m) => m.end > m.start, { message: 'mention end must be after start' });
export type Mention = z.infer<typeof MentionSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** Adoption date, YYYY-MM-DD, or null when the text gives none. */
  date: isoDate.nullable(),
  /** Where it was published, e.g. 《杭州日报》, or null. */
  source: z.string().nullable(),
  publishedDate: isoDate.nullable(),
  text: z.string(),
});
export type DocumentInfo = z.infer<typeof DocumentSchema>;

export const SectionSchema = z.object({
  /** Stable id: preamble, p2-intro, p2-s3, p2-s3-i1, closing, para-4 (documents without headings). */
  id: z.string().min(1),
  kind: z.enum(SECTION_KINDS),
  /** 1-based part number (一、= 1), null for preamble and closing. */
  part: z.number().int().positive().nullable(),
  /** The address readers know: 序言, 二, 二（三）, 二（三）2, 结语. */
  address: z.string().min(1),
  /** Heading sentence of the subsection, part heading for an intro, '' when there is none. */
  title: z.string(),
  start: offset,
  end: offset,
});
export type Section = z.infer<typeof SectionSchema>;

export const ThemeSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  labelEn: z.string().min(1),
  color: z.string().regex(/^#[0-9a-f]{6}$/),
});
export type Theme = z.infer<typeof ThemeSchema>;

export const NodeSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** English gloss; '' when unknown (documents without a curated lexicon). */
  labelEn: z.string(),
  /** Pinyin with tone marks, syllables separated by spaces. */
  pinyin: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(CONCEPT_KINDS),
  theme: z.string().min(1),
  description: z.string(),
  descriptionEn: z.string(),
  /** How the concept was found: lexicon, quoted, pattern, vocabulary, discovered, glossary (defined by the document). */
  origin: z.enum(CONCEPT_ORIGINS),
  /** Members of a compound slogan (“县乡一体、条抓块统” → 县乡一体, 条抓块统). */
  members: z.array(z.string()),
  count: z.number().int().nonnegative(),
  mentions: z.array(MentionSchema),
  sections: z.array(z.string()),
  degree: z.number().int().nonnegative(),
  weightedDegree: z.number().nonnegative(),
  betweenness: z.number().nonnegative(),
  community: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
});
export type GraphNode = z.infer<typeof NodeSchema>;

export const EdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Number of sections both concepts occur in. */
  weight: z.number().int().positive(),
  sections: z.array(z.string()),
  /** Number of sentences containing both concepts. */
  sentences: z.number().int().nonnegative(),
  /** Jaccard index of the two concepts' section sets, in (0, 1]. */
  association: z.number().positive().max(1),
});
export type GraphEdge = z.infer<typeof EdgeSchema>;

export const GraphDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.string(),
  document: DocumentSchema,
  sections: z.array(SectionSchema),
  themes: z.array(ThemeSchema),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  warnings: z.array(z.string()),
});
export type GraphData = z.infer<typeof GraphDataSchema>;

/** The curated lexicon of one document (graph-data/lexicon/<doc-id>.json). Names concepts only. */
export const LexiconEntrySchema = z.object({
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(CONCEPT_KINDS),
  theme: z.string().min(1),
  labelEn: z.string().min(1),
  description: z.string().min(1),
  descriptionEn: z.string().min(1),
});
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconSchema = z.object({
  documentId: z.string().min(1),
  themes: z.array(ThemeSchema.omit({ color: true }).extend({ color: ThemeSchema.shape.color.optional() })),
  concepts: z.array(LexiconEntrySchema),
  /** Candidates the generic extractor proposes that a curator judged not to be concepts. */
  reject: z.array(z.string()).default([]),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** Validates unknown JSON as graph data; returns a one-line error message on failure. */
export function parseGraphData(value: unknown): { ok: true; data: GraphData } | { ok: false; error: string } {
  const result = GraphDataSchema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'root';
  return { ok: false, error: `not a policy-graph file (schemaVersion 1): ${where}: ${issue?.message ?? 'invalid'}` };
}
