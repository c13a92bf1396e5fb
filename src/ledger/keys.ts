import { createHash } from 'node:crypto';
import type { Event } from '../content/event.js';
import type { Channel, MessageKind } from '../model.js';
import type { Said } from './types.js';

/**
 * The ledger key of one message: kind, subject (event id or digest period, with a variant such as the
 * reminder's minutes or an update's sequence), channel and destination. The destination is part of the
 * key so that an outbox delivery never counts as sent for a real transport configured later. It is `smtp`
 * or `outbox` for email (emailDestination), the channel for a Slack bot, `webhook`, or `outbox` for Slack.
 */
export function deliveryKey(kind: MessageKind, subject: string, channel: Channel, destination: string): string {
  return `${kind}:${subject}:${channel}:${destination}`;
}

const hash = (text: string, length = 16): string => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * The destination of an email's key: `smtp` for any real SMTP transport, `outbox` for the outbox folder. Neither
 * the relay nor the recipients are part of it: moving to another server, port or provider sends nothing again, and
 * neither does changing `email.to`, `cc` or `bcc` (adding a bcc must not send this period's digest to everyone a
 * second time); new recipients get the messages planned after the change. A message written to the outbox never
 * counts as sent by SMTP.
 */
export function emailDestination(transport: 'smtp' | 'outbox'): 'smtp' | 'outbox' {
  return transport === 'outbox' ? 'outbox' : 'smtp';
}

/**
 * Earlier versions keyed email by the relay (`smtp://host:port`) or by a hash of the recipients (`list:<hash>`).
 * Such a key names a real SMTP delivery: read it as `smtp`, so that upgrading sends nothing again. When two old
 * keys meet (the list or the relay changed in between), the later delivery is kept. Returns the new key, or null
 * when the key needs no change.
 */
export function migratedEmailKey(key: string, record: { channel: string; destination: string }): string | null {
  if (record.channel !== 'email' || record.destination === 'smtp' || record.destination === 'outbox') return null;
  const suffix = `:email:${record.destination}`;
  if (!key.endsWith(suffix)) return null;
  return `${key.slice(0, key.length - suffix.length)}:email:smtp`;
}

/** What a message says about a talk, with the fingerprint that detects a change worth an update. */
export function saidOf(event: Event, cancelled = false): Said {
  const base = {
    title: event.title,
    start: event.start.toISOString(),
    end: event.end ? event.end.toISOString() : null,
    location: event.location,
    speakers: event.speakers.map((s) => ({ name: s.name, affiliation: s.affiliation, url: s.url })),
  };
  return {
    ...base,
    permalink: event.permalink,
    address: event.address,
    allDay: event.allDay,
    cancelled,
    fingerprint: fingerprintOf({ ...base, cancelled }),
    details: hash(JSON.stringify([event.abstract ?? event.summary, event.bio])),
  };
}

export function fingerprintOf(said: Pick<Said, 'title' | 'start' | 'end' | 'location' | 'speakers' | 'cancelled'>): string {
  return hash(
    JSON.stringify([
      said.start,
      said.end,
      said.location,
      said.title,
      said.speakers.map((s) => [s.name, s.affiliation, s.url]),
      said.cancelled,
    ]),
  );
}

/**
 * A Message-ID that depends only on the ledger key, so a message sent again after a crash carries the same
 * id and mail clients and list servers can recognise the copy.
 */
export function messageIdFor(key: string, kind: MessageKind, subject: string, host: string): string {
  const local = subject
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `<${kind}.${local}-${hash(key, 12)}@${host}>`;
}
