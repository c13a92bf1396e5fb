/**
 * A webhook cannot be searched, so a POST that got no definite answer is never repeated within a run, and the next
 * run makes one more attempt at most: copies are bounded (two) whatever the webhook does, run after run. The real
 * CLI, the real @slack/webhook client, and a webhook on loopback that posts and answers late, answers 500 or drops the
 * connection (scripts/hostile-servers.mjs).
 */
import net from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWebhook } from '../scripts/hostile-servers.mjs';
import { createSlackPoster, SlackDeliveryError } from '../src/deliver/slack.js';
import type { OutgoingSlack } from '../src/deliver/types.js';
import { aConfig } from './support/builders.js';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

interface Hook {
  url: string;
  posts: unknown[];
  requests: number;
  behave(fault: string, opts?: { delayMs?: number }): void;
  reset(): void;
  close(): Promise<void>;
}

const NOW = '2024-11-18T09:00:00Z';
const CONFIG = `
digest: { weekday: monday, time: "08:00" }
reminders: { slack: [60] }
slack: { channel: "#seminars" }
`;

let hook: Hook;
let site: TempSite;
beforeAll(async () => {
  hook = (await startWebhook()) as Hook;
});
afterAll(async () => {
  await hook.close();
});
beforeEach(async () => {
  hook.reset();
  site = await makeSite(CONFIG);
  await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z' });
});
afterEach(async () => {
  await site.remove();
});

const env = () => cleanEnv({ SLACK_WEBHOOK_URL: hook.url, ANNOUNCE_SLACK_TIMEOUT_MS: '1500' });
const run = () => runCli(['--site', site.root, '--now', NOW, '--channel', 'slack'], env());

describe('a webhook that never confirms: two POSTs in all, then an error naming the message', () => {
  for (const fault of ['late', '500', 'drop'] as const) {
    it(`${fault}: one POST per run, two runs, then nothing more`, async () => {
      hook.behave(fault, { delayMs: 5000 });
      const first = await run();
      expect(first.code).toBe(1);
      expect(hook.requests).toBe(1);
      expect(first.stderr).toContain('the next run posts it once more at most');

      const second = await run();
      expect(second.code).toBe(1);
      expect(hook.requests).toBe(2);
      expect(second.stdout).toMatch(/Slack digest of event\/a \(digest:2024-11-18:slack:webhook\) was posted to the webhook 2 times without a confirmation/);
      expect(second.stdout).toContain('announce digest --force --channel slack');

      for (let i = 0; i < 2; i++) {
        const later = await run();
        expect(later.code, later.stdout + later.stderr).toBe(0);
      }
      expect(hook.requests).toBe(2);
      // 'late' posts each time it is asked: two copies at most, never one per retry per run.
      expect(hook.posts).toHaveLength(fault === 'late' ? 2 : 0);
      for (const out of [first, second]) expect(out.stdout + out.stderr).not.toContain(new URL(hook.url).pathname);
    }, 60_000);
  }

  it('late, then answering: the second run posts once more and is confirmed; nothing after', async () => {
    hook.behave('late', { delayMs: 5000 });
    expect((await run()).code).toBe(1);
    const plan = await runCli(['plan', '--site', site.root, '--now', NOW, '--channel', 'slack'], env());
    expect(plan.stdout).toContain('(pending: the webhook did not confirm it; posted once more at most)');
    hook.behave('ok');
    const second = await run();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect((await run()).code).toBe(0);
    expect(hook.requests).toBe(2);
  }, 60_000);

  it('a definite refusal (a 400 such as invalid_blocks) is not pending: every run tries, as before', async () => {
    hook.behave('text', { delayMs: 0 });
    expect((await run()).code).toBe(1);
    expect((await run()).code).toBe(1);
    hook.behave('ok');
    expect((await run()).code).toBe(0);
    expect(hook.requests).toBe(3);
    expect(hook.posts).toHaveLength(1);
  }, 60_000);
});

describe('within a run', () => {
  const message: OutgoingSlack = { kind: 'digest', events: ['event/a'], text: 'This week', blocks: [] };
  const FAST = { retries: 3, minTimeoutMs: 150, maxTimeoutMs: 300, requestTimeoutMs: 1500 };
  const poster = (url: string) => createSlackPoster({ env: { SLACK_WEBHOOK_URL: url }, config: aConfig(), outboxDir: '/nonexistent', retry: FAST });

  it('a late answer is not retried: one POST, reported as possibly posted', async () => {
    hook.behave('late', { delayMs: 5000 });
    const err = (await poster(hook.url).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(err).toBeInstanceOf(SlackDeliveryError);
    expect(err.unsettled).toBe(true);
    expect(err.message).toMatch(/no answer in time: it may have been posted/);
    expect(hook.requests).toBe(1);
  });

  it('a refused connection is retried: the webhook coming up during the retries gets the post once', async () => {
    // A port nobody listens on yet; the server starts after the first refusal.
    const free = net.createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const port = (free.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    let got = 0;
    const late = net.createServer((s) => {
      got++;
      s.once('data', () => s.end('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok'));
    });
    setTimeout(() => late.listen(port, '127.0.0.1'), 100);
    try {
      await expect(poster(`http://127.0.0.1:${port}/services/T/B/x`).postMessage(message)).resolves.toEqual({ ts: null, channel: null });
      expect(got).toBe(1);
    } finally {
      await new Promise<void>((resolve) => late.close(() => resolve()));
    }
  });

  it('a refusal that lasts is a definite failure: not pending, the next run sends it', async () => {
    const free = net.createServer();
    await new Promise<void>((resolve) => free.listen(0, '127.0.0.1', resolve));
    const port = (free.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => free.close(() => resolve()));
    const err = (await poster(`http://127.0.0.1:${port}/x`).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(err.slackError).toBe('request_failed');
    expect(err.unsettled).toBe(false);
  });
});
