/**
 * Finds every occurrence of every surface form (labels and aliases) inside sections in one pass with a
 * character trie, then resolves overlaps across concepts longest match first (earlier start, then lower
 * concept index, breaks ties), so “八八战略”实施综合评估报告机制 keeps 八八战略 and 杭州都市区 beats 杭州.
 */
import type { Mention, Section } from '../schema';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Concept index when a surface ends here, else -1. */
  concept: number;
}

const node = (): TrieNode => ({ next: new Map(), concept: -1 });

export class SurfaceMatcher {
  private readonly root = node();

  /** Adds a surface form; the first concept to claim a surface keeps it. Returns false when taken. */
  add(surface: string, concept: number): boolean {
    if (surface.length === 0) return false;
    let n = this.root;
    for (let i = 0; i < surface.length; i++) {
      const c = surface.charCodeAt(i);
      let child = n.next.get(c);
      if (!child) {
        child = node();
        n.next.set(c, child);
      }
      n = child;
    }
    if (n.concept >= 0) return n.concept === concept;
    n.concept = concept;
    return true;
  }

  /** Every occurrence of every surface inside the sections, overlaps included. */
  occurrences(text: string, sections: readonly Section[]): { start: number; end: number; concept: number }[] {
    const found: { start: number; end: number; concept: number }[] = [];
    for (const sec of sections) {
      for (let i = sec.start; i < sec.end; i++) {
        let n: TrieNode | undefined = this.root;
        for (let j = i; j < sec.end; j++) {
          n = n.next.get(text.charCodeAt(j));
          if (!n) break;
          if (n.concept >= 0) found.push({ start: i, end: j + 1, concept: n.concept });
        }
      }
    }
    return found;
  }

  /**
   * Non-overlapping mentions per concept (index → sorted mentions), all inside sections.
   * Cost: one trie walk per character, bounded by the longest surface.
   */
  mentions(text: string, sections: readonly Section[], conceptCount: number): Mention[][] {
    const found = this.occurrences(text, sections);
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.concept - b.concept);
    const taken = new Uint8Array(text.length);
    const out: Mention[][] = Array.from({ length: conceptCount }, () => []);
    for (const m of found) {
      let free = true;
      for (let k = m.start; k < m.end; k++) {
        if (taken[k]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, m.start, m.end);
      out[m.concept]?.push({ start: m.start, end: m.end });
    }
    for (const list of out) list.sort((a, b) => a.start - b.start);
    return out;
  }
}
