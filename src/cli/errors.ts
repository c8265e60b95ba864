/** An expected failure (bad input, bad option, unwritable output): one line on stderr, exit code 2. */
export class CliError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** A one-line description of a Node file-system error, without the stack or the syscall noise. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return `no such file or directory: ${path}`;
    case 'EISDIR':
      return `${path} is a directory, not a file`;
    case 'ENOTDIR':
      return `${path}: a part of the path is a file, not a directory`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${path}`;
    case 'EROFS':
      return `read-only file system: ${path}`;
    case 'ENOSPC':
      return `no space left on device: ${path}`;
    case 'EEXIST':
      return `${path} exists and is not a directory`;
    default:
      return `${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}
