import { DateTime } from 'luxon';
import type { Event } from '../../content/event.js';
import { LIMITS } from './limits.js';

const utcStamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Google Calendar "add event" link (action=TEMPLATE). Kept under Slack's 3000-character URL limit. */
export function renderGoogleCalendarUrl(event: Event, zone: string): string {
  let dates: string;
  if (event.allDay) {
    const s = DateTime.fromJSDate(event.start, { zone });
    const endDay = event.end && event.end > event.start ? DateTime.fromJSDate(new Date(event.end.getTime() - 1), { zone }) : s;
    dates = `${s.toFormat('yyyyLLdd')}/${endDay.plus({ days: 1 }).toFormat('yyyyLLdd')}`;
  } else {
    const end = event.end && event.end > event.start ? event.end : new Date(event.start.getTime() + 60 * 60 * 1000);
    dates = `${utcStamp(event.start)}/${utcStamp(end)}`;
  }
  const where = [event.location, event.address].filter(Boolean).join(', ');
  const speakers = event.speakers.map((s) => (s.affiliation ? `${s.name} (${s.affiliation})` : s.name)).join(', ');
  const build = (details: string) => {
    const p = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates });
    if (details) p.set('details', details);
    if (where) p.set('location', where);
    if (event.timezone && !event.allDay) p.set('ctz', zone);
    return `https://calendar.google.com/calendar/render?${p.toString()}`;
  };
  const details = [speakers, event.permalink].filter(Boolean).join('\n');
  let url = build(details);
  if (url.length > LIMITS.url) url = build(event.permalink);
  if (url.length > LIMITS.url) {
    const p = new URLSearchParams({ action: 'TEMPLATE', text: event.title.slice(0, 200), dates, details: event.permalink });
    url = `https://calendar.google.com/calendar/render?${p.toString()}`;
  }
  return url;
}
