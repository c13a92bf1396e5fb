import { DateTime } from 'luxon';
import type { Said } from '../ledger/types.js';

/** One short sentence per field that changed between two things said about a talk. */
export function describeChanges(before: Said, after: Said, zone: string, locale: string): string[] {
  const changes: string[] = [];
  const dt = (iso: string) => DateTime.fromISO(iso, { zone }).setLocale(locale);
  // The zone's name is said only when it differs on the two sides (GMT → BST): the same hour then is another instant.
  const zoneChanged = (a: string | null, b: string | null) => a !== null && b !== null && dt(a).toFormat('ZZZZ') !== dt(b).toFormat('ZZZZ');
  const when = (iso: string | null, withDay: boolean, withZone: boolean) => {
    if (iso === null) return 'none';
    const d = dt(iso);
    return `${d.toFormat(withDay ? 'ccc d LLL HH:mm' : 'HH:mm')}${withZone ? ` ${d.toFormat('ZZZZ')}` : ''}`;
  };
  if (before.cancelled && !after.cancelled) changes.push('Going ahead after all (it had been cancelled)');
  if (before.start !== after.start) {
    const sameDay = dt(before.start).hasSame(dt(after.start), 'day');
    const zoned = zoneChanged(before.start, after.start);
    changes.push(`Time: ${when(before.start, true, zoned)} → ${when(after.start, !sameDay, zoned)}`);
  } else if (before.end !== after.end) {
    const zoned = zoneChanged(before.end, after.end);
    changes.push(`Ends: ${when(before.end, false, zoned)} → ${when(after.end, false, zoned)}`);
  }
  if (before.location !== after.location) changes.push(`Location: ${before.location ?? 'none'} → ${after.location ?? 'none'}`);
  if (before.title !== after.title) changes.push(`Title: “${before.title}” → “${after.title}”`);
  const names = (s: Said) =>
    s.speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ') || 'none';
  if (names(before) !== names(after)) changes.push(`Speakers: ${names(before)} → ${names(after)}`);
  else if (JSON.stringify(before.speakers) !== JSON.stringify(after.speakers)) changes.push('Speaker details changed');
  if (before.details !== undefined && after.details !== undefined && before.details !== after.details) changes.push('The abstract or bio changed');
  return changes;
}
