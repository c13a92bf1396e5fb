import type { Channel } from '../model.js';
import type { Said } from '../ledger/types.js';

/** A configured destination: the planner plans per channel and destination (they are in every key). */
export interface ChannelTarget {
  channel: Channel;
  /** Who receives the messages, without secrets (`smtp` or `outbox` for email; a Slack channel, `webhook` or `outbox` for Slack). */
  destination: string;
  /** A Slack bot token can schedule, edit and thread; webhooks and the outbox cannot. */
  canSchedule: boolean;
}

export interface DigestPeriod {
  /** Local date of the period's start in the display zone, e.g. `2024-11-18`; part of the key. */
  id: string;
  /** When this period's digest is due. */
  start: Date;
  /** When the next period's digest is due. */
  next: Date;
  /** Talks starting before this instant are listed (start + digest.days). */
  to: Date;
}

/** Where a follow-up belongs: the message that first told people about the talk on this channel. */
export interface Thread {
  messageId: string | null;
  references: string[];
  slack: { channel: string | null; ts: string | null } | null;
  /** The original is this talk's own announcement (a digest is not edited for one talk). */
  editable: boolean;
}

/**
 * A Slack digest post that listed a talk which changed since (moved, re-roomed, retitled, cancelled, deleted): it is
 * edited (chat.update) to show each of its talks as it stands now. Bot tokens only (webhooks cannot edit).
 */
export interface DigestEdit {
  /** The digest's ledger key. */
  key: string;
  slack: { channel: string; ts: string };
  /** The digest's talks, in its order. */
  events: string[];
  /** What the digest said about each (a deleted page is shown from this). */
  said: Record<string, Said>;
  /** The period it listed, [from, to). */
  period: { from: Date; to: Date };
  /** Per talk of the digest: `updated` (told differently now), `cancelled` (cancelled, unpublished or deleted). */
  marks: Record<string, 'updated' | 'cancelled'>;
}

interface ActionBase {
  /** The ledger key: kind, event or period, channel, destination. */
  key: string;
  channel: Channel;
  destination: string;
  /** Event ids the message covers, in start order. */
  events: string[];
  /** When it is due or scheduled for. */
  at: Date;
  /** Only once this delivery of the same run has succeeded (a reminder after its announcement). */
  after: string | null;
  /** Deterministic Message-ID (email), else null. */
  messageId: string | null;
  /** Calendar SEQUENCE per event id. */
  sequence: Record<string, number>;
}

export interface DigestAction extends ActionBase {
  kind: 'digest';
  period: DigestPeriod;
}

export interface AnnouncementAction extends ActionBase {
  kind: 'announcement';
  event: string;
  /** `due` (announce.mode each), `late` (no digest will list it in time), `manual` (--event). */
  reason: 'due' | 'late' | 'manual';
}

export interface ReminderAction extends ActionBase {
  kind: 'reminder';
  event: string;
  minutesBefore: number;
  /** `schedule` ahead in Slack, `post` now, or `delete` a scheduled one. */
  op: 'post' | 'schedule' | 'delete';
  /** A scheduled message this one replaces (re-timing): deleted first. */
  replaces: { channel: string; id: string } | null;
}

export interface UpdateAction extends ActionBase {
  kind: 'update';
  event: string;
  /** One short sentence per change. */
  changes: string[];
  thread: Thread;
  previous: Said;
  /**
   * A minor edit with `updates.minor: quiet` (see minor.ts): the Slack posts are edited and the change recorded, and
   * no email or thread reply is sent.
   */
  quiet: boolean;
  /** Slack digest posts that listed the talk, edited before the reply is posted. */
  digests: DigestEdit[];
}

export interface CancellationAction extends ActionBase {
  kind: 'cancellation';
  event: string;
  reason: 'cancelled' | 'draft' | 'future' | 'expired' | 'removed';
  thread: Thread;
  /** What was last said: a deleted page can only be named from this. */
  previous: Said;
  /** Slack digest posts that listed the talk, edited (struck through) before the reply is posted. */
  digests: DigestEdit[];
}

export type Action = DigestAction | AnnouncementAction | ReminderAction | UpdateAction | CancellationAction;

/** What the run was asked for: the cron run, a manual digest, or one event (`--event`). */
export type PlanMode = { type: 'run' } | { type: 'digest'; force: boolean } | { type: 'event'; id: string; force: boolean };

export interface PlanOptions {
  mode?: PlanMode;
  /** Event ids of pages that could not be read (the ids they would have): those events are not taken for deleted. */
  unreadable?: string[];
  /** The domain of Message-IDs (SiteInfo.domain); derived from the site's baseURL when not given. */
  domain?: string;
  /**
   * Event ids whose page the website does not show yet (announce.waitForPage: its permalink answered 404 or 410).
   * A talk nobody was told about on a destination is neither listed nor announced there until its page answers.
   */
  waiting?: string[];
}
