import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/errors.ts
var AnnounceError = class extends Error {
  constructor(message, exitCode, options) {
    super(message, options);
    this.exitCode = exitCode;
    this.name = new.target.name;
  }
  exitCode;
};
var ConfigError = class extends AnnounceError {
  constructor(message, options) {
    super(message, 2, options);
  }
};
var LedgerError = class extends AnnounceError {
  constructor(message, options) {
    super(message, 2, options);
  }
};
var DeliveryError = class extends AnnounceError {
  /**
   * The server may have acted on the request (no answer came back: a timeout, a dropped connection, a 5xx) and that
   * could not be checked. The run keeps the delivery's pending mark, so the next run looks it up before sending it
   * again, exactly as after a run killed mid-delivery. False for a definite refusal (the server did nothing).
   */
  unsettled;
  /** The transport rejected our credentials: a configuration problem (exit 2), though nothing was delivered either. */
  credentials;
  constructor(message, options) {
    super(message, options?.credentials ? 2 : 1, options && "cause" in options ? { cause: options.cause } : void 0);
    this.unsettled = options?.unsettled ?? false;
    this.credentials = options?.credentials ?? false;
  }
};

export {
  AnnounceError,
  ConfigError,
  LedgerError,
  DeliveryError
};
