/** Site-wide checks that `check` prints (each once for the site): see zone.ts. */
export { detectZAsLocalTime, zoneAdvice } from './zone.js';
export { digestDayAdvice } from './digest-day.js';
