/**
 * The one retry policy of the Slack clients (Web API and webhook), bounded so a cron run never hangs on Slack:
 * the SDKs' own default retries for about 30 minutes. Everything that decides whether, when and for how long a
 * Slack call is tried again is here; tests shrink the numbers.
 */

export interface SlackRetryPolicy {
  /** Retries after the first attempt (for 5xx, network errors and 429s). */
  retries: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** A 429 whose Retry-After is longer than this is not waited for: the call fails with `ratelimited`. */
  maxRetryAfterSec: number;
  /** Per-request timeout. */
  requestTimeoutMs: number;
  /** No retry starts after this much time has passed since the first attempt. */
  maxRetryTimeMs: number;
}

/**
 * At most 3 retries (1 s, 2 s, 4 s apart), a Retry-After honoured up to 10 s, 10 s per request, and no retry started
 * after 30 s: a call gives up within about 40 s in the worst case instead of the SDK's 30 minutes.
 */
export const DEFAULT_SLACK_RETRY: SlackRetryPolicy = {
  retries: 3,
  minTimeoutMs: 1000,
  maxTimeoutMs: 4000,
  maxRetryAfterSec: 10,
  requestTimeoutMs: 10_000,
  maxRetryTimeMs: 30_000,
};

/** The policy as the SDKs' `retryConfig` (p-retry options). */
export const retryConfigOf = (p: SlackRetryPolicy) => ({
  retries: p.retries,
  factor: 2,
  minTimeout: p.minTimeoutMs,
  maxTimeout: p.maxTimeoutMs,
  maxRetryTime: p.maxRetryTimeMs,
  randomize: false,
});

/** The wait before retry number `attempt + 1` of a call we retry ourselves (a post, after looking for it). */
export const backoffMs = (p: SlackRetryPolicy, attempt: number): number => Math.min(p.minTimeoutMs * 2 ** attempt, p.maxTimeoutMs);

/** Whether a call we retry ourselves may be tried again after `attempt` failures, `elapsedMs` after the first. */
export const mayRetry = (p: SlackRetryPolicy, attempt: number, elapsedMs: number): boolean =>
  attempt < p.retries && elapsedMs < p.maxRetryTimeMs;

/** Whether a 429's Retry-After (seconds) is short enough to wait out. */
export const waitsOut = (p: SlackRetryPolicy, retryAfterSec: number): boolean => Number.isFinite(retryAfterSec) && retryAfterSec <= p.maxRetryAfterSec;

/**
 * `fetch` for the Web API client: the SDK waits out any Retry-After, however long; a longer one than the policy
 * allows is turned into a `ratelimited` answer here, so the run fails fast and the next run retries.
 */
export function boundedRetryAfter(p: SlackRetryPolicy): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (res.status !== 429) return res;
    const after = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
    if (waitsOut(p, after)) return res;
    await res.body?.cancel();
    return new Response(JSON.stringify({ ok: false, error: 'ratelimited', retry_after: Number.isFinite(after) ? after : null }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/**
 * The Web API client's options. `retrying` for calls that are safe to repeat (reads, edits, deletes): the SDK retries
 * them within the bounds, a 429 honouring Retry-After. Not for calls that create something (a post, a scheduled
 * message): a request that timed out may have gone through, so the SDK does not retry them and a 429 comes back at
 * once; the poster retries those itself, after looking for the message (backoffMs, mayRetry).
 */
export const webClientRetryOptions = (p: SlackRetryPolicy, retrying: boolean) => ({
  retryConfig: retrying ? retryConfigOf(p) : { retries: 0 },
  rejectRateLimitedCalls: !retrying,
  timeout: p.requestTimeoutMs,
  fetch: boundedRetryAfter(p),
});

/**
 * The incoming webhook client's options: no retries by the SDK, which would repeat a POST that timed out or got a 5xx
 * (and may have been posted). WebhookPoster retries only requests that never reached the webhook.
 */
export const webhookRetryOptions = (p: SlackRetryPolicy) => ({
  timeout: p.requestTimeoutMs,
  retryConfig: { retries: 0 },
});
