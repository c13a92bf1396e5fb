/**
 * The planner's phases, each on its own: what the ledger and the pages say goes in (`planning`), one phase's actions
 * come out, and what a later phase needs from an earlier one is passed explicitly (`tellersOf`). planRun composes
 * them; tests/plan.test.ts checks the whole.
 */
import { describe, expect, it } from 'vitest';
import type { Event } from '../src/content/event.js';
import { emptyLedger, type LedgerData } from '../src/ledger/index.js';
import {
  followedUnpublished,
  planAnnouncements,
  planCancellations,
  planDigest,
  planning,
  planReminders,
  planRun,
  planUpdates,
  tellersOf,
  type Action,
  type ChannelTarget,
  type PlanOptions,
} from '../src/plan/index.js';
import { recordOf } from '../src/run/index.js';
import { aConfig, anEvent, aSite } from './support/builders.js';

const H = 3600_000;
const at = (iso: string) => new Date(iso);
const site = aSite();
const config = aConfig(); // digest Monday 08:00 Europe/London, 7 days; Slack reminder 60 minutes before
const email: ChannelTarget = { channel: 'email', destination: 'smtp', canSchedule: false };
const bot: ChannelTarget = { channel: 'slack', destination: '#seminars', canSchedule: true };
const webhook: ChannelTarget = { channel: 'slack', destination: 'webhook', canSchedule: false };
const MONDAY = at('2024-11-18T09:00:00Z');

const talk = (id: string, start: string, over: Partial<Event> = {}) =>
  anEvent({ id, start: at(start), end: new Date(at(start).getTime() + H), publishDate: at('2024-10-01T00:00:00Z'), ...over });

const a = talk('event/a', '2024-11-21T13:00:00Z');
const b = talk('event/b', '2024-11-28T13:00:00Z');

/** Records the actions as a run would once their transports confirmed them. */
function told(ledger: LedgerData, actions: Action[], events: Event[], now: Date): LedgerData {
  const out = structuredClone(ledger);
  for (const x of actions) {
    const r = recordOf(x, { site, events }, now);
    if (x.kind === 'reminder' && x.op === 'schedule') Object.assign(r, { status: 'scheduled', scheduled: { channel: 'C1', id: `Q-${x.event}` } });
    if (x.channel === 'slack') r.slack = { channel: 'C1', ts: '1.1' };
    out.deliveries[x.key] = r;
  }
  return out;
}

const p = (events: Event[], ledger: LedgerData, now = MONDAY, options: PlanOptions = {}, c = config) => planning(events, ledger, c, site, now, options);

describe('planning (what every phase plans from)', () => {
  it('lists the upcoming published talks in start order, and nothing that is a draft, cancelled or started', () => {
    const events = [b, talk('event/draft', '2024-11-20T13:00:00Z', { draft: true }), a, talk('event/off', '2024-11-22T13:00:00Z', { cancelled: true }), talk('event/past', '2024-11-18T08:00:00Z')];
    expect(p(events, emptyLedger()).upcoming.map((e) => e.id)).toEqual(['event/a', 'event/b']);
  });

  it('treats a forced --event page as published, and only that one', () => {
    const draft = talk('event/draft', '2024-11-20T13:00:00Z', { draft: true });
    const forced = p([a, draft], emptyLedger(), MONDAY, { mode: { type: 'event', id: 'event/draft', force: true } });
    expect(forced.upcoming.map((e) => e.id)).toEqual(['event/draft', 'event/a']);
  });
});

describe('planDigest', () => {
  it("lists the period's talks, once per period and destination", () => {
    const digest = planDigest(p([a, b], emptyLedger()), email)!;
    expect(digest).toMatchObject({ kind: 'digest', key: 'digest:2024-11-18:email:smtp', events: ['event/a'], at: at('2024-11-18T08:00:00Z') });
    const ledger = told(emptyLedger(), [digest], [a, b], MONDAY);
    expect(planDigest(p([a, b], ledger), email)).toBeNull();
    expect(planDigest(p([a, b], ledger), bot)).not.toBeNull();
  });

  it('`announce digest --force` sends it again under a key of its own; scheduled digests off send none in the cron run', () => {
    const ledger = told(emptyLedger(), [planDigest(p([a], emptyLedger()), email)!], [a], MONDAY);
    expect(planDigest(p([a], ledger, MONDAY, { mode: { type: 'digest', force: false } }), email)).toBeNull();
    expect(planDigest(p([a], ledger, MONDAY, { mode: { type: 'digest', force: true } }), email)?.key).toBe('digest:2024-11-18~2:email:smtp');
    const off = aConfig({ digest: { ...config.digest, enabled: false } });
    expect(planDigest(p([a], emptyLedger(), MONDAY, {}, off), email)).toBeNull();
    expect(planDigest(p([a], emptyLedger(), MONDAY, { mode: { type: 'digest', force: false } }, off), email)).not.toBeNull();
  });
});

