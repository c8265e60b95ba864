/**
 * Graph files written before the link proximity fields existed (schema version 1 all the same) are
 * completed on reading: the fields are computed from the file's own text, sections and mentions, by the
 * same code the pipeline runs, so an old file and a rebuilt one show the same strengths.
 */
import type { GraphData, GraphDataInput, GraphEdge } from '../schema';
import { splitSentences } from '../parse/sentences';
import { buildCooccurrence } from './cooccurrence';
import { associationStrength } from './proximity';

function complete(edge: GraphDataInput['edges'][number]): edge is GraphEdge {
  return (
    edge.adjacent !== undefined &&
    edge.paragraphs !== undefined &&
    edge.proximity !== undefined &&
    edge.closeness !== undefined &&
    edge.strength !== undefined
  );
}

export function completeLinkFields(data: GraphDataInput): GraphData {
  const edges = data.edges;
  if (edges.every(complete)) return { ...data, edges };
  const co = buildCooccurrence(
    {
      document: data.document,
      sections: data.sections,
      sentences: splitSentences(data.document.text, data.sections),
      warnings: [],
    },
    data.nodes,
  );
  // By the pair of ends, whatever ids the file gives its edges.
  const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const computed = new Map(co.edges.map((e) => [pair(e.source, e.target), e]));
  const sectionsOf = new Map(data.nodes.map((n) => [n.id, n.sections.length]));
  return {
    ...data,
    edges: edges.map((e): GraphEdge => {
      if (complete(e)) return e;
      const c = computed.get(pair(e.source, e.target));
      if (c && c.weight === e.weight) {
        return {
          ...e,
          adjacent: c.adjacent,
          paragraphs: c.paragraphs,
          proximity: c.proximity,
          closeness: c.closeness,
          strength: c.strength,
        };
      }
      // A link the text does not bear out (an edited file): counted at section level only.
      const closeness = e.weight / 8;
      return {
        ...e,
        adjacent: 0,
        paragraphs: 0,
        proximity: e.sections.map(() => 'section' as const),
        closeness,
        strength: associationStrength(
          closeness,
          data.sections.length,
          sectionsOf.get(e.source) ?? 1,
          sectionsOf.get(e.target) ?? 1,
        ),
      };
    }),
  };
}
