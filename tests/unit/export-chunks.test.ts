/** The exporters' pieces, joined, are byte for byte the files (the command line writes the pieces). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../src/core/pipeline/export';
import { parseGraphData, type GraphData } from '../../src/core/pipeline/schema';

function graph(path: string): GraphData {
  const parsed = parseGraphData(JSON.parse(readFileSync(resolve(process.cwd(), path), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.data;
}

describe('export pieces', () => {
  it.each(['graph-data/graphs/hangzhou-2022-07-27/graph.json', 'tests/fixtures/mini-graph.json'])('%s', (path) => {
    const data = graph(path);
    for (const e of EXPORTERS) expect([...e.chunks(data)].join(''), e.name).toBe(e.make(data));
    // And graph.json is what the command line committed.
    if (path.startsWith('graph-data'))
      expect([...EXPORTERS[0]!.chunks(data)].join('')).toBe(readFileSync(resolve(process.cwd(), path), 'utf8'));
  });
});
