import { mkdtemp, readFile, rm, writeFile, appendFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerError } from '../src/errors.js';
import {
  journalPath,
  lockPath,
  openLedger,
  readLedger,
  type DeliveryRecord,
  type PendingRecord,
} from '../src/ledger/index.js';
import { ledgerJsonSchema } from '../src/ledger/json-schema.js';
import { deliveryKey, emailDestination, fingerprintOf, messageIdFor, saidOf } from '../src/ledger/keys.js';
import { anEvent } from './support/builders.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let dir: string;
let state: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ledger-'));
  state = path.join(dir, '.announce', 'state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function aRecord(n: number, over: Partial<DeliveryRecord> = {}): DeliveryRecord {
  const e = anEvent({ id: `event/talk-${n}` });
  return {
    kind: 'announcement',
    channel: 'email',
    destination: 'smtp',
    events: [e.id],
    period: null,
    status: 'sent',
    sentAt: '2024-11-18T08:00:01.000Z',
    at: '2024-11-18T08:00:00.000Z',
    said: { [e.id]: saidOf(e) },
    sequence: 0,
    messageId: `<announcement.talk-${n}@seminars.example.org>`,
    slack: null,
    scheduled: null,
    minutesBefore: null,
    paths: { [e.id]: e.path },
    ...over,
  };
}
const keyOf = (n: number) => deliveryKey('announcement', `event/talk-${n}`, 'email', 'smtp');
const pendingOf = (n: number): PendingRecord => ({ since: '2024-11-18T08:00:00.500Z', threadTs: null, text: null, record: aRecord(n) });

