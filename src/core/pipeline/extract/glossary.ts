/**
 * Terms a document defines itself: each entry of a 名词解释 glossary (sections of kind 'glossary', see
 * parse/back-matter.ts) is a concept whose description is its definition.
 *   - The label is the term without quotation marks (“九大攻坚”行动 → 九大攻坚行动); the term as written is an
 *     alias, so the entry itself and the body's quoted spellings are mentions.
 *   - A modifier before a closing quotation (制造业高质量发展“六大工程”) is context: the quotation, as the
 *     body writes it (制造业“六大工程”), is an alias too.
 *   - Two quotations joined by 和/与/及 (国企改革“双百行动”和“科改示范行动”) are two concepts with the same
 *     definition.
 */
import type { Section } from '../schema';
import type { Candidate } from './lexicon';

const QUOTE = /[“‘「『]([^”’」』]{1,32})[”’」』]/g;
const unquote = (s: string) => s.replace(/[“”‘’「」『』"]/g, '');

/** Concepts defined by the document's glossary, in entry order. */
export function glossaryConcepts(
  text: string,
  sections: readonly Section[],
  kindOf: (label: string) => Candidate['kind'],
): Candidate[] {
  const out: Candidate[] = [];
  for (const sec of sections) {
    if (sec.kind !== 'glossary') continue;
    // the parser titles each entry with its term (a heading line above the first entry is not part of it)
    const term = sec.title;
    const body = text.slice(sec.start, sec.end);
    const at = body.indexOf(term);
    if (term === '' || at < 0) continue;
    const description = body
      .slice(at + term.length)
      .replace(/^\s*[：:]\s*/, '')
      .trim();
    const quotes = [...term.matchAll(QUOTE)];
    const joined =
      quotes.length === 2 &&
      /^[和与及、]$/.test(
        term.slice((quotes[0]?.index ?? 0) + (quotes[0]?.[0].length ?? 0), quotes[1]?.index ?? 0),
      );
    if (joined) {
      quotes.forEach((q, k) => {
        const label = q[1] ?? '';
        const aliases = k === 0 ? [q[0], unquote(term)] : [q[0]];
        out.push({ label, kind: kindOf(label), origin: 'glossary', members: [], aliases, description });
      });
      continue;
    }
    const label = unquote(term);
    const aliases = new Set<string>();
    if (term !== label) aliases.add(term);
    const last = quotes[quotes.length - 1];
    if (quotes.length === 1 && last && (last.index ?? 0) > 0 && term.endsWith(last[0])) {
      aliases.add(last[0]);
      aliases.add(last[1] ?? '');
    }
    out.push({
      label,
      kind: kindOf(label),
      origin: 'glossary',
      members: [],
      aliases: [...aliases],
      description,
    });
  }
  return out;
}