describe('planAnnouncements', () => {
  const late = talk('event/late', '2024-11-22T13:00:00Z');

  it('announces on its own a talk nothing else tells people about before it starts', () => {
    const planned = p([late], emptyLedger());
    expect(planAnnouncements(planned, email, new Map()).map((x) => [x.event, x.reason])).toEqual([['event/late', 'late']]);
    // This run's digest lists it: no announcement of its own.
    expect(planAnnouncements(planned, email, new Map([['event/late', 'digest:2024-11-18:email:smtp']]))).toEqual([]);
  });

  it('in `each` mode announces every talk from daysBefore its start, once', () => {
    const each = aConfig({ announce: { ...config.announce, mode: 'each', daysBefore: 4 } });
    const [announcement] = planAnnouncements(p([a, b], emptyLedger(), MONDAY, {}, each), email, new Map());
    expect(announcement).toMatchObject({ event: 'event/a', reason: 'due', at: at('2024-11-17T13:00:00Z') });
    const ledger = told(emptyLedger(), [announcement!], [a, b], MONDAY);
    expect(planAnnouncements(p([a, b], ledger, at('2024-11-19T09:00:00Z'), {}, each), email, new Map())).toEqual([]);
  });

  it('`--event` announces that talk once, and again only with --force', () => {
    const once = planAnnouncements(p([a, b], emptyLedger(), MONDAY, { mode: { type: 'event', id: 'event/b', force: false } }), email, new Map());
    expect(once.map((x) => [x.key, x.reason])).toEqual([['announcement:event/b:email:smtp', 'manual']]);
    const ledger = told(emptyLedger(), once, [a, b], MONDAY);
    expect(planAnnouncements(p([a, b], ledger, MONDAY, { mode: { type: 'event', id: 'event/b', force: false } }), email, new Map())).toEqual([]);
    const again = planAnnouncements(p([a, b], ledger, MONDAY, { mode: { type: 'event', id: 'event/b', force: true } }), email, new Map());
    expect(again.map((x) => x.key)).toEqual(['announcement:event/b~2:email:smtp']);
  });
});

describe('planReminders', () => {
  it('reminds of talks told by this run only once that message has gone out (`after`), scheduled ahead with a bot', () => {
    const tellers = new Map([['event/a', 'digest:2024-11-18:slack:#seminars']]);
    const [reminder] = planReminders(p([a, b], emptyLedger()), bot, [a, b], tellers);
    expect(reminder).toMatchObject({ event: 'event/a', op: 'schedule', minutesBefore: 60, at: at('2024-11-21T12:00:00Z'), after: 'digest:2024-11-18:slack:#seminars' });
    // Told nothing about b: no reminder of it.
    expect(planReminders(p([a, b], emptyLedger()), bot, [a, b], tellers)).toHaveLength(1);
  });

  it('with a webhook, posts only once the reminder is due; never an hour before an all-day talk', () => {
    const ledger = told(emptyLedger(), [planDigest(p([a], emptyLedger()), webhook)!], [a], MONDAY);
    expect(planReminders(p([a], ledger), webhook, [a], new Map())).toEqual([]);
    const due = at('2024-11-21T12:10:00Z');
    expect(planReminders(p([a], ledger, due), webhook, [a], new Map()).map((x) => [x.op, x.after])).toEqual([['post', null]]);
    const allDay = { ...a, allDay: true };
    expect(planReminders(p([allDay], ledger, due), webhook, [allDay], new Map())).toEqual([]);
  });
});

