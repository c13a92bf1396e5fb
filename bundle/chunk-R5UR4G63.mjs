import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DateTime
} from "./chunk-SIOJ4DF4.mjs";

// src/content/digest-day.ts
var MIN_TALKS = 3;
var MIN_SHARE = 0.5;
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var dayName = (weekday) => WEEKDAYS[weekday - 1];
var plural = (weekday) => `${dayName(weekday)[0].toUpperCase()}${dayName(weekday).slice(1)}s`;
function digestDayAdvice(events, config) {
  if (!config.digest.enabled || config.announce.mode !== "digest") return null;
  const talks = events.filter((e) => !e.cancelled && !e.allDay);
  if (talks.length < MIN_TALKS) return null;
  const [hour, minute] = config.digest.time.split(":").map(Number);
  const sameDayLater = talks.filter((e) => {
    const local = DateTime.fromJSDate(e.start, { zone: config.timezone });
    return local.weekday === config.digest.weekday && local.hour * 60 + local.minute > hour * 60 + minute;
  });
  if (sameDayLater.length < MIN_TALKS || sameDayLater.length < MIN_SHARE * talks.length) return null;
  const before = config.digest.weekday === 1 ? 7 : config.digest.weekday - 1;
  const suggested = before >= 6 ? 5 : before;
  const reason = before >= 6 ? `the ${dayName(before)} before is a weekend day` : `the day before`;
  return `${sameDayLater.length} of ${talks.length} talks start on ${plural(config.digest.weekday)} after ${config.digest.time} (${config.timezone}), the digest's own day: each is first announced only hours before it starts. Set digest.weekday: ${dayName(suggested)} in announce.config.yaml (${reason}), so that the digest lists them days ahead.`;
}

export {
  digestDayAdvice
};
