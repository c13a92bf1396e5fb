/**
 * Faults of the servers and of the disk, through the CLI: each ends with nothing lost, nothing
 * repeated, a clear message, and the exit code the workflow acts on.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const NOW = '2024-11-18T09:00:00Z';
const CONFIG = `
digest: { weekday: monday, time: "08:00" }
reminders: { slack: [60] }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
slack: { channel: "#seminars" }
`;

let smtp: TestSmtpServer;
let slack: SlackServer;
let site: TempSite;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  [smtp, slack] = await Promise.all([startSmtpServer(), startSlackServer()]);
  env = cleanEnv({ SMTP_URL: smtp.url, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url, ANNOUNCE_LOCK_STALE_MS: '2000' });
});
afterAll(async () => {
  await Promise.all([smtp?.close(), slack?.close()]);
});
beforeEach(async () => {
  smtp.clear();
  slack.reset();
  slack.setNow(new Date(NOW));
  site = await makeSite(CONFIG);
  await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z' });
});
afterEach(async () => {
  await site.remove();
});

const run = (extra: string[] = [], e = env) => runCli(['--site', site.root, '--now', NOW, ...extra], e);

/** The whole expected outcome: one digest email, one digest post, one scheduled reminder, and no secret anywhere. */
function expectEachOnce(outputs: string[]) {
  expect(smtp.messages.map((m) => m.header('x-announce-kind'))).toEqual(['digest']);
  expect(slack.posts.map((p) => (p.metadata as { event_payload: { kind: string } }).event_payload.kind)).toEqual(['digest']);
  expect(slack.scheduled).toHaveLength(1);
  for (const out of outputs) {
    expect(out).not.toContain(smtp.pass);
    expect(out).not.toContain(slack.token);
  }
}

describe('SMTP faults', () => {
  for (const [fault, message] of [
    ['4xx', /temporarily refused the message.*451/],
    ['5xx', /rejected the message.*554/],
    ['drop', /dropped the connection|could not be reached/],
  ] as const) {
    it(`${fault}: the email fails (exit 1), Slack still goes out, and the next run sends the email once`, async () => {
      smtp.failNext(fault);
      const first = await run();
      expect(first.code).toBe(1);
      expect(first.stdout).toMatch(/failed\s+digest 2024-11-18\s+email event\/a: /);
      expect(first.stdout).toMatch(message);
      expect(first.stdout).toMatch(/sent\s+digest 2024-11-18\s+slack/);
      expect(smtp.messages).toHaveLength(0);
      const second = await run();
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/sent\s+digest 2024-11-18\s+email/);
      expect(second.stdout).not.toMatch(/slack/);
      expectEachOnce([first.stdout, first.stderr, second.stdout, second.stderr]);
    }, 60_000);
  }
});

describe('Slack faults', () => {
  it('429 with Retry-After: waited out, posted once', async () => {
    slack.failNext({ status: 429, retryAfter: 1 }, { method: 'chat.postMessage' });
    const r = await run();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expectEachOnce([r.stdout, r.stderr]);
  }, 60_000);

  it('500: retried by the client, posted once', async () => {
    slack.failNext(500, { method: 'chat.postMessage' });
    const r = await run();
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectEachOnce([r.stdout, r.stderr]);
  }, 60_000);

  it('invalid_auth: Slack is refused before anything is posted (exit 2), email still goes out; fixed, the next run posts once', async () => {
    slack.failNext('invalid_auth', { method: 'auth.test' });
    const first = await run();
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/failed\s+digest 2024-11-18\s+slack event\/a: SLACK_BOT_TOKEN was rejected by Slack \(auth\.test\): invalid_auth/);
    expect(slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(smtp.messages).toHaveLength(1);
    const second = await run();
    expect(second.code).toBe(0);
    expectEachOnce([first.stdout, first.stderr, second.stdout, second.stderr]);
  }, 60_000);

  it('channel_not_found: a clear message naming the fix (exit 1); the reminder waits for its announcement', async () => {
    slack.failNext('channel_not_found', { method: 'chat.postMessage' });
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/failed\s+digest 2024-11-18\s+slack event\/a: .*channel_not_found.*slack\.channel/);
    expect(first.stdout).toMatch(/skipped\s+reminder \(schedule\) 60 min slack event\/a: waits until the message announcing/);
    expect(slack.scheduled).toHaveLength(0);
    const second = await run();
    expect(second.code).toBe(0);
    expectEachOnce([first.stdout, second.stdout]);
  }, 60_000);
});

