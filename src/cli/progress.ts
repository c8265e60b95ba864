/** Stage progress on stderr for long inputs: one updating line on a terminal, plain lines otherwise. */
import type { ProgressFn } from '../core/pipeline/types';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  onProgress: ProgressFn;
  /** Ends the updating line (terminal) so later output starts on a fresh line. */
  done(): void;
}

/** A progress reporter writing to `stream`, or a silent one when `enabled` is false. */
export function createProgress(stream: ProgressStream, enabled: boolean, prefix = 'policy-graph'): Progress {
  if (!enabled) return { onProgress: () => undefined, done: () => undefined };
  let lastStage = '';
  let lastPercent = -1;
  let open = false;
  if (stream.isTTY) {
    return {
      onProgress(stage, fraction) {
        const percent = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
        if (stage === lastStage && percent === lastPercent) return;
        lastStage = stage;
        lastPercent = percent;
        stream.write(`\r\x1b[K${prefix}: ${stage} ${percent}%`);
        open = true;
      },
      done() {
        if (open) stream.write('\r\x1b[K');
        open = false;
      },
    };
  }
  return {
    onProgress(stage) {
      if (stage === lastStage) return;
      lastStage = stage;
      stream.write(`${prefix}: ${stage}…\n`);
    },
    done: () => undefined,
  };
}
