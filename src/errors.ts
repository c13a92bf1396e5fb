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

/**
 * A delivery failed; it stays unrecorded and the next run retries it (exit 1). The one rule for credentials: when the
 * transport rejected ours (SMTP 535 at the connection check or at sending, Slack invalid_auth and the like), the
 * failure is `credentials` and exits 2, as configuration does: no retry helps until SMTP_URL or the token is fixed.
 */
export class DeliveryError extends AnnounceError {
  /**
   * The server may have acted on the request (no answer came back: a timeout, a dropped connection, a 5xx) and that
   * could not be checked. The run keeps the delivery's pending mark, so the next run looks it up before sending it
   * again, exactly as after a run killed mid-delivery. False for a definite refusal (the server did nothing).
   */
  readonly unsettled: boolean;
  /** The transport rejected our credentials: a configuration problem (exit 2), though nothing was delivered either. */
  readonly credentials: boolean;

  constructor(message: string, options?: { cause?: unknown; unsettled?: boolean; credentials?: boolean }) {
    super(message, options?.credentials ? 2 : 1, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.unsettled = options?.unsettled ?? false;
    this.credentials = options?.credentials ?? false;
  }
}
