/**
 * The one preparation step (prepareRun: the planner and each message's input) that the run, `plan`, `--dry-run` and
 * `preview` share, and the run built on it: what a dry run reports is what was prepared, and the ledger's sentAt
 * comes from the injected clock.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMailer } from '../src/deliver/mailer.js';
import { createSlackPoster } from '../src/deliver/slack.js';
import { ConfigError } from '../src/errors.js';
import { emptyLedger, memoryLedger, saidOf, type LedgerData } from '../src/ledger/index.js';
import { siteInfoOf } from '../src/model.js';
import type { ChannelTarget } from '../src/plan/index.js';
import { renderEmail } from '../src/render/email/index.js';
import { renderSlack } from '../src/render/slack/index.js';
import { channelTargets, eventMode, executeRun, prepareRun, recordOf, runContextOf, type RunContext } from '../src/run/index.js';
import { readEmailTemplates } from '../src/run/templates.js';
import { aConfig, anEvent, aSite } from './support/builders.js';

const NOW = new Date('2024-11-18T09:00:00Z');
const email: ChannelTarget = { channel: 'email', destination: 'smtp', canSchedule: false };
const bot: ChannelTarget = { channel: 'slack', destination: '#seminars', canSchedule: true };

const a = anEvent({ id: 'event/a', start: new Date('2024-11-20T13:00:00Z') });
const b = anEvent({ id: 'event/b', start: new Date('2024-11-21T13:00:00Z'), title: 'Second talk' });

function context(over: { baseURL?: string; events?: ReturnType<typeof anEvent>[] } = {}): RunContext {
  return runContextOf({
    config: aConfig(),
    site: aSite(over.baseURL ? { baseURL: over.baseURL } : {}),
    events: over.events ?? [a, b],
    problems: [],
  });
}

describe('prepareRun', () => {
  it('gives each action the input its message is rendered from, keyed by the action', () => {
    const { actions, inputs } = prepareRun(context(), emptyLedger(), [email, bot], NOW, { type: 'run' });
    expect(actions.map((x) => `${x.kind} ${x.channel} ${x.events.join(',')}`)).toEqual([
      'digest email event/a,event/b',
      'digest slack event/a,event/b',
      'reminder slack event/a',
      'reminder slack event/b',
    ]);
    for (const action of actions.filter((x) => x.kind === 'reminder')) {
      expect(inputs.get(action.key)!.message).toMatchObject({ kind: 'reminder', minutesBefore: 60, events: [action.events[0] === 'event/a' ? a : b] });
    }
    for (const action of actions.filter((x) => x.kind === 'digest')) {
      const input = inputs.get(action.key)!.message;
      expect(input.kind).toBe('digest');
      if (input.kind !== 'digest' || action.kind !== 'digest') throw new Error('not a digest');
      expect(input.events.map((e) => e.id)).toEqual(['event/a', 'event/b']);
      expect(input.period).toEqual({ from: action.period.start, to: action.period.to });
      expect(input.sequence).toEqual(action.sequence);
      expect(input.now).toBe(NOW);
    }
  });

  it('has no input for what renders nothing: a digest with nothing to list', () => {
    const { actions, inputs } = prepareRun(context({ events: [] }), emptyLedger(), [email], NOW, { type: 'run' });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'digest', events: [] });
    expect(inputs.size).toBe(0);
  });

  it('an update on Slack also carries the announcement as it should now read (the original is edited); on email it does not', () => {
    const ctx = context({ events: [a] });
    const announced = prepareRun(ctx, emptyLedger(), [email, bot], NOW, { type: 'event', id: 'event/a', force: false });
    const ledger: LedgerData = emptyLedger();
    for (const action of announced.actions) {
      const r = recordOf(action, ctx, NOW);
      if (action.channel === 'slack') r.slack = { channel: 'C1', ts: '1.1' };
      ledger.deliveries[action.key] = r;
    }
    const moved = { ...a, location: 'Room 0.01' };
    const { actions, inputs } = prepareRun({ ...ctx, events: [moved] }, ledger, [email, bot], NOW, { type: 'run' });
    const updates = actions.filter((x) => x.kind === 'update');
    expect(updates.map((x) => x.channel)).toEqual(['email', 'slack']);
    const [onEmail, onSlack] = updates.map((x) => inputs.get(x.key)!);
    expect(onEmail!.message).toMatchObject({ kind: 'update', changes: ['Location: Abacws → Room 0.01'] });
    expect(onEmail!.edit).toBeNull();
    expect(onSlack!.edit).toMatchObject({ kind: 'announcement', events: [moved] });
  });

  it('a cancellation of a deleted page names the talk from what the ledger says was told', () => {
    const ctx = context({ events: [a] });
    const ledger = emptyLedger();
    const [announcement] = prepareRun(ctx, ledger, [email], NOW, { type: 'event', id: 'event/a', force: false }).actions;
    ledger.deliveries[announcement!.key] = recordOf(announcement!, ctx, NOW);
    const { actions, inputs } = prepareRun({ ...ctx, events: [] }, ledger, [email], NOW, { type: 'run' });
    const cancellation = actions.find((x) => x.kind === 'cancellation')!;
    const [talk] = inputs.get(cancellation.key)!.message.events;
    expect(talk).toMatchObject({ id: 'event/a', title: a.title, start: a.start, cancelled: true, permalink: a.permalink });
    expect(saidOf(talk!, true).fingerprint).toBe(saidOf(a, true).fingerprint);
  });

  it('derives the site host once: calendar UIDs keep the port, Message-IDs take the host name alone', () => {
    expect(siteInfoOf({ title: 'S', baseURL: 'http://localhost:1313/' })).toEqual({
      title: 'S',
      baseURL: 'http://localhost:1313/',
      host: 'localhost:1313',
      domain: 'localhost',
    });
    expect(siteInfoOf({ title: 'S', baseURL: '/' })).toMatchObject({ host: 'localhost', domain: 'localhost' });
    const ctx = context({ baseURL: 'https://talks.example.org:8443/' });
    const { actions, inputs } = prepareRun(ctx, emptyLedger(), [email], NOW, { type: 'run' });
    expect(actions[0]!.messageId).toMatch(/@talks\.example\.org>$/);
    expect(inputs.get(actions[0]!.key)!.message.site).toEqual({ title: 'NLP Seminar', baseURL: 'https://talks.example.org:8443/', host: 'talks.example.org:8443' });
  });
});

describe('eventMode (--event)', () => {
  const draft = anEvent({ id: 'event/draft', draft: true });
  const ctx = context({ events: [a, draft, { ...b, cancelled: true }] });

  it('names the talk by id, last segment or permalink path', () => {
    expect(eventMode(ctx, 'a', NOW, false)).toEqual({ type: 'event', id: 'event/a', force: false });
    expect(eventMode(ctx, '/event/a/', NOW, false)).toEqual({ type: 'event', id: 'event/a', force: false });
  });

  it('refuses, unless forced, a page Hugo would not publish, a cancelled talk and one that has started', () => {
    expect(() => eventMode(ctx, 'draft', NOW, false)).toThrow(ConfigError);
    expect(() => eventMode(ctx, 'draft', NOW, false)).toThrow(/not published .*\(draft\).*--force/);
    expect(() => eventMode(ctx, 'b', NOW, false)).toThrow(/cancelled.*--force/);
    expect(() => eventMode(ctx, 'a', new Date('2024-11-20T13:30:00Z'), false)).toThrow(/started at/);
    expect(eventMode(ctx, 'draft', NOW, true)).toEqual({ type: 'event', id: 'event/draft', force: true });
  });
});

describe('the run on the preparation step', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'announce-prepare-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const deps = (ledger = memoryLedger(), clock = () => new Date()) => {
    const config = aConfig({ outbox: dir });
    const transports = {
      mailer: createMailer({ env: {}, config, outboxDir: dir }),
      slack: createSlackPoster({ env: {}, config, outboxDir: dir }),
    };
    const templates = readEmailTemplates(null);
    return { ...transports, ledger, renderEmail: (i: Parameters<typeof renderSlack>[0]) => renderEmail(i, templates), renderSlack, clock };
  };

  it('a dry run reports exactly the prepared actions, in order, and records nothing', async () => {
    const ctx = context();
    const d = deps();
    const prepared = prepareRun(ctx, d.ledger.data(), channelTargets(d), NOW, { type: 'run' });
    const report = await executeRun(ctx, { mode: { type: 'run' }, now: NOW, dryRun: true }, d);
    expect(report.outcomes.map((o) => [o.action.key, o.status])).toEqual(prepared.actions.map((x) => [x.key, 'planned']));
    expect(report.exitCode).toBe(0);
    expect(d.ledger.data()).toEqual(emptyLedger());
  });

  it('records sentAt from the injected clock, not from --now', async () => {
    const ctx = context();
    const confirmedAt = new Date('2024-11-18T09:00:07.250Z');
    const d = deps(memoryLedger(), () => confirmedAt);
    const report = await executeRun(ctx, { mode: { type: 'run' }, now: NOW, dryRun: false }, d);
    expect(report.outcomes.map((o) => o.status)).toEqual(['sent', 'sent']);
    const records = Object.values(d.ledger.data().deliveries);
    expect(records).toHaveLength(2);
    for (const r of records) expect(r.sentAt).toBe(confirmedAt.toISOString());
  });
});
