import { DateTime } from 'luxon';
import type { Said } from '../ledger/types.js';

/** One short sentence per field that changed between two things said about a talk. */
export function describeChanges(before: Said, after: Said, zone: string, locale: string): string[] {
  const changes: string[] = [];
  const when = (iso: string | null, withDay: boolean) => {
    if (iso === null) return 'none';
    const dt = DateTime.fromISO(iso, { zone }).setLocale(locale);
    return dt.toFormat(withDay ? 'ccc d LLL HH:mm' : 'HH:mm');
  };
  if (before.cancelled && !after.cancelled) changes.push('Going ahead after all (it had been cancelled)');
  if (before.start !== after.start) {
    const sameDay = before.start.slice(0, 10) === after.start.slice(0, 10);
    changes.push(`Time: ${when(before.start, true)} → ${when(after.start, !sameDay)}`);
  } else if (before.end !== after.end) {
    changes.push(`Ends: ${when(before.end, false)} → ${when(after.end, false)}`);
  }
  if (before.location !== after.location) changes.push(`Location: ${before.location ?? 'none'} → ${after.location ?? 'none'}`);
  if (before.title !== after.title) changes.push(`Title: “${before.title}” → “${after.title}”`);
  const names = (s: Said) =>
    s.speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ') || 'none';
  if (names(before) !== names(after)) changes.push(`Speakers: ${names(before)} → ${names(after)}`);
  else if (JSON.stringify(before.speakers) !== JSON.stringify(after.speakers)) changes.push('Speaker details changed');
  return changes;
}
