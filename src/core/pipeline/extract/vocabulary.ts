/**
 * The general vocabulary (graph-data/lexicon/general-vocabulary.json): national and provincial policy
 * concepts with glosses, applied to every document. An entry becomes a concept only when its label or an
 * alias occurs inside a section.
 */
import { z } from 'zod';
import { CONCEPT_KINDS } from '../schema';
import data from '../../../../graph-data/lexicon/general-vocabulary.json';

export const VocabularyEntrySchema = z.object({
  label: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  kind: z.enum(CONCEPT_KINDS),
  labelEn: z.string().min(1),
  description: z.string().min(1),
  descriptionEn: z.string().min(1),
});
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export const VocabularyFileSchema = z.object({
  note: z.string(),
  entries: z.array(VocabularyEntrySchema),
});

let cached: readonly VocabularyEntry[] | null = null;

/** The bundled general vocabulary, validated once. Throws a one-line error when the file is malformed. */
export function generalVocabulary(): readonly VocabularyEntry[] {
  if (cached) return cached;
  const parsed = VocabularyFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `general-vocabulary.json is invalid: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  cached = parsed.data.entries;
  return cached;
}
