/**
 * Cytoscape desktop network JSON (.cyjs, File → Import → Network from File): the Cytoscape.js elements
 * format with the header Cytoscape itself writes. Node `name`/`shared_name` become the node table's
 * name column; list attributes (sections, proximity) become list columns.
 */
import type { GraphData } from '../schema';
import { themeIndex } from './columns';

export interface CyjsOptions {
  /** Written as generated_by; default data.generator. */
  generatedBy?: string;
}

/**
 * Serialises graph data (or a subset of it) as .cyjs text: JSON with one node or edge per line (compact
 * for 5,000-node graphs, readable in a diff), final newline.
 */
export function toCytoscapeJson(data: GraphData, options: CyjsOptions = {}): string {
  return [...cyjsChunks(data, options)].join('');
}

/** toCytoscapeJson's text in pieces (one node or edge each), for writing a large graph. */
export function* cyjsChunks(data: GraphData, options: CyjsOptions = {}): Generator<string> {
  const themes = themeIndex(data);
  const labels = new Map(data.nodes.map((n) => [n.id, n.label]));
  const doc = {
    format_version: '1.0',
    generated_by: options.generatedBy ?? data.generator,
    // Cytoscape 3.x desktop writes '~2.1' here and ignores the value on import.
    target_cytoscapejs_version: '~2.1',
    data: {
      name: data.document.title || data.document.id,
      shared_name: data.document.title || data.document.id,
      documentId: data.document.id,
      date: data.document.date ?? '',
      source: data.document.source ?? '',
    },
    elements: {
      nodes: data.nodes.map((n) => () => ({
        data: {
          id: n.id,
          name: n.label,
          shared_name: n.label,
          labelEn: n.labelEn,
          pinyin: n.pinyin,
          kind: n.kind,
          theme: n.theme,
          themeLabel: themes.get(n.theme)?.label ?? n.theme,
          color: themes.get(n.theme)?.color ?? '#999999',
          count: n.count,
          degree: n.degree,
          weightedDegree: n.weightedDegree,
          betweenness: n.betweenness,
          community: n.community,
          sections: n.sections,
        },
        position: { x: n.x, y: n.y },
      })),
      edges: data.edges.map((e) => () => {
        const name = `${labels.get(e.source) ?? e.source} (co-occurs) ${labels.get(e.target) ?? e.target}`;
        return {
          data: {
            id: e.id,
            source: e.source,
            target: e.target,
            name,
            shared_name: name,
            interaction: 'co-occurs',
            shared_interaction: 'co-occurs',
            weight: e.weight,
            sentences: e.sentences,
            association: e.association,
            strength: e.strength,
            closeness: e.closeness,
            adjacent: e.adjacent,
            paragraphs: e.paragraphs,
            sections: e.sections,
            proximity: e.proximity,
          },
        };
      }),
    },
  };
  const { elements, ...header } = doc;
  // Each element is made when its line is written (items are thunks).
  const list = function* (items: (() => unknown)[]) {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    for (const [i, item] of items.entries())
      yield `${i === 0 ? '[\n' : ',\n'}      ${JSON.stringify(item())}`;
    yield '\n    ]';
  };
  const head = JSON.stringify(header, null, 2).slice(0, -2); // without the closing "\n}"
  yield `${head},\n  "elements": {\n    "nodes": `;
  yield* list(elements.nodes);
  yield ',\n    "edges": ';
  yield* list(elements.edges);
  yield '\n  }\n}\n';
}
