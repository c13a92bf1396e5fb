import { describe, expect, it } from 'vitest';
import { anEvent, aConfig, aSite } from './support/builders.js';
import { planRun, digestPeriodAt, type Action, type ChannelTarget } from '../src/plan/index.js';
import { emptyLedger, type LedgerData } from '../src/ledger/index.js';
import { recordOf } from '../src/run/index.js';
import type { Event } from '../src/content/event.js';
import type { Config } from '../src/config/config.js';

const H = 3600_000;
const DAY = 24 * H;
const at = (iso: string) => new Date(iso);
const site = aSite();
const email: ChannelTarget = { channel: 'email', destination: 'smtp://mail.example.org:587', canSchedule: false };
const bot: ChannelTarget = { channel: 'slack', destination: '#seminars', canSchedule: true };
const webhook: ChannelTarget = { channel: 'slack', destination: 'webhook', canSchedule: false };

/** A talk published well before `start`. */
const talk = (id: string, start: string, over: Partial<Event> = {}) =>
  anEvent({ id, start: at(start), end: new Date(at(start).getTime() + H), publishDate: at('2024-10-01T00:00:00Z'), ...over });

/** Records every action as the run would once its transport confirmed it. */
function record(ledger: LedgerData, actions: Action[], events: Event[], now: Date, config = aConfig()): LedgerData {
  const out = structuredClone(ledger);
  for (const a of actions) {
    const r = recordOf(a, { config, site, events, unreadable: [] }, now);
    if (a.kind === 'digest' && a.events.length === 0) r.status = 'empty';
    if (a.kind === 'reminder' && a.op === 'schedule') {
      r.status = 'scheduled';
      r.scheduled = { channel: 'C123', id: `Q${a.key.length}${a.minutesBefore}` };
    }
    if (a.kind === 'reminder' && a.op === 'delete') r.status = 'deleted';
    if (a.channel === 'slack') r.slack = { channel: 'C123', ts: `${now.getTime() / 1000}.0001` };
    out.deliveries[a.key] = r;
  }
  return out;
}

const summary = (actions: Action[]) =>
  actions.map((a) => `${a.kind}${a.kind === 'reminder' ? `:${a.op}` : ''} ${a.channel} ${a.events.join('+') || '-'}`);

describe('digest periods', () => {
  const config = aConfig(); // Monday 08:00 Europe/London, 7 days
  it('start at the latest configured weekday and time at or before now, in the display zone', () => {
    const p = digestPeriodAt(at('2024-11-18T09:00:00Z'), config);
    expect(p.id).toBe('2024-11-18');
    expect(p.start.toISOString()).toBe('2024-11-18T08:00:00.000Z');
    expect(p.next.toISOString()).toBe('2024-11-25T08:00:00.000Z');
    expect(p.to.toISOString()).toBe('2024-11-25T08:00:00.000Z');
    expect(digestPeriodAt(at('2024-11-18T07:59:59Z'), config).id).toBe('2024-11-11');
    expect(digestPeriodAt(at('2024-11-24T23:00:00Z'), config).id).toBe('2024-11-18');
  });
  it('follow daylight saving time: 08:00 London is 07:00Z in summer', () => {
    const p = digestPeriodAt(at('2024-07-01T07:30:00Z'), config);
    expect(p.start.toISOString()).toBe('2024-07-01T07:00:00.000Z');
    // The week in which the clocks go back is 25 hours longer.
    const q = digestPeriodAt(at('2024-10-28T09:00:00Z'), config);
    expect(q.start.toISOString()).toBe('2024-10-28T08:00:00.000Z');
    expect(digestPeriodAt(at('2024-10-28T07:30:00Z'), config).start.toISOString()).toBe('2024-10-21T07:00:00.000Z');
  });
  it('honour the configured weekday, time and zone', () => {
    const c = aConfig({ timezone: 'America/New_York', digest: { enabled: true, weekday: 5, time: '17:30', days: 3 } });
    const p = digestPeriodAt(at('2024-11-23T12:00:00Z'), c);
    expect(p.id).toBe('2024-11-22');
    expect(p.start.toISOString()).toBe('2024-11-22T22:30:00.000Z');
    expect(p.to.toISOString()).toBe('2024-11-25T22:30:00.000Z');
  });
});

