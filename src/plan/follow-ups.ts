/**
 * Follow-ups of what was told (the cron run only): a cancellation when an announced talk is cancelled, unpublished
 * or deleted before it starts (its scheduled reminders deleted), and an update when what it says changed.
 */
import type { Event } from '../content/event.js';
import { publishState, type PublishState } from '../content/publish.js';
import { deliveryKey, messageIdFor, saidOf } from '../ledger/keys.js';
import type { DeliveryRecord, Said } from '../ledger/types.js';
import { DateTime } from 'luxon';
import { describeChanges } from './changes.js';
import { detailsChanged, isMinorEdit } from './minor.js';
import { eventZone } from '../content/zone.js';
import { historiesOn, lastSaid, threadOf, type History, type Planning } from './planning.js';
import type { CancellationAction, ChannelTarget, DigestEdit, ReminderAction, UpdateAction } from './types.js';

/** Where a told talk stands now on one destination. */
interface Standing {
  id: string;
  history: History;
  last: Said;
  event: Event | undefined;
  /** Announced on purpose before Hugo published it (--force), and still unpublished: followed as if published. */
  forced: boolean;
  /** Cancelled, deleted, or unpublished (and not `forced`): people must be told it is off. */
  gone: boolean;
}

function* standings(p: Planning, target: ChannelTarget): Generator<Standing> {
  if (p.mode.type !== 'run') return;
  for (const [id, history] of historiesOn(p, target)) {
    const last = lastSaid(history, id);
    if (!last) continue;
    const event = p.events.get(id);
    // A page that failed to read this time is not a deleted page (even if it was also renamed, say from
    // event/a/index.md to event/a.md: the id is the same): wait until it reads again.
    if (!event && p.unreadable.has(id)) continue;
    // That a talk announced on purpose before Hugo published it is still unpublished is no news. Cancelled,
    // deleted, or unpublished again after being published is.
    const forced = event !== undefined && !event.cancelled && !p.isPublished(event) && last.unpublished !== undefined;
    const gone = !forced && (!event || !p.isPublished(event) || event.cancelled);
    yield { id, history, last, event, forced, gone };
  }
}

const followUp = (p: Planning, target: ChannelTarget, s: Standing) => {
  const seq = (p.sequenceOf.get(s.id) ?? 0) + 1;
  return {
    subject: `${s.id}#${seq}`,
    channel: target.channel,
    destination: target.destination,
    events: [s.id],
    event: s.id,
    at: p.now,
    after: null,
    sequence: { [s.id]: seq },
    thread: threadOf(s.history, s.id),
    previous: s.last,
    digests: digestEdits(p, target, s.history),
  };
};

/**
 * The Slack digest posts (bot token) that listed a talk, each to be shown as its talks stand now: moved ones at their
 * new time and marked updated, cancelled, unpublished or deleted ones struck through. Every follow-up of one of its
 * talks re-renders the whole post from the current pages, so edits made in any order agree.
 */
function digestEdits(p: Planning, target: ChannelTarget, history: History): DigestEdit[] {
  if (target.channel !== 'slack' || !target.canSchedule) return [];
  const out: DigestEdit[] = [];
  for (const { key, record } of history.told) {
    if (record.kind !== 'digest' || !record.slack?.ts || !record.slack.channel) continue;
    const marks: DigestEdit['marks'] = {};
    for (const id of record.events) {
      const said = record.said[id];
      const e = p.events.get(id);
      if (!said) continue;
      const gone = e ? !p.isPublished(e) || e.cancelled : !p.unreadable.has(id);
      if (gone) marks[id] = 'cancelled';
      else if (e && changedFrom(p, said, saidOf(e))) marks[id] = 'updated';
    }
    const from = DateTime.fromISO(record.at, { zone: p.config.timezone });
    out.push({
      key,
      slack: { channel: record.slack.channel, ts: record.slack.ts },
      events: record.events,
      said: record.said,
      period: { from: from.toJSDate(), to: from.plus({ days: p.config.digest.days }).toJSDate() },
      marks,
    });
  }
  return out;
}

