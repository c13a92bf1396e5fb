import { DateTime } from 'luxon';
import type { Config } from '../config/config.js';
import type { DigestPeriod } from './types.js';

/**
 * The digest period containing `now`: it starts at the latest configured weekday and time (in the
 * display zone, so it follows daylight saving) at or before `now`. Only this period is ever caught up:
 * an older period's digest would be stale.
 */
export function digestPeriodAt(now: Date, config: Pick<Config, 'timezone' | 'digest'>): DigestPeriod {
  let local = DateTime.fromJSDate(now, { zone: config.timezone });
  if (!local.isValid) local = DateTime.fromJSDate(now, { zone: 'UTC' });
  const [hour, minute] = config.digest.time.split(':').map((n) => Number.parseInt(n, 10)) as [number, number];
  let start = local.set({ weekday: config.digest.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, hour, minute, second: 0, millisecond: 0 });
  if (start.toMillis() > now.getTime()) start = start.minus({ weeks: 1 });
  const next = start.plus({ weeks: 1 });
  return {
    id: start.toFormat('yyyy-MM-dd'),
    start: start.toJSDate(),
    next: next.toJSDate(),
    to: start.plus({ days: config.digest.days }).toJSDate(),
  };
}