describe('planRun: digests and announcements', () => {
  const config = aConfig();
  const a = talk('event/a', '2024-11-21T13:00:00Z');
  const b = talk('event/b', '2024-11-28T13:00:00Z');
  const events = [a, b];

  it('sends the digest on the first run at or after its time, listing the talks of the next days, on every channel', () => {
    const lastWeek = at('2024-11-11T09:00:00Z');
    const ledger = record(emptyLedger(), planRun(events, emptyLedger(), config, site, lastWeek, [email, bot]), events, lastWeek);
    expect(planRun(events, ledger, config, site, at('2024-11-18T07:59:00Z'), [email, bot])).toEqual([]);
    const now = at('2024-11-18T08:00:00Z');
    const actions = planRun(events, ledger, config, site, now, [email, bot]);
    const digests = actions.filter((x) => x.kind === 'digest');
    expect(digests.map((d) => [d.channel, d.events, d.key])).toEqual([
      ['email', ['event/a'], 'digest:2024-11-18:email:smtp://mail.example.org:587'],
      ['slack', ['event/a'], 'digest:2024-11-18:slack:#seminars'],
    ]);
    // b starts after the next digest: it waits for it rather than being announced on its own.
    expect(actions.filter((x) => x.kind === 'announcement')).toEqual([]);
  });

  it('is idempotent: what the ledger holds is not planned again', () => {
    const now = at('2024-11-18T09:00:00Z');
    const first = planRun(events, emptyLedger(), config, site, now, [email, bot]);
    const ledger = record(emptyLedger(), first, events, now);
    expect(planRun(events, ledger, config, site, now, [email, bot])).toEqual([]);
    expect(planRun(events, ledger, config, site, at('2024-11-20T09:00:00Z'), [email])).toEqual([]);
  });

  it('announces on its own a talk published after its week’s digest that starts before the next digest', () => {
    const now = at('2024-11-18T08:00:00Z');
    const ledger = record(emptyLedger(), planRun(events, emptyLedger(), config, site, now, [email]), events, now);
    const late = talk('event/late', '2024-11-22T16:00:00Z', { publishDate: at('2024-11-19T10:00:00Z') });
    const later = talk('event/later', '2024-11-26T16:00:00Z', { publishDate: at('2024-11-19T10:00:00Z') });
    const all = [...events, late, later];
    expect(planRun(all, ledger, config, site, at('2024-11-19T09:00:00Z'), [email])).toEqual([]);
    const actions = planRun(all, ledger, config, site, at('2024-11-19T10:00:00Z'), [email]);
    expect(summary(actions)).toEqual(['announcement email event/late']);
    expect(actions[0]).toMatchObject({ kind: 'announcement', reason: 'late', key: 'announcement:event/late:email:smtp://mail.example.org:587' });
    expect(actions[0]!.messageId).toMatch(/^<announcement\.event-late-[0-9a-f]{12}@seminars\.example\.org>$/);
  });

  it('records an empty period as done: nothing sent, and a page published later that week is announced on its own', () => {
    const now = at('2024-11-18T08:00:00Z');
    const actions = planRun([b], emptyLedger(), config, site, now, [email]);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'digest', events: [] });
    const ledger = record(emptyLedger(), actions, [b], now);
    expect(planRun([b], ledger, config, site, at('2024-11-18T10:00:00Z'), [email])).toEqual([]);
  });

  it('catches up after days without runs: the current digest with what is still ahead, nothing stale', () => {
    const past = talk('event/past', '2024-11-19T13:00:00Z');
    const soon = talk('event/soon', '2024-11-22T13:00:00Z');
    const all = [past, soon, b];
    // The cron last ran two weeks ago; now it is Thursday.
    const actions = planRun(all, emptyLedger(), config, site, at('2024-11-21T10:00:00Z'), [email]);
    expect(summary(actions)).toEqual(['digest email event/soon']);
    expect((actions[0] as { period: { id: string } }).period.id).toBe('2024-11-18');
  });

  it('never plans anything for a talk that has started', () => {
    const now = at('2024-11-21T13:00:00Z');
    expect(planRun([a], emptyLedger(), aConfig({ announce: { mode: 'each', daysBefore: 7 } }), site, now, [email, bot])).toEqual([
      expect.objectContaining({ kind: 'digest', events: [] }),
      expect.objectContaining({ kind: 'digest', events: [] }),
    ]);
  });

  it('only plans pages Hugo publishes at now', () => {
    const draft = talk('event/d', '2024-11-20T13:00:00Z', { draft: true });
    const future = talk('event/f', '2024-11-20T14:00:00Z', { publishDate: at('2024-11-19T00:00:00Z') });
    const expired = talk('event/x', '2024-11-20T15:00:00Z', { expiryDate: at('2024-11-17T00:00:00Z') });
    const cancelled = talk('event/c', '2024-11-20T16:00:00Z', { cancelled: true });
    const actions = planRun([draft, future, expired, cancelled, a], emptyLedger(), config, site, at('2024-11-18T08:00:00Z'), [email]);
    expect(summary(actions)).toEqual(['digest email event/a']);
  });

  it('in announce.mode each, announces every talk on its own daysBefore ahead, and the digest still lists it', () => {
    const each = aConfig({ announce: { mode: 'each', daysBefore: 3 } });
    expect(summary(planRun([b], emptyLedger(), each, site, at('2024-11-24T12:00:00Z'), [email]))).toEqual(['digest email -']);
    const now = at('2024-11-25T13:00:00Z');
    const actions = planRun([b], emptyLedger(), each, site, now, [email]);
    expect(summary(actions)).toEqual(['digest email event/b', 'announcement email event/b']);
    expect(actions[1]).toMatchObject({ reason: 'due', at: at('2024-11-25T13:00:00Z') });
  });

  it('with daysBefore 0, announces on the day of the talk (from midnight in the display zone), before it starts', () => {
    const ny = aConfig({ timezone: 'America/New_York', announce: { mode: 'each', daysBefore: 0 } });
    const t = talk('event/t', '2024-11-21T18:00:00Z'); // 13:00 in New York; the day starts at 05:00Z
    const announcements = (now: string) => planRun([t], emptyLedger(), ny, site, at(now), [email]).filter((x) => x.kind === 'announcement');
    expect(announcements('2024-11-21T04:59:00Z')).toEqual([]);
    expect(announcements('2024-11-21T05:00:00Z')).toEqual([expect.objectContaining({ reason: 'due', at: at('2024-11-21T05:00:00Z') })]);
    expect(announcements('2024-11-21T17:59:00Z')).toHaveLength(1);
    expect(announcements('2024-11-21T18:00:00Z')).toEqual([]);
  });

  it('with digests off, announces daysBefore ahead', () => {
    const off = aConfig({ digest: { ...config.digest, enabled: false }, announce: { mode: 'digest', daysBefore: 2 } });
    expect(planRun([b], emptyLedger(), off, site, at('2024-11-26T12:00:00Z'), [email])).toEqual([]);
    expect(summary(planRun([b], emptyLedger(), off, site, at('2024-11-26T13:00:00Z'), [email]))).toEqual(['announcement email event/b']);
  });

  it('keys carry the destination: an outbox delivery does not count for SMTP configured later', () => {
    const now = at('2024-11-18T09:00:00Z');
    const outbox: ChannelTarget = { channel: 'email', destination: 'outbox', canSchedule: false };
    const ledger = record(emptyLedger(), planRun(events, emptyLedger(), config, site, now, [outbox]), events, now);
    expect(planRun(events, ledger, config, site, now, [outbox])).toEqual([]);
    expect(summary(planRun(events, ledger, config, site, now, [email]))).toEqual(['digest email event/a']);
  });

  it('is deterministic: the same inputs give the same actions and keys', () => {
    const now = at('2024-11-18T09:00:00Z');
    const one = planRun(events, emptyLedger(), config, site, now, [email, bot]);
    const two = planRun([...events].reverse(), emptyLedger(), config, site, now, [email, bot]);
    expect(two).toEqual(one);
  });
});

