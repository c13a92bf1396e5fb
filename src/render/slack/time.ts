import { DateTime } from 'luxon';
import { escapeSlack } from './escape.js';

/** "Thursday 21 November 2024, 13:00–14:00 GMT": what the website shows, in the display zone, naming it. */
export function renderWhenPlain(
  start: Date,
  end: Date | null,
  allDay: boolean,
  zone: string,
  locale: string,
): string {
  const s = DateTime.fromJSDate(start, { zone }).setLocale(locale);
  const day = s.toFormat('cccc d LLLL yyyy');
  if (allDay) {
    if (end) {
      // Hugo's all-day end is the last day itself or midnight after it; show the last day that the talk covers.
      const e = DateTime.fromJSDate(new Date(end.getTime() - 1), { zone }).setLocale(locale);
      if (e.toISODate() !== s.toISODate() && e > s) return `${day} – ${e.toFormat('cccc d LLLL yyyy')} (all day)`;
    }
    return `${day} (all day)`;
  }
  const zoneName = s.toFormat('ZZZZ');
  if (!end || end <= start) return `${day}, ${s.toFormat('HH:mm')} ${zoneName}`;
  const e = DateTime.fromJSDate(end, { zone }).setLocale(locale);
  if (e.toISODate() === s.toISODate()) return `${day}, ${s.toFormat('HH:mm')}–${e.toFormat('HH:mm')} ${zoneName}`;
  return `${day}, ${s.toFormat('HH:mm')} ${zoneName} – ${e.toFormat('cccc d LLLL yyyy, HH:mm')} ${e.toFormat('ZZZZ')}`;
}

const unix = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * The time as Slack date tokens, so each reader sees it in their own zone; the fallback (shown by clients that cannot
 * format it) names the display zone. All-day talks are a calendar date, not an instant: they stay plain text.
 */
export function renderWhenMrkdwn(
  start: Date,
  end: Date | null,
  allDay: boolean,
  zone: string,
  locale: string,
): string {
  const plain = renderWhenPlain(start, end, allDay, zone, locale);
  if (allDay) return escapeSlack(plain);
  const s = DateTime.fromJSDate(start, { zone }).setLocale(locale);
  const startFallback = `${s.toFormat('cccc d LLLL yyyy, HH:mm')} ${s.toFormat('ZZZZ')}`;
  const startToken = `<!date^${unix(start)}^{date_long_pretty} {time}|${escapeSlack(startFallback)}>`;
  if (!end || end <= start) return startToken;
  const e = DateTime.fromJSDate(end, { zone }).setLocale(locale);
  const sameDay = e.toISODate() === s.toISODate();
  const endFallback = sameDay ? `${e.toFormat('HH:mm')} ${e.toFormat('ZZZZ')}` : `${e.toFormat('cccc d LLLL yyyy, HH:mm')} ${e.toFormat('ZZZZ')}`;
  // Same day in the display zone is a good guess for most readers; a reader far away may see the end on the next day
  // without a date, which is still correct as a time.
  const endTokens = sameDay ? '{time}' : '{date_long_pretty} {time}';
  return `${startToken}–<!date^${unix(end)}^${endTokens}|${escapeSlack(endFallback)}>`;
}

/** "Thursday 21 November" in the display zone: a digest's day heading. */
export function renderDayHeading(d: Date, zone: string, locale: string): string {
  return DateTime.fromJSDate(d, { zone }).setLocale(locale).toFormat('cccc d LLLL');
}

export function dayKey(d: Date, zone: string): string {
  return DateTime.fromJSDate(d, { zone }).toISODate() ?? d.toISOString().slice(0, 10);
}

/** "13:00 GMT" as a Slack token with a fallback, for compact digest lines. */
export function renderTimeMrkdwn(start: Date, zone: string, locale: string): string {
  const s = DateTime.fromJSDate(start, { zone }).setLocale(locale);
  return `<!date^${unix(start)}^{time}|${escapeSlack(`${s.toFormat('HH:mm')} ${s.toFormat('ZZZZ')}`)}>`;
}

/** "21–28 November 2024" for a digest heading (the period is [from, to)). */
export function renderPeriodPlain(from: Date, to: Date, zone: string, locale: string): string {
  const f = DateTime.fromJSDate(from, { zone }).setLocale(locale);
  const t = DateTime.fromJSDate(new Date(to.getTime() - 1), { zone }).setLocale(locale);
  if (f.hasSame(t, 'day')) return f.toFormat('d LLLL yyyy');
  if (f.hasSame(t, 'month')) return `${f.toFormat('d')}–${t.toFormat('d LLLL yyyy')}`;
  if (f.hasSame(t, 'year')) return `${f.toFormat('d LLLL')} – ${t.toFormat('d LLLL yyyy')}`;
  return `${f.toFormat('d LLLL yyyy')} – ${t.toFormat('d LLLL yyyy')}`;
}
