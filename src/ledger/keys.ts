import { createHash } from 'node:crypto';
import type { Event } from '../content/event.js';
import type { MessageKind } from '../render/types.js';
import type { Channel, Said } from './types.js';

/**
 * The ledger key of one message: kind, subject (event id or digest period, with a variant such as the
 * reminder's minutes or an update's sequence), channel and destination. The destination is part of the
 * key so that an outbox delivery never counts as sent for a real transport configured later. It names who
 * receives the message: the list's addresses for email (emailDestination), the channel for a Slack bot,
 * `webhook`, or `outbox`.
 */
export function deliveryKey(kind: MessageKind, subject: string, channel: Channel, destination: string): string {
  return `${kind}:${subject}:${channel}:${destination}`;
}

const hash = (text: string, length = 16): string => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * The destination of an email's key: who receives it, not the relay that carries it, so that moving to another
 * SMTP server or port sends nothing again, while a changed list counts as not yet told. `list:` and a short
 * hash of the addresses in to, cc and bcc (display names dropped, lower-cased, sorted). The outbox stays
 * `outbox`: a message written there never counts as sent to the list.
 */
export function emailDestination(transport: 'smtp' | 'outbox', email: { to: string[]; cc: string[]; bcc: string[] }): string {
  if (transport === 'outbox') return 'outbox';
  const address = (a: string) => (/<([^<>]*)>\s*$/.exec(a)?.[1] ?? a).trim().toLowerCase();
  const all = [...new Set([...email.to, ...email.cc, ...email.bcc].map(address).filter((a) => a !== ''))].sort();
  return `list:${hash(all.join(','), 12)}`;
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
    allDay: event.allDay,
    cancelled,
    fingerprint: fingerprintOf({ ...base, cancelled }),
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
