/**
 * The CLI as a child process, SIGKILLed at random moments of a run that has 14 messages to send
 * (a digest and four announcements by email and Slack, four Slack reminders to schedule), then run
 * again to completion. Over all trials: no message lost; none duplicated on Slack (a stopped run's
 * pending posts are looked up in Slack by the next run); for email, the duplicates and the window
 * between the server's acceptance and the ledger's record are measured and reported.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { cleanEnv, makeSite, runCli, spawnCli, type TempSite } from './run-support.js';

const TRIALS = 32;
const MAX_TRIALS = 60;
const PARALLEL = 2;
const TALKS = 4;
const DAY = 86_400_000;

let smtp: TestSmtpServer;
let slack: SlackServer;
let env: NodeJS.ProcessEnv;
const acceptedAt = new Map<string, number>();

beforeAll(async () => {
  [smtp, slack] = await Promise.all([startSmtpServer(), startSlackServer()]);
  // The server pushes a message just before it answers 250: that instant is its acceptance.
  const push = smtp.messages.push.bind(smtp.messages);
  smtp.messages.push = (...items) => {
    for (const m of items) if (m.parsed.messageId) acceptedAt.set(m.parsed.messageId, Date.now());
    return push(...items);
  };
  env = cleanEnv({
    SMTP_URL: smtp.url,
    SLACK_BOT_TOKEN: slack.token,
    SLACK_API_URL: slack.url,
    // A killed run's lock is taken over after 2 s instead of 10 s, to keep the test short.
    ANNOUNCE_LOCK_STALE_MS: '2000',
  });
});
afterAll(async () => {
  await Promise.all([smtp?.close(), slack?.close()]);
});

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A site whose run has 14 messages due now; talk times differ per trial so that messages can be told apart. */
async function trialSite(trial: number): Promise<{ site: TempSite; ids: string[]; reminderAt: number[] }> {
  const now = new Date();
  const config = `
timezone: UTC
digest: { weekday: ${WEEKDAYS[now.getUTCDay()]}, time: "00:00", days: 7 }
announce: { mode: each, daysBefore: 7 }
reminders: { slack: [60] }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
slack: { channel: "#seminars" }
`;
  const site = await makeSite(config, 'UTC');
  const ids: string[] = [];
  const reminderAt: number[] = [];
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let i = 1; i <= TALKS; i++) {
    const start = new Date(midnight + i * DAY + 13 * 3600_000 + trial * 60_000);
    const name = `t${trial}-${i}`;
    ids.push(`event/${name}`);
    reminderAt.push(Math.floor((start.getTime() - 3600_000) / 1000));
    await site.writeTalk(name, {
      title: `Trial ${trial} talk ${i}`,
      date: start.toISOString(),
      date_end: new Date(start.getTime() + 3600_000).toISOString(),
      speaker: `Speaker ${i}`,
    });
  }
  return { site, ids, reminderAt };
}

interface TrialResult {
  trial: number;
  killedAfterMs: number;
  killed: boolean;
  /** Messages of this trial out before the kill (0 = killed before delivering; 14 = after the last). */
  outBeforeKill: number;
  lost: string[];
  duplicated: { email: number; slack: number; scheduled: number };
  windowsMs: number[];
}

function countMine(ids: string[], reminderAt: number[]): number {
  const mine = (events: string[]) => events.some((e) => ids.includes(e));
  return (
    smtp.messages.filter((m) => mine((m.header('x-announce-events') ?? '').split(','))).length +
    slack.posts.filter((p) => mine((p.metadata as { event_payload?: { events: string[] } } | null)?.event_payload?.events ?? [])).length +
    slack.scheduled.filter((s) => reminderAt.includes(s.postAt)).length
  );
}

const emailKey = (kind: string | undefined, events: string | undefined) => `${kind} ${events}`;