describe('planRun: reminders', () => {
  const config = aConfig();
  const a = talk('event/a', '2024-11-21T13:00:00Z');
  const now = at('2024-11-18T08:00:00Z');

  it('schedules the Slack reminder an hour before as soon as the talk is announced on Slack, after that message', () => {
    const actions = planRun([a], emptyLedger(), config, site, now, [email, bot]);
    expect(summary(actions)).toEqual(['digest email event/a', 'digest slack event/a', 'reminder:schedule slack event/a']);
    const r = actions[2]!;
    expect(r).toMatchObject({ at: at('2024-11-21T12:00:00Z'), after: 'digest:2024-11-18:slack:#seminars', key: 'reminder:event/a@60m:slack:#seminars' });
  });

  it('with a webhook, posts the reminder on the first run inside the window, once', () => {
    let ledger = record(emptyLedger(), planRun([a], emptyLedger(), config, site, now, [webhook]), [a], now);
    expect(planRun([a], ledger, config, site, at('2024-11-21T11:59:00Z'), [webhook])).toEqual([]);
    const inside = at('2024-11-21T12:20:00Z');
    const actions = planRun([a], ledger, config, site, inside, [webhook]);
    expect(summary(actions)).toEqual(['reminder:post slack event/a']);
    ledger = record(ledger, actions, [a], inside);
    expect(planRun([a], ledger, config, site, at('2024-11-21T12:40:00Z'), [webhook])).toEqual([]);
    expect(planRun([a], emptyLedger(), config, site, at('2024-11-21T13:00:00Z'), [webhook])).toEqual([
      expect.objectContaining({ kind: 'digest', events: [] }),
    ]);
  });

  it('sends email reminders per reminders.email, and none for all-day talks an hour ahead', () => {
    const c = aConfig({ reminders: { slack: [60], email: [1440] } });
    const allDay = talk('event/day', '2024-11-22T00:00:00Z', { allDay: true });
    let ledger = record(emptyLedger(), planRun([a, allDay], emptyLedger(), c, site, now, [email, bot]), [a, allDay], now);
    expect(ledger.deliveries['reminder:event/day@60m:slack:#seminars']).toBeUndefined();
    expect(ledger.deliveries['reminder:event/a@60m:slack:#seminars']?.status).toBe('scheduled');
    const t = at('2024-11-20T13:30:00Z');
    const actions = planRun([a, allDay], ledger, c, site, t, [email, bot]);
    expect(summary(actions)).toEqual(['reminder:post email event/a']);
    ledger = record(ledger, actions, [a, allDay], t);
    expect(planRun([a, allDay], ledger, c, site, at('2024-11-21T00:00:00Z'), [email, bot])).toEqual([
      expect.objectContaining({ kind: 'reminder', op: 'post', channel: 'email', events: ['event/day'] }),
    ]);
  });

  it('re-times a scheduled reminder when the talk moves, and posts it at once when its time has passed', () => {
    const ledger = record(emptyLedger(), planRun([a], emptyLedger(), config, site, now, [bot]), [a], now);
    const old = ledger.deliveries['reminder:event/a@60m:slack:#seminars']!.scheduled;
    const moved = { ...a, start: at('2024-11-21T15:00:00Z'), end: at('2024-11-21T16:00:00Z') };
    const actions = planRun([moved], ledger, config, site, at('2024-11-19T09:00:00Z'), [bot]);
    expect(summary(actions)).toEqual(['update slack event/a', 'reminder:schedule slack event/a']);
    expect(actions[1]).toMatchObject({ at: at('2024-11-21T14:00:00Z'), replaces: old, after: null });
    const earlier = { ...a, start: at('2024-11-19T10:00:00Z'), end: at('2024-11-19T11:00:00Z') };
    const late = planRun([earlier], ledger, config, site, at('2024-11-19T09:30:00Z'), [bot]);
    expect(late[1]).toMatchObject({ kind: 'reminder', op: 'post', replaces: old });
  });
});

