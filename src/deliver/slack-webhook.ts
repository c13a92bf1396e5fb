/** Slack through an incoming webhook (`@slack/webhook`, loaded on first use): new posts only, to its one channel. */
import { ConfigError, DeliveryError } from '../errors.js';
import { scrub } from '../secrets.js';
import type { OutgoingSlack, SlackPoster } from './types.js';
import { backoffMs, mayRetry, webhookRetryOptions, type SlackRetryPolicy } from './slack-retry.js';
import { answerExcerpt, CREDENTIAL_ERRORS, HINTS, scrubbedCause, slackErrorCode, SlackDeliveryError } from './slack-errors.js';

export class WebhookPoster implements SlackPoster {
  readonly transport = 'webhook' as const;
  readonly canSchedule = false;
  readonly lookup = null;
  // The webhook URL is itself the secret: it never appears in the destination (a ledger key), errors or output.
  readonly destination = 'webhook';

  constructor(
    private readonly url: string,
    private readonly retry: SlackRetryPolicy,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  async verify(): Promise<void> {
    // Posting is the only way to test a webhook, and posting is a side effect: check its shape only.
    let u: URL;
    try {
      u = new URL(this.url);
    } catch {
      throw new ConfigError('SLACK_WEBHOOK_URL is not a URL');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ConfigError('SLACK_WEBHOOK_URL must be an https URL');
  }

  /**
   * One POST, retried within the run only when it certainly never reached the webhook (the connection was refused,
   * the name did not resolve). A webhook cannot be searched, so any other failure after the request went out (a
   * timeout, a dropped connection, a 5xx) is ambiguous: Slack may have posted it. That one is not retried here; it is
   * thrown as `unsettled` and the run keeps it pending, so the next run makes at most one more attempt (see
   * src/run/execute.ts): a webhook that posts and answers late makes at most two copies, not one per retry per run.
   */
  async postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }> {
    const { IncomingWebhook } = await import('@slack/webhook');
    const hook = new IncomingWebhook(this.url, webhookRetryOptions(this.retry));
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        await hook.send({ text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
        return { ts: null, channel: null };
      } catch (err) {
        if (neverSent(err) && mayRetry(this.retry, attempt, Date.now() - started)) {
          await sleep(backoffMs(this.retry, attempt));
          continue;
        }
        throw this.failure(err);
      }
    }
  }

  private failure(err: unknown): SlackDeliveryError {
    const e = err as { body?: unknown };
    // A webhook answers errors as plain text such as `invalid_blocks` or `channel_not_found`.
    const body = typeof e.body === 'string' && /^[a-z_]{3,60}$/.test(e.body.trim()) ? e.body.trim() : null;
    const code = body ?? slackErrorCode(err);
    const hint = CREDENTIAL_ERRORS.has(code) && HINTS[code] ? ` (${HINTS[code]})` : '';
    const unsettled = mayHavePosted(err);
    const what = unsettled ? `; ${timedOut(err) ? 'no answer in time' : 'no confirmation'}: it may have been posted` : '';
    return new SlackDeliveryError(scrub(`Slack webhook post failed: ${code}${hint}${body ? '' : answerExcerpt(err, this.env)}${what}`, this.env), code, 'webhook', {
      cause: scrubbedCause(err, this.env),
      credentials: CREDENTIAL_ERRORS.has(code),
      unsettled,
    });
  }

  async updateMessage(): Promise<void> {
    throw new DeliveryError('A Slack webhook cannot edit messages; set SLACK_BOT_TOKEN to edit and thread.');
  }

  async scheduleMessage(): Promise<{ scheduledId: string; channel: string }> {
    throw new DeliveryError('A Slack webhook cannot schedule messages; set SLACK_BOT_TOKEN to schedule reminders.');
  }

  async deleteScheduledMessage(): Promise<void> {
    // Nothing was ever scheduled through a webhook.
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Network errors raised before a byte of the request left: nothing can have been posted. */
const BEFORE_SENDING = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

/** The error codes along an error's `original` / `cause` chain (fetch wraps the socket's error in a TypeError). */
function causeCodes(err: unknown): string[] {
  const out: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const x = e as { code?: unknown; name?: unknown; original?: unknown; cause?: unknown; errors?: unknown };
    if (typeof x.code === 'string') out.push(x.code);
    if (typeof x.name === 'string') out.push(x.name);
    // A dual-stack connect failure is an AggregateError of one refusal per address.
    if (Array.isArray(x.errors)) for (const inner of x.errors) out.push(...causeCodes(inner));
    e = x.original ?? x.cause;
  }
  return out;
}

const isRequestError = (err: unknown) => (err as { code?: unknown } | null)?.code === 'slack_webhook_request_error';

/** The webhook was never reached: the request can be sent again within the run. */
export const neverSent = (err: unknown): boolean => isRequestError(err) && causeCodes(err).some((c) => BEFORE_SENDING.has(c));

const timedOut = (err: unknown): boolean => causeCodes(err).some((c) => c === 'TimeoutError' || c === 'AbortError');

/** The request went out and no definite answer came back (timeout, dropped connection, 5xx): Slack may have posted. */
export function mayHavePosted(err: unknown): boolean {
  const e = err as { code?: unknown; statusCode?: unknown } | null;
  if (isRequestError(err)) return !neverSent(err);
  return e?.code === 'slack_webhook_http_error' && typeof e.statusCode === 'number' && e.statusCode >= 500;
}
