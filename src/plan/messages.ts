/** The messages that tell people about talks: the period's digest, announcements on their own, and reminders. */
import { DateTime } from 'luxon';
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import { deliveryKey, messageIdFor, saidOf } from '../ledger/keys.js';
import type { DeliveryRecord, LedgerData } from '../ledger/types.js';
import { historyOf, lastSaid, waitsForPage, type Planning } from './planning.js';
import type { Action, AnnouncementAction, ChannelTarget, DigestAction, ReminderAction, UpdateAction } from './types.js';

const MINUTE = 60_000;
/** Slack refuses to schedule a message for the past; a reminder this close to its time is posted instead. */
const SCHEDULE_MARGIN_MS = 60_000;

/** Event id → key of the message of this run that first tells people about the talk. */
export type Tellers = ReadonlyMap<string, string>;

/**
 * Who tells people about each talk in this run, from the actions planned so far: an update of a talk that had been
 * cancelled (it is on again), the digest that lists it (which wins over such an update), else its own announcement.
 */
export function tellersOf(updates: UpdateAction[], digest: DigestAction | null, announcements: AnnouncementAction[] = []): Tellers {
  const out = new Map<string, string>();
  for (const u of updates) if (u.previous.cancelled) out.set(u.event, u.key);
  if (digest) for (const id of digest.events) out.set(id, digest.key);
  for (const a of announcements) if (!out.has(a.event)) out.set(a.event, a.key);
  return out;
}

/** This period's digest, once per period (`announce digest --force`: again, under a key of its own). */
export function planDigest(p: Planning, target: ChannelTarget): DigestAction | null {
  const { mode, period, ledger } = p;
  if (!(mode.type === 'digest' || (mode.type === 'run' && p.config.digest.enabled))) return null;
  const done = deliveryKey('digest', period.id, target.channel, target.destination) in ledger.deliveries;
  if (done && !(mode.type === 'digest' && mode.force)) return null;
  const subject = done ? freeVariant(ledger, 'digest', period.id, target) : period.id;
  // A talk whose page is not on the website yet is left out; once it is, the late-addition rule announces it.
  const listed = p.upcoming.filter((e) => e.start.getTime() < period.to.getTime() && !waitsForPage(p, target, e.id));
  const key = deliveryKey('digest', subject, target.channel, target.destination);
  return {
    kind: 'digest',
    key,
    channel: target.channel,
    destination: target.destination,
    events: listed.map((e) => e.id),
    at: period.start,
    after: null,
    period,
    messageId: target.channel === 'email' ? messageIdFor(key, 'digest', `digest-${subject}`, p.domain) : null,
    sequence: Object.fromEntries(listed.map((e) => [e.id, p.sequenceOf.get(e.id) ?? 0])),
  };
}

/**
 * Announcements of talks on their own: `--event` (again, with --force), and in the cron run every talk due in
 * `announce.mode: each`, or in `digest` mode a talk no digest will list before it starts. `told`: who else tells
 * people about a talk in this run (see tellersOf).
 */
export function planAnnouncements(p: Planning, target: ChannelTarget, told: Tellers): AnnouncementAction[] {
  const out: AnnouncementAction[] = [];
  const announce = (e: Event, reason: AnnouncementAction['reason'], subject = e.id) => {
    const key = deliveryKey('announcement', subject, target.channel, target.destination);
    out.push({
      kind: 'announcement',
      key,
      channel: target.channel,
      destination: target.destination,
      events: [e.id],
      event: e.id,
      at: reason === 'due' ? announceFrom(e, p.config) : p.now,
      after: null,
      reason,
      messageId: target.channel === 'email' ? messageIdFor(key, 'announcement', subject, p.domain) : null,
      sequence: { [e.id]: p.sequenceOf.get(e.id) ?? 0 },
    });
  };
  const { mode } = p;
  if (mode.type === 'event') {
    const e = p.events.get(mode.id);
    if (e) {
      const own = historyOf(p, target, e.id)?.ownAnnouncements ?? [];
      if (own.length === 0) announce(e, 'manual');
      else if (mode.force) announce(e, 'manual', freeVariant(p.ledger, 'announcement', e.id, target));
    }
  } else if (mode.type === 'run') {
    const each = p.config.announce.mode === 'each' || !p.config.digest.enabled;
    for (const e of p.upcoming) {
      const history = historyOf(p, target, e.id);
      if (history && lastSaid(history, e.id)?.cancelled) continue;
      if (waitsForPage(p, target, e.id)) continue;
      if (each) {
        if ((history?.ownAnnouncements.length ?? 0) > 0) continue;
        if (p.now.getTime() >= announceFrom(e, p.config).getTime()) announce(e, 'due');
      } else {
        if ((history?.told.length ?? 0) > 0 || told.has(e.id)) continue;
        // No digest will list it before it happens: the next one goes out after its start.
        if (e.start.getTime() < p.period.next.getTime()) announce(e, 'late');
      }
    }
  }
  return out;
}

