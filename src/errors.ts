/** Expected failures: the CLI prints `message` (scrubbed of secrets) and exits with `exitCode`. */
export class AnnounceError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Bad usage or configuration (exit 2). */
export class ConfigError extends AnnounceError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 2, options);
  }
}

/** The ledger cannot be trusted (corrupt, unknown version, locked, unwritable): stop before sending (exit 2). */
export class LedgerError extends AnnounceError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 2, options);
  }
}

/** A delivery failed; it stays unrecorded and the next run retries it (exit 1). */
export class DeliveryError extends AnnounceError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 1, options);
  }
}