/** Told differently now than in `said`: a change worth marking (a quiet minor edit is corrected without a mark). */
const changedFrom = (p: Planning, said: Said, now: Said): boolean =>
  said.fingerprint !== now.fingerprint && !(p.config.updates.minor === 'quiet' && isMinorEdit(said, now));

/** Talks announced with --force while unpublished, still unpublished: reminded like published ones. */
export function followedUnpublished(p: Planning, target: ChannelTarget): Event[] {
  return [...standings(p, target)].flatMap((s) => (s.forced && s.event ? [s.event] : []));
}

/** Cancellations of told talks that are off before they start, and the deletion of their scheduled reminders. */
export function planCancellations(p: Planning, target: ChannelTarget): { cancellations: CancellationAction[]; deletions: ReminderAction[] } {
  const cancellations: CancellationAction[] = [];
  const deletions: ReminderAction[] = [];
  for (const s of standings(p, target)) {
    if (!s.gone) continue;
    for (const [minutes, r] of s.history.reminders) {
      if (r.record.status === 'scheduled' && r.record.scheduled && Date.parse(r.record.at) > p.now.getTime())
        deletions.push(reminderDelete(r.key, s.id, minutes, r.record, p.now));
    }
    if (s.last.cancelled || p.now.getTime() >= Date.parse(s.last.start)) continue;
    const { subject, ...common } = followUp(p, target, s);
    const key = deliveryKey('cancellation', subject, target.channel, target.destination);
    cancellations.push({
      kind: 'cancellation',
      key,
      reason: cancellationReason(s.event, s.event ? publishState(s.event, p.site, p.now) : null),
      messageId: target.channel === 'email' ? messageIdFor(key, 'cancellation', s.id, p.domain) : null,
      ...common,
    });
  }
  return { cancellations, deletions };
}

/** Updates of told talks whose start, end, location, title or speakers changed before they happened. */
export function planUpdates(p: Planning, target: ChannelTarget): UpdateAction[] {
  const updates: UpdateAction[] = [];
  for (const s of standings(p, target)) {
    if (s.gone || !s.event) continue;
    const said = saidOf(s.event);
    if (said.fingerprint === s.last.fingerprint && !detailsChanged(s.last, said)) continue;
    if (p.now.getTime() >= Math.min(s.event.start.getTime(), Date.parse(s.last.start))) continue;
    const { subject, ...common } = followUp(p, target, s);
    const key = deliveryKey('update', subject, target.channel, target.destination);
    // Recorded like any update (so the next change is told against this version, and it takes the next SEQUENCE),
    // but a quiet one only corrects the Slack posts; the feed shows it with that SEQUENCE.
    const quiet = p.config.updates.minor === 'quiet' && isMinorEdit(s.last, said);
    updates.push({
      kind: 'update',
      key,
      changes: describeChanges(s.last, said, eventZone(s.event, p.config), p.config.locale, p.config.labels),
      messageId: target.channel === 'email' && !quiet ? messageIdFor(key, 'update', s.id, p.domain) : null,
      quiet,
      ...common,
    });
  }
  return updates;
}

function reminderDelete(key: string, id: string, minutes: number, record: DeliveryRecord, now: Date): ReminderAction {
  return {
    kind: 'reminder',
    key,
    channel: record.channel,
    destination: record.destination,
    events: [id],
    event: id,
    minutesBefore: minutes,
    op: 'delete',
    replaces: record.scheduled,
    at: now,
    after: null,
    messageId: null,
    sequence: {},
  };
}

function cancellationReason(event: Event | undefined, state: PublishState | null): CancellationAction['reason'] {
  if (!event || state === null) return 'removed';
  if (state !== 'published') return state;
  return 'cancelled';
}

/** Talks told on this destination whose last message did not cancel them and that have not started (cron run only). */
export function toldUpcoming(p: Planning, target: ChannelTarget): string[] {
  return [...standings(p, target)].flatMap((s) => (!s.last.cancelled && p.now.getTime() < Date.parse(s.last.start) ? [s.id] : []));
}
