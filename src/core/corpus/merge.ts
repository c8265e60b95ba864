/**
 * Concepts merged across documents: two nodes are one concept when they share a label or alias after
 * normalisation (quote marks and white space removed). Nothing else merges: a concept that is a substring of
 * another (两个先行 / 省域现代化先行) stays apart, and so do near spellings.
 */
import type { GraphData, GraphNode } from '../pipeline/schema';

/** The form two spellings are compared in: no quote marks, no white space. */
export function normalizeSurface(s: string): string {
  return s.replace(/[“”‘’「」『』"'\s]/g, '');
}

export interface MergedConcept {
  id: string;
  label: string;
  aliases: string[];
  /** Per document (in corpus order), the nodes merged into the concept. */
  nodes: Map<string, GraphNode[]>;
}

class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Merges the nodes of `graphs` (in corpus order). Ids are the chosen labels: unique, sorted. */
export function mergeConcepts(graphs: readonly GraphData[]): MergedConcept[] {
  const uf = new UnionFind();
  const items: { doc: string; order: number; node: GraphNode }[] = [];
  const bySurface = new Map<string, number>();
  graphs.forEach((g, order) => {
    for (const node of g.nodes) {
      const i = uf.add();
      items.push({ doc: g.document.id, order, node });
      for (const s of [node.label, ...node.aliases]) {
        const key = normalizeSurface(s);
        if (key.length < 2) continue;
        const j = bySurface.get(key);
        if (j === undefined) bySurface.set(key, i);
        else uf.union(i, j);
      }
    }
  });
  const groups = new Map<number, typeof items>();
  items.forEach((it, i) => {
    const r = uf.find(i);
    const list = groups.get(r);
    if (list) list.push(it);
    else groups.set(r, [it]);
  });
  const out: MergedConcept[] = [];
  for (const members of groups.values()) {
    // The label most documents use; ties go to the earliest document's.
    const votes = new Map<string, { n: number; order: number }>();
    for (const m of members) {
      const v = votes.get(m.node.label);
      if (v) v.n++;
      else votes.set(m.node.label, { n: 1, order: m.order });
    }
    const label = [...votes.entries()].sort((a, b) => b[1].n - a[1].n || a[1].order - b[1].order || cmp(a[0], b[0]))[0]![0];
    const surfaces = new Set<string>();
    for (const m of members) for (const s of [m.node.label, ...m.node.aliases]) if (s !== label) surfaces.add(s);
    const nodes = new Map<string, GraphNode[]>();
    for (const m of [...members].sort((a, b) => a.order - b.order)) {
      const list = nodes.get(m.doc);
      if (list) list.push(m.node);
      else nodes.set(m.doc, [m.node]);
    }
    out.push({ id: label, label, aliases: [...surfaces].sort(cmp), nodes });
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}
