import type { MessageKind } from '../model.js';
import type { RenderedEmail, SlackPayload } from '../render/types.js';

/** An email ready for a transport: rendered content plus envelope and threading headers. */
export interface OutgoingEmail extends RenderedEmail {
  kind: MessageKind;
  /** Event ids, also sent as X-Announce-Events. */
  events: string[];
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  /** Deterministic, with angle brackets: `<…@host>`. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  /** Extra headers (List-Id, List-Unsubscribe). X-Announce-* are added by the transport from kind/events. */
  headers: Record<string, string>;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  /**
   * Where mail is handed over, without secrets (e.g. `smtp://mail.example.org:587` or `outbox`), for reports.
   * Ledger keys say only `smtp` or `outbox` (emailDestination), so a change of relay or recipients sends nothing again.
   */
  readonly destination: string;
  /** Checks the connection and credentials before anything is sent. */
  verify(): Promise<void>;
  sendEmail(mail: OutgoingEmail): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export interface OutgoingSlack extends SlackPayload {
  kind: MessageKind;
  events: string[];
  /** Reply in this thread (updates, cancellations). */
  threadTs?: string | null;
  /**
   * The ledger key of the delivery (e.g. `digest:2024-11-18~2:slack:outbox` for a forced re-send). Only the outbox
   * uses it, to name its files: a re-send of the same content gets a file of its own.
   */
  key?: string;
}

/**
 * Finding what a run stopped mid-delivery already sent, so that it is recorded instead of sent twice. Only a bot
 * token can search a channel: posts are found by their metadata, scheduled messages by their time and text.
 */
export interface SlackLookup {
  findPosted(q: { kind: string; events: string[]; threadTs: string | null; since: Date }): Promise<{ ts: string; channel: string } | null>;
  findScheduled(q: { postAt: Date; text: string }): Promise<{ scheduledId: string; channel: string } | null>;
}

export interface SlackPoster {
  readonly transport: 'bot' | 'webhook' | 'outbox';
  /** How to look up earlier deliveries (a bot token), or null where nothing can be looked up (a webhook, the outbox). */
  readonly lookup: SlackLookup | null;
  /** Channel (bot), `webhook`, or `outbox`; part of ledger keys. Never the token or webhook URL. */
  readonly destination: string;
  /** Only a bot token can schedule, edit and thread. */
  readonly canSchedule: boolean;
  verify(): Promise<void>;
  postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }>;
  updateMessage(channel: string, ts: string, msg: OutgoingSlack): Promise<void>;
  scheduleMessage(msg: OutgoingSlack, at: Date): Promise<{ scheduledId: string; channel: string }>;
  /** Resolves when the message is gone, including when Slack says it was already gone. */
  deleteScheduledMessage(channel: string, scheduledId: string): Promise<void>;
}
