/**
 * The annotation files of the extraction evaluation (format: tests/fixtures/eval/README.md) and the
 * adjudications applied to them (tests/fixtures/eval/adjudications.json). Annotations are written by
 * readers from the text alone; adjudications record, with a reason citing the text, the few entries the
 * project judges wrong. They are applied here, never by editing a reader's file.
 */
import { z } from 'zod';

const NameSchema = z.object({
  name: z.string().min(1),
  class: z.enum(['local', 'quoted', 'national']),
  aliases: z.array(z.string().min(1)).optional(),
});
export type AnnotatedName = z.infer<typeof NameSchema>;
export type NameClass = AnnotatedName['class'];
export const NAME_CLASSES: readonly NameClass[] = ['local', 'quoted', 'national'];

const PartSchema = z.object({
  marker: z.string(),
  heading: z.string(),
  subsections: z.number().int().nonnegative(),
});

export const AnnotationSchema = z.object({
  document: z.string().min(1),
  source: z.string().optional(),
  method: z.string().optional(),
  structure: z.object({
    date: z.string().nullable(),
    parts: z.array(PartSchema),
    appendices: z.array(z.object({ heading: z.string() })).default([]),
    glossary: z.array(z.object({ term: z.string(), definitionStart: z.string().optional() })).default([]),
  }),
  names: z.array(NameSchema),
  acceptable: z.array(z.string()).default([]),
  forbidden: z.array(z.string()).default([]),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export const AdjudicationSchema = z.object({
  document: z.string().min(1),
  string: z.string().min(1),
  /**
   * acceptable: a listed name becomes an acceptable node (not required); drop: the entry is removed from
   * names, acceptable and forbidden (not in the text, or a reader would not draw it); alias: `alias`
   * becomes another spelling of the name; class: the name's class becomes `class`.
   */
  change: z.enum(['acceptable', 'drop', 'alias', 'class']),
  alias: z.string().optional(),
  class: z.enum(['local', 'quoted', 'national']).optional(),
  reason: z.string().min(1),
});
export type Adjudication = z.infer<typeof AdjudicationSchema>;
export const AdjudicationFileSchema = z.object({ adjudications: z.array(AdjudicationSchema) });

/** One-line message for a zod failure. */
export function zodMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`;
}

/**
 * The annotation with the adjudications for its document applied, and how many applied. An adjudication
 * that matches no entry is an error: it would silently stop meaning anything.
 */
export function applyAdjudications(
  annotation: Annotation,
  adjudications: readonly Adjudication[],
): { annotation: Annotation; applied: Adjudication[]; unmatched: Adjudication[] } {
  const names = annotation.names.map((n) => ({ ...n, aliases: [...(n.aliases ?? [])] }));
  let acceptable = [...annotation.acceptable];
  let forbidden = [...annotation.forbidden];
  const applied: Adjudication[] = [];
  const unmatched: Adjudication[] = [];
  for (const a of adjudications) {
    if (a.document !== annotation.document) continue;
    const i = names.findIndex((n) => n.name === a.string);
    const inLists = acceptable.includes(a.string) || forbidden.includes(a.string);
    let ok = true;
    if (a.change === 'acceptable' && i >= 0) {
      const [moved] = names.splice(i, 1);
      acceptable.push(a.string, ...(moved?.aliases ?? []));
    } else if (a.change === 'drop' && (i >= 0 || inLists)) {
      if (i >= 0) names.splice(i, 1);
      acceptable = acceptable.filter((s) => s !== a.string);
      forbidden = forbidden.filter((s) => s !== a.string);
    } else if (a.change === 'alias' && i >= 0 && a.alias) {
      names[i]?.aliases.push(a.alias);
    } else if (a.change === 'class' && i >= 0 && a.class) {
      const n = names[i];
      if (n) n.class = a.class;
    } else ok = false;
    (ok ? applied : unmatched).push(a);
  }
  return { annotation: { ...annotation, names, acceptable, forbidden }, applied, unmatched };
}
