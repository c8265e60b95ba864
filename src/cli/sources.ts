/** The bundled source documents (graph-data/sources/*.txt); light enough for `npm start`'s quick check. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from './args';
import { CliError, describeFsError } from './errors';

/** The repository root: src/cli/../.. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Source documents bundled with the project: graph-data/sources/*.txt, sorted. */
export async function listSources(root: string): Promise<{ id: string; path: string }[]> {
  const dir = join(root, 'graph-data', 'sources');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new CliError(`cannot list sources: ${describeFsError(error, dir)}`);
  }
  return names
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ id: slugify(n), path: join(dir, n) }));
}