describe('ledger file', () => {
  it('starts empty, records deliveries, and folds them into a versioned state file on close', async () => {
    const ledger = await openLedger(state, { staleMs: 2000 });
    expect(ledger.data().deliveries).toEqual({});
    ledger.begin(keyOf(1), pendingOf(1));
    ledger.complete(keyOf(1), aRecord(1));
    expect(existsSync(journalPath(state))).toBe(true);
    await ledger.close();
    const written = JSON.parse(await readFile(state, 'utf8'));
    expect(written.version).toBe(1);
    expect(written.deliveries[keyOf(1)]).toEqual(aRecord(1));
    expect(written.pending).toBeUndefined();
    expect(existsSync(journalPath(state))).toBe(false);
    expect(existsSync(lockPath(state))).toBe(false);
    expect(await readLedger(state)).toEqual({ version: 1, deliveries: { [keyOf(1)]: aRecord(1) }, pending: {} });
  });

  it('does not rewrite the state file when a run recorded nothing', async () => {
    const first = await openLedger(state, { staleMs: 2000 });
    first.complete(keyOf(1), aRecord(1));
    await first.close();
    const before = (await stat(state)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const second = await openLedger(state, { staleMs: 2000 });
    await second.close();
    expect((await stat(state)).mtimeMs).toBe(before);
  });

  it('keeps what a killed run recorded: the journal is replayed, a torn last line is dropped', async () => {
    const ledger = await openLedger(state, { staleMs: 2000 });
    ledger.complete(keyOf(1), aRecord(1));
    ledger.begin(keyOf(2), pendingOf(2));
    // The process dies here, in the middle of writing another line.
    await appendFile(journalPath(state), '{"op":"done","key":"announcement:event/tal');
    const seen = await readLedger(state);
    expect(Object.keys(seen.deliveries)).toEqual([keyOf(1)]);
    expect(Object.keys(seen.pending)).toEqual([keyOf(2)]);
    await ledger.close();
    // The next run folds it in and can append cleanly after the torn line.
    const next = await openLedger(state, { staleMs: 2000 });
    expect(Object.keys(next.data().deliveries)).toEqual([keyOf(1)]);
    expect(Object.keys(next.data().pending)).toEqual([keyOf(2)]);
    next.abandon(keyOf(2));
    next.complete(keyOf(3), aRecord(3));
    await next.close();
    const final = await readLedger(state);
    expect(Object.keys(final.deliveries).sort()).toEqual([keyOf(1), keyOf(3)].sort());
    expect(final.pending).toEqual({});
  });

  it('refuses a corrupt state file or journal, an unknown version, or a wrong shape, with a clear message and exit 2', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{"version": 1, "deliveries": {', /not valid JSON.*never reset automatically/s],
      ['{"version": 2, "deliveries": {}}', /version 2; this program reads version 1/],
      ['{"deliveries": {}}', /no version/],
      ['[]', /no version/],
      ['{"version": 1, "deliveries": {"k": {"kind": "party"}}}', /not valid: deliveries\.k\./],
    ];
    for (const [text, message] of cases) {
      await writeFile(path.join(dir, 'bad.json'), text);
      const error = await readLedger(path.join(dir, 'bad.json')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LedgerError);
      expect((error as LedgerError).exitCode).toBe(2);
      expect((error as Error).message).toMatch(message);
      await expect(openLedger(path.join(dir, 'bad.json'), { staleMs: 2000 })).rejects.toThrow(message);
    }
    // A damaged line in the middle of the journal is not a torn write.
    await writeFile(path.join(dir, 'j.json.journal'), 'garbage\n{"op":"failed","key":"k"}\n');
    await expect(readLedger(path.join(dir, 'j.json'))).rejects.toThrow(/j\.json\.journal:1: not valid JSON/);
    // The refused file is left exactly as it was.
    expect(readFileSync(path.join(dir, 'bad.json'), 'utf8')).toBe(cases.at(-1)![0]);
  });

  it('fails before anything is sent when the state folder cannot be written', async () => {
    await writeFile(path.join(dir, 'not-a-folder'), 'x');
    const error = await openLedger(path.join(dir, 'not-a-folder', 'state.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as Error).message).toMatch(/cannot create the ledger folder/);
  });

  it('locks out a concurrent run until the first one is done; a run that cannot wait fails with exit 2', async () => {
    const first = await openLedger(state, { staleMs: 2000 });
    const error = await openLedger(state, { staleMs: 2000, waitMs: 600 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect((error as Error).message).toMatch(/locked by another run/);
    const waiting = openLedger(state, { staleMs: 2000, waitMs: 10_000 });
    first.complete(keyOf(1), aRecord(1));
    await new Promise((r) => setTimeout(r, 300));
    await first.close();
    const second = await waiting;
    // The second run sees what the first recorded while it waited.
    expect(Object.keys(second.data().deliveries)).toEqual([keyOf(1)]);
    await second.close();
  });

  it('takes over the lock of a run that was killed once it is stale', async () => {
    const { mkdir, utimes } = await import('node:fs/promises');
    await mkdir(lockPath(state), { recursive: true });
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath(state), old, old);
    const ledger = await openLedger(state, { staleMs: 2000, waitMs: 1000 });
    await ledger.close();
  });

  it('records in constant time per delivery: 10× the deliveries cost about 10× the time', async () => {
    const time = async (n: number) => {
      const file = path.join(dir, `s${n}`, 'state.json');
      const ledger = await openLedger(file, { staleMs: 2000 });
      const records = Array.from({ length: n }, (_, i) => aRecord(i));
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        ledger.begin(keyOf(i), { since: '2024-11-18T08:00:00.000Z', threadTs: null, text: null, record: records[i]! });
        ledger.complete(keyOf(i), records[i]!);
      }
      const recording = performance.now() - t0;
      await ledger.close();
      expect(Object.keys((await readLedger(file)).deliveries)).toHaveLength(n);
      return recording;
    };
    await time(200); // warm-up
    // The best of three of each size: other work on the machine only ever adds time.
    const small = Math.min(await time(1000), await time(1000), await time(1000));
    const large = Math.min(await time(10_000), await time(10_000), await time(10_000));
    expect(large / small).toBeLessThan(20);
  });
});

describe('keys, fingerprints and Message-IDs', () => {
  it('keys name kind, subject, channel and destination', () => {
    expect(deliveryKey('reminder', 'event/a@60m', 'slack', '#seminars')).toBe('reminder:event/a@60m:slack:#seminars');
  });
  it('an email destination is `smtp` for any SMTP transport, whatever the relay or recipients, or `outbox`', () => {
    expect(emailDestination('smtp')).toBe('smtp');
    expect(emailDestination('outbox')).toBe('outbox');
  });
  it('email keys of earlier versions (list:<hash>, smtp://host:port) are read as smtp, keeping the later delivery', async () => {
    const old = (dest: string, sentAt: string) => aRecord(1, { destination: dest, sentAt });
    const file = {
      version: 1,
      deliveries: {
        [deliveryKey('announcement', 'event/talk-1', 'email', 'list:818ff854cf21')]: old('list:818ff854cf21', '2024-11-18T08:00:01.000Z'),
        [deliveryKey('announcement', 'event/talk-1', 'email', 'smtp://mail.example.org:587')]: old('smtp://mail.example.org:587', '2024-11-11T08:00:01.000Z'),
        [deliveryKey('announcement', 'event/talk-2', 'email', 'outbox')]: aRecord(2, { destination: 'outbox' }),
      },
      pending: { [deliveryKey('announcement', 'event/talk-3', 'email', 'list:0123456789ab')]: { ...pendingOf(3), record: aRecord(3, { destination: 'list:0123456789ab' }) } },
    };
    await writeFile(path.join(dir, 'old.json'), JSON.stringify(file));
    const data = await readLedger(path.join(dir, 'old.json'));
    expect(Object.keys(data.deliveries).sort()).toEqual([keyOf(1), deliveryKey('announcement', 'event/talk-2', 'email', 'outbox')]);
    expect(data.deliveries[keyOf(1)]).toEqual(aRecord(1, { destination: 'smtp', sentAt: '2024-11-18T08:00:01.000Z' }));
    expect(Object.keys(data.pending)).toEqual([keyOf(3)]);
    expect(data.pending[keyOf(3)]!.record.destination).toBe('smtp');
  });
  it('fingerprints change with what a message says and only with that', () => {
    const e = anEvent();
    const f = saidOf(e).fingerprint;
    expect(saidOf({ ...e, abstract: 'other' }).fingerprint).toBe(f);
    expect(saidOf({ ...e, permalink: 'https://x.example/' }).fingerprint).toBe(f);
    for (const change of [
      { start: new Date('2024-11-21T14:00:00Z') },
      { end: new Date('2024-11-21T15:00:00Z') },
      { location: 'Room 2' },
      { title: 'Other' },
      { speakers: [{ name: 'Someone Else', affiliation: null, url: null }] },
    ])
      expect(saidOf({ ...e, ...change }).fingerprint).not.toBe(f);
    expect(saidOf(e, true).fingerprint).not.toBe(f);
    expect(fingerprintOf(saidOf(e))).toBe(f);
  });
  it('Message-IDs are deterministic per key and valid', () => {
    const k = deliveryKey('announcement', 'event/MERT seminar', 'email', 'smtp://h:587');
    const id = messageIdFor(k, 'announcement', 'event/MERT seminar', 'seminars.example.org');
    expect(id).toBe(messageIdFor(k, 'announcement', 'event/MERT seminar', 'seminars.example.org'));
    expect(id).toMatch(/^<announcement\.event-mert-seminar-[0-9a-f]{12}@seminars\.example\.org>$/);
    expect(messageIdFor(k.replace('h:587', 'outbox'), 'announcement', 'event/MERT seminar', 'seminars.example.org')).not.toBe(id);
  });
});

describe('JSON Schema', () => {
  it('the committed schema/state.schema.json is generated from the validating schema', () => {
    const committed = JSON.parse(readFileSync(path.join(here, '../schema/state.schema.json'), 'utf8'));
    expect(committed).toEqual(ledgerJsonSchema());
    expect(committed.properties.version.const).toBe(1);
  });
});
