import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import type { MessageKind } from '../model.js';

export type { MessageKind } from '../model.js';

/** Everything a renderer needs; renderers are pure functions of this. */
export interface MessageInput {
  kind: MessageKind;
  /** The talks the message covers, in start order (one for every kind but digest). */
  events: Event[];
  config: Config;
  site: { title: string; baseURL: string; host: string };
  /** The instant the message is rendered for (the run's clock). */
  now: Date;
  /** Digest only: the period listed, [from, to). */
  period?: { from: Date; to: Date };
  /** Update only: what changed, one short human sentence per change, e.g. "Time: Thu 21 Nov 13:00 → 14:00". */
  changes?: string[];
  /** Reminder only: minutes before the start. */
  minutesBefore?: number;
  /** Calendar SEQUENCE per event id (0 for a first announcement, higher for each update or cancellation). */
  sequence: Record<string, number>;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  /** iCalendar attachment; `method` matches the METHOD inside. */
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string } | null;
}

/** A Slack message body: Block Kit blocks plus the plain-text fallback. */
export interface SlackPayload {
  text: string;
  blocks: Array<Record<string, unknown>>;
}
