/**
 * The corpus as one graph the explorer can show with all its tools: the documents' texts joined (each
 * section keeps its text, its address prefixed with the document's short name: 浙江省党代会报告 三、2), every
 * corpus concept a node with the mentions of all its merged nodes, and the pipeline's own graph stage
 * (co-occurrence, metrics, layout) run over it. Themes are the documents: a concept's theme is the first
 * document it occurs in. Links mean what they mean in one document: the two concepts share a section.
 */
import { assembleGraphData } from '../pipeline/graph/assemble';
import { splitSentences } from '../pipeline/parse/sentences';
import type { GraphData, Lexicon, Mention, Section } from '../pipeline/schema';
import type { ExtractedConcept, ParsedDocument } from '../pipeline/types';
import { shortNames } from './names';
import type { CorpusData } from './schema';

export const CORPUS_GRAPH_ID = 'corpus';
const SEPARATOR = '\n\n';

/** Section id in the corpus graph for a document's section. */
export const corpusSectionId = (documentId: string, sectionId: string) => `${documentId}/${sectionId}`;
/** Theme id of a document in the corpus graph. */
export const documentThemeId = (documentId: string) => `doc:${documentId}`;

export interface CorpusGraph {
  data: GraphData;
  /** Offset of each document's text inside the joined text. */
  base: Map<string, number>;
}

export function corpusGraphData(corpus: CorpusData, graphs: readonly GraphData[]): CorpusGraph {
  const byId = new Map(graphs.map((g) => [g.document.id, g]));
  const names = shortNames(corpus.documents);
  const base = new Map<string, number>();
  let text = '';
  const sections: Section[] = [];
  for (const d of corpus.documents) {
    const g = byId.get(d.id);
    if (!g) throw new Error(`the corpus names ${d.id} but its graph is missing`);
    if (text) text += SEPARATOR;
    const b = text.length;
    base.set(d.id, b);
    text += g.document.text;
    for (const s of g.sections)
      sections.push({
        ...s,
        id: corpusSectionId(d.id, s.id),
        address: `${names.get(d.id)} ${s.address}`,
        start: s.start + b,
        end: s.end + b,
      });
  }
  const title = corpus.documents.map((d) => names.get(d.id)).join(' · ');
  const doc: ParsedDocument = {
    document: { id: CORPUS_GRAPH_ID, title, date: null, source: null, publishedDate: null, text },
    sections,
    sentences: splitSentences(text, sections),
    warnings: [],
  };
  const concepts: ExtractedConcept[] = corpus.concepts.map((c) => {
    const mentions: Mention[] = [];
    let first: GraphData['nodes'][number] | undefined;
    for (const p of c.presence) {
      const g = byId.get(p.document)!;
      const b = base.get(p.document)!;
      for (const id of p.nodes) {
        const node = g.nodes.find((n) => n.id === id);
        if (!node) continue;
        first ??= node;
        for (const m of node.mentions) mentions.push({ start: m.start + b, end: m.end + b });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: c.id,
      label: c.label,
      labelEn: first?.labelEn ?? '',
      aliases: [...c.aliases],
      kind: first?.kind ?? 'concept',
      theme: documentThemeId(c.presence[0]!.document),
      description: first?.description ?? '',
      descriptionEn: first?.descriptionEn ?? '',
      origin: first?.origin ?? 'quoted',
      members: [...(first?.members ?? [])],
      mentions,
    };
  });
  const lexicon: Lexicon = {
    documentId: CORPUS_GRAPH_ID,
    themes: corpus.documents.map((d) => ({ id: documentThemeId(d.id), label: names.get(d.id)!, labelEn: d.title || d.id })),
    concepts: [],
    reject: [],
  };
  return { data: assembleGraphData(doc, concepts, { lexicon, generator: corpus.generator }), base };
}
