import { parseGraphData, type GraphData } from '../../core/pipeline/schema';

export type LoadResult = { ok: true; data: GraphData } | { ok: false; error: string };

/** Fetches and validates a graph file; every failure is one line. */
export async function loadGraphFile(url: string, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (err) {
    return {
      ok: false,
      error: `network error (${err instanceof Error ? err.message.split('\n')[0] : 'failed'})`,
    };
  }
  if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  return parseGraphData(json);
}

/** Resolves a `graph` URL parameter against the page; null when it would leave this origin. */
export function sameOriginUrl(value: string, base: string): string | null {
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin ? url.href : null;
  } catch {
    return null;
  }
}