describe('planRun: a scheduled reminder that says old details', () => {
  const config = aConfig();
  const a = talk('event/a', '2024-11-21T13:00:00Z', { location: 'Abacws' });
  const now = at('2024-11-18T08:00:00Z');

  it('is replaced when the location changes though the time does not; a posted one is left alone', () => {
    const ledger = record(emptyLedger(), planRun([a], emptyLedger(), config, site, now, [bot]), [a], now);
    const old = ledger.deliveries['reminder:event/a@60m:slack:#seminars']!;
    expect(old.said['event/a']?.location).toBe('Abacws');
    const moved = { ...a, location: 'Room 0.01' };
    const t = at('2024-11-19T09:00:00Z');
    const actions = planRun([moved], ledger, config, site, t, [bot]);
    expect(summary(actions)).toEqual(['update slack event/a', 'reminder:schedule slack event/a']);
    expect(actions[1]).toMatchObject({ at: at('2024-11-21T12:00:00Z'), replaces: old.scheduled });
    expect(planRun([moved], record(ledger, actions, [moved], t), config, site, t, [bot])).toEqual([]);
    // Once Slack has posted it (its time has passed), a change does not post it again.
    expect(summary(planRun([moved], ledger, config, site, at('2024-11-21T12:10:00Z'), [bot]))).toEqual(['update slack event/a']);
  });
});

