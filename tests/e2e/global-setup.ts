/**
 * Serves the production build (dist/) on a free port for the browser tests and provides its URL
 * (`inject('baseUrl')`). `npm run test:e2e` builds first; a missing build or browser fails fast.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';
import { CHROMIUM_PATH, chromiumMissingMessage } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(chromiumMissingMessage());
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`no production build in ${dist}: run \`npm run test:e2e\` (vite build first)`);
  }
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
