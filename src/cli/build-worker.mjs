// Entry of the build worker (build.ts): loads the TypeScript build through tsx, whatever started the
// main thread (npm run graph, the tests), then runs it on the job in workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { buildFiles } = await tsImport('./build-files.ts', import.meta.url);
try {
  const summary = await buildFiles(workerData, (message) => parentPort.postMessage(message));
  parentPort.postMessage({ type: 'done', summary });
} catch (error) {
  const expected = error instanceof Error && error.name === 'CliError';
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  parentPort.postMessage({ type: expected ? 'failed' : 'crashed', message });
}
