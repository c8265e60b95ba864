/**
 * The corpus contract (corpusSchemaVersion 1): several documents' graphs read together. What
 * `npm run graph -- A.txt B.txt … --out DIR` writes as corpus.json beside each document's graph.json, and
 * what the explorer's corpus view reads. Offsets index each document's own `document.text`.
 */
import { z } from 'zod';

export const CORPUS_SCHEMA_VERSION = 1 as const;

export const DOCUMENT_KINDS = ['resolution', 'congress-report', 'work-report', 'plan', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const RELATION_TYPES = ['implements', 'follows'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const STATUSES = ['taken-up', 'added', 'not-taken-up'] as const;
export type Status = (typeof STATUSES)[number];

const offset = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const IssuerSchema = z.object({
  /** How readers name it: 中共杭州市委, 广东省人民政府. */
  label: z.string().min(1),
  /** The region the text gives (杭州市, 广东省), or null. */
  region: z.string().nullable(),
  body: z.enum(['party-committee', 'government', 'peoples-congress', 'other']),
});
export type Issuer = z.infer<typeof IssuerSchema>;

export const CorpusDocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: isoDate.nullable(),
  kind: z.enum(DOCUMENT_KINDS),
  issuer: IssuerSchema.nullable(),
  /** The meeting the document was adopted or delivered at, as the text names it, or null. */
  meeting: z.string().nullable(),
  counts: z.object({
    characters: z.number().int().nonnegative(),
    sections: z.number().int().nonnegative(),
    concepts: z.number().int().nonnegative(),
    edges: z.number().int().nonnegative(),
  }),
});
export type CorpusDocument = z.infer<typeof CorpusDocumentSchema>;

/** A passage of one document: the sentence (or header line) and where it is. */
export const EvidenceSchema = z.object({
  document: z.string().min(1),
  start: offset,
  end: offset,
  text: z.string().min(1),
  /** 标题, 序言, 二（三） … */
  address: z.string().min(1),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RelationSchema = z.object({
  id: z.string().min(1),
  type: z.enum(RELATION_TYPES),
  /** The later document: it implements or follows `to`. */
  from: z.string().min(1),
  /** The earlier document. */
  to: z.string().min(1),
  /** Why: the passages of both documents that establish the relation. */
  evidence: z.array(EvidenceSchema).min(1),
});
export type Relation = z.infer<typeof RelationSchema>;

export const PresenceSchema = z.object({
  document: z.string().min(1),
  /** Node ids of this document's graph merged into the concept (usually one). */
  nodes: z.array(z.string().min(1)).min(1),
  /** The label the document's graph uses. */
  label: z.string().min(1),
  count: z.number().int().positive(),
  sections: z.array(z.string()),
  firstMention: z.object({ start: offset, end: offset }),
});
export type Presence = z.infer<typeof PresenceSchema>;

export const CorpusConceptSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Every other spelling any document uses for it. */
  aliases: z.array(z.string()),
  presence: z.array(PresenceSchema).min(1),
  /** The concept's status along each relation where it occurs in at least one of the two documents. */
  statuses: z.array(z.object({ relation: z.string().min(1), status: z.enum(STATUSES) })),
});
export type CorpusConcept = z.infer<typeof CorpusConceptSchema>;

export const CorpusEdgeSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Shared sections in each document where the two concepts are linked. */
  weights: z.array(z.object({ document: z.string().min(1), weight: z.number().int().positive() })).min(1),
});
export type CorpusEdge = z.infer<typeof CorpusEdgeSchema>;

export const CorpusSchema = z.object({
  corpusSchemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  generator: z.string(),
  /** In date order (undated last), then by id. */
  documents: z.array(CorpusDocumentSchema).min(1),
  relations: z.array(RelationSchema),
  concepts: z.array(CorpusConceptSchema),
  edges: z.array(CorpusEdgeSchema),
});
export type CorpusData = z.infer<typeof CorpusSchema>;

/** Validates unknown JSON as a corpus; a one-line error on failure. */
export function parseCorpusData(value: unknown): { ok: true; data: CorpusData } | { ok: false; error: string } {
  const result = CorpusSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'root';
    return { ok: false, error: `not a policy-graph corpus (corpusSchemaVersion 1): ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const data = result.data;
  const docs = new Set(data.documents.map((d) => d.id));
  if (docs.size !== data.documents.length) return { ok: false, error: 'corpus: duplicate document ids' };
  const concepts = new Set(data.concepts.map((c) => c.id));
  if (concepts.size !== data.concepts.length) return { ok: false, error: 'corpus: duplicate concept ids' };
  const relations = new Set(data.relations.map((r) => r.id));
  for (const r of data.relations)
    if (!docs.has(r.from) || !docs.has(r.to)) return { ok: false, error: `corpus: relation ${r.id} names an unknown document` };
  for (const c of data.concepts) {
    for (const p of c.presence)
      if (!docs.has(p.document)) return { ok: false, error: `corpus: concept ${c.id} in an unknown document` };
    for (const s of c.statuses)
      if (!relations.has(s.relation)) return { ok: false, error: `corpus: concept ${c.id} has a status on an unknown relation` };
  }
  for (const e of data.edges)
    if (!concepts.has(e.source) || !concepts.has(e.target))
      return { ok: false, error: `corpus: edge ${e.id} joins an unknown concept` };
  return { ok: true, data };
}
