/**
 * The CLI as a child process against the local Slack server: what a channel receives from the sample site.
 * (The run's timeline and crash tests live with the run; this checks the Slack side end to end.)
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackServer, validateSlackMessage, type SlackServer } from './support/slack-server.js';

const run = promisify(execFile);
const CLI = path.resolve('dist/cli.js');
const TOKEN = 'xoxb-cli-test-token-123456';

let slack: SlackServer;
let site: string;
beforeAll(async () => {
  slack = await startSlackServer({ token: TOKEN, channels: ['#seminars'] });
  site = await mkdtemp(path.join(os.tmpdir(), 'slack-cli-'));
  await cp('content', path.join(site, 'content'), { recursive: true });
  await cp('hugo.toml', path.join(site, 'hugo.toml'));
});
afterAll(async () => {
  await slack.close();
  await rm(site, { recursive: true, force: true });
});

async function announce(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const r = await run(process.execPath, [CLI, ...args, '--site', site, '--channel', 'slack'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

describe('announce against the local Slack server (CLI as a child process)', () => {
  it('the Monday digest and reminders go to Slack as valid Block Kit; a second run sends nothing', async () => {
    slack.setNow(new Date('2024-11-18T08:05:00Z'));
    const env = { SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: slack.url };
    const first = await announce(['run', '--now', '2024-11-18T08:05:00Z'], env);
    expect(first.stderr).not.toContain(TOKEN);
    expect(first.stdout).not.toContain(TOKEN);
    expect(first.code, first.stderr).toBe(0);
    expect(slack.posts.length).toBeGreaterThanOrEqual(1);
    for (const c of slack.calls.filter((c) => c.method.startsWith('chat.'))) {
      expect(c.error, JSON.stringify(c)).toBeNull();
      if (c.method !== 'chat.deleteScheduledMessage') expect(validateSlackMessage(c.params)).toEqual([]);
    }
    const digest = slack.posts.find((p) => (p.metadata as { event_payload?: { kind?: string } } | null)?.event_payload?.kind === 'digest');
    expect(digest).toBeDefined();
    // Reminders are scheduled in Slack, without metadata, an hour before each timed talk.
    expect(slack.scheduled.length).toBeGreaterThanOrEqual(1);
    for (const s of slack.calls.filter((c) => c.method === 'chat.scheduleMessage')) expect(s.params).not.toHaveProperty('metadata');

    const postsBefore = slack.posts.length;
    const scheduledBefore = slack.scheduled.length;
    const second = await announce(['run', '--now', '2024-11-18T08:10:00Z'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(slack.posts.length).toBe(postsBefore);
    expect(slack.scheduled.length).toBe(scheduledBefore);
  });

  it('a wrong token stops the run with invalid_auth and never prints the token', async () => {
    slack.reset();
    const wrong = 'xoxb-wrong-999999-abcdef';
    const r = await announce(['run', '--now', '2024-11-18T08:05:00Z', '--state', path.join(site, 'other-state.json')], {
      SLACK_BOT_TOKEN: wrong,
      SLACK_API_URL: slack.url,
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('invalid_auth');
    expect(r.stdout + r.stderr).not.toContain(wrong);
    expect(slack.posts).toHaveLength(0);
  });

  it('with only a webhook the digest is posted there and the webhook URL never appears in the output', async () => {
    slack.reset();
    const state = path.join(site, 'webhook-state.json');
    const r = await announce(['run', '--now', '2024-11-18T08:05:00Z', '--state', state], { SLACK_WEBHOOK_URL: slack.webhookUrl });
    expect(r.code, r.stderr).toBe(0);
    expect(slack.posts.length).toBeGreaterThanOrEqual(1);
    expect(slack.posts.every((p) => p.via === 'webhook')).toBe(true);
    expect(slack.scheduled).toHaveLength(0);
    for (const c of slack.calls) expect(validateSlackMessage(c.params)).toEqual([]);
    const secret = new URL(slack.webhookUrl).pathname;
    expect(r.stdout + r.stderr).not.toContain(secret);
  });

  it('without credentials the payloads go to the outbox as JSON', async () => {
    const state = path.join(site, 'outbox-state.json');
    const r = await announce(['run', '--now', '2024-11-18T08:05:00Z', '--state', state], {});
    expect(r.code, r.stderr).toBe(0);
    const outbox = path.join(site, '.announce', 'outbox');
    const files = (await readdir(outbox)).filter((f) => f.startsWith('slack-'));
    expect(files.some((f) => f.startsWith('slack-digest-'))).toBe(true);
    expect(files.every((f) => f.endsWith('.json'))).toBe(true);
  });
});
