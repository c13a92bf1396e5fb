import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createSlackPoster,
  isTimeInPast,
  isTimeTooFar,
  SlackDeliveryError,
  type SlackRetryPolicy,
} from '../src/deliver/slack.js';
import type { OutgoingSlack } from '../src/deliver/types.js';
import { DeliveryError } from '../src/errors.js';
import { renderSlack } from '../src/render/slack/index.js';
import type { MessageInput } from '../src/render/types.js';
import { aConfig, anEvent } from './support/builders.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';

const TOKEN = 'xoxb-1234567890-secret-token-abcdef';
// Small timings so tests never sit through real backoff; the 429 bound is 2 s here.
const FAST: Partial<SlackRetryPolicy> = { retries: 2, minTimeoutMs: 10, maxTimeoutMs: 20, maxRetryAfterSec: 2, requestTimeoutMs: 3000 };
const site = { title: 'NLP Seminar', baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' };

function message(kind: OutgoingSlack['kind'] = 'announcement', over: Partial<MessageInput> = {}): OutgoingSlack {
  const event = anEvent();
  const now = new Date('2024-11-18T09:00:00Z');
  const own = { period: { from: now, to: new Date(now.getTime() + 7 * 86_400_000) }, minutesBefore: 60, changes: [] };
  const input = { kind, events: [event], config: aConfig(), site, now, sequence: {}, ...own, ...over } as MessageInput;
  return { ...renderSlack(input), kind, events: input.events.map((e) => e.id) };
}

let slack: SlackServer;
let outbox: string;
beforeAll(async () => {
  slack = await startSlackServer({ token: TOKEN, channels: ['#seminars'] });
  outbox = await mkdtemp(path.join(os.tmpdir(), 'slack-outbox-'));
});
afterAll(async () => {
  await slack.close();
  await rm(outbox, { recursive: true, force: true });
});
afterEach(async () => {
  await slack.idle();
  slack.reset();
  slack.setNow(null);
});

const botEnv = (over: NodeJS.ProcessEnv = {}) => ({ SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: slack.url, ...over });
const bot = (env = botEnv(), config = aConfig()) => createSlackPoster({ env, config, outboxDir: outbox, retry: FAST });

async function failure(p: Promise<unknown>): Promise<SlackDeliveryError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SlackDeliveryError);
  return err as SlackDeliveryError;
}

