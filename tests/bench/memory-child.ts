/**
 * Runs `npm run graph` in this process with the arguments given, then prints one JSON line: the exit
 * code and this process's peak resident set size (process.resourceUsage().maxRSS, KB; it counts the
 * build worker too, a thread of this process). Started by memory.ts, one process per measurement.
 */
import { run } from '../../src/cli/main';

const code = await run(process.argv.slice(2), {
  stdout: { write: () => true },
  stderr: process.stderr,
  cwd: process.cwd(),
});
process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
