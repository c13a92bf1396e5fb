/**
 * Talks on the digest's own day: with the default Monday 08:00 digest, a Monday 14:00 talk is first announced six
 * hours before it starts. `check` says so when that is the series' habit. Pure.
 */
import { DateTime } from 'luxon';
import type { Config } from '../config/config.js';
import type { Event } from './event.js';

/** The habit: at least this many talks, and at least this share of them. */
const MIN_TALKS = 3;
const MIN_SHARE = 0.5;

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const dayName = (weekday: number) => WEEKDAYS[weekday - 1]!;
const plural = (weekday: number) => `${dayName(weekday)[0]!.toUpperCase()}${dayName(weekday).slice(1)}s`;

/**
 * A warning when most of the site's talks (at least half, at least 3; timed, not cancelled) start on the digest's
 * weekday after its time, in the display zone, with the weekday to set instead: the day before the usual talk day,
 * or Friday when that would fall on a weekend. Null when the digest does not announce talks (off, or `each` mode).
 */
export function digestDayAdvice(events: readonly Event[], config: Pick<Config, 'timezone' | 'digest' | 'announce'>): string | null {
  if (!config.digest.enabled || config.announce.mode !== 'digest') return null;
  const talks = events.filter((e) => !e.cancelled && !e.allDay);
  if (talks.length < MIN_TALKS) return null;
  const [hour, minute] = config.digest.time.split(':').map(Number) as [number, number];
  const sameDayLater = talks.filter((e) => {
    const local = DateTime.fromJSDate(e.start, { zone: config.timezone });
    return local.weekday === config.digest.weekday && local.hour * 60 + local.minute > hour * 60 + minute;
  });
  if (sameDayLater.length < MIN_TALKS || sameDayLater.length < MIN_SHARE * talks.length) return null;
  const before = config.digest.weekday === 1 ? 7 : config.digest.weekday - 1;
  const suggested = before >= 6 ? 5 : before;
  const reason = before >= 6 ? `the ${dayName(before)} before is a weekend day` : `the day before`;
  return (
    `${sameDayLater.length} of ${talks.length} talks start on ${plural(config.digest.weekday)} after ${config.digest.time} (${config.timezone}), ` +
    `the digest's own day: each is first announced only hours before it starts. ` +
    `Set digest.weekday: ${dayName(suggested)} in announce.config.yaml (${reason}), so that the digest lists them days ahead.`
  );
}