describe('planCancellations and planUpdates (follow-ups of what was told)', () => {
  const announced = told(emptyLedger(), planRun([a], emptyLedger(), config, site, MONDAY, [email, bot], { mode: { type: 'event', id: 'event/a', force: false } }), [a], MONDAY);

  it('a told talk that is cancelled gets a cancellation, and its scheduled reminder is deleted', () => {
    const off = { ...a, cancelled: true };
    const { cancellations, deletions } = planCancellations(p([off], announced), bot);
    expect(cancellations.map((x) => [x.key, x.reason, x.thread.slack?.ts])).toEqual([['cancellation:event/a#1:slack:#seminars', 'cancelled', '1.1']]);
    expect(deletions.map((x) => [x.op, x.replaces])).toEqual([['delete', { channel: 'C1', id: 'Q-event/a' }]]);
    expect(planUpdates(p([off], announced), bot)).toEqual([]);
  });

  it('a page that could not be read is not taken for deleted; a deleted one is', () => {
    expect(planCancellations(p([], announced, MONDAY, { unreadable: ['event/a'] }), email).cancellations).toEqual([]);
    expect(planCancellations(p([], announced), email).cancellations.map((x) => x.reason)).toEqual(['removed']);
  });

  it('a told talk whose details changed before it starts gets an update threaded to its announcement; not once it started', () => {
    const moved = { ...a, location: 'Room 0.01' };
    const [update] = planUpdates(p([moved], announced), email);
    expect(update).toMatchObject({ key: 'update:event/a#1:email:smtp', changes: ['Location: Abacws → Room 0.01'], sequence: { 'event/a': 1 } });
    expect(update!.thread.messageId).toBe(announced.deliveries['announcement:event/a:email:smtp']!.messageId);
    expect(planUpdates(p([moved], announced, at('2024-11-21T13:05:00Z')), email)).toEqual([]);
    expect(planCancellations(p([moved], announced), email)).toEqual({ cancellations: [], deletions: [] });
  });

  it('follow-ups belong to the cron run: a manual digest or --event plans none', () => {
    const off = { ...a, cancelled: true };
    expect(planCancellations(p([off], announced, MONDAY, { mode: { type: 'digest', force: false } }), email).cancellations).toEqual([]);
    expect(planUpdates(p([{ ...a, title: 'New' }], announced, MONDAY, { mode: { type: 'event', id: 'event/a', force: false } }), email)).toEqual([]);
  });

  it('a talk announced with --force while unpublished is followed (and reminded) while it stays unpublished', () => {
    const draft = talk('event/d', '2024-11-21T15:00:00Z', { draft: true });
    const forced = planRun([draft], emptyLedger(), config, site, MONDAY, [bot], { mode: { type: 'event', id: 'event/d', force: true } });
    const ledger = told(emptyLedger(), forced, [draft], MONDAY);
    const planned = p([draft], ledger, at('2024-11-19T09:00:00Z'));
    expect(followedUnpublished(planned, bot).map((e) => e.id)).toEqual(['event/d']);
    expect(planCancellations(planned, bot).cancellations).toEqual([]);
  });
});

describe('tellersOf (what the later phases learn from the earlier ones)', () => {
  it("the digest wins over an update of a talk that is on again; announcements fill only what nothing else tells", () => {
    const planned = p([a, b], emptyLedger());
    const digest = planDigest(planned, email)!;
    const reopened = { event: 'event/a', key: 'update:event/a#2:email:smtp', previous: { cancelled: true } } as Parameters<typeof tellersOf>[0][number];
    const announcement = { event: 'event/b', key: 'announcement:event/b:email:smtp' } as Parameters<typeof tellersOf>[2][number];
    const alsoA = { event: 'event/a', key: 'announcement:event/a:email:smtp' } as Parameters<typeof tellersOf>[2][number];
    expect(Object.fromEntries(tellersOf([reopened], digest, [announcement, alsoA]))).toEqual({
      'event/a': 'digest:2024-11-18:email:smtp',
      'event/b': 'announcement:event/b:email:smtp',
    });
    expect(Object.fromEntries(tellersOf([reopened], null))).toEqual({ 'event/a': 'update:event/a#2:email:smtp' });
  });
});

describe('planRun, composed of the phases', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object' && !Object.isFrozen(o)) {
      Object.freeze(o);
      for (const v of Object.values(o)) deepFreeze(v);
    }
    return o;
  };

  it('changes nothing it is given: the ledger and the talks can be frozen', () => {
    const ledger = deepFreeze(told(emptyLedger(), planRun([a, b], emptyLedger(), config, site, MONDAY, [email, bot]), [a, b], MONDAY));
    const events = deepFreeze([{ ...a, location: 'Room 0.01' }, { ...b, cancelled: true }, talk('event/c', '2024-11-20T10:00:00Z')]);
    const actions = planRun(events, ledger, config, site, at('2024-11-19T09:00:00Z'), [email, bot]);
    expect(actions.map((x) => `${x.kind} ${x.channel} ${x.events.join(',')}`)).toEqual([
      'update email event/a',
      'update slack event/a',
      'announcement email event/c',
      'announcement slack event/c',
      'reminder slack event/c',
      // The scheduled reminder of event/a says the old room: it is scheduled again.
      'reminder slack event/a',
    ]);
  });

  it('orders the phases across destinations: cancellations, deletions, updates, digests, announcements, reminders', () => {
    const ledger = told(emptyLedger(), planRun([a], emptyLedger(), config, site, at('2024-11-11T09:00:00Z'), [email, bot], { mode: { type: 'event', id: 'event/a', force: false } }), [a], MONDAY);
    const actions = planRun([{ ...a, cancelled: true }, b], ledger, config, site, MONDAY, [email, bot]);
    expect(actions.map((x) => `${x.kind}${x.kind === 'reminder' ? `:${x.op}` : ''} ${x.channel}`)).toEqual([
      'cancellation email',
      'cancellation slack',
      'reminder:delete slack',
      'digest email',
      'digest slack',
    ]);
  });
});
