/**
 * Relations between the documents of a corpus, each resting on passages of the texts:
 *  - implements: the later document's title or preamble carries out (学习贯彻…精神) the meeting the earlier one
 *    was adopted or delivered at (省第十五次党代会 ↔ ——在中国共产党浙江省第十五次代表大会上的报告);
 *  - follows: same issuer and kind, later date (each document follows the latest earlier one).
 * Naming a meeting is not carrying it out: 以实际行动迎接党的二十大胜利召开 implements nothing.
 */
import { containingPlaces } from '../pipeline/extract/gazetteer';
import { sameMeeting, sameRegion } from './meetings';
import type { DocumentProfile } from './profile';
import type { Evidence, Relation } from './schema';

export interface DatedProfile extends DocumentProfile {
  date: string | null;
}

/**
 * Whether a meeting held in `heldRegion` can be the one a document of `issuerRegion` calls 省…/市… : the
 * issuer's region lies inside it (杭州市 in 浙江省), by the GB/T 2260 divisions; an issuer without a known region
 * does not narrow the match.
 */
function insideRegion(issuerRegion: string | null | undefined, heldRegion: string): boolean {
  if (!issuerRegion) return true;
  const containers = containingPlaces(issuerRegion);
  if (containers.size === 0) return true;
  return [...containers].some((c) => sameRegion(c, heldRegion));
}

const relationId = (type: Relation['type'], from: string, to: string) => `${type}:${from}→${to}`;

function implementsRelations(docs: readonly DatedProfile[]): Relation[] {
  const out: Relation[] = [];
  for (const later of docs) {
    for (const earlier of docs) {
      if (earlier === later || !earlier.heldAt) continue;
      const held = earlier.heldAt;
      const named = later.carriesOut.find((n) =>
        sameMeeting(n.meeting, held.meeting, (region) => insideRegion(later.issuer?.region, region)),
      );
      if (!named) continue;
      // A document cannot carry out one that comes after it.
      if (later.date && earlier.date && later.date < earlier.date) continue;
      out.push({
        id: relationId('implements', later.id, earlier.id),
        type: 'implements',
        from: later.id,
        to: earlier.id,
        evidence: [named.evidence, held.evidence],
      });
    }
  }
  return out;
}

function followsRelations(docs: readonly DatedProfile[]): Relation[] {
  const out: Relation[] = [];
  for (const later of docs) {
    if (!later.issuer || !later.date) continue;
    let previous: DatedProfile | null = null;
    for (const d of docs) {
      if (d === later || !d.issuer || !d.date || d.kind !== later.kind) continue;
      if (d.issuer.label !== later.issuer.label || d.date >= later.date) continue;
      if (!previous || (previous.date as string) < d.date) previous = d;
    }
    if (!previous) continue;
    const evidence: Evidence[] = [later.titleEvidence, previous.titleEvidence].filter((e): e is Evidence => e !== null);
    if (evidence.length === 0) continue;
    out.push({ id: relationId('follows', later.id, previous.id), type: 'follows', from: later.id, to: previous.id, evidence });
  }
  return out;
}

export function findRelations(docs: readonly DatedProfile[]): Relation[] {
  const all = [...implementsRelations(docs), ...followsRelations(docs)];
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
