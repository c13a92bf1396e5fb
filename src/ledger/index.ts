export type { Channel, Said, DeliveryRecord, PendingRecord, LedgerData } from './types.js';
export { LEDGER_VERSION, emptyLedger } from './types.js';
export { deliveryKey, emailDestination, saidOf, fingerprintOf, messageIdFor } from './keys.js';
export type { LedgerStore, OpenLedgerOptions } from './store.js';
export { readLedger, openLedger, parseLedger, replayJournal, writeLedgerFile, memoryLedger, journalPath, lockPath } from './store.js';
export { LedgerFileSchema } from './schema.js';
export { lastTold, sequencesSent, startsTerm } from './told.js';