async function trial(n: number, typicalMs: number): Promise<TrialResult> {
  const { site, ids, reminderAt } = await trialSite(n);
  try {
    const args = ['--site', site.root];
    const child = spawnCli(args, env);
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    // Rendering takes most of a run and the 14 deliveries a few tens of milliseconds, so a kill at a random
    // instant of the run would rarely land among them. Odd trials kill at a random instant; even ones right
    // after the k-th message of the trial reached a server (k random), i.e. inside the delivery phase.
    let killed = false;
    let done = false;
    const started = Date.now();
    void exited.then(() => (done = true));
    const afterMessages = n % 2 === 0 ? 1 + Math.floor(Math.random() * 13) : 0;
    const deadline = afterMessages ? started + 30_000 : started + Math.round(Math.random() * typicalMs * 0.6);
    while (!done && Date.now() < deadline && !(afterMessages && countMine(ids, reminderAt) >= afterMessages))
      await new Promise((r) => setTimeout(r, 1));
    if (!done) killed = child.kill('SIGKILL');
    const killedAfterMs = Date.now() - started;
    await exited;
    const outBeforeKill = countMine(ids, reminderAt);
    const again = await runCli(args, env, 60_000);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    const state = JSON.parse(await readFile(site.state, 'utf8'));
    expect(state.pending ?? {}).toEqual({});

    const mine = (events: string | string[] | undefined) =>
      (Array.isArray(events) ? events : (events ?? '').split(',')).some((e) => ids.includes(e));
    const expected = [emailKey('digest', ids.join(',')), ...ids.map((id) => emailKey('announcement', id))];
    const got = { email: new Map<string, number>(), slack: new Map<string, number>(), scheduled: new Map<number, number>() };
    for (const m of smtp.messages) {
      const events = m.header('x-announce-events');
      if (!mine(events)) continue;
      const k = emailKey(m.header('x-announce-kind'), events);
      got.email.set(k, (got.email.get(k) ?? 0) + 1);
    }
    for (const p of slack.posts) {
      const meta = (p.metadata as { event_payload?: { kind: string; events: string[] } } | null)?.event_payload;
      if (!meta || !mine(meta.events)) continue;
      const k = emailKey(meta.kind, meta.events.join(','));
      got.slack.set(k, (got.slack.get(k) ?? 0) + 1);
    }
    for (const s of slack.scheduled) if (reminderAt.includes(s.postAt)) got.scheduled.set(s.postAt, (got.scheduled.get(s.postAt) ?? 0) + 1);

    const lost = [
      ...expected.filter((k) => !got.email.get(k)).map((k) => `email ${k}`),
      ...expected.filter((k) => !got.slack.get(k)).map((k) => `slack ${k}`),
      ...reminderAt.filter((t) => !got.scheduled.get(t)).map((t) => `reminder ${t}`),
    ];
    const extra = (m: Map<unknown, number>) => [...m.values()].reduce((s, c) => s + Math.max(0, c - 1), 0);
    const windowsMs: number[] = [];
    for (const d of Object.values(state.deliveries as Record<string, { channel: string; messageId: string | null; sentAt: string }>)) {
      if (d.channel !== 'email' || !d.messageId) continue;
      const accepted = acceptedAt.get(d.messageId);
      if (accepted !== undefined) windowsMs.push(Date.parse(d.sentAt) - accepted);
    }
    return {
      trial: n,
      killedAfterMs,
      killed,
      outBeforeKill,
      lost,
      duplicated: { email: extra(got.email), slack: extra(got.slack), scheduled: extra(got.scheduled) },
      windowsMs,
    };
  } finally {
    await site.remove();
  }
}

describe('crash safety', () => {
  it(`loses nothing and repeats nothing on Slack when runs are SIGKILLed at random (≥ 30 killed runs)`, async () => {
    // One undisturbed run tells how long a run lasts, so that kills land anywhere in it.
    const t0 = Date.now();
    const reference = await trial(1000, 0 /* killed before it starts: measures the full second run */);
    const typicalMs = Math.max(400, Date.now() - t0 - 200);
    expect(reference.lost).toEqual([]);

    const results: TrialResult[] = [];
    // Some runs finish before their kill: go on until at least 30 runs were really killed (bounded).
    for (let i = 0; i < MAX_TRIALS && (i < TRIALS || results.filter((r) => r.killed).length < 30); i += PARALLEL) {
      const batch = Array.from({ length: PARALLEL }, (_, j) => trial(i + j, typicalMs));
      results.push(...(await Promise.all(batch)));
    }

    const killed = results.filter((r) => r.killed).length;
    const midDelivery = results.filter((r) => r.killed && r.outBeforeKill > 0 && r.outBeforeKill < 14).length;
    const lost = results.flatMap((r) => r.lost);
    const dup = results.reduce(
      (s, r) => ({ email: s.email + r.duplicated.email, slack: s.slack + r.duplicated.slack, scheduled: s.scheduled + r.duplicated.scheduled }),
      { email: 0, slack: 0, scheduled: 0 },
    );
    const windows = results.flatMap((r) => r.windowsMs).sort((a, b) => a - b);
    const pct = (p: number) => windows[Math.min(windows.length - 1, Math.floor(p * windows.length))] ?? NaN;
    console.log(
      [
        `crash test: ${results.length} trials, ${killed} SIGKILLed mid-run (run length ≈ ${typicalMs} ms), ${midDelivery} of them with some but not all of the 14 messages out`,
        `  lost: ${lost.length}${lost.length ? ` (${lost.join('; ')})` : ''}`,
        `  duplicated: email ${dup.email}, slack posts ${dup.slack}, slack scheduled ${dup.scheduled}`,
        `  email window (server acceptance → ledger record), ${windows.length} messages: median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${windows.at(-1)} ms`,
      ].join('\n'),
    );
    expect(killed).toBeGreaterThanOrEqual(30);
    expect(lost).toEqual([]);
    expect(dup.slack).toBe(0);
    expect(dup.scheduled).toBe(0);
    // An email is repeated only when a kill lands inside that window: rare, and never more than one per kill.
    expect(dup.email).toBeLessThanOrEqual(killed);
    expect(pct(0.5)).toBeLessThan(50);
  }, 240_000);
});
