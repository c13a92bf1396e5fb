import { DateTime } from 'luxon';
import type { Said } from '../ledger/types.js';
import { makeLabels, type LabelOverrides } from '../render/i18n/index.js';
import { dateText } from '../render/format.js';

/** One short sentence per field that changed between two things said about a talk. */
export function describeChanges(before: Said, after: Said, zone: string, locale: string, labels: LabelOverrides = {}): string[] {
  const changes: string[] = [];
  const l = makeLabels(locale, labels);
  const dt = (iso: string) => DateTime.fromISO(iso, { zone }).setLocale(locale);
  // The zone's name is said only when it differs on the two sides (GMT → BST): the same hour then is another instant.
  const zoneChanged = (a: string | null, b: string | null) => a !== null && b !== null && dt(a).toFormat('ZZZZ') !== dt(b).toFormat('ZZZZ');
  const when = (iso: string | null, withDay: boolean, withZone: boolean) => {
    if (iso === null) return l.t('none');
    const d = dt(iso);
    return `${withDay ? `${dateText(d, 'short')} ` : ''}${d.toFormat('HH:mm')}${withZone ? ` ${d.toFormat('ZZZZ')}` : ''}`;
  };
  if (before.cancelled && !after.cancelled) changes.push(l.t('changeGoingAhead'));
  if (before.start !== after.start) {
    const sameDay = dt(before.start).hasSame(dt(after.start), 'day');
    const zoned = zoneChanged(before.start, after.start);
    changes.push(l.t('changeTime', { from: when(before.start, true, zoned), to: when(after.start, !sameDay, zoned) }));
  } else if (before.end !== after.end) {
    const zoned = zoneChanged(before.end, after.end);
    changes.push(l.t('changeEnds', { from: when(before.end, false, zoned), to: when(after.end, false, zoned) }));
  }
  if (before.location !== after.location) changes.push(l.t('changeLocation', { from: before.location ?? l.t('none'), to: after.location ?? l.t('none') }));
  if (before.title !== after.title) changes.push(l.t('changeTitle', { from: before.title, to: after.title }));
  const names = (s: Said) =>
    s.speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ') || l.t('none');
  if (names(before) !== names(after)) changes.push(l.t('changeSpeakers', { from: names(before), to: names(after) }));
  else if (JSON.stringify(before.speakers) !== JSON.stringify(after.speakers)) changes.push(l.t('changeSpeakerDetails'));
  if (before.details !== undefined && after.details !== undefined && before.details !== after.details) changes.push(l.t('changeDetails'));
  return changes;
}
