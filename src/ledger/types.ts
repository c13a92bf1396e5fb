import type { Channel, MessageKind } from '../model.js';

export type { Channel } from '../model.js';

/** What a message told people about one talk: the fields whose change warrants an update notice. */
export interface Said {
  title: string;
  /** ISO 8601 UTC. */
  start: string;
  end: string | null;
  location: string | null;
  speakers: Array<{ name: string; affiliation: string | null; url: string | null }>;
  /** Not part of the fingerprint: kept so a cancellation of a deleted page can still name it. */
  permalink: string;
  /** Not part of the fingerprint: the address told with the location, so a cancellation of a deleted page repeats it.
   *  Absent in deliveries recorded before it was kept. */
  address?: string | null;
  allDay: boolean;
  /** True once a cancellation notice went out, or when a cancelled talk was announced with --force. */
  cancelled: boolean;
  /**
   * Why Hugo did not publish the page when this was said (`announce --event --force`); absent when it was
   * published. Until the page has been published, its staying unpublished is no reason for a cancellation.
   * Not part of the fingerprint.
   */
  unpublished?: 'draft' | 'future' | 'expired';
  /** Hash of start, end, location, title, speakers and cancelled. */
  fingerprint: string;
  /**
   * Hash of the abstract (or summary) and the bio: not part of the fingerprint (a change there alone is a minor edit,
   * see src/plan/minor.ts). Absent in deliveries recorded before it was kept.
   */
  details?: string;
}

/**
 * One completed delivery (or, for reminders, the current state of one scheduled message).
 * `status`: `sent` (posted / accepted by the server), `scheduled` (a Slack scheduled message that has
 * not fired yet at `at`), `deleted` (a scheduled reminder removed), `empty` (a digest period with
 * nothing to list: done without a message).
 */
export interface DeliveryRecord {
  kind: MessageKind;
  channel: Channel;
  destination: string;
  events: string[];
  /** Digest period id (local date of its start), else null. */
  period: string | null;
  status: 'sent' | 'scheduled' | 'deleted' | 'empty';
  /** When the transport confirmed it (ISO). */
  sentAt: string;
  /** When it is due / scheduled for (ISO). */
  at: string;
  /** Per event id: what this message said about it (for a reminder: what it shows, so a change re-schedules it). */
  said: Record<string, Said>;
  /** Calendar SEQUENCE carried by this message (per event, the same for every event of a digest). */
  sequence: number;
  messageId: string | null;
  slack: { channel: string | null; ts: string | null } | null;
  scheduled: { channel: string; id: string } | null;
  /** Reminder only. */
  minutesBefore: number | null;
  /** Page path (relative to the site) of each event when it was sent, for people reading the ledger. */
  paths: Record<string, string>;
}

/** A delivery that was started and not confirmed: a run was stopped between the two (or is running now). */
export interface PendingRecord {
  /** When the attempt began (ISO): a message found after this instant is ours. */
  since: string;
  /** Slack thread the message replies to, if any (where to look for it). */
  threadTs: string | null;
  /** Scheduled Slack messages carry no metadata: their text is how a stopped run's message is recognised. */
  text: string | null;
  /** What will be recorded once the transport confirms; the transport's answer (ts, ids) is filled in then. */
  record: DeliveryRecord;
  /**
   * How many attempts went out without a confirmation, this one included (absent: 1). Only a webhook post is tried
   * again while pending (it cannot be looked up): at most WEBHOOK_ATTEMPTS times in all.
   */
  attempts?: number;
}

export interface LedgerData {
  version: 1;
  deliveries: Record<string, DeliveryRecord>;
  pending: Record<string, PendingRecord>;
}

export const LEDGER_VERSION = 1 as const;

export const emptyLedger = (): LedgerData => ({ version: LEDGER_VERSION, deliveries: {}, pending: {} });
