import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  LEDGER_VERSION,
  LedgerFileSchema,
  emptyLedger,
  journalPath,
  lockPath,
  memoryLedger,
  openLedger,
  parseLedger,
  readLedger,
  replayJournal,
  writeLedgerFile
} from "./chunk-KWK4ORGV.mjs";
import "./chunk-AHOHJC3M.mjs";
import "./chunk-2M5JV6TR.mjs";
import {
  deliveryKey,
  emailDestination,
  fingerprintOf,
  messageIdFor,
  saidOf
} from "./chunk-CBSC5HSP.mjs";
import "./chunk-AB2RRW36.mjs";
export {
  LEDGER_VERSION,
  LedgerFileSchema,
  deliveryKey,
  emailDestination,
  emptyLedger,
  fingerprintOf,
  journalPath,
  lockPath,
  memoryLedger,
  messageIdFor,
  openLedger,
  parseLedger,
  readLedger,
  replayJournal,
  saidOf,
  writeLedgerFile
};
