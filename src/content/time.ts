import { DateTime } from 'luxon';

/**
 * Dates as Hugo reads front matter: an explicit offset (or `Z`) is kept; a date-time without one and a
 * date alone are wall-clock times in Hugo's timeZone (UTC when the site sets none). The accepted shapes
 * are those of Hugo's date parser that real pages use (Go reads a one-digit hour too): RFC 3339 with or without the colon in the offset,
 * with `T` or a space, with or without fractions, and a plain date.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}):(\d{2})(\.\d+)?\s?(Z|z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4})$/;

/** `offsetMinutes`: the offset the text gave (0 for `Z`), or null when it gave none (read in `zone`). */
export type DateReading =
  | { ok: true; date: Date; offsetMinutes: number | null; utcMark: boolean; dateOnly: boolean }
  | { ok: false; error: string };

/** Returns null when the value is absent or empty. */
export function parseHugoDate(value: unknown, zone: string): DateReading | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { ok: true, date: value, offsetMinutes: 0, utcMark: false, dateOnly: false };
  if (typeof value !== 'string') return { ok: false, error: `expected a date such as 2024-11-21T13:00:00Z, found ${describe(value)}` };
  const text = value.trim();
  if (text === '') return null;
  const m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, off] = m;
    const dateOnly = h === undefined;
    // An explicit offset needs no zone rules: plain arithmetic, checked for impossible dates.
    if (off !== undefined) {
      const sign = off[0] === '-' ? -1 : 1;
      const offMin = off.toUpperCase() === 'Z' ? 0 : sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
      const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.floor(Number(frac) * 1000) : 0);
      const check = new Date(ms);
      if (
        check.getUTCMonth() === Number(mo) - 1 &&
        check.getUTCDate() === Number(d) &&
        Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 && Math.abs(offMin) < 24 * 60
      )
        return { ok: true, date: new Date(ms - offMin * 60_000), offsetMinutes: offMin, utcMark: off.toUpperCase() === 'Z', dateOnly };
      return { ok: false, error: `"${text}" is not a real date or time` };
    }
    // No offset: a wall-clock time in the site's zone.
    const dt = DateTime.fromObject(
      {
        year: Number(y),
        month: Number(mo),
        day: Number(d),
        hour: dateOnly ? 0 : Number(h),
        minute: dateOnly ? 0 : Number(mi),
        second: dateOnly ? 0 : Number(s),
        millisecond: frac ? Math.floor(Number(frac) * 1000) : 0,
      },
      { zone },
    );
    if (!dt.isValid) return { ok: false, error: `"${text}" is not a real date or time (${dt.invalidExplanation ?? dt.invalidReason})` };
    return { ok: true, date: dt.toJSDate(), offsetMinutes: null, utcMark: false, dateOnly };
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const dt = DateTime.fromFormat(text, 'dd LLL yyyy', { zone, locale: 'en' });
    if (dt.isValid) return { ok: true, date: dt.toJSDate(), offsetMinutes: null, utcMark: false, dateOnly: true };
  }
  return { ok: false, error: `"${truncate(text)}" is not a date Hugo reads; write it as 2024-11-21T13:00:00Z, 2024-11-21T13:00:00+01:00 or 2024-11-21` };
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return `${typeof v} ${truncate(String(v))}`;
}

export const truncate = (s: string, n = 60) => (s.length > n ? s.slice(0, n) + '…' : s);