describe('a stopped run, then Slack cannot be searched', () => {
  it('a post left pending is not posted again while Slack cannot be checked (missing_scope); a later run finds it', async () => {
    const first = await run();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    // As if that run had been killed between Slack's answer and the record: the post is in Slack, the ledger has it pending.
    const key = 'digest:2024-11-18:slack:#seminars';
    const state = JSON.parse(await readFile(site.state, 'utf8'));
    const record = state.deliveries[key];
    delete state.deliveries[key];
    state.pending = { [key]: { since: new Date(Date.parse(record.sentAt) - 5000).toISOString(), threadTs: null, text: null, record: { ...record, slack: null } } };
    await writeFile(site.state, JSON.stringify(state, null, 2));

    // `plan` makes no look-up: it shows the action, marked as pending (checked before sending).
    const planJson = await runCli(['plan', '--json', '--site', site.root, '--now', NOW], env);
    expect(planJson.code, planJson.stderr).toBe(0);
    const planned = JSON.parse(planJson.stdout) as Array<{ key: string; pending?: boolean }>;
    expect(planned.filter((a) => a.pending).map((a) => a.key)).toEqual([key]);
    const planText = await runCli(['plan', '--site', site.root, '--now', NOW], env);
    expect(planText.stdout.split('\n').filter((l) => l.includes('(pending: checked before sending)'))).toEqual([
      expect.stringMatching(/^\s+digest 2024-11-18\s+slack #seminars/),
    ]);

    // A bot without channels:read / channels:history cannot look for it.
    slack.withoutScopes(['channels:read', 'channels:history']);
    const blind = await run();
    expect(blind.code).toBe(1);
    expect(blind.stderr).toMatch(/could not check Slack for digest:2024-11-18:slack:#seminars .*missing_scope/);
    expect(blind.stdout).toMatch(/skipped\s+digest 2024-11-18\s+slack event\/a: .*interrupted run.*not sent again/);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(JSON.parse(await readFile(site.state, 'utf8')).pending).toHaveProperty([key]);

    // Given the scopes, the next run finds the post and records it, without posting it again.
    slack.withoutScopes([]);
    const found = await run();
    expect(found.code, found.stdout + found.stderr).toBe(0);
    expect(found.stderr).toMatch(/recovered: digest:2024-11-18:slack:#seminars: found in Slack/);
    expectEachOnce([first.stdout, blind.stdout, blind.stderr, found.stdout, found.stderr]);
    const after = JSON.parse(await readFile(site.state, 'utf8'));
    expect(after.pending ?? {}).toEqual({});
    expect(after.deliveries[key].slack.ts).toBe(slack.posts[0]!.ts);
  }, 60_000);
});

describe('an answer lost, then Slack cannot be searched', () => {
  it('a post whose answer was lost and that cannot be looked up stays pending: never posted twice, found once Slack can be searched', async () => {
    const key = 'digest:2024-11-18:slack:#seminars';
    slack.withoutScopes(['channels:read', 'channels:history']);
    slack.failNext({ lostAnswer: true }, { method: 'chat.postMessage' });
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/failed\s+digest 2024-11-18\s+slack event\/a: .*request_failed.*stays pending/);
    expect(first.stderr).toMatch(/digest:2024-11-18:slack:#seminars may have been delivered and could not be checked/);
    expect(slack.posts).toHaveLength(1);
    expect(JSON.parse(await readFile(site.state, 'utf8')).pending).toHaveProperty([key]);

    // Still blind: it is not posted again (exit 1, as after a kill).
    const blind = await run();
    expect(blind.code).toBe(1);
    expect(blind.stdout).toMatch(/skipped\s+digest 2024-11-18\s+slack event\/a: .*not sent again/);
    expect(slack.posts).toHaveLength(1);

    // Given the scopes, the next run finds it and records it; the reminder follows.
    slack.withoutScopes([]);
    const found = await run();
    expect(found.code, found.stdout + found.stderr).toBe(0);
    expect(found.stderr).toMatch(/recovered: digest:2024-11-18:slack:#seminars: found in Slack/);
    expectEachOnce([first.stdout, first.stderr, blind.stdout, found.stdout, found.stderr]);
    expect(JSON.parse(await readFile(site.state, 'utf8')).deliveries[key].slack.ts).toBe(slack.posts[0]!.ts);
  }, 60_000);

  it('a reminder whose scheduling answer was lost and that cannot be looked up is not scheduled twice', async () => {
    slack.withoutScopes(['channels:read', 'channels:history']);
    slack.failNext({ lostAnswer: true }, { method: 'chat.scheduleMessage' });
    const first = await run();
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/failed\s+reminder \(schedule\) 60 min slack event\/a: .*request_failed/);
    expect(slack.scheduled).toHaveLength(1);
    slack.withoutScopes([]);
    const second = await run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stderr).toMatch(/recovered: reminder:event\/a@60m:slack:#seminars: found scheduled in Slack/);
    expect(slack.calls.filter((c) => c.method === 'chat.scheduleMessage')).toHaveLength(1);
    expectEachOnce([first.stdout, second.stdout]);
  }, 60_000);

  it('a definite refusal (channel_not_found) forgets the attempt: the next run posts it without waiting for a look-up', async () => {
    slack.withoutScopes(['channels:read', 'channels:history']);
    slack.failNext('channel_not_found', { method: 'chat.postMessage' });
    const first = await run();
    expect(first.code).toBe(1);
    expect(JSON.parse(await readFile(site.state, 'utf8')).pending ?? {}).toEqual({});
    const second = await run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expectEachOnce([first.stdout, second.stdout]);
  }, 60_000);
});

describe('ledger faults', () => {
  it('an unwritable state folder stops the run before anything is sent (exit 2)', async () => {
    await writeFile(path.join(site.root, 'blocker'), 'a file where the state folder should be');
    const r = await run(['--state', path.join(site.root, 'blocker', 'state.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/announce: cannot create the ledger folder/);
    expect(smtp.messages).toEqual([]);
    expect(slack.calls).toEqual([]);
  }, 30_000);

  it('a corrupt ledger stops the run before anything is sent (exit 2) and is left as it was', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.dirname(site.state), { recursive: true });
    await writeFile(site.state, '{"version": 1, "deliveries": {');
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the ledger .*state\.json is not valid JSON.*never reset automatically/s);
    expect(await readFile(site.state, 'utf8')).toBe('{"version": 1, "deliveries": {');
    await writeFile(site.state, '{"version": 7, "deliveries": {}}');
    const v = await run();
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/version 7; this program reads version 1/);
    expect(smtp.messages).toEqual([]);
    expect(slack.calls).toEqual([]);
  }, 30_000);

  it('two runs at once: each message goes out once, both succeed', async () => {
    // Slow Slack answers keep the first run inside its lock while the second starts.
    slack.failNext({ delayMs: 500 }, { method: 'chat.postMessage' });
    // The default stale time (10 s), not the suite's 2 s: on a loaded machine a live run can be too busy to refresh
    // its lock within 2 s, and the other run would rightly take it over (and the first stop with exit 2).
    const live = { ...env, ANNOUNCE_LOCK_STALE_MS: '10000' };
    const [one, two] = await Promise.all([run([], live), run([], live)]);
    expect([one.code, two.code]).toEqual([0, 0]);
    const said = [one.stdout, two.stdout].join('\n');
    expect(said.match(/sent\s+digest 2024-11-18\s+email/g)).toHaveLength(1);
    expect(said).toMatch(/Nothing was due\./);
    expectEachOnce([said]);
  }, 60_000);
});

describe('credentials a server rejects are configuration (exit 2)', () => {
  const WRONG = 'wrong-Passw0rd-42';

  it('SMTP 535 at the connection check: exit 2, worded as credentials naming SMTP_URL; Slack still goes out', async () => {
    const r = await run([], { ...env, SMTP_URL: smtp.url.replace(encodeURIComponent(smtp.pass), WRONG) });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stdout).toMatch(/failed\s+digest 2024-11-18\s+email event\/a: SMTP server smtp:\/\/127\.0\.0\.1:\d+ did not accept the credentials in SMTP_URL at the connection check \(535\)/);
    expect(r.stdout).not.toContain('(connection check)');
    expect(r.stdout).not.toMatch(/rejected the message/);
    expect(r.stdout).toMatch(/sent\s+digest 2024-11-18\s+slack/);
    for (const out of [r.stdout, r.stderr]) {
      expect(out).not.toContain(WRONG);
      expect(out).not.toContain(smtp.pass);
    }
    expect(smtp.messages).toHaveLength(0);
  }, 60_000);

  it("SLACK_API_URL='not a url': exit 2 with a sentence naming the variable, before anything is sent", async () => {
    const bad = { ...env, SLACK_API_URL: 'not a url' };
    const started = Date.now();
    const r = await run([], bad);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(/SLACK_API_URL is not an http\(s\) URL/);
    expect(r.stderr).not.toContain('not a url');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(smtp.messages).toHaveLength(0);
    expect(slack.calls).toEqual([]);
    expect((await run(['plan'], bad)).code).toBe(2);
  }, 60_000);
});
