import type { KnownBlock } from '@slack/types';
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import type { MessageKind, SiteInfo } from '../model.js';

export type { MessageKind } from '../model.js';

/** What every message is rendered with, whatever its kind; renderers are pure functions of a MessageInput. */
interface InputBase {
  config: Config;
  /** The site as messages name it (see siteInfoOf in src/model.ts). */
  site: Pick<SiteInfo, 'title' | 'baseURL' | 'host'>;
  /** The instant the message is rendered for (the run's clock). */
  now: Date;
  /** Calendar SEQUENCE per event id (0 for a first announcement, higher for each update or cancellation). */
  sequence: Record<string, number>;
}

/** The talks of a digest period, in start order (possibly none: renderers must cope, the run sends nothing). */
export interface DigestInput extends InputBase {
  kind: 'digest';
  events: Event[];
  /** The period listed, [from, to). */
  period: { from: Date; to: Date };
  /**
   * When a digest already posted is edited to show its talks as they stand now (Slack): talks told differently since
   * (`updated`) and talks that are off (`cancelled`, the event passed marked cancelled).
   */
  marks?: Readonly<Record<string, 'updated' | 'cancelled'>>;
}

export interface AnnouncementInput extends InputBase {
  kind: 'announcement';
  events: [Event];
}

export interface ReminderInput extends InputBase {
  kind: 'reminder';
  events: [Event];
  /** Minutes before the start that the reminder is for. */
  minutesBefore: number;
}

export interface UpdateInput extends InputBase {
  kind: 'update';
  events: [Event];
  /** What changed, one short human sentence per change, e.g. "Time: Thu 21 Nov 13:00 → 14:00". */
  changes: string[];
}

export interface CancellationInput extends InputBase {
  kind: 'cancellation';
  /** The talk as last told (a deleted page is named from the ledger), marked cancelled. */
  events: [Event];
  /** The page was deleted: the message links to the series' list page, since the talk's own page is now a 404. */
  removed?: boolean;
}

/** Everything a renderer needs, one shape per kind of message. */
export type MessageInput = DigestInput | AnnouncementInput | ReminderInput | UpdateInput | CancellationInput;

/** The input of one kind: `InputOf<'reminder'>` is a ReminderInput. */
export type InputOf<K extends MessageKind> = Extract<MessageInput, { kind: K }>;

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /**
   * The iCalendar part; `method` matches the METHOD inside. REQUEST/CANCEL (one talk) travel as an invitation
   * (text/calendar alternative and invite.ics); PUBLISH (a digest) as one attachment, talks.ics.
   */
  calendar: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string } | null;
}

/** A Slack message body: Block Kit blocks (Slack's own types) plus the plain-text fallback. */
export interface SlackPayload {
  text: string;
  blocks: KnownBlock[];
}
