import { DateTime } from 'luxon';
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import type { HugoSite } from '../site/types.js';
import type { PublishState } from '../content/publish.js';
import { publishState } from '../content/publish.js';
import { deliveryKey, messageIdFor, saidOf } from '../ledger/keys.js';
import type { DeliveryRecord, LedgerData, Said } from '../ledger/types.js';
import { describeChanges } from './changes.js';
import { digestPeriodAt } from './period.js';
import { siteInfoOf } from '../model.js';
import type {
  Action,
  AnnouncementAction,
  CancellationAction,
  ChannelTarget,
  DigestAction,
  PlanOptions,
  ReminderAction,
  Thread,
  UpdateAction,
} from './types.js';

const MINUTE = 60_000;
/** Slack refuses to schedule a message for the past; a reminder this close to its time is posted instead. */
const SCHEDULE_MARGIN_MS = 60_000;

/** What the ledger says about one talk on one channel and destination. */
interface History {
  /** Records that told people about the talk (announcement, digest, update, cancellation), oldest first. */
  told: Array<{ key: string; record: DeliveryRecord }>;
  ownAnnouncements: string[];
  reminders: Map<number, { key: string; record: DeliveryRecord }>;
}

/**
 * Everything due at `now` and not yet in the ledger, per channel and destination. Pure: the clock,
 * the site and the ledger are arguments, so `plan`, `--dry-run` and the run all call this one function.
 */
