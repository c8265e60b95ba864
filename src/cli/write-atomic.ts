/**
 * All-or-nothing output of a set of files into a directory, in one call (output-set.ts does the work:
 * temporary directory, lock, swap by renames, recovery of interrupted runs). On failure the directory
 * is left exactly as it was and the error is a one-line CliError.
 */
import { commitOutput, discardOutput, prepareOutput, writeOutputFiles, type OutputFile } from './output-set';

export type { OutputFile };

/** Writes all files into `dir` atomically as a set. Throws CliError on failure. */
export async function writeFilesAtomic(
  dir: string,
  files: readonly OutputFile[],
  label = dir,
): Promise<void> {
  const pending = await prepareOutput(dir, label);
  try {
    await writeOutputFiles(pending, files);
    await commitOutput(pending);
  } catch (error) {
    await discardOutput(pending);
    throw error;
  }
}
