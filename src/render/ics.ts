/**
 * The iCalendar part of every email: one VEVENT per talk, UID `<event id>@<site host>` so a calendar
 * client replaces its copy on an update (higher SEQUENCE) and removes it on a cancellation (METHOD:CANCEL).
 * Times are written in UTC, which every client reads; all-day events are DATE values.
 *
 * A message about one talk is an invitation (REQUEST, or CANCEL). A digest is not: iTIP (RFC 5546 §3.2) makes a
 * REQUEST an invitation to one event, and clients act on one UID per scheduling message, so a digest carries one
 * importable calendar of all its talks (METHOD:PUBLISH, "an unsolicited posting", ORGANIZER and no ATTENDEE), as
 * an attachment only; the same UIDs and SEQUENCEs as the invitations and the feed, so importing it and later
 * receiving an update or cancellation of a talk still leaves one entry per talk.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Event } from '../content/event.js';
import type { MessageInput } from './types.js';
import { allDayLastDay, sectionListUrl } from './format.js';
import { oneLine, renderInlineText, renderMarkdownExcerpt, renderMarkdownText, safeUrl } from './markdown.js';

/**
 * A digest's calendar describes each talk in one line of its abstract and the page's URL: a calendar entry shows a
 * line or two, the page has the rest, and a week of longer descriptions made the message too big for a list.
 */
const DIGEST_DESCRIPTION = 120;

export type CalendarMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

/** Stable across runs and updates: the event id is the page's path, the host names the site. */
export function calendarUid(event: Event, host: string): string {
  return `${event.id}@${host}`;
}

/** Parses "Name <addr@host>" or a bare address: the ORGANIZER of invitations and of the feed. */
export function organizer(from: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (m) return { name: oneLine(m[1] || m[2]!), email: m[2]!.trim() };
  return { name: from.trim(), email: from.trim() };
}

/**
 * PUBLISH for a digest (a cancelled talk in it has its VEVENT marked STATUS:CANCELLED). CANCEL for a cancellation,
 * and for a one-talk message whose talk is cancelled (an announcement or reminder of a cancelled talk sent with
 * --force): the calendar says what the message says. REQUEST otherwise.
 */
export function methodFor(input: Pick<MessageInput, 'kind' | 'events'>): CalendarMethod {
  if (input.kind === 'digest') return 'PUBLISH';
  if (input.kind === 'cancellation') return 'CANCEL';
  return input.events.length > 0 && input.events.every((e) => e.cancelled) ? 'CANCEL' : 'REQUEST';
}

export function renderIcs(input: MessageInput): { method: CalendarMethod; content: string } {
  const method = methodFor(input);
  const cal = ical({
    prodId: { company: 'seminar-announcer', product: 'announce', language: 'EN' },
    name: oneLine(input.site.title) || undefined,
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : method === 'PUBLISH' ? ICalCalendarMethod.PUBLISH : ICalCalendarMethod.REQUEST,
  });
  // A deleted page is a 404 now: a cancellation points at the series' list page instead.
  const removed = input.kind === 'cancellation' && input.removed === true;
  for (const event of input.events) {
    const page = removed ? sectionListUrl(input.site.baseURL, event.section) : event.permalink;
    // A digest's calendar holds a whole week: each talk's description is a one-line excerpt (the page has the rest).
    const about = input.kind === 'digest' ? renderMarkdownExcerpt(event.abstract ?? event.summary, DIGEST_DESCRIPTION) : renderMarkdownText(event.abstract, false).slice(0, 4000);
    const description = [about, page]
      .filter(Boolean)
      .join('\n\n');
    const where = [event.location, event.address].map(renderInlineText).filter(Boolean).join(', ');
    const common = {
      id: calendarUid(event, input.site.host),
      sequence: input.sequence[event.id] ?? 0,
      stamp: input.now,
      summary: renderInlineText(event.title),
      description,
      location: where || null,
      url: safeUrl(page),
      organizer: organizer(input.config.email.from),
      status: method === 'CANCEL' || event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    };
    const times = eventTimes(event);
    if (times.allDay) cal.createEvent({ ...common, allDay: true, start: times.start, end: times.end });
    else cal.createEvent({ ...common, start: times.start, end: times.end });
  }
  return { method, content: cal.toString() };
}

/**
 * When a talk takes place, as a calendar entry says it: all-day talks as calendar days in the page's zone (luxon
 * DateTimes keep the day the page names; `end` is the day after the last, as DTEND of a DATE is exclusive), others
 * as instants, an hour long when the page gives no later end.
 */
export function eventTimes(event: Event): { allDay: true; start: DateTime; end: DateTime } | { allDay: false; start: Date; end: Date } {
  if (event.allDay) {
    const first = DateTime.fromJSDate(event.start, { zone: event.timezone || 'UTC' }).startOf('day');
    return { allDay: true, start: first, end: (allDayLastDay(event) ?? first).plus({ days: 1 }) };
  }
  const end = event.end && event.end > event.start ? event.end : new Date(event.start.getTime() + 3600_000);
  return { allDay: false, start: event.start, end };
}
