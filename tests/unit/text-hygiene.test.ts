/**
 * Control characters and bidirectional overrides never reach labels: they are removed when the text is
 * normalised (decode.ts normalizeText), before any offset is taken, whether the text comes from the
 * command line, the browser's Open, or straight into buildGraphData.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { getNodeSegmenter } from '../../src/cli/segmenter';
import { buildGraphData } from '../../src/core/pipeline/index';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';

const HIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what it matches
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const SOURCE = readFileSync(resolve(process.cwd(), 'tests/fixtures/e2e/synthetic-resolution.txt'), 'utf8');
/** The synthetic resolution with control and bidi characters inside quoted names and around them. */
const DIRTY = SOURCE.replace('“数字青溪”', '“数字\u0001青溪”')
  .replace('“山水名城”', '“\u202e山水名城\u202c”')
  .replace('“青溪智造”', '“青溪\u2066智造\u2069”\u0007')
  .replace('“产业大脑”', '“产业\u200f大脑”\r\n');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'pg-hygiene-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectClean(data: GraphData): void {
  expect(HIDDEN.test(data.document.text)).toBe(false);
  const labels = data.nodes.flatMap((n) => [n.id, n.label, ...n.aliases, ...n.members]);
  for (const l of labels) expect(HIDDEN.test(l), JSON.stringify(l)).toBe(false);
  expect(labels).toEqual(expect.arrayContaining(['数字青溪', '山水名城', '青溪智造']));
  // Offsets index the normalised text: every mention spells its concept's label or an alias.
  for (const n of data.nodes)
    for (const m of n.mentions)
      expect([n.label, ...n.aliases]).toContain(data.document.text.slice(m.start, m.end));
  expect(GraphDataSchema.safeParse(data).success).toBe(true);
}

describe('text hygiene', () => {
  it('buildGraphData removes them before taking offsets', async () => {
    const data = buildGraphData(DIRTY, { documentId: 'dirty', segmenter: await getNodeSegmenter() });
    expectClean(data);
  });

  it('the command line writes a graph without them', async () => {
    writeFileSync(join(tmp, 'dirty.txt'), DIRTY);
    let stderr = '';
    const code = await run(['dirty.txt', '--out', 'out', '--no-lexicon'], {
      stdout: { write: () => true },
      stderr: { write: (c: string) => (stderr += c) },
      cwd: tmp,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectClean(GraphDataSchema.parse(JSON.parse(readFileSync(join(tmp, 'out', 'graph.json'), 'utf8'))));
  });
});