/**
 * Reminders of talks people were told about (before, or by a message of this run: `told`), `reminders.slack` /
 * `reminders.email` minutes before the start: scheduled ahead in Slack with a bot token, else posted once due.
 * `remindable`: the upcoming talks and the talks followed though unpublished (see followedUnpublished).
 */
export function planReminders(p: Planning, target: ChannelTarget, remindable: Event[], told: Tellers): ReminderAction[] {
  const minutesList = target.channel === 'slack' ? p.config.reminders.slack : p.config.reminders.email;
  const out: ReminderAction[] = [];
  if (minutesList.length === 0) return out;
  const { mode, now, ledger } = p;
  for (const e of remindable) {
    if (e.start.getTime() <= now.getTime()) continue;
    if (mode.type === 'event' && e.id !== mode.id) continue;
    if (mode.type === 'digest' && !told.has(e.id)) continue;
    const history = historyOf(p, target, e.id);
    const last = history ? lastSaid(history, e.id) : null;
    const toldBefore = last !== null && !last.cancelled;
    if (!toldBefore && !told.has(e.id)) continue;
    for (const minutes of minutesList) {
      // An all-day talk has no hour to be reminded of; only reminders a day or more ahead make sense.
      if (e.allDay && minutes < 24 * 60) continue;
      const at = new Date(e.start.getTime() - minutes * MINUTE);
      const key = deliveryKey('reminder', `${e.id}@${minutes}m`, target.channel, target.destination);
      const existing = ledger.deliveries[key];
      const stillScheduled =
        existing?.status === 'scheduled' && existing.scheduled && Date.parse(existing.at) > now.getTime() ? existing.scheduled : null;
      if (existing && existing.status !== 'deleted' && existing.at === at.toISOString()) {
        // A reminder already posted stays as it is; one still waiting in Slack is replaced when the talk's
        // details changed since it was scheduled (its time is handled above: a new time is a new `at`).
        if (!stillScheduled || !reminderOutdated(existing, e)) continue;
      }
      let op: ReminderAction['op'] | null = null;
      if (target.canSchedule && at.getTime() > now.getTime() + SCHEDULE_MARGIN_MS) op = 'schedule';
      else if (at.getTime() <= now.getTime() || target.canSchedule) op = 'post';
      if (op === null) continue;
      out.push({
        kind: 'reminder',
        key,
        channel: target.channel,
        destination: target.destination,
        events: [e.id],
        event: e.id,
        minutesBefore: minutes,
        op,
        replaces: stillScheduled,
        at,
        after: toldBefore ? null : (told.get(e.id) ?? null),
        messageId: target.channel === 'email' ? messageIdFor(key, 'reminder', `${e.id}-${minutes}m`, p.domain) : null,
        sequence: { [e.id]: p.sequenceOf.get(e.id) ?? 0 },
      });
    }
  }
  return out;
}

/** A scheduled reminder that says other details (title, time, location, speakers, link) than the page now does. */
function reminderOutdated(record: DeliveryRecord, e: Event): boolean {
  const said = record.said[e.id];
  // Recorded before reminders kept what they said: nothing to compare with, so it is left alone.
  if (!said) return false;
  const now = saidOf(e);
  return said.fingerprint !== now.fingerprint || said.permalink !== now.permalink;
}

/**
 * When an event's own announcement is due (announce.mode each): `daysBefore` days before its start, and for
 * 0, on the day itself: from midnight in the display zone, so that it still goes out before the talk starts.
 */
function announceFrom(e: Event, config: Config): Date {
  const days = config.announce.daysBefore;
  if (days > 0) return new Date(e.start.getTime() - days * 86_400_000);
  return DateTime.fromJSDate(e.start, { zone: config.timezone }).startOf('day').toJSDate();
}

/** A key not yet used, for a message sent again on purpose (--force): `subject~2`, `subject~3`, … */
function freeVariant(ledger: LedgerData, kind: Action['kind'], subject: string, target: ChannelTarget): string {
  for (let n = 2; ; n++) {
    const candidate = `${subject}~${n}`;
    if (!(deliveryKey(kind, candidate, target.channel, target.destination) in ledger.deliveries)) return candidate;
  }
}
