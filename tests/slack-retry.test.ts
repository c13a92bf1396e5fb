/** The one retry policy of the Slack clients: bounded, so a cron run never hangs on Slack. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backoffMs,
  boundedRetryAfter,
  DEFAULT_SLACK_RETRY,
  mayRetry,
  retryConfigOf,
  waitsOut,
  webClientRetryOptions,
  webhookRetryOptions,
} from '../src/deliver/slack-retry.js';

describe('the default policy', () => {
  const p = DEFAULT_SLACK_RETRY;

  it('gives up within a minute in the worst case, not the SDK default of about 30 minutes', () => {
    // Every attempt times out, every wait is the longest: attempts × request timeout + the waits between them.
    let worst = p.requestTimeoutMs;
    for (let attempt = 0; mayRetry(p, attempt, worst); attempt++) worst += backoffMs(p, attempt) + p.requestTimeoutMs;
    expect(worst).toBeLessThanOrEqual(60_000);
    expect(retryConfigOf(p)).toMatchObject({ retries: 3, maxRetryTime: 30_000, randomize: false });
  });

  it('waits 1 s, 2 s, 4 s, then no longer; starts no retry after 30 s', () => {
    expect([0, 1, 2, 3].map((n) => backoffMs(p, n))).toEqual([1000, 2000, 4000, 4000]);
    expect(mayRetry(p, 2, 29_999)).toBe(true);
    expect(mayRetry(p, 3, 0)).toBe(false);
    expect(mayRetry(p, 0, 30_000)).toBe(false);
    expect([waitsOut(p, 10), waitsOut(p, 11), waitsOut(p, Number.NaN)]).toEqual([true, false, false]);
  });

  it('lets the SDK retry only calls that are safe to repeat; a post is retried by the poster after a look-up', () => {
    expect(webClientRetryOptions(p, true)).toMatchObject({ retryConfig: retryConfigOf(p), rejectRateLimitedCalls: false, timeout: 10_000 });
    expect(webClientRetryOptions(p, false)).toMatchObject({ retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 10_000 });
    // A webhook POST is never repeated by the SDK: a timeout or a 5xx may have been posted (WebhookPoster decides).
    expect(webhookRetryOptions(p)).toEqual({ timeout: 10_000, retryConfig: { retries: 0 } });
  });
});

describe('a long Retry-After is not waited for', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const after = new URL(req.url ?? '/', 'http://x').searchParams.get('after') ?? '1';
      res.writeHead(429, { 'retry-after': after, 'content-type': 'application/json' });
      res.end('{"ok":false,"error":"ratelimited"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('one within the bound reaches the SDK as a 429 (it waits it out); a longer one becomes a ratelimited answer at once', async () => {
    const fetchBounded = boundedRetryAfter(DEFAULT_SLACK_RETRY);
    expect((await fetchBounded(`${url}?after=2`)).status).toBe(429);
    const long = await fetchBounded(`${url}?after=3600`);
    expect(long.status).toBe(200);
    expect(await long.json()).toEqual({ ok: false, error: 'ratelimited', retry_after: 3600 });
  });
});
