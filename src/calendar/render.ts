/**
 * The series' calendar feed as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Apple Calendar
 * subscribe to. Pure. What a VEVENT says (UID, organizer, times) comes from the invitations' own functions
 * (render/ics.ts), so the feed and the emails describe one event.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime, IANAZone } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Config } from '../config/config.js';
import type { SiteInfo } from '../model.js';
import { calendarUid, eventTimes, organizer } from '../render/ics.js';
import { oneLine, renderMarkdownText, safeUrl } from '../render/markdown.js';
import type { FeedEntry } from './feed.js';

/** How often subscribers are asked to fetch the feed again (Apple and Outlook honour it; Google refreshes on its own schedule). */
const REFRESH = 'PT1H';
/** Calendar clients cut long descriptions; the talk's page has the rest. */
const MAX_ABSTRACT = 4000;

export interface FeedContext {
  site: Pick<SiteInfo, 'title' | 'baseURL' | 'host'>;
  config: Pick<Config, 'timezone' | 'email'>;
}

export function renderFeed(entries: readonly FeedEntry[], ctx: FeedContext): string {
  const zone = vtimezoneOf(ctx.config.timezone);
  const cal = ical({
    prodId: { company: 'seminar-announcer', product: 'announce', language: 'EN' },
    // A feed publishes; it is not an invitation (REQUEST) that asks for an answer.
    method: ICalCalendarMethod.PUBLISH,
    name: oneLine(ctx.site.title) || ctx.site.host,
    url: safeUrl(ctx.site.baseURL),
    // The calendar-wide zone of ical-generator writes every time, DTSTAMP included, as floating local time: the
    // zone is set per event instead, and the generator only supplies the VTIMEZONE of each zone used.
    timezone: { name: null, generator: (tzid) => (zone && tzid === zone.tzid ? zone.vtimezone : null) },
  });
  const from = organizer(ctx.config.email.from);
  for (const { event, sequence, stamp } of entries) {
    const speakers = event.speakers
      .map((s) => oneLine(s.affiliation ? `${s.name} (${s.affiliation})` : s.name))
      .join(', ');
    const description = [speakers, renderMarkdownText(event.abstract, false).slice(0, MAX_ABSTRACT), event.permalink]
      .filter(Boolean)
      .join('\n\n');
    const where = [event.location, event.address].filter(Boolean).map((s) => oneLine(s!)).join(', ');
    const common = {
      id: calendarUid(event, ctx.site.host),
      sequence,
      stamp,
      summary: oneLine(event.title),
      description,
      location: where || null,
      url: safeUrl(event.permalink),
      organizer: from,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    };
    const times = eventTimes(event);
    if (times.allDay) cal.createEvent({ ...common, allDay: true, start: times.start, end: times.end });
    else if (zone)
      cal.createEvent({
        ...common,
        timezone: zone.tzid,
        start: DateTime.fromJSDate(times.start, { zone: zone.tzid }),
        end: DateTime.fromJSDate(times.end, { zone: zone.tzid }),
      });
    else cal.createEvent({ ...common, start: times.start, end: times.end });
  }
  const properties = [`X-WR-TIMEZONE:${zone?.tzid ?? 'UTC'}`, `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`, `X-PUBLISHED-TTL:${REFRESH}`];
  return withCalendarProperties(cal.toString(), properties) + '\r\n';
}

let knownZones: Set<string> | null = null;

/**
 * The display zone's VTIMEZONE, or null for UTC and for zones the library does not know (times are then written in
 * UTC, which every client reads). The TZID is the one the VTIMEZONE names: an alias such as `UTC` or `Asia/Calcutta`
 * is written under its canonical name, so that every TZID= has its VTIMEZONE.
 */
export function vtimezoneOf(zone: string): { tzid: string; vtimezone: string } | null {
  knownZones ??= new Set(tzlib_get_timezones() as string[]);
  if (!knownZones.has(zone)) return null;
  const block = tzlib_get_ical_block(zone);
  const vtimezone = Array.isArray(block) ? block[0] : null;
  const tzid = vtimezone ? /^TZID:(.+?)\r?$/m.exec(vtimezone)?.[1] : undefined;
  if (!vtimezone || !tzid || !IANAZone.isValidZone(tzid)) return null;
  // A zone that is always UTC needs no VTIMEZONE: its times are written with Z.
  if (!/TZOFFSET(FROM|TO):(?!\+0000)/.test(vtimezone)) return null;
  return { tzid, vtimezone };
}

/**
 * ical-generator writes some calendar properties after the VTIMEZONEs and its extra ones after the events; RFC 5545
 * wants calendar properties before the first component, where strict importers look for them.
 */
function withCalendarProperties(ics: string, lines: string[]): string {
  const first = ics.indexOf('\r\nBEGIN:');
  const at = first >= 0 ? first : ics.lastIndexOf('\r\nEND:VCALENDAR');
  return `${ics.slice(0, at)}\r\n${lines.join('\r\n')}${ics.slice(at)}`;
}