describe('planRun: updates and cancellations', () => {
  const config = aConfig();
  const a = talk('event/a', '2024-11-21T13:00:00Z', { location: 'Abacws' });
  const now = at('2024-11-18T08:00:00Z');
  const sent = (cfg: Config = config) => record(emptyLedger(), planRun([a], emptyLedger(), cfg, site, now, [email, bot]), [a], now, cfg);

  it('sends an update, threaded to what announced it, with the next calendar SEQUENCE, once per change', () => {
    const ledger = sent();
    const moved = { ...a, location: 'Room 0.01', start: at('2024-11-21T14:00:00Z'), end: at('2024-11-21T15:00:00Z') };
    const t = at('2024-11-19T09:00:00Z');
    const actions = planRun([moved], ledger, config, site, t, [email, bot]);
    expect(summary(actions)).toEqual(['update email event/a', 'update slack event/a', 'reminder:schedule slack event/a']);
    const up = actions[0]!;
    expect(up).toMatchObject({
      key: 'update:event/a#1:email:smtp://mail.example.org:587',
      sequence: { 'event/a': 1 },
      changes: ['Time: Thu 21 Nov 13:00 → 14:00', 'Location: Abacws → Room 0.01'],
      thread: { messageId: ledger.deliveries['digest:2024-11-18:email:smtp://mail.example.org:587']!.messageId, editable: false },
    });
    const after = record(ledger, actions, [moved], t);
    expect(planRun([moved], after, config, site, t, [email, bot])).toEqual([]);
    // Moved back: another update, SEQUENCE 2.
    const back = planRun([a], after, config, site, at('2024-11-20T09:00:00Z'), [email]);
    expect(back[0]).toMatchObject({ kind: 'update', sequence: { 'event/a': 2 }, key: 'update:event/a#2:email:smtp://mail.example.org:587' });
  });

  it('threads to the talk’s own announcement when it had one, and marks it editable', () => {
    const each = aConfig({ digest: { ...config.digest, enabled: false } });
    const ledger = sent(each);
    const renamed = { ...a, title: 'A new title' };
    const actions = planRun([renamed], ledger, each, site, at('2024-11-19T09:00:00Z'), [bot]);
    expect(actions[0]).toMatchObject({
      kind: 'update',
      changes: ['Title: “The BERT moment for Music” → “A new title”'],
      thread: { editable: true, slack: { channel: 'C123' } },
    });
  });

  it('makes a typo fix in the title or a change only in the abstract or bio a quiet update, recorded for the next comparison', () => {
    const ledger = sent();
    const t = at('2024-11-19T09:00:00Z');
    // "The BERT moment for Music" (25 letters): one swap and one letter changed are 2 edits, within 10 %.
    for (const changed of [{ ...a, title: 'The BRET moment for Musik' }, { ...a, abstract: 'New abstract' }, { ...a, bio: 'A new bio.' }]) {
      const actions = planRun([changed], ledger, config, site, t, [email, bot]);
      const updates = actions.filter((x) => x.kind === 'update');
      expect(summary(updates)).toEqual(['update email event/a', 'update slack event/a']);
      expect(updates.map((x) => x.kind === 'update' && x.quiet)).toEqual([true, true]);
      // No Message-ID: no email goes out. The SEQUENCE moves (the feed shows the corrected talk with it).
      expect(actions[0]).toMatchObject({ messageId: null, sequence: { 'event/a': 1 } });
      const after = record(ledger, actions, [changed], t);
      expect(planRun([changed], after, config, site, t, [email, bot])).toEqual([]);
      // The next real change is told against the corrected version, one SEQUENCE higher.
      const moved = { ...changed, start: at('2024-11-21T15:00:00Z'), end: at('2024-11-21T16:00:00Z') };
      const next = planRun([moved], after, config, site, t, [email]);
      expect(next[0]).toMatchObject({ kind: 'update', quiet: false, sequence: { 'event/a': 2 }, changes: [expect.stringMatching(/^Time: /)] });
    }
  });

  it('tells a larger title change, or any minor edit with updates.minor: notify, as an update', () => {
    const ledger = sent();
    const t = at('2024-11-19T09:00:00Z');
    // Three edits, or four, are not a typo fix; nor is one in a title so short that it is more than 10 % of it.
    for (const title of ['The BERT moment for Mu', 'The BERT moment for MUSIC']) {
      const actions = planRun([{ ...a, title }], ledger, config, site, t, [email]);
      expect(actions[0]).toMatchObject({ kind: 'update', quiet: false });
      expect(actions[0]!.messageId).not.toBeNull();
    }
    const notify = aConfig({ updates: { minor: 'notify' } });
    const abstract = planRun([{ ...a, abstract: 'New abstract' }], sent(notify), notify, site, t, [email]);
    expect(abstract[0]).toMatchObject({ kind: 'update', quiet: false, changes: ['The abstract or bio changed'] });
    const short = { ...a, title: 'Talk A' };
    const shortLedger = record(emptyLedger(), planRun([short], emptyLedger(), config, site, now, [email]), [short], now);
    const shortFix = planRun([{ ...short, title: 'Talk B' }], shortLedger, config, site, t, [email]);
    expect(shortFix[0]).toMatchObject({ kind: 'update', quiet: false });
    // A typo fix together with a move is not minor.
    const both = planRun([{ ...a, title: 'The BERT moment for Musik', location: 'Room 2' }], ledger, config, site, t, [email]);
    expect(both[0]).toMatchObject({ quiet: false });
  });

  it('leaves alone what no message says and what records made before the abstract was kept cannot tell', () => {
    const ledger = sent();
    for (const r of Object.values(ledger.deliveries)) for (const said of Object.values(r.said)) delete said.details;
    expect(planRun([{ ...a, abstract: 'New abstract' }], ledger, config, site, at('2024-11-19T09:00:00Z'), [email, bot])).toEqual([]);
    expect(planRun([{ ...a, links: [] }], sent(), config, site, at('2024-11-19T09:00:00Z'), [email, bot])).toEqual([]);
  });

  it('cancels a talk that is cancelled, made a draft, unpublished or deleted before its start, and deletes its reminder', () => {
    const ledger = sent();
    const scheduled = ledger.deliveries['reminder:event/a@60m:slack:#seminars']!.scheduled;
    const t = at('2024-11-19T09:00:00Z');
    for (const [events, reason] of [
      [[{ ...a, cancelled: true }], 'cancelled'],
      [[{ ...a, draft: true }], 'draft'],
      [[{ ...a, publishDate: at('2024-12-01T00:00:00Z') }], 'future'],
      [[], 'removed'],
    ] as const) {
      const actions = planRun([...events], ledger, config, site, t, [email, bot]);
      expect(summary(actions)).toEqual(['cancellation email event/a', 'cancellation slack event/a', 'reminder:delete slack event/a']);
      expect(actions[0]).toMatchObject({ reason, sequence: { 'event/a': 1 }, previous: { title: a.title } });
      expect(actions[2]).toMatchObject({ replaces: scheduled });
      const after = record(ledger, actions, [...events], t);
      expect(planRun([...events], after, config, site, t, [email, bot])).toEqual([]);
    }
  });

  it('does not take a page that failed to read for a deleted one', () => {
    const ledger = sent();
    expect(planRun([], ledger, config, site, at('2024-11-19T09:00:00Z'), [email, bot], { unreadable: [a.id] })).toEqual([]);
  });

  it('sends nothing about a talk that has already started, even if it changed or vanished', () => {
    const ledger = sent();
    const t = at('2024-11-21T13:30:00Z');
    expect(planRun([], ledger, config, site, t, [email, bot])).toEqual([]);
    expect(planRun([{ ...a, title: 'x' }], ledger, config, site, t, [email, bot])).toEqual([]);
  });

  it('never announces a cancelled talk again on its own', () => {
    const ledger = sent();
    const t = at('2024-11-19T09:00:00Z');
    const gone = [{ ...a, cancelled: true }];
    const after = record(ledger, planRun(gone, ledger, config, site, t, [email, bot]), gone, t);
    expect(planRun(gone, after, config, site, at('2024-11-20T09:00:00Z'), [email, bot])).toEqual([]);
    // Reinstated: an update says it is going ahead, and its reminder is scheduled again.
    const back = planRun([a], after, config, site, at('2024-11-20T09:00:00Z'), [email, bot]);
    expect(summary(back)).toEqual(['update email event/a', 'update slack event/a', 'reminder:schedule slack event/a']);
    expect((back[0] as { changes: string[] }).changes[0]).toMatch(/Going ahead/);
  });
});

