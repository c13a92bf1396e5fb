/**
 * Times and dates as people read them, in the display zone (config.timezone) and locale, with the zone
 * named: "Thursday 21 November 2024, 13:00–14:00 GMT". Shared by the email and Slack renderers.
 */
import { DateTime } from 'luxon';
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import { renderInlineText } from './markdown.js';
import { eventZone } from '../content/zone.js';
import { labelsOf, languageOf } from './i18n/index.js';

type Fmt = Pick<Config, 'timezone' | 'locale'> & Partial<Pick<Config, 'timezoneFrom' | 'labels'>>;

export type DateForm = 'long' | 'dayHeading' | 'short';
const TOKENS: Record<DateForm, string> = { long: 'cccc d LLLL yyyy', dayHeading: 'cccc d LLLL', short: 'ccc d LLL' };
const INTL: Record<DateForm, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dayHeading: { weekday: 'long', day: 'numeric', month: 'long' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
};

/**
 * A date as the locale writes it: English keeps the house style ("Thursday 21 November 2024"); other languages
 * their own order and words, from Intl ("jeudi 21 novembre 2024", "Donnerstag, 21. November 2024").
 */
export function dateText(dt: DateTime, form: DateForm): string {
  return languageOf(dt.locale ?? 'en') === 'en' ? dt.toFormat(TOKENS[form]) : dt.toLocaleString(INTL[form]);
}

function inZone(d: Date, zone: string, locale: string): DateTime {
  return DateTime.fromJSDate(d, { zone }).setLocale(locale);
}

export { eventZone };

/** All-day dates are calendar dates read in the page's zone; showing them in another zone could move the day. */
function allDayZone(event: Event): string {
  return event.timezone || 'UTC';
}

/** Short zone name ("GMT", "BST", "CET"), falling back to the offset ("GMT+5:30") where the locale has none. */
export function zoneName(d: Date, config: Fmt, event?: Pick<Event, 'timezone'>): string {
  return inZone(d, event ? eventZone(event, config) : config.timezone, config.locale).toFormat('ZZZZ');
}

/** The last day of an all-day event (inclusive), or null when it is a single day. */
export function allDayLastDay(event: Event): DateTime | null {
  if (!event.end) return null;
  const zone = allDayZone(event);
  const first = DateTime.fromJSDate(event.start, { zone }).startOf('day');
  const last = DateTime.fromJSDate(event.end, { zone }).startOf('day');
  return last > first ? last : null;
}

/** "Thursday 21 November 2024, 13:00–14:00 GMT"; all-day: "Thursday 21 November 2024" (or a range of dates). */
export function formatWhen(event: Event, config: Fmt): string {
  if (event.allDay) {
    const zone = allDayZone(event);
    const first = DateTime.fromJSDate(event.start, { zone }).setLocale(config.locale);
    const last = allDayLastDay(event)?.setLocale(config.locale);
    return last ? `${dateText(first, 'long')} – ${dateText(last, 'long')}` : dateText(first, 'long');
  }
  const start = inZone(event.start, eventZone(event, config), config.locale);
  const head = `${dateText(start, 'long')}, ${start.toFormat('HH:mm')}`;
  if (!event.end || event.end.getTime() <= event.start.getTime()) return `${head} ${start.toFormat('ZZZZ')}`;
  const end = inZone(event.end, eventZone(event, config), config.locale);
  if (end.hasSame(start, 'day')) return `${head}–${end.toFormat('HH:mm')} ${end.toFormat('ZZZZ')}`;
  return `${head} ${start.toFormat('ZZZZ')} – ${dateText(end, 'long')}, ${end.toFormat('HH:mm')} ${end.toFormat('ZZZZ')}`;
}

/** Short form for subjects and lists: "Thu 21 Nov, 13:00 GMT"; all-day: "Thu 21 Nov". */
export function formatWhenShort(event: Event, config: Fmt): string {
  if (event.allDay) {
    const first = DateTime.fromJSDate(event.start, { zone: allDayZone(event) }).setLocale(config.locale);
    const last = allDayLastDay(event)?.setLocale(config.locale);
    return last ? `${dateText(first, 'short')} – ${dateText(last, 'short')}` : dateText(first, 'short');
  }
  const start = inZone(event.start, eventZone(event, config), config.locale);
  return `${dateText(start, 'short')}, ${start.toFormat('HH:mm ZZZZ')}`;
}