export function planRun(
  events: Event[],
  ledger: LedgerData,
  config: Config,
  site: HugoSite,
  now: Date,
  channels: ChannelTarget[],
  options: PlanOptions = {},
): Action[] {
  const mode = options.mode ?? { type: 'run' };
  const unreadable = new Set(options.unreadable ?? []);
  const host = options.domain ?? siteInfoOf(site).domain;
  const byId = new Map(events.map((e) => [e.id, e]));
  // `--event <id> --force` announces a page Hugo would not publish as if it were published (reminders included).
  const forced = mode.type === 'event' && mode.force ? mode.id : null;
  const isPublished = (e: Event) => e.id === forced || publishState(e, site, now) === 'published';
  const upcoming = events
    .filter((e) => isPublished(e) && !e.cancelled && e.start.getTime() > now.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const histories = indexLedger(ledger);
  const sequenceOf = maxSequences(ledger);
  const period = digestPeriodAt(now, config);
  const phases: Action[][] = [[], [], [], [], [], []];
  const [cancellations, deletions, updates, digests, announcements, reminders] = phases as [
    Action[], Action[], Action[], Action[], Action[], Action[],
  ];

  for (const target of channels) {
    const { channel, destination } = target;
    const historyOf = (id: string) => histories.get(`${channel}\n${destination}\n${id}`);
    /** Event id → key of the message of this run that will first tell people about it. */
    const toldThisRun = new Map<string, string>();
    /** Talks announced with --force while unpublished, still unpublished: followed like published ones. */
    const forcedUnpublished: Event[] = [];

    if (mode.type === 'run') {
      for (const [id, history] of historiesOn(histories, channel, destination)) {
        const last = lastSaid(history, id);
        if (!last) continue;
        const event = byId.get(id);
        const seq = (sequenceOf.get(id) ?? 0) + 1;
        const common = {
          channel,
          destination,
          events: [id],
          event: id,
          at: now,
          after: null,
          sequence: { [id]: seq },
          thread: threadOf(history, id),
          previous: last,
        };

        // A page that failed to read this time is not a deleted page (even if it was also renamed, say from
        // event/a/index.md to event/a.md: the id is the same): wait until it reads again.
        if (!event && unreadable.has(id)) continue;
        // Announced on purpose before Hugo published it, and not published since: that it is still
        // unpublished is no news. Cancelled, deleted, or unpublished again after being published is.
        const stillForced = event !== undefined && !event.cancelled && !isPublished(event) && last.unpublished !== undefined;
        if (stillForced) forcedUnpublished.push(event);
        if (!stillForced && (!event || !isPublished(event) || event.cancelled)) {
          for (const [minutes, r] of history.reminders) {
            if (r.record.status === 'scheduled' && r.record.scheduled && Date.parse(r.record.at) > now.getTime())
              deletions.push(reminderDelete(r.key, id, minutes, r.record, now));
          }
          if (last.cancelled || now.getTime() >= Date.parse(last.start)) continue;
          const key = deliveryKey('cancellation', `${id}#${seq}`, channel, destination);
          cancellations.push({
            kind: 'cancellation',
            key,
            reason: cancellationReason(event, event ? publishState(event, site, now) : null),
            messageId: channel === 'email' ? messageIdFor(key, 'cancellation', id, host) : null,
            ...common,
          } satisfies CancellationAction);
          continue;
        }
        const said = saidOf(event);
        if (said.fingerprint === last.fingerprint) continue;
        if (now.getTime() >= Math.min(event.start.getTime(), Date.parse(last.start))) continue;
        const key = deliveryKey('update', `${id}#${seq}`, channel, destination);
        if (last.cancelled) toldThisRun.set(id, key);
        updates.push({
          kind: 'update',
          key,
          changes: describeChanges(last, said, config.timezone, config.locale),
          messageId: channel === 'email' ? messageIdFor(key, 'update', id, host) : null,
          ...common,
        } satisfies UpdateAction);
      }
    }

    const wantDigest = mode.type === 'digest' || (mode.type === 'run' && config.digest.enabled);
    if (wantDigest) {
      let subject = period.id;
      const done = deliveryKey('digest', subject, channel, destination) in ledger.deliveries;
      if (done && mode.type === 'digest' && mode.force) subject = freeVariant(ledger, 'digest', period.id, channel, destination);
      if (!done || subject !== period.id) {
        const listed = upcoming.filter((e) => e.start.getTime() < period.to.getTime());
        const key = deliveryKey('digest', subject, channel, destination);
        digests.push({
          kind: 'digest',
          key,
          channel,
          destination,
          events: listed.map((e) => e.id),
          at: period.start,
          after: null,
          period,
          messageId: channel === 'email' ? messageIdFor(key, 'digest', `digest-${subject}`, host) : null,
          sequence: Object.fromEntries(listed.map((e) => [e.id, sequenceOf.get(e.id) ?? 0])),
        } satisfies DigestAction);
        for (const e of listed) toldThisRun.set(e.id, key);
      }
    }

    const announce = (e: Event, reason: AnnouncementAction['reason'], subject = e.id) => {
      const key = deliveryKey('announcement', subject, channel, destination);
      announcements.push({
        kind: 'announcement',
        key,
        channel,
        destination,
        events: [e.id],
        event: e.id,
        at: reason === 'due' ? announceFrom(e, config) : now,
        after: null,
        reason,
        messageId: channel === 'email' ? messageIdFor(key, 'announcement', subject, host) : null,
        sequence: { [e.id]: sequenceOf.get(e.id) ?? 0 },
      });
      if (!toldThisRun.has(e.id)) toldThisRun.set(e.id, key);
    };

    if (mode.type === 'event') {
      const e = byId.get(mode.id);
      if (e) {
        const own = historyOf(e.id)?.ownAnnouncements ?? [];
        if (own.length === 0) announce(e, 'manual');
        else if (mode.force) announce(e, 'manual', freeVariant(ledger, 'announcement', e.id, channel, destination));
      }
    } else if (mode.type === 'run') {
      const each = config.announce.mode === 'each' || !config.digest.enabled;
      for (const e of upcoming) {
        const history = historyOf(e.id);
        if (history && lastSaid(history, e.id)?.cancelled) continue;
        if (each) {
          if ((history?.ownAnnouncements.length ?? 0) > 0) continue;
          if (now.getTime() >= announceFrom(e, config).getTime()) announce(e, 'due');
        } else {
          if ((history?.told.length ?? 0) > 0 || toldThisRun.has(e.id)) continue;
          // No digest will list it before it happens: the next one goes out after its start.
          if (e.start.getTime() < period.next.getTime()) announce(e, 'late');
        }
      }
    }

    const minutesList = channel === 'slack' ? config.reminders.slack : config.reminders.email;
    if (minutesList.length === 0) continue;
    const remindable = [...upcoming, ...forcedUnpublished.filter((e) => e.start.getTime() > now.getTime())];
    for (const e of remindable) {
      if (mode.type === 'event' && e.id !== mode.id) continue;
      if (mode.type === 'digest' && !toldThisRun.has(e.id)) continue;
      const history = historyOf(e.id);
      const last = history ? lastSaid(history, e.id) : null;
      const toldBefore = last !== null && !last.cancelled;
      if (!toldBefore && !toldThisRun.has(e.id)) continue;
      for (const minutes of minutesList) {
        // An all-day talk has no hour to be reminded of; only reminders a day or more ahead make sense.
        if (e.allDay && minutes < 24 * 60) continue;
        const at = new Date(e.start.getTime() - minutes * MINUTE);
        const key = deliveryKey('reminder', `${e.id}@${minutes}m`, channel, destination);
        const existing = ledger.deliveries[key];
        const stillScheduled =
          existing?.status === 'scheduled' && existing.scheduled && Date.parse(existing.at) > now.getTime()
            ? existing.scheduled
            : null;
        if (existing && existing.status !== 'deleted' && existing.at === at.toISOString()) {
          // A reminder already posted stays as it is; one still waiting in Slack is replaced when the talk's
          // details changed since it was scheduled (its time is handled above: a new time is a new `at`).
          if (!stillScheduled || !reminderOutdated(existing, e)) continue;
        }
        let op: ReminderAction['op'] | null = null;
        if (target.canSchedule && at.getTime() > now.getTime() + SCHEDULE_MARGIN_MS) op = 'schedule';
        else if (at.getTime() <= now.getTime() || target.canSchedule) op = 'post';
        if (op === null) continue;
        reminders.push({
          kind: 'reminder',
          key,
          channel,
          destination,
          events: [e.id],
          event: e.id,
          minutesBefore: minutes,
          op,
          replaces: stillScheduled,
          at,
          after: toldBefore ? null : (toldThisRun.get(e.id) ?? null),
          messageId: channel === 'email' ? messageIdFor(key, 'reminder', `${e.id}-${minutes}m`, host) : null,
          sequence: { [e.id]: sequenceOf.get(e.id) ?? 0 },
        });
      }
    }
  }
  return phases.flat();
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

const TOLD_KINDS = new Set(['announcement', 'digest', 'update', 'cancellation']);

function indexLedger(ledger: LedgerData): Map<string, History> {
  const out = new Map<string, History>();
  const entries = Object.entries(ledger.deliveries).sort(
    ([ka, a], [kb, b]) => a.sentAt.localeCompare(b.sentAt) || ka.localeCompare(kb),
  );
  for (const [key, record] of entries) {
    for (const id of record.events) {
      const slot = `${record.channel}\n${record.destination}\n${id}`;
      let h = out.get(slot);
      if (!h) out.set(slot, (h = { told: [], ownAnnouncements: [], reminders: new Map() }));
      if (record.kind === 'reminder') {
        if (record.minutesBefore !== null) h.reminders.set(record.minutesBefore, { key, record });
      } else if (TOLD_KINDS.has(record.kind) && record.status === 'sent') {
        h.told.push({ key, record });
        if (record.kind === 'announcement') h.ownAnnouncements.push(key);
      }
    }
  }
  return out;
}

function* historiesOn(histories: Map<string, History>, channel: string, destination: string) {
  const prefix = `${channel}\n${destination}\n`;
  for (const [slot, h] of histories) if (slot.startsWith(prefix)) yield [slot.slice(prefix.length), h] as const;
}

function lastSaid(history: History, id: string): Said | null {
  for (let i = history.told.length - 1; i >= 0; i--) {
    const said = history.told[i]!.record.said[id];
    if (said) return said;
  }
  return null;
}

/** Follow-ups reply to the talk's own announcement when there is one, else to the digest that listed it. */
function threadOf(history: History, id: string): Thread {
  const first =
    history.told.find((t) => t.record.kind === 'announcement') ?? history.told.find((t) => t.record.said[id]);
  if (!first) return { messageId: null, references: [], slack: null, editable: false };
  const r = first.record;
  return {
    messageId: r.messageId,
    references: r.messageId ? [r.messageId] : [],
    slack: r.slack,
    editable: r.kind === 'announcement',
  };
}

function maxSequences(ledger: LedgerData): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of Object.values(ledger.deliveries))
    if (r.kind === 'update' || r.kind === 'cancellation')
      for (const id of r.events) out.set(id, Math.max(out.get(id) ?? 0, r.sequence));
  return out;
}

/** A key not yet used, for a message sent again on purpose (--force): `subject~2`, `subject~3`, … */
function freeVariant(ledger: LedgerData, kind: 'digest' | 'announcement', subject: string, channel: ChannelTarget['channel'], destination: string) {
  for (let n = 2; ; n++) {
    const candidate = `${subject}~${n}`;
    if (!(deliveryKey(kind, candidate, channel, destination) in ledger.deliveries)) return candidate;
  }
}
