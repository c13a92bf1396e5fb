/**
 * One rule for credentials: a transport that rejects ours is a configuration error (exit 2), worded as such and
 * naming the variable to fix (never its value), for SMTP as for Slack; a malformed SLACK_API_URL is configuration
 * too. And what a newcomer trips on: `announce digest` or `--event` after it went out says when and how to send it
 * again; `list | head -1` and `plan | head -1` end quietly.
 */
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer } from '../src/deliver/mailer.js';
import { createSlackPoster, type SlackDeliveryError } from '../src/deliver/slack.js';
import { DeliveryError } from '../src/errors.js';
import { anInput, anOutgoing, renderEmail } from './email-support.js';
import { cleanEnv, CLI, makeSite, runCli, type TempSite } from './run-support.js';
import { aConfig } from './support/builders.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';

const NOW = '2024-11-18T09:00:00Z';
const CONFIG = `
digest: { weekday: monday, time: "08:00" }
reminders: { slack: [] }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
slack: { channel: "#seminars" }
`;
const WRONG = 'wrong-Passw0rd-42';

let smtp: TestSmtpServer;
let slack: SlackServer;
let site: TempSite;

beforeAll(async () => {
  [smtp, slack] = await Promise.all([startSmtpServer(), startSlackServer()]);
});
afterAll(async () => {
  await Promise.all([smtp?.close(), slack?.close()]);
});
beforeEach(async () => {
  smtp.clear();
  slack.reset();
  slack.setNow(new Date(NOW));
  site = await makeSite(CONFIG);
  await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z' });
});
afterEach(async () => {
  await site.remove();
});

const wrongSmtpUrl = () => smtp.url.replace(encodeURIComponent(smtp.pass), WRONG);
const run = (env: NodeJS.ProcessEnv, ...args: string[]) => runCli(['--site', site.root, '--now', NOW, ...args], env);

describe('SMTP rejecting the credentials is configuration (exit 2)', () => {
  it('at the connection check: exit 2, worded as a credentials problem naming SMTP_URL; Slack still goes out', async () => {
    const r = await run(cleanEnv({ SMTP_URL: wrongSmtpUrl(), SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url }));
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

  it('at sending: the same rule', async () => {
    const mailer = createMailer({ env: { SMTP_URL: wrongSmtpUrl() }, config: aConfig(), outboxDir: '/nonexistent' });
    try {
      const input = anInput('announcement');
      const err = await mailer.sendEmail(anOutgoing(await renderEmail(input), input)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect(err).toMatchObject({ exitCode: 2, credentials: true });
      expect((err as Error).message).toMatch(/did not accept the credentials in SMTP_URL when sending to nlp-seminar@lists\.example\.org \(535\)/);
      expect((err as Error).message).not.toContain(WRONG);
    } finally {
      await mailer.close();
    }
  });

  it('other refusals stay delivery failures (exit 1), retried by the next run', async () => {
    const mailer = createMailer({ env: { SMTP_URL: smtp.url }, config: aConfig(), outboxDir: '/nonexistent' });
    try {
      smtp.failNext('5xx');
      const input = anInput('announcement');
      const err = await mailer.sendEmail(anOutgoing(await renderEmail(input), input)).catch((e: unknown) => e);
      expect(err).toMatchObject({ exitCode: 1, credentials: false });
    } finally {
      await mailer.close();
    }
  });
});

describe('Slack rejecting the credentials is configuration (exit 2)', () => {
  const poster = (env: NodeJS.ProcessEnv) =>
    createSlackPoster({ env, config: aConfig(), outboxDir: '/nonexistent', retry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20, requestTimeoutMs: 3000 } });
  const message = { text: 'Talk', blocks: [], kind: 'announcement' as const, events: ['event/a'] };

  it('a token rejected when posting (not only at auth.test)', async () => {
    slack.failNext('invalid_auth', { method: 'chat.postMessage' });
    const err = (await poster({ SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url }).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(err).toMatchObject({ slackError: 'invalid_auth', exitCode: 2, credentials: true });
    slack.failNext('channel_not_found', { method: 'chat.postMessage' });
    const other = (await poster({ SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url }).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(other).toMatchObject({ slackError: 'channel_not_found', exitCode: 1, credentials: false });
  });

  it('a webhook URL Slack does not know (invalid_token), naming SLACK_WEBHOOK_URL', async () => {
    slack.failNext('invalid_token', { method: 'webhook', times: 5 });
    const err = (await poster({ SLACK_WEBHOOK_URL: slack.webhookUrl }).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(err).toMatchObject({ slackError: 'invalid_token', exitCode: 2 });
    expect(err.message).toContain('SLACK_WEBHOOK_URL');
    expect(err.message).not.toContain(slack.webhookUrl);
  });

  it("SLACK_API_URL='not a url' is exit 2 with a sentence naming the variable, before anything is sent", async () => {
    const env = cleanEnv({ SMTP_URL: smtp.url, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: 'not a url' });
    const started = Date.now();
    const r = await run(env);
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toMatch(/SLACK_API_URL is not an http\(s\) URL/);
    expect(r.stderr).not.toContain('not a url');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(smtp.messages).toHaveLength(0);
    expect((await run(env, 'plan')).code).toBe(2);
  }, 60_000);
});

describe('asked for something that has gone out', () => {
  const env = () => cleanEnv();

  it('`announce digest` again says when the digest went out, and that --force sends it again', async () => {
    expect((await run(env(), 'digest')).code).toBe(0);
    const again = await run(env(), 'digest');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing was due\./);
    expect(again.stdout).toMatch(
      /This period's digest \(2024-11-18\) has gone out: by email \(outbox\) at \d{4}-\d\d-\d\dT[\d:.]+Z; on Slack \(outbox\) at [\d\-T:.]+Z\. `announce digest --force` sends it again\./,
    );
  }, 60_000);

  it('`announce --event X` for a talk already announced says when, and that --force sends it again', async () => {
    expect((await run(env(), '--event', 'a')).code).toBe(0);
    const again = await run(env(), '--event', 'a', '--channel', 'email');
    expect(again.stdout).toMatch(/Nothing was due\./);
    expect(again.stdout).toMatch(/The announcement of event\/a has gone out: by email \(outbox\) at [\d\-T:.]+Z\. `announce --event event\/a --force` sends it again\./);
    // The cron run asks for nothing in particular: no such sentence.
    const cron = await run(env());
    expect(cron.stdout).not.toMatch(/has gone out/);
  }, 60_000);
});

describe('a reader that stops early', () => {
  /** The CLI with its stdout closed by the reader before it writes (what `| head -1` does, at its worst). */
  const closedEarly = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it.each(['list', 'list --json', 'plan'])('`announce %s | head -1` ends quietly with exit 0', async (cmd) => {
    const r = await closedEarly([...cmd.split(' '), '--site', site.root, '--now', NOW]);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
    expect(r.code).toBe(0);
  });
});
