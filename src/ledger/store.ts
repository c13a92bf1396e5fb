import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import writeFileAtomic from 'write-file-atomic';
import { LedgerError } from '../errors.js';
import { migratedEmailKey } from './keys.js';
import { JournalLineSchema, LedgerFileSchema } from './schema.js';
import { emptyLedger, LEDGER_VERSION, type DeliveryRecord, type LedgerData, type PendingRecord } from './types.js';

/**
 * The ledger as the run sees it. Recording is synchronous and O(1): each event is one line appended to
 * a journal beside the state file, so the instant between a server's acceptance and its record is a
 * single write(2), and recording n deliveries costs O(n). `close()` folds the journal into the state
 * file (one atomic rewrite per run) and releases the lock.
 */
export interface LedgerStore {
  readonly path: string;
  /** The current contents, including what this run recorded. */
  data(): LedgerData;
  /** Marks a delivery as started: if the run dies before `complete`, the next run knows it may have gone out. */
  begin(key: string, pending: PendingRecord): void;
  complete(key: string, record: DeliveryRecord): void;
  /** The attempt definitely did not deliver (the server refused it): forget the pending mark. */
  abandon(key: string): void;
  /** Throws LedgerError when the lock was lost, so no further delivery starts. */
  assertHeld(): void;
  close(): Promise<void>;
}

export const journalPath = (statePath: string) => `${statePath}.journal`;
export const lockPath = (statePath: string) => `${statePath}.lock`;

const RESET_ADVICE =
  'It is never reset automatically, since that would send every message again: restore it (e.g. `git checkout -- <file>`) or repair it by hand.';

/** Reads the ledger without locking it (plan, dry runs). A missing file is an empty ledger. */
export async function readLedger(statePath: string): Promise<LedgerData> {
  const data = parseLedger(await readOptional(statePath), statePath);
  const journal = await readOptional(journalPath(statePath));
  if (journal !== null) replayJournal(data, journal, journalPath(statePath));
  migrateEmailKeys(data);
  return data;
}

/** Email keys of earlier versions (`…:email:list:<hash>`, `…:email:smtp://host:port`) read as `…:email:smtp`. */
export function migrateEmailKeys(data: LedgerData): void {
  for (const [key, record] of Object.entries(data.deliveries)) {
    const to = migratedEmailKey(key, record);
    if (to === null) continue;
    delete data.deliveries[key];
    const other = data.deliveries[to];
    if (!other || Date.parse(other.sentAt) <= Date.parse(record.sentAt)) data.deliveries[to] = { ...record, destination: 'smtp' };
  }
  for (const [key, pending] of Object.entries(data.pending)) {
    const to = migratedEmailKey(key, pending.record);
    if (to === null) continue;
    delete data.pending[key];
    data.pending[to] = { ...pending, record: { ...pending.record, destination: 'smtp' } };
  }
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new LedgerError(`cannot read the ledger ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Parses the text of a state file; null (no file) is an empty ledger. */
export function parseLedger(text: string | null, shownPath: string): LedgerData {
  if (text === null) return emptyLedger();
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new LedgerError(`the ledger ${shownPath} is not valid JSON (${(error as Error).message}). ${RESET_ADVICE}`, {
      cause: error,
    });
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (version !== LEDGER_VERSION) {
    throw new LedgerError(
      `the ledger ${shownPath} has ${version === undefined ? 'no version' : `version ${JSON.stringify(version)}`}; ` +
        `this program reads version ${LEDGER_VERSION}. ${RESET_ADVICE}`,
    );
  }
  const parsed = LedgerFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`)
      .join('; ');
    throw new LedgerError(`the ledger ${shownPath} is not valid: ${issues}. ${RESET_ADVICE}`, { cause: parsed.error });
  }
  return { version: LEDGER_VERSION, deliveries: parsed.data.deliveries, pending: parsed.data.pending ?? {} };
}

/**
 * Applies journal lines in order. A last line without its newline is a write cut short by a kill: it
 * recorded nothing and is dropped. Any other unreadable line means the file was damaged.
 */
export function replayJournal(data: LedgerData, text: string, shownPath: string): void {
  const lines = text.split('\n');
  const torn = lines.pop();
  void torn;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed;
    try {
      parsed = JournalLineSchema.safeParse(JSON.parse(line));
    } catch (error) {
      throw new LedgerError(`${shownPath}:${index + 1}: not valid JSON. ${RESET_ADVICE}`, { cause: error });
    }
    if (!parsed.success) throw new LedgerError(`${shownPath}:${index + 1}: not a ledger entry. ${RESET_ADVICE}`);
    const entry = parsed.data;
    if (entry.op === 'pending') data.pending[entry.key] = entry.pending;
    else {
      delete data.pending[entry.key];
      if (entry.op === 'done') data.deliveries[entry.key] = entry.record;
    }
  });
}

