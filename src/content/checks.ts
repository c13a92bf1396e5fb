import { DateTime } from 'luxon';
import type { Event } from './event.js';

/**
 * Finds the pattern of a site that writes local wall-clock times with `Z` (a UK seminar at 13:00Z all
 * year round): most starts share one UTC time of day across both sides of a daylight-saving change of
 * the zone the organiser lives in. Returns advice, or null when the pattern is not there.
 */
export function detectZAsLocalTime(events: Event[], hugoTimeZone: string | null, displayZone: string): string | null {
  const zEvents = events.filter((e) => e.startNotation === 'Z' && !e.allDay);
  if (zEvents.length < 4) return null;
  const byTime = new Map<string, Event[]>();
  for (const e of zEvents) {
    const t = DateTime.fromJSDate(e.start, { zone: 'UTC' }).toFormat('HH:mm');
    byTime.set(t, [...(byTime.get(t) ?? []), e]);
  }
  const [time, same] = [...byTime.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  if (same.length < 0.6 * zEvents.length) return null;
  // A zone with daylight saving in which these dates fall on both sides of a change.
  const candidates = [hugoTimeZone, displayZone !== 'UTC' ? displayZone : null, 'Europe/London'].filter(
    (z): z is string => !!z && z !== 'UTC',
  );
  for (const zone of candidates) {
    const offsets = new Set(same.map((e) => DateTime.fromJSDate(e.start, { zone }).offset));
    if (offsets.size < 2) continue;
    const shownBy = hugoTimeZone ? `Hugo's timeZone ${hugoTimeZone}` : 'UTC (no timeZone in the Hugo config)';
    return (
      `${same.length} of ${zEvents.length} talks start at ${time}Z whether or not daylight saving time is in effect in ${zone}: ` +
      `"Z" seems to be used for local wall-clock time. The website shows them in ${shownBy}, and so do messages, but ` +
      `calendar invitations and Slack's local times will be an hour off in summer. Write the start without "Z" ` +
      `(date: 2024-06-13T13:00:00) and set timeZone = "${zone}" in the Hugo config (and timezone: ${zone} in announce.config.yaml).`
    );
  }
  return null;
}