describe('bot token (real WebClient against the local Slack API)', () => {
  it('verifies the token with auth.test and names the channel as destination', async () => {
    const poster = bot();
    expect(poster.transport).toBe('bot');
    expect(poster.destination).toBe('#seminars');
    expect(poster.canSchedule).toBe(true);
    await poster.verify();
    expect(slack.calls.map((c) => c.method)).toEqual(['auth.test']);
    expect(slack.calls[0]!.authorized).toBe(true);
  });

  it('a wrong token fails verify with a ConfigError naming invalid_auth, not the token', async () => {
    const wrong = 'xoxb-wrong-token-999999';
    const poster = bot(botEnv({ SLACK_BOT_TOKEN: wrong }));
    const err = await poster.verify().then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toContain('invalid_auth');
    expect(err?.message).not.toContain(wrong);
    expect(JSON.stringify({ m: err?.message, c: String((err as { cause?: unknown })?.cause) })).not.toContain(wrong);
  });

  it('posts with metadata, returns channel id and ts, and sends no parse or link_names', async () => {
    const poster = bot();
    const msg = message('announcement');
    const res = await poster.postMessage(msg);
    expect(res.channel).toBe(slack.channelId('#seminars'));
    expect(res.ts).toMatch(/^\d+\.\d{6}$/);
    expect(slack.posts).toHaveLength(1);
    const post = slack.posts[0]!;
    expect(post.metadata).toEqual({ event_type: 'seminar_announcement', event_payload: { kind: 'announcement', events: ['event/mert-seminar'] } });
    expect(post.text).toBe(msg.text);
    expect(post.blocks).toEqual(msg.blocks);
    const params = slack.calls[0]!.params;
    expect(params).not.toHaveProperty('parse');
    expect(params).not.toHaveProperty('link_names');
  });

  it('updates the original with chat.update and replies in its thread', async () => {
    const poster = bot();
    const first = await poster.postMessage(message('announcement'));
    const update = message('update', { changes: ['Time: 13:00 → 14:00'] });
    await poster.updateMessage(first.channel!, first.ts!, message('announcement'));
    const reply = await poster.postMessage({ ...update, threadTs: first.ts });
    expect(slack.updates).toHaveLength(1);
    expect(slack.posts[0]!.edits).toBe(1);
    expect(slack.posts[1]!.threadTs).toBe(first.ts);
    expect(reply.ts).not.toBe(first.ts);
    expect((slack.posts[1]!.metadata as { event_payload: { kind: string } }).event_payload.kind).toBe('update');
  });

  it('schedules a reminder without metadata and deletes it; deleting it again resolves', async () => {
    slack.setNow(new Date('2024-11-18T09:00:00Z'));
    const poster = bot();
    const at = new Date('2024-11-21T12:00:00Z');
    const { scheduledId, channel } = await poster.scheduleMessage(message('reminder'), at);
    expect(channel).toBe(slack.channelId('#seminars'));
    expect(slack.scheduled).toHaveLength(1);
    expect(slack.scheduled[0]!.postAt).toBe(at.getTime() / 1000);
    expect(slack.calls.at(-1)!.params).not.toHaveProperty('metadata');
    await poster.deleteScheduledMessage(channel, scheduledId);
    expect(slack.scheduled).toHaveLength(0);
    expect(slack.deleted.map((d) => d.id)).toEqual([scheduledId]);
    await expect(poster.deleteScheduledMessage(channel, scheduledId)).resolves.toBeUndefined();
  });

  it('a scheduled reminder is posted by Slack at its time (server simulation)', async () => {
    slack.setNow(new Date('2024-11-18T09:00:00Z'));
    const poster = bot();
    await poster.scheduleMessage(message('reminder'), new Date('2024-11-21T12:00:00Z'));
    expect(slack.deliverDue(new Date('2024-11-21T11:59:59Z'))).toHaveLength(0);
    expect(slack.deliverDue(new Date('2024-11-21T12:00:00Z'))).toHaveLength(1);
    expect(slack.posts[0]!.via).toBe('scheduled');
  });

  it('time_in_past and time_too_far are errors the run can recognise', async () => {
    slack.setNow(new Date('2024-11-18T09:00:00Z'));
    const poster = bot();
    const past = await failure(poster.scheduleMessage(message('reminder'), new Date('2024-11-18T08:00:00Z')));
    expect(isTimeInPast(past)).toBe(true);
    expect(past.slackError).toBe('time_in_past');
    const far = await failure(poster.scheduleMessage(message('reminder'), new Date('2025-04-01T09:00:00Z')));
    expect(isTimeTooFar(far)).toBe(true);
    expect(isTimeInPast(far)).toBe(false);
    expect(slack.scheduled).toHaveLength(0);
  });

  it('a 429 with a short Retry-After is waited out and the call succeeds', async () => {
    const poster = bot();
    slack.failNext({ status: 429, retryAfter: 1 }, { method: 'chat.postMessage' });
    const started = Date.now();
    const res = await poster.postMessage(message());
    const waited = Date.now() - started;
    expect(res.ts).toBeTruthy();
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(slack.posts).toHaveLength(1);
  });

  it('a 429 with a long Retry-After fails fast as ratelimited instead of hanging', async () => {
    const poster = bot();
    slack.failNext({ status: 429, retryAfter: 3600 }, { method: 'chat.postMessage' });
    const started = Date.now();
    const err = await failure(poster.postMessage(message()));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(err.slackError).toBe('ratelimited');
    expect(err.message).toContain('ratelimited');
    expect(slack.posts).toHaveLength(0);
  });

  it('429s that keep coming stop after the bounded number of retries', async () => {
    const poster = bot();
    slack.failNext({ status: 429, retryAfter: 0 }, { times: 10, method: 'chat.postMessage' });
    const err = await failure(poster.postMessage(message()));
    expect(err.slackError).toBe('ratelimited');
    // 1 attempt + FAST.retries retries, then it gives up.
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(3);
  });

  it('a request that hangs is cut off by the request timeout and retried', async () => {
    const poster = createSlackPoster({ env: botEnv(), config: aConfig(), outboxDir: outbox, retry: { ...FAST, requestTimeoutMs: 200 } });
    slack.failNext({ delayMs: 1000 }, { method: 'auth.test' });
    const started = Date.now();
    await poster.verify();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(2);
  });

  it('a server that never answers in time fails within the bound', async () => {
    const poster = createSlackPoster({ env: botEnv(), config: aConfig(), outboxDir: outbox, retry: { ...FAST, requestTimeoutMs: 150 } });
    // Answers far later than the timeout: on a loaded machine a stalled event loop could otherwise take in a 600 ms
    // answer before the 150 ms timer fires (the server runs in this process).
    slack.failNext({ delayMs: 3000 }, { times: 5, method: 'chat.postMessage' });
    const started = Date.now();
    const err = await failure(poster.postMessage(message()));
    expect(err.slackError).toBe('request_failed');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('a 500 is retried; one that persists becomes http_500 naming the channel', async () => {
    const poster = bot();
    slack.failNext(500);
    await expect(poster.postMessage(message())).resolves.toMatchObject({ ts: expect.any(String) });
    slack.failNext(500, { times: 5 });
    const err = await failure(poster.postMessage(message()));
    expect(err.slackError).toBe('http_500');
    expect(err.message).toContain('#seminars');
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err.exitCode).toBe(1);
  });

  it.each(['invalid_auth', 'channel_not_found'])('%s names the code and the channel, never the token', async (code) => {
    const poster = bot();
    slack.failNext(code);
    const err = await failure(poster.postMessage(message()));
    expect(err.slackError).toBe(code);
    expect(err.message).toContain(code);
    expect(err.message).toContain('#seminars');
    const everything = JSON.stringify({ message: err.message, stack: err.stack, cause: String(err.cause), causeStack: (err.cause as Error)?.stack });
    expect(everything).not.toContain(TOKEN);
  });

  it('an unknown channel in the configuration answers channel_not_found', async () => {
    const poster = bot(botEnv(), aConfig({ slack: { channel: '#nope' } }));
    const err = await failure(poster.postMessage(message()));
    expect(err.message).toContain('channel_not_found');
    expect(err.message).toContain('#nope');
    expect(err.channel).toBe('#nope');
  });

  it('deleting with another error than invalid_scheduled_message_id fails', async () => {
    const poster = bot();
    slack.failNext('channel_not_found');
    const err = await failure(poster.deleteScheduledMessage('C123', 'Q1'));
    expect(err.message).toContain('C123');
  });
});

describe('webhook', () => {
  it('posts to the webhook URL; destination and errors never show the URL', async () => {
    const poster = createSlackPoster({ env: { SLACK_WEBHOOK_URL: slack.webhookUrl }, config: aConfig(), outboxDir: outbox, retry: FAST });
    expect(poster.transport).toBe('webhook');
    expect(poster.destination).toBe('webhook');
    expect(poster.canSchedule).toBe(false);
    await poster.verify();
    const msg = message('digest', { events: [anEvent()], period: { from: new Date('2024-11-18T08:00:00Z'), to: new Date('2024-11-25T08:00:00Z') } });
    await expect(poster.postMessage(msg)).resolves.toEqual({ ts: null, channel: null });
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0]!.via).toBe('webhook');
    expect(slack.posts[0]!.blocks).toEqual(msg.blocks);

    slack.failNext('channel_not_found');
    const err = await failure(poster.postMessage(msg));
    expect(err.message).toContain('channel_not_found');
    const secretPart = new URL(slack.webhookUrl).pathname;
    expect(JSON.stringify({ m: err.message, c: String(err.cause), s: err.stack })).not.toContain(secretPart);
    await expect(poster.scheduleMessage(msg, new Date())).rejects.toThrow(/SLACK_BOT_TOKEN/);
  });

  it('a 500 from the webhook is not retried within the run (it may have posted): one call, unsettled', async () => {
    const poster = createSlackPoster({ env: { SLACK_WEBHOOK_URL: slack.webhookUrl }, config: aConfig(), outboxDir: outbox, retry: FAST });
    slack.failNext(500, { times: 10 });
    const err = await failure(poster.postMessage(message()));
    expect(err.slackError).toBe('http_500');
    expect(err.unsettled).toBe(true);
    expect(slack.calls).toHaveLength(1);
  });

  it('a webhook cannot edit; a malformed webhook URL fails verify without showing it', async () => {
    const poster = createSlackPoster({ env: { SLACK_WEBHOOK_URL: slack.webhookUrl }, config: aConfig(), outboxDir: outbox, retry: FAST });
    await expect(poster.updateMessage('C1', '1.2', message())).rejects.toBeInstanceOf(DeliveryError);
    await expect(poster.deleteScheduledMessage('C1', 'Q1')).resolves.toBeUndefined();
    const bad = createSlackPoster({ env: { SLACK_WEBHOOK_URL: 'not a url secret-part' }, config: aConfig(), outboxDir: outbox });
    const err = await bad.verify().then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/SLACK_WEBHOOK_URL/);
    expect(err?.message).not.toContain('secret-part');
  });

  it('a bot token wins over a webhook', () => {
    const poster = createSlackPoster({ env: { SLACK_WEBHOOK_URL: slack.webhookUrl, ...botEnv() }, config: aConfig(), outboxDir: outbox });
    expect(poster.transport).toBe('bot');
  });
});

