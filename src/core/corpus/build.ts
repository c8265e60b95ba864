/**
 * Several documents' graphs → one corpus: the documents with their kind, issuer and meeting; the relations
 * the texts establish; concepts merged across documents with their presence in each and their status along
 * every relation (taken up, added, not taken up); links with per-document weights. Deterministic.
 */
import { DEFAULT_GENERATOR } from '../pipeline/graph/assemble';
import type { GraphData, GraphNode } from '../pipeline/schema';
import { mergeConcepts, type MergedConcept } from './merge';
import { profileDocument } from './profile';
import { findRelations, type DatedProfile } from './relations';
import {
  CORPUS_SCHEMA_VERSION,
  type CorpusConcept,
  type CorpusData,
  type CorpusDocument,
  type CorpusEdge,
  type Presence,
  type Relation,
  type Status,
} from './schema';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Date order, undated last, then id. */
export function corpusOrder(graphs: readonly GraphData[]): GraphData[] {
  return [...graphs].sort((a, b) => {
    const da = a.document.date;
    const db = b.document.date;
    if (da !== db) return da === null ? 1 : db === null ? -1 : cmp(da, db);
    return cmp(a.document.id, b.document.id);
  });
}

function presenceOf(document: string, nodes: readonly GraphNode[]): Presence {
  const sections = new Set<string>();
  let first = { start: Infinity, end: Infinity };
  let count = 0;
  for (const n of nodes) {
    for (const s of n.sections) sections.add(s);
    count += n.count;
    for (const m of n.mentions) if (m.start < first.start) first = { start: m.start, end: m.end };
  }
  const main = [...nodes].sort((a, b) => b.count - a.count || cmp(a.id, b.id))[0]!;
  return {
    document,
    nodes: nodes.map((n) => n.id).sort(cmp),
    label: main.label,
    count,
    sections: [...sections].sort(cmp),
    firstMention: first,
  };
}

/** Status of a concept along a relation: later document `from`, earlier `to`. */
export function statusAlong(relation: Relation, inDocument: (doc: string) => boolean): Status | null {
  const later = inDocument(relation.from);
  const earlier = inDocument(relation.to);
  if (later && earlier) return 'taken-up';
  if (later) return 'added';
  if (earlier) return 'not-taken-up';
  return null;
}

function conceptOf(m: MergedConcept, relations: readonly Relation[], order: readonly string[]): CorpusConcept {
  const presence = order.flatMap((doc) => {
    const nodes = m.nodes.get(doc);
    return nodes ? [presenceOf(doc, nodes)] : [];
  });
  const statuses = relations.flatMap((r) => {
    const status = statusAlong(r, (doc) => m.nodes.has(doc));
    return status ? [{ relation: r.id, status }] : [];
  });
  return { id: m.id, label: m.label, aliases: m.aliases, presence, statuses };
}

function edgesOf(graphs: readonly GraphData[], conceptOfNode: Map<string, Map<string, string>>): CorpusEdge[] {
  // Per document, the union of shared sections of every node pair that maps onto the same concept pair.
  const pairs = new Map<string, { source: string; target: string; sections: Map<string, Set<string>> }>();
  for (const g of graphs) {
    const doc = g.document.id;
    const map = conceptOfNode.get(doc)!;
    for (const e of g.edges) {
      const a = map.get(e.source);
      const b = map.get(e.target);
      if (a === undefined || b === undefined || a === b) continue;
      const [source, target] = a < b ? [a, b] : [b, a];
      const id = `${source}--${target}`;
      let p = pairs.get(id);
      if (!p) pairs.set(id, (p = { source, target, sections: new Map() }));
      let set = p.sections.get(doc);
      if (!set) p.sections.set(doc, (set = new Set()));
      for (const s of e.sections) set.add(s);
    }
  }
  return [...pairs.entries()]
    .map(([id, p]) => ({
      id,
      source: p.source,
      target: p.target,
      weights: graphs.flatMap((g) => {
        const set = p.sections.get(g.document.id);
        return set ? [{ document: g.document.id, weight: set.size }] : [];
      }),
    }))
    .sort((a, b) => cmp(a.id, b.id));
}

export interface CorpusOptions {
  generator?: string;
}

export function buildCorpus(input: readonly GraphData[], options: CorpusOptions = {}): CorpusData {
  if (input.length === 0) throw new Error('a corpus needs at least one document');
  const ids = new Set<string>();
  for (const g of input) {
    if (ids.has(g.document.id)) throw new Error(`two documents have the id ${g.document.id}: rename one file`);
    ids.add(g.document.id);
  }
  const graphs = corpusOrder(input);
  const profiles: DatedProfile[] = graphs.map((g) => ({ ...profileDocument(g), date: g.document.date }));
  const relations = findRelations(profiles);
  const merged = mergeConcepts(graphs);
  const order = graphs.map((g) => g.document.id);
  const conceptOfNode = new Map(order.map((d) => [d, new Map<string, string>()]));
  for (const m of merged)
    for (const [doc, nodes] of m.nodes) for (const n of nodes) conceptOfNode.get(doc)!.set(n.id, m.id);

  const documents: CorpusDocument[] = graphs.map((g, i) => {
    const p = profiles[i]!;
    return {
      id: g.document.id,
      title: g.document.title,
      date: g.document.date,
      kind: p.kind,
      issuer: p.issuer,
      meeting: p.heldAt?.meeting.text ?? null,
      counts: {
        characters: g.document.text.length,
        sections: g.sections.length,
        concepts: g.nodes.length,
        edges: g.edges.length,
      },
    };
  });
  return {
    corpusSchemaVersion: CORPUS_SCHEMA_VERSION,
    generator: options.generator ?? DEFAULT_GENERATOR,
    documents,
    relations,
    concepts: merged.map((m) => conceptOf(m, relations, order)),
    edges: edgesOf(graphs, conceptOfNode),
  };
}
