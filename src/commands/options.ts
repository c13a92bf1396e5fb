import type { ContextRequest } from '../context.js';

/** Options every command accepts (SPEC.md "Commands"). */
export interface GlobalOptions extends ContextRequest {
  /** The clock: parsed from --now at the CLI edge, else the system clock. */
  now: Date;
  dryRun: boolean;
  channel?: 'email' | 'slack';
  json: boolean;
  env: NodeJS.ProcessEnv;
  /** Where commands write their report (stdout in the CLI, a buffer in tests). */
  out: (line: string) => void;
  /** For large outputs: resolves when the stream can take more (a pipe that is read slowly must not
   *  make the program buffer everything in memory). Falls back to `out` when absent. */
  writeOut?: (chunk: string) => Promise<void>;
  /** Warnings and progress (stderr in the CLI). */
  err: (line: string) => void;
  /**
   * A workflow command (`::error file=…::…`, built by workflowCommand) in GitHub Actions, printed as it is. In Actions,
   * what `out` and `err` print is made inert (see workflow-commands.ts): this is the one way a command gets through.
   */
  command?: (line: string, stream: 'out' | 'err') => void;
}

export interface RunOptions extends GlobalOptions {
  event?: string;
  force: boolean;
  /** --allow-mass-cancel (run, announce, plan). */
  allowMassCancel?: boolean;
}

export interface PreviewOptions extends GlobalOptions {
  event?: string;
  outDir?: string;
  serve: boolean;
  port?: number;
}

export interface CalendarOptions extends GlobalOptions {
  /** Where to write the feed (`--out`); stdout when absent. */
  outFile?: string;
  /** Writes the feed to stdout as it is (its lines end in CRLF: nothing is added). */
  writeRaw: (chunk: string) => Promise<void>;
}