describe('outbox (no credentials)', () => {
  it('writes the payload JSON with kind and events under a deterministic name', async () => {
    const dir = path.join(outbox, 'fresh');
    const poster = createSlackPoster({ env: {}, config: aConfig(), outboxDir: dir });
    expect(poster.transport).toBe('outbox');
    expect(poster.destination).toBe('outbox');
    expect(poster.canSchedule).toBe(false);
    const msg = message('announcement');
    await poster.postMessage(msg);
    await poster.postMessage(msg);
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^slack-announcement-event-mert-seminar-[0-9a-f]{12}\.json$/);
    const record = JSON.parse(await readFile(path.join(dir, files[0]!), 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ action: 'post', kind: 'announcement', events: ['event/mert-seminar'], payload: { text: msg.text, blocks: msg.blocks } });
    expect(String(record.blockKitBuilder)).toMatch(/^https:\/\/app\.slack\.com\/block-kit-builder\/#/);
  });
});

describe('lazy loading', () => {
  it('creating a poster does not load the Slack SDKs (built output)', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `
      const { createSlackPoster } = await import(${JSON.stringify(path.resolve('dist/deliver/slack.js'))});
      createSlackPoster({ env: { SLACK_BOT_TOKEN: 'xoxb-x' }, config: { slack: { channel: '#c' } }, outboxDir: '/tmp' });
      const loaded = Object.keys((await import('node:module')).createRequire(import.meta.url).cache ?? {});
      console.log(JSON.stringify(loaded.filter((k) => k.includes('@slack'))));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 10_000 });
    expect(JSON.parse(out)).toEqual([]);
  });
});

describe('recovery look-ups (a run stopped between sending and recording)', () => {
  it('finds an earlier post by its metadata, and a reply in its thread', async () => {
    const poster = bot();
    const since = new Date();
    const first = await poster.postMessage(message('announcement'));
    const reply = await poster.postMessage({ ...message('update'), threadTs: first.ts });
    expect(await poster.findPosted!({ kind: 'announcement', events: ['event/mert-seminar'], threadTs: null, since })).toEqual({ ts: first.ts, channel: first.channel });
    expect(await poster.findPosted!({ kind: 'update', events: ['event/mert-seminar'], threadTs: first.ts, since })).toEqual({ ts: reply.ts, channel: first.channel });
    expect(await poster.findPosted!({ kind: 'announcement', events: ['event/other'], threadTs: null, since })).toBeNull();
    expect(await poster.findPosted!({ kind: 'digest', events: ['event/mert-seminar'], threadTs: null, since })).toBeNull();
    // The #name was resolved to the id once, through conversations.list.
    expect(slack.calls.filter((c) => c.method === 'conversations.list')).toHaveLength(1);
  });

  it('finds a scheduled reminder by its time and text', async () => {
    slack.setNow(new Date('2024-11-18T09:00:00Z'));
    const poster = bot();
    const msg = message('reminder');
    const at = new Date('2024-11-21T12:00:00Z');
    const { scheduledId } = await poster.scheduleMessage(msg, at);
    expect(await poster.findScheduled!({ postAt: at, text: msg.text })).toEqual({ scheduledId, channel: slack.channelId('#seminars') });
    expect(await poster.findScheduled!({ postAt: new Date(at.getTime() + 60_000), text: msg.text })).toBeNull();
  });

  it('a look-up that Slack refuses is an error naming the code', async () => {
    const poster = bot();
    slack.failNext('missing_scope');
    const err = await failure(poster.findPosted!({ kind: 'announcement', events: ['x'], threadTs: null, since: new Date() }));
    expect(err.message).toContain('missing_scope');
  });
});

describe('sending once when an answer is lost', () => {
  it('a post that Slack made but whose answer was lost is found, not posted again', async () => {
    const poster = bot();
    slack.failNext({ lostAnswer: true }, { method: 'chat.postMessage' });
    const res = await poster.postMessage(message('announcement'));
    expect(slack.posts).toHaveLength(1);
    expect(res).toEqual({ ts: slack.posts[0]!.ts, channel: slack.posts[0]!.channel });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('a thread reply whose answer was lost is found in the thread', async () => {
    const poster = bot();
    const first = await poster.postMessage(message('announcement'));
    slack.failNext({ lostAnswer: true }, { method: 'chat.postMessage' });
    const reply = await poster.postMessage({ ...message('update'), threadTs: first.ts });
    expect(slack.posts).toHaveLength(2);
    expect(reply.ts).toBe(slack.posts[1]!.ts);
  });

  it('a scheduled message whose answer was lost is found, not scheduled twice', async () => {
    slack.setNow(new Date('2024-11-18T09:00:00Z'));
    const poster = bot();
    slack.failNext({ lostAnswer: true }, { method: 'chat.scheduleMessage' });
    const res = await poster.scheduleMessage(message('reminder'), new Date('2024-11-21T12:00:00Z'));
    expect(slack.scheduled).toHaveLength(1);
    expect(res.scheduledId).toBe(slack.scheduled[0]!.id);
  });

  it('a 500 before anything happened is looked up, then sent again', async () => {
    const poster = bot();
    slack.failNext(500, { method: 'chat.postMessage' });
    await poster.postMessage(message('announcement'));
    expect(slack.posts).toHaveLength(1);
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'conversations.list', 'conversations.history', 'chat.postMessage']);
  });

  it('when the look-up is refused the post is not risked twice: the original failure is reported', async () => {
    const poster = bot();
    slack.failNext({ lostAnswer: true }, { method: 'chat.postMessage' });
    slack.failNext('missing_scope', { method: 'conversations.list' });
    const err = await failure(poster.postMessage(message('announcement')));
    expect(err.slackError).toBe('request_failed');
    // Slack may have posted it and nobody could check: the run keeps it pending instead of forgetting it.
    expect(err.unsettled).toBe(true);
    expect(slack.posts).toHaveLength(1);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('Slack unreachable at verify is a delivery failure (retried next run), not a configuration error', async () => {
    const poster = createSlackPoster({ env: botEnv({ SLACK_API_URL: 'http://127.0.0.1:9/api/' }), config: aConfig(), outboxDir: outbox, retry: FAST });
    const err = await failure(poster.verify());
    expect(err.slackError).toBe('request_failed');
    expect(err.exitCode).toBe(1);
  });
});

describe('the test server itself', () => {
  it('refuses payloads over Block Kit limits, without text, or with parse/link_names', async () => {
    const { WebClient } = await import('@slack/web-api');
    const client = new WebClient(TOKEN, { slackApiUrl: slack.url, retryConfig: { retries: 0 } });
    const attempt = (args: Record<string, unknown>) =>
      client.apiCall('chat.postMessage', { channel: '#seminars', ...args }).then(
        () => 'ok',
        (e: { data?: { error?: string } }) => e.data?.error ?? 'error',
      );
    const section = (n: number) => ({ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(n) } });
    expect(await attempt({ text: 'hi', blocks: [section(3000)] })).toBe('ok');
    expect(await attempt({ text: 'hi', blocks: [section(3001)] })).toBe('invalid_blocks');
    expect(await attempt({ text: 'hi', blocks: Array.from({ length: 51 }, () => section(1)) })).toBe('invalid_blocks');
    expect(await attempt({ text: 'hi', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] })).toBe('invalid_blocks');
    expect(await attempt({ text: 'hi', blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }] })).toBe('invalid_blocks');
    expect(await attempt({ text: 'hi', blocks: [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }] })).toBe('invalid_blocks');
    const button = (text: string, url: string) => ({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text }, url, action_id: 'a' }] });
    expect(await attempt({ text: 'hi', blocks: [button('b'.repeat(76), 'https://a.org')] })).toBe('invalid_blocks');
    expect(await attempt({ text: 'hi', blocks: [button('b', `https://a.org/${'u'.repeat(3000)}`)] })).toBe('invalid_blocks');
    expect(await attempt({ text: 'hi', blocks: [button('b', 'javascript:alert(1)')] })).toBe('invalid_blocks');
    expect(await attempt({ blocks: [section(10)] })).toBe('invalid_arguments');
    expect(await attempt({ text: 'hi', link_names: true })).toBe('invalid_arguments');
    expect(await attempt({ text: 'hi', parse: 'full' })).toBe('invalid_arguments');
    expect(slack.posts).toHaveLength(1);
  });

  it('refuses metadata on a scheduled message and lists what is scheduled', async () => {
    slack.setNow(new Date('2024-11-18T09:00:00Z'));
    const { WebClient } = await import('@slack/web-api');
    const client = new WebClient(TOKEN, { slackApiUrl: slack.url, retryConfig: { retries: 0 } });
    const postAt = Date.parse('2024-11-20T09:00:00Z') / 1000;
    await expect(
      client.chat.scheduleMessage({ channel: '#seminars', text: 'hi', post_at: postAt, metadata: { event_type: 'x', event_payload: {} } }),
    ).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
    await client.chat.scheduleMessage({ channel: '#seminars', text: 'hi', post_at: postAt });
    const list = await client.chat.scheduledMessages.list({});
    expect(list.scheduled_messages?.map((m) => m.post_at)).toEqual([postAt]);
  });
});
