import { describe, expect, it } from 'vitest';
import { mergeConcepts, normalizeSurface } from '../../src/core/corpus';
import { graphOf } from '../fixtures/corpus/docs';

const doc = (id: string, body: string) => graphOf(id, `标题\n（2022年1月1日）\n一、总体要求\n${body}\n`);

describe('merging concepts across documents', () => {
  it('joins the same name whatever its quote marks, and keeps every spelling', () => {
    const merged = mergeConcepts([doc('a', '推进“两个先行”。'), doc('b', '推进‘两个先行’。'), doc('c', '推进「两个先行」。')]);
    const c = merged.find((m) => m.label === '两个先行')!;
    expect([...c.nodes.keys()]).toEqual(['a', 'b', 'c']);
    expect(normalizeSurface('“两个 先行”')).toBe('两个先行');
  });

  it('never merges a concept into one it is a substring of', () => {
    const merged = mergeConcepts([doc('a', '推进“两个先行”。'), doc('b', '推进“省域现代化先行”和“先行示范”。')]);
    const labels = merged.map((m) => m.label);
    expect(labels).toContain('两个先行');
    expect(labels).toContain('省域现代化先行');
    expect(merged.find((m) => m.label === '两个先行')!.nodes.size).toBe(1);
  });

  it('joins through an alias, and ids stay unique', () => {
    const merged = mergeConcepts([
      doc('a', '实施“315”科技创新体系建设工程。'),
      doc('b', '实施315科技创新体系建设工程。推进“315”科技创新体系建设工程。'),
    ]);
    const ids = merged.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const c = merged.find((m) => m.label === '315科技创新体系建设工程');
    expect(c && [...c.nodes.keys()]).toEqual(['a', 'b']);
  });
});

describe('names that are Object.prototype members', () => {
  it('are ordinary concept names across documents', () => {
    const merged = mergeConcepts([doc('a', '推进“__proto__”和“constructor”。'), doc('b', '推进“__proto__”和“toString”。')]);
    expect(merged.find((m) => m.label === '__proto__')?.nodes.size).toBe(2);
    expect(merged.find((m) => m.label === 'constructor')?.nodes.size).toBe(1);
    expect(merged.find((m) => m.label === 'toString')?.nodes.size).toBe(1);
  });
});