export interface OpenLedgerOptions {
  /** Milliseconds after which a lock left by a killed run is taken over (proper-lockfile `stale`, ≥ 2000). */
  staleMs?: number;
  /** How long to wait for a concurrent run to finish, in milliseconds. */
  waitMs?: number;
}

/** Locks the ledger against concurrent runs and reads it. Throws LedgerError before anything is sent. */
export async function openLedger(statePath: string, opts: OpenLedgerOptions = {}): Promise<LedgerStore> {
  const dir = path.dirname(statePath);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new LedgerError(`cannot create the ledger folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const stale = Math.max(opts.staleMs ?? 10_000, 2000);
  const waitMs = opts.waitMs ?? 120_000;
  let compromised: Error | null = null;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(statePath, {
      realpath: false,
      lockfilePath: lockPath(statePath),
      stale,
      retries: { retries: Math.ceil(waitMs / 500), factor: 1, minTimeout: 500, maxTimeout: 500 },
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'ELOCKED')
      throw new LedgerError(
        `the ledger ${statePath} is locked by another run that did not finish within ${Math.round(waitMs / 1000)} s; ` +
          `if no run is active, remove ${lockPath(statePath)}`,
        { cause: error },
      );
    throw new LedgerError(`cannot lock the ledger ${statePath}: ${e.message}`, { cause: error });
  }

  let data: LedgerData;
  let fd: number;
  try {
    data = await readLedger(statePath);
    // A journal left by a killed run is folded in first, so that our lines never follow a torn one.
    if (await readOptional(journalPath(statePath))) {
      await writeLedgerFile(statePath, data);
      await unlink(journalPath(statePath));
    }
    // Opening the journal now also proves the folder is writable before anything is sent.
    fd = openSync(journalPath(statePath), 'a');
  } catch (error) {
    await release().catch(() => undefined);
    if (error instanceof LedgerError) throw error;
    throw new LedgerError(`cannot write the ledger beside ${statePath}: ${(error as Error).message}`, { cause: error });
  }

  let appended = 0;
  let closed = false;
  const append = (line: object) => {
    if (closed) throw new LedgerError('the ledger was used after it was closed');
    // One write(2) per entry: a process killed after it returns keeps the entry (the kernel has it);
    // fsync would only add protection against power loss, at a cost paid inside the duplicate window.
    writeSync(fd, JSON.stringify(line) + '\n');
    appended++;
  };

  return {
    path: statePath,
    data: () => data,
    begin(key, pending) {
      append({ op: 'pending', key, pending });
      data.pending[key] = pending;
    },
    complete(key, record) {
      append({ op: 'done', key, record });
      delete data.pending[key];
      data.deliveries[key] = record;
    },
    abandon(key) {
      if (!(key in data.pending)) return;
      append({ op: 'failed', key });
      delete data.pending[key];
    },
    assertHeld() {
      if (compromised)
        throw new LedgerError(`lost the lock on ${statePath} (${(compromised as Error).message}); stopping before sending more`);
    },
    async close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
      try {
        // After losing the lock another run may own the files: leave the journal for the next run to fold in.
        if (compromised) return;
        if (appended > 0) await writeLedgerFile(statePath, data);
        await unlink(journalPath(statePath)).catch(() => undefined);
      } finally {
        await release().catch(() => undefined);
      }
    },
  };
}

/** Writes the whole ledger atomically (temp file + rename), keys sorted so that diffs in git stay small. */
export async function writeLedgerFile(statePath: string, data: LedgerData): Promise<void> {
  const sorted = <T>(rec: Record<string, T>) =>
    Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k] as T]));
  const out: Record<string, unknown> = { version: data.version, deliveries: sorted(data.deliveries) };
  if (Object.keys(data.pending).length > 0) out.pending = sorted(data.pending);
  try {
    await writeFileAtomic(statePath, JSON.stringify(out, null, 2) + '\n');
  } catch (error) {
    throw new LedgerError(`cannot write the ledger ${statePath}: ${(error as Error).message}`, { cause: error });
  }
}

/** A ledger held in memory, for tests and dry runs. */
export function memoryLedger(initial: LedgerData = emptyLedger()): LedgerStore {
  const data = structuredClone(initial);
  return {
    path: ':memory:',
    data: () => data,
    begin(key, pending) {
      data.pending[key] = pending;
    },
    complete(key, record) {
      delete data.pending[key];
      data.deliveries[key] = record;
    },
    abandon(key) {
      delete data.pending[key];
    },
    assertHeld() {},
    async close() {},
  };
}