describe('planRun: modes', () => {
  const config = aConfig();
  const b = talk('event/b', '2024-11-28T13:00:00Z');
  const now = at('2024-11-18T09:00:00Z');

  it('--event announces that talk now on every channel, once; --force sends it again under a new key', () => {
    const actions = planRun([b], emptyLedger(), config, site, now, [email, bot], { mode: { type: 'event', id: 'event/b', force: false } });
    expect(summary(actions)).toEqual(['announcement email event/b', 'announcement slack event/b', 'reminder:schedule slack event/b']);
    const ledger = record(emptyLedger(), actions, [b], now);
    expect(planRun([b], ledger, config, site, now, [email, bot], { mode: { type: 'event', id: 'event/b', force: false } })).toEqual([]);
    const again = planRun([b], ledger, config, site, now, [email], { mode: { type: 'event', id: 'event/b', force: true } });
    expect(again.map((x) => x.key)).toEqual(['announcement:event/b~2:email:smtp://mail.example.org:587']);
    // The cron run no longer announces it: it has been announced.
    expect(summary(planRun([b], ledger, config, site, now, [email, bot]))).toEqual(['digest email -', 'digest slack -']);
  });

  it('announce digest sends the current period’s digest even when scheduled digests are off', () => {
    const off = aConfig({ digest: { ...config.digest, enabled: false, days: 14 } });
    expect(planRun([b], emptyLedger(), off, site, now, [email], { mode: { type: 'run' } }).map((x) => x.kind)).toEqual([]);
    const actions = planRun([b], emptyLedger(), off, site, now, [email], { mode: { type: 'digest', force: false } });
    expect(summary(actions)).toEqual(['digest email event/b']);
  });
});
