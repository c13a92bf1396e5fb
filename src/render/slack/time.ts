/**
 * Times in Slack: `<!date^…>` tokens so each reader sees their own local time, with fallbacks that say what the
 * website says (the shared formatters of ../format.ts, which name the display zone).
 */
import { DateTime } from 'luxon';
import type { Config } from '../../config/config.js';
import type { Event } from '../../content/event.js';
import { dateText, dayKey, eventZone, formatDayHeading, formatWhen } from '../format.js';
import { labelsOf, languageOf } from '../i18n/index.js';
import { escapeSlack } from './escape.js';

type Fmt = Pick<Config, 'timezone' | 'locale'> & Partial<Pick<Config, 'timezoneFrom' | 'labels'>>;

const unix = (d: Date) => Math.floor(d.getTime() / 1000);
const inZone = (d: Date, c: Fmt) => DateTime.fromJSDate(d, { zone: c.timezone }).setLocale(c.locale);
/** A talk's times in the zone its page is shown in (eventZone). */
const inEventZone = (d: Date, e: Event, c: Fmt) => DateTime.fromJSDate(d, { zone: eventZone(e, c) }).setLocale(c.locale);

/** "Thursday 21 November 2024, 13:00–14:00 GMT", as the email and the website show it. */
export function renderWhenPlain(e: Event, c: Fmt): string {
  return formatWhen(e, c);
}

/**
 * The start (and end) as Slack date tokens. All-day talks are calendar dates, not instants: they stay plain text,
 * since a token would move the day for readers in other zones.
 */
export function renderWhenMrkdwn(e: Event, c: Fmt): string {
  if (e.allDay) return escapeSlack(formatWhen(e, c));
  const s = inEventZone(e.start, e, c);
  const startFallback = `${dateText(s, 'long')}, ${s.toFormat('HH:mm')} ${s.toFormat('ZZZZ')}`;
  const startToken = `<!date^${unix(e.start)}^{date_long_pretty} {time}|${escapeSlack(startFallback)}>`;
  if (!e.end || e.end <= e.start) return startToken;
  const end = inEventZone(e.end, e, c);
  const sameDay = end.hasSame(s, 'day');
  const endFallback = sameDay ? `${end.toFormat('HH:mm')} ${end.toFormat('ZZZZ')}` : `${dateText(end, 'long')}, ${end.toFormat('HH:mm')} ${end.toFormat('ZZZZ')}`;
  // Same day in the display zone is the common case; a reader far away may see an end time "earlier" than the start,
  // which is still the right instant, so the date is added only when the talk really spans days.
  const endTokens = sameDay ? '{time}' : '{date_long_pretty} {time}';
  return `${startToken}–<!date^${unix(e.end)}^${endTokens}|${escapeSlack(endFallback)}>`;
}

/** "13:00 GMT" as a token with a fallback, for a compact digest line; all-day talks say so. */
export function renderTimeMrkdwn(e: Event, c: Fmt): string {
  if (e.allDay) return escapeSlack(labelsOf(c).t('allDay'));
  const s = inEventZone(e.start, e, c);
  return `<!date^${unix(e.start)}^{time}|${escapeSlack(`${s.toFormat('HH:mm')} ${s.toFormat('ZZZZ')}`)}>`;
}

/** The digest's grouping key and heading ("Thursday 21 November") in the display zone. */
export function renderDay(e: Event, c: Fmt): { key: string; heading: string } {
  const key = dayKey(e, c);
  return { key, heading: formatDayHeading(key, c) };
}

/** "18–25 November 2024" for a digest heading (the period is [from, to)). */
export function renderPeriodPlain(from: Date, to: Date, c: Fmt): string {
  const f = inZone(from, c);
  const t = inZone(new Date(to.getTime() - 1), c);
  if (languageOf(c.locale) !== 'en') {
    // Intl writes a range of dates as the language does ("18.–24. November 2024"): the calendar dates of the
    // display zone, given to it as UTC dates.
    const day = (d: DateTime) => new Date(Date.UTC(d.year, d.month - 1, d.day));
    const fmt = new Intl.DateTimeFormat(c.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return f.hasSame(t, 'day') ? fmt.format(day(f)) : fmt.formatRange(day(f), day(t));
  }
  if (f.hasSame(t, 'day')) return f.toFormat('d LLLL yyyy');
  if (f.hasSame(t, 'month')) return `${f.toFormat('d')}–${t.toFormat('d LLLL yyyy')}`;
  if (f.hasSame(t, 'year')) return `${f.toFormat('d LLLL')} – ${t.toFormat('d LLLL yyyy')}`;
  return `${f.toFormat('d LLLL yyyy')} – ${t.toFormat('d LLLL yyyy')}`;
}
