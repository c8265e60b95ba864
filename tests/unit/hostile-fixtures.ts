/** Documents and graphs whose concept ids are names of Object.prototype members (not a test file). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Ids a plain object would confuse with what it inherits. */
export const HOSTILE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'] as const;

const SYNTHETIC = resolve(process.cwd(), 'tests/fixtures/e2e/synthetic-resolution.txt');

/**
 * The synthetic resolution with five of its quoted terms replaced by HOSTILE_NAMES (each quoted in
 * several sections beside other quoted terms, so each becomes a linked concept).
 */
export function hostileDocument(): string {
  let text = readFileSync(SYNTHETIC, 'utf8');
  const swaps: [string, string][] = [
    ['数字青溪', '__proto__'],
    ['山水名城', 'constructor'],
    ['青溪智造', 'toString'],
    ['最多跑一次', 'hasOwnProperty'],
    ['产业大脑', 'valueOf'],
  ];
  for (const [from, to] of swaps) text = text.replaceAll(`“${from}”`, `“${to}”`);
  return text;
}
