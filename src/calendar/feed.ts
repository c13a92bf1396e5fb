/**
 * Which talks the series' calendar feed lists, and with what calendar identity. Pure: the talks, the ledger, the
 * site's publishing rules and the clock are arguments. A talk's entry carries the UID and SEQUENCE of its emailed
 * invitations, so that someone who accepted an invitation and subscribed to the feed sees one event.
 */
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import { publishState, type PublishRules } from '../content/publish.js';
import { saidOf } from '../ledger/keys.js';
import { lastTold, sequencesSent } from '../ledger/told.js';
import type { LedgerData } from '../ledger/types.js';
import { eventTimes } from '../render/ics.js';

const DAY = 86_400_000;

export interface FeedEntry {
  event: Event;
  /** Never below the last SEQUENCE sent for the talk; one above it when the talk changed since people were told. */
  sequence: number;
  /** DTSTAMP: when people were last told about the talk, else when its page was published (stable between runs). */
  stamp: Date;
}

/**
 * Every talk Hugo publishes at `now` that has not ended, and those that started in the last `calendar.pastDays`
 * days; a cancelled talk only until it would have ended (it is listed as cancelled, so that a subscriber's copy is
 * marked, not silently dropped). Drafts, future and expired pages are never listed: their links would be 404s.
 */
export function planFeed(
  events: readonly Event[],
  ledger: LedgerData,
  site: PublishRules,
  config: Pick<Config, 'calendar'>,
  now: Date,
): FeedEntry[] {
  const since = now.getTime() - config.calendar.pastDays * DAY;
  const sent = sequencesSent(ledger);
  const told = lastTold(ledger);
  return events
    .filter((e) => {
      if (publishState(e, site, now) !== 'published') return false;
      const ended = endOf(e) <= now.getTime();
      if (e.cancelled) return !ended;
      return !ended || e.start.getTime() >= since;
    })
    .map((event) => {
      const last = told.get(event.id);
      const changed = last !== undefined && last.said.fingerprint !== saidOf(event, event.cancelled).fingerprint;
      const published = (event.publishDate ?? event.date).getTime();
      return {
        event,
        // The next update or cancellation will carry this SEQUENCE too (the planner's rule: the highest sent + 1).
        sequence: (sent.get(event.id) ?? 0) + (changed ? 1 : 0),
        stamp: last?.sentAt ?? new Date(Math.min(published, now.getTime())),
      };
    })
    .sort((a, b) => a.event.start.getTime() - b.event.start.getTime() || a.event.id.localeCompare(b.event.id));
}

function endOf(e: Event): number {
  const t = eventTimes(e);
  return t.allDay ? t.end.toMillis() : t.end.getTime();
}