/** Time of day only, for a talk listed under its day heading: "13:00–14:00 GMT"; all-day: "All day". */
export function formatTimeOfDay(event: Event, config: Fmt): string {
  const labels = labelsOf(config);
  if (event.allDay) {
    const last = allDayLastDay(event);
    return last ? labels.t('allDayUntil', { date: dateText(last.setLocale(config.locale), 'short') }) : labels.t('allDay');
  }
  const start = inZone(event.start, eventZone(event, config), config.locale);
  if (!event.end || event.end.getTime() <= event.start.getTime()) return start.toFormat('HH:mm ZZZZ');
  const end = inZone(event.end, eventZone(event, config), config.locale);
  if (end.hasSame(start, 'day')) return `${start.toFormat('HH:mm')}–${end.toFormat('HH:mm')} ${end.toFormat('ZZZZ')}`;
  return `${start.toFormat('HH:mm ZZZZ')} – ${dateText(end, 'short')}, ${end.toFormat('HH:mm ZZZZ')}`;
}

/** The calendar day a talk belongs to in the display zone, as an ISO date (grouping key). */
export function dayKey(event: Event, config: Fmt): string {
  const zone = event.allDay ? allDayZone(event) : eventZone(event, config);
  return DateTime.fromJSDate(event.start, { zone }).toISODate() ?? '';
}

/** Day heading for a digest: "Thursday 21 November". */
export function formatDayHeading(isoDate: string, config: Fmt): string {
  return dateText(DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale(config.locale), 'dayHeading');
}

/** "Thu 21 Nov" for an ISO date. */
export function formatDayShort(isoDate: string, config: Fmt): string {
  return dateText(DateTime.fromISO(isoDate, { zone: 'UTC' }).setLocale(config.locale), 'short');
}

/** Dates of a set of talks for a digest subject: "Mon 18 Nov – Fri 22 Nov" or "Thu 21 Nov". */
export function formatDateSpan(events: Event[], config: Fmt): string {
  const days = [...new Set(events.map((e) => dayKey(e, config)))].sort();
  if (days.length === 0) return '';
  const first = formatDayShort(days[0]!, config);
  const last = formatDayShort(days[days.length - 1]!, config);
  return days.length === 1 ? first : `${first} – ${last}`;
}

/** The list page of a section (Hugo's `/<section>/`): where "all the talks" are, and where a deleted talk's link goes. */
export function sectionListUrl(baseURL: string, section: string | null | undefined): string {
  const base = baseURL.endsWith('/') ? baseURL : `${baseURL}/`;
  return section ? `${base}${encodeURI(section)}/` : base;
}

/** Compact UTC stamp Google Calendar and iCalendar use: 20241121T130000Z. */
function utcStamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** An "Add to Google Calendar" link (action=TEMPLATE), times in UTC; all-day as dates with an exclusive end. */
export function googleCalendarUrl(event: Event, details: string): string {
  let dates: string;
  if (event.allDay) {
    const zone = allDayZone(event);
    const first = DateTime.fromJSDate(event.start, { zone }).startOf('day');
    const after = (allDayLastDay(event) ?? first).plus({ days: 1 });
    dates = `${first.toFormat('yyyyLLdd')}/${after.toFormat('yyyyLLdd')}`;
  } else {
    const end = event.end && event.end > event.start ? event.end : new Date(event.start.getTime() + 3600_000);
    dates = `${utcStamp(event.start)}/${utcStamp(end)}`;
  }
  const params = new URLSearchParams({ action: 'TEMPLATE', text: renderInlineText(event.title), dates, details });
  const where = [event.location, event.address].map(renderInlineText).filter(Boolean).join(', ');
  if (where) params.set('location', where);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}
