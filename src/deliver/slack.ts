/**
 * Slack delivery: a bot token (Web API: post, edit, thread, schedule), an incoming webhook (posts only), or, without
 * credentials, an outbox of JSON files. The SDKs are imported lazily so commands that send nothing never load them.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/config.js';
import { ConfigError, DeliveryError } from '../errors.js';
import { scrub } from '../secrets.js';
import type { OutgoingSlack, SlackPoster } from './types.js';

/** The `metadata.event_type` of every post made with a bot token. */
export const SLACK_METADATA_EVENT_TYPE = 'seminar_announcement';

/**
 * A Slack API call failed. `slackError` is Slack's error code (`channel_not_found`, `time_in_past`, `ratelimited`,
 * `http_500`, `request_failed`, …) so the run can act on it; the message names the code and the channel, never a secret.
 */
export class SlackDeliveryError extends DeliveryError {
  constructor(
    message: string,
    readonly slackError: string,
    readonly channel: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `chat.scheduleMessage` said the time has passed: post now instead if the talk has not started. */
export const isTimeInPast = (err: unknown): boolean => err instanceof SlackDeliveryError && err.slackError === 'time_in_past';
/** `chat.scheduleMessage` said the time is over 120 days ahead: schedule on a later run. */
export const isTimeTooFar = (err: unknown): boolean => err instanceof SlackDeliveryError && err.slackError === 'time_too_far';

/** Bounds on the Web API client's retries, so a cron run never hangs on Slack. Tests shrink them. */
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

const retryConfigOf = (p: SlackRetryPolicy) => ({
  retries: p.retries,
  factor: 2,
  minTimeout: p.minTimeoutMs,
  maxTimeout: p.maxTimeoutMs,
  maxRetryTime: p.maxRetryTimeMs,
  randomize: false,
});

export interface SlackPosterOptions {
  env: NodeJS.ProcessEnv;
  config: Config;
  outboxDir: string;
  retry?: Partial<SlackRetryPolicy>;
}

/** Look-ups a bot token offers so that a run stopped mid-delivery neither loses nor repeats a message. */
export interface SlackRecovery {
  findPosted(q: { kind: string; events: string[]; threadTs: string | null; since: Date }): Promise<{ ts: string; channel: string } | null>;
  findScheduled(q: { postAt: Date; text: string }): Promise<{ scheduledId: string; channel: string } | null>;
}

export function createSlackPoster(opts: SlackPosterOptions): SlackPoster & Partial<SlackRecovery> {
  const retry = { ...DEFAULT_SLACK_RETRY, ...opts.retry };
  const token = opts.env.SLACK_BOT_TOKEN?.trim();
  if (token) return new BotPoster(token, opts.env.SLACK_API_URL?.trim() || 'https://slack.com/api/', opts.config.slack.channel, retry, opts.env);
  const webhook = opts.env.SLACK_WEBHOOK_URL?.trim();
  if (webhook) return new WebhookPoster(webhook, retry, opts.env);
  return new OutboxPoster(opts.outboxDir);
}

const metadataOf = (msg: OutgoingSlack) => ({
  event_type: SLACK_METADATA_EVENT_TYPE,
  event_payload: { kind: msg.kind, events: msg.events },
});

type WebClientT = import('@slack/web-api').WebClient;

class BotPoster implements SlackPoster, SlackRecovery {
  readonly transport = 'bot' as const;
  readonly canSchedule = true;
  readonly destination: string;
  private client: Promise<WebClientT> | null = null;
  private onceClient: Promise<WebClientT> | null = null;

  constructor(
    private readonly token: string,
    private readonly apiUrl: string,
    private readonly channel: string,
    private readonly retry: SlackRetryPolicy,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.destination = channel;
  }

  /** For calls that are safe to repeat (reads, edits, deletes): the SDK retries them within the bounds. */
  private webClient(): Promise<WebClientT> {
    this.client ??= this.createClient(true);
    return this.client;
  }

  /**
   * For calls that create something (a post, a scheduled message): no blind retries, since a request that timed out
   * may have gone through. `sendOnce` retries them itself, after looking for the message.
   */
  private onceWebClient(): Promise<WebClientT> {
    this.onceClient ??= this.createClient(false);
    return this.onceClient;
  }

  private createClient(retrying: boolean): Promise<WebClientT> {
    return (async () => {
      const { WebClient, LogLevel } = await import('@slack/web-api');
      const apiUrl = this.apiUrl.endsWith('/') ? this.apiUrl : `${this.apiUrl}/`;
      const maxRetryAfterSec = this.retry.maxRetryAfterSec;
      // The SDK waits out any Retry-After, however long; a longer one is turned into a `ratelimited` answer here so
      // the run fails fast and the next run retries.
      const boundedFetch: typeof fetch = async (input, init) => {
        const res = await fetch(input, init);
        if (res.status !== 429) return res;
        const after = Number.parseInt(res.headers.get('retry-after') ?? '', 10);
        if (Number.isFinite(after) && after <= maxRetryAfterSec) return res;
        await res.body?.cancel();
        return new Response(JSON.stringify({ ok: false, error: 'ratelimited', retry_after: Number.isFinite(after) ? after : null }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      };
      // The SDK's own log lines would land in our stdout (and `--json` output); every failure reaches us as an
      // exception that we scrub and report, so its logger stays silent.
      const quiet = {
        debug() {},
        info() {},
        warn() {},
        error() {},
        setLevel() {},
        getLevel: () => LogLevel.ERROR,
        setName() {},
      };
      return new WebClient(this.token, {
        slackApiUrl: apiUrl,
        logger: quiet,
        // Never the SDK default (10 retries over ~30 minutes): a cron job must not hang.
        retryConfig: retrying ? retryConfigOf(this.retry) : { retries: 0 },
        // Retrying: a 429 honours Retry-After (bounded above). Once-only: the 429 comes back to sendOnce at once.
        rejectRateLimitedCalls: !retrying,
        timeout: this.retry.requestTimeoutMs,
        fetch: boundedFetch,
        // Only our own base URL is ever called, whatever a method name looks like.
        allowAbsoluteUrls: false,
      });
    })();
  }

  /**
   * Sends something Slack creates (a post, a scheduled message) at most once. A 429 is waited out (bounded) and
   * retried: Slack did nothing. A timeout, a dropped connection or a 5xx is ambiguous: Slack may have accepted it,
   * so `lookup` checks first, and only a message that is not there is sent again.
   */
  private async sendOnce<T>(send: () => Promise<T>, lookup: (since: Date) => Promise<T | null>): Promise<T> {
    const started = Date.now();
    const since = new Date(started);
    for (let attempt = 0; ; attempt++) {
      try {
        return await send();
      } catch (err) {
        const code = slackErrorCode(err);
        const mayRetry = attempt < this.retry.retries && Date.now() - started < this.retry.maxRetryTimeMs;
        if (code === 'ratelimited') {
          const after = Number((err as { retryAfter?: unknown }).retryAfter ?? (err as { data?: { retry_after?: unknown } }).data?.retry_after);
          if (!mayRetry || !Number.isFinite(after) || after > this.retry.maxRetryAfterSec) throw err;
          await sleep(after * 1000);
          continue;
        }
        if (code !== 'request_failed' && !/^http_5\d\d$/.test(code)) throw err;
        let found: T | null;
        try {
          found = await lookup(since);
        } catch {
          // Cannot tell whether it went through: do not risk a second copy; the run reports the original failure.
          throw err;
        }
        if (found) return found;
        if (!mayRetry) throw err;
        await sleep(Math.min(this.retry.minTimeoutMs * 2 ** attempt, this.retry.maxTimeoutMs));
      }
    }
  }

  private fail(action: string, err: unknown, channel: string = this.channel): never {
    const code = slackErrorCode(err);
    const hint = HINTS[code] ? ` (${HINTS[code]})` : '';
    throw new SlackDeliveryError(scrub(`Slack ${action} in ${channel} failed: ${code}${hint}`, this.env), code, channel, {
      cause: scrubbedCause(err, this.env),
    });
  }

  async verify(): Promise<void> {
    const client = await this.webClient();
    try {
      await client.auth.test();
    } catch (err) {
      const code = slackErrorCode(err);
      // A rejected token is a configuration problem (exit 2); Slack being unreachable is a delivery failure (exit 1,
      // retried by the next run).
      if (!CREDENTIAL_ERRORS.has(code)) this.fail('check (auth.test)', err);
      throw new ConfigError(scrub(`SLACK_BOT_TOKEN was rejected by Slack (auth.test): ${code}`, this.env), {
        cause: scrubbedCause(err, this.env),
      });
    }
  }

  async postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }> {
    const client = await this.onceWebClient();
    try {
      return await this.sendOnce(
        async () => {
          const res = await client.chat.postMessage({
            channel: this.channel,
            text: msg.text,
            blocks: msg.blocks as never,
            metadata: metadataOf(msg) as never,
            unfurl_links: false,
            unfurl_media: false,
            ...(msg.threadTs ? { thread_ts: msg.threadTs } : {}),
          });
          return { ts: res.ts ?? null, channel: res.channel ?? null };
        },
        (since) => this.findPosted({ kind: msg.kind, events: msg.events, threadTs: msg.threadTs ?? null, since }),
      );
    } catch (err) {
      this.fail(msg.threadTs ? 'reply' : 'post', err);
    }
  }

  async updateMessage(channel: string, ts: string, msg: OutgoingSlack): Promise<void> {
    const client = await this.webClient();
    try {
      await client.chat.update({ channel, ts, text: msg.text, blocks: msg.blocks as never, metadata: metadataOf(msg) as never });
    } catch (err) {
      this.fail('update', err, channel);
    }
  }

  async scheduleMessage(msg: OutgoingSlack, at: Date): Promise<{ scheduledId: string; channel: string }> {
    const client = await this.onceWebClient();
    try {
      return await this.sendOnce(
        async () => {
          // No metadata: Slack accepts it on a scheduled message and then never posts the message.
          const res = await client.chat.scheduleMessage({
            channel: this.channel,
            post_at: Math.floor(at.getTime() / 1000),
            text: msg.text,
            blocks: msg.blocks as never,
            unfurl_links: false,
            unfurl_media: false,
            ...(msg.threadTs ? { thread_ts: msg.threadTs } : {}),
          });
          if (!res.scheduled_message_id) throw new Error('no scheduled_message_id in the answer');
          return { scheduledId: res.scheduled_message_id, channel: res.channel ?? this.channel };
        },
        () => this.findScheduled({ postAt: at, text: msg.text }),
      );
    } catch (err) {
      this.fail('schedule', err);
    }
  }

  /**
   * The channel id for look-ups: conversations.history and chat.scheduledMessages.list take ids, not `#names`.
   * Resolved once per run through conversations.list (scope channels:read / groups:read).
   */
  private channelIdPromise: Promise<string> | null = null;
  private resolveChannelId(): Promise<string> {
    this.channelIdPromise ??= (async () => {
      if (/^[CGD][A-Z0-9]{6,}$/.test(this.channel)) return this.channel;
      const name = this.channel.replace(/^#/, '');
      const client = await this.webClient();
      let cursor: string | undefined;
      for (let page = 0; page < 50; page++) {
        const res = await client.conversations.list({ types: 'public_channel,private_channel', exclude_archived: true, limit: 1000, cursor });
        const hit = res.channels?.find((c) => c.name === name);
        if (hit?.id) return hit.id;
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      throw Object.assign(new Error('channel_not_found'), { code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } });
    })();
    this.channelIdPromise.catch(() => {
      this.channelIdPromise = null;
    });
    return this.channelIdPromise;
  }

  /**
   * After a run was stopped between sending and recording: is our message already in the channel? Posts are found by
   * their metadata (kind and events) among the bot's messages since `since` (thread replies in that thread).
   */
  async findPosted(q: { kind: string; events: string[]; threadTs: string | null; since: Date }): Promise<{ ts: string; channel: string } | null> {
    try {
      const client = await this.webClient();
      const channel = await this.resolveChannelId();
      // A minute of slack for clock skew between us and Slack.
      const oldest = String(Math.floor(q.since.getTime() / 1000) - 60);
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const res = q.threadTs
          ? await client.conversations.replies({ channel, ts: q.threadTs, oldest, include_all_metadata: true, limit: 200, cursor })
          : await client.conversations.history({ channel, oldest, include_all_metadata: true, limit: 200, cursor });
        for (const m of res.messages ?? []) {
          const meta = (m as { metadata?: { event_type?: string; event_payload?: { kind?: unknown; events?: unknown } } }).metadata;
          if (meta?.event_type !== SLACK_METADATA_EVENT_TYPE || !m.ts) continue;
          if (q.threadTs && m.ts === q.threadTs) continue;
          const events = meta.event_payload?.events;
          if (meta.event_payload?.kind === q.kind && Array.isArray(events) && sameIds(events, q.events)) return { ts: m.ts, channel };
        }
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      return null;
    } catch (err) {
      this.fail('look-up of earlier posts (conversations.history)', err);
    }
  }

  /** After a stopped run: is our reminder already scheduled? Matched by its time and text. */
  async findScheduled(q: { postAt: Date; text: string }): Promise<{ scheduledId: string; channel: string } | null> {
    try {
      const client = await this.webClient();
      const channel = await this.resolveChannelId();
      const at = Math.floor(q.postAt.getTime() / 1000);
      let cursor: string | undefined;
      for (let page = 0; page < 10; page++) {
        const res = await client.chat.scheduledMessages.list({ channel, oldest: String(at - 1), latest: String(at + 1), limit: 100, cursor });
        const hit = res.scheduled_messages?.find((m) => m.post_at === at && m.text === q.text);
        if (hit?.id) return { scheduledId: hit.id, channel: hit.channel_id ?? channel };
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      return null;
    } catch (err) {
      this.fail('look-up of scheduled messages', err);
    }
  }

  async deleteScheduledMessage(channel: string, scheduledId: string): Promise<void> {
    const client = await this.webClient();
    try {
      await client.chat.deleteScheduledMessage({ channel, scheduled_message_id: scheduledId });
    } catch (err) {
      // Already posted, already deleted, or never there: either way it will not be posted, which is what we want.
      if (slackErrorCode(err) === 'invalid_scheduled_message_id') return;
      this.fail('delete of a scheduled message', err, channel);
    }
  }
}

const CREDENTIAL_ERRORS = new Set(['invalid_auth', 'not_authed', 'token_revoked', 'token_expired', 'account_inactive', 'no_permission', 'missing_scope']);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const sameIds = (a: unknown[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

const HINTS: Record<string, string> = {
  invalid_auth: 'check SLACK_BOT_TOKEN',
  not_authed: 'check SLACK_BOT_TOKEN',
  token_revoked: 'SLACK_BOT_TOKEN was revoked',
  account_inactive: 'SLACK_BOT_TOKEN belongs to a deactivated app or user',
  channel_not_found: 'check slack.channel in the configuration, and that the app can see it',
  not_in_channel: 'invite the app to the channel',
  is_archived: 'the channel is archived',
  missing_scope: 'the app needs the chat:write scope, and channels:read and channels:history (groups:* for a private channel) to recover after an interrupted run',
  ratelimited: 'rate limited by Slack; the next run retries',
  time_in_past: 'the time has already passed',
  time_too_far: 'Slack schedules at most 120 days ahead',
};

/** Slack's error code, or a short name for a transport failure; never a message that could carry a secret. */
export function slackErrorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown };
    if (e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') return e.data.error;
    if (e.code === 'slack_webapi_rate_limited_error') return 'ratelimited';
    if ((e.code === 'slack_webapi_http_error' || e.code === 'slack_webhook_http_error') && typeof e.statusCode === 'number')
      return `http_${e.statusCode}`;
    if (e.code === 'slack_webapi_request_error' || e.code === 'slack_webhook_request_error') {
      // The SDK reports a run of 429s that outlasted the retries as a request error wrapping its own message.
      const original = (err as { original?: unknown }).original;
      return original instanceof Error && original.message.startsWith('A rate limit was exceeded') ? 'ratelimited' : 'request_failed';
    }
  }
  return 'unexpected_error';
}

/** The library's error, kept as `cause` for debugging, with secrets removed from its message. */
function scrubbedCause(err: unknown, env: NodeJS.ProcessEnv): Error {
  const message = err instanceof Error ? err.message : String(err);
  const out = new Error(scrub(message, env));
  out.name = err instanceof Error ? err.name : 'Error';
  return out;
}

class WebhookPoster implements SlackPoster {
  readonly transport = 'webhook' as const;
  readonly canSchedule = false;
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

  async postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }> {
    const { IncomingWebhook } = await import('@slack/webhook');
    const hook = new IncomingWebhook(this.url, {
      timeout: this.retry.requestTimeoutMs,
      retryConfig: retryConfigOf(this.retry),
    });
    try {
      await hook.send({ text: msg.text, blocks: msg.blocks as never, unfurl_links: false, unfurl_media: false });
    } catch (err) {
      const e = err as { body?: unknown };
      // A webhook answers errors as plain text such as `invalid_blocks` or `channel_not_found`.
      const body = typeof e.body === 'string' && /^[a-z_]{3,60}$/.test(e.body.trim()) ? e.body.trim() : null;
      const code = body ?? slackErrorCode(err);
      throw new SlackDeliveryError(scrub(`Slack webhook post failed: ${code}`, this.env), code, 'webhook', {
        cause: scrubbedCause(err, this.env),
      });
    }
    return { ts: null, channel: null };
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

/** What an outbox file holds: the payload as it would be posted, plus what it is about. */
export interface SlackOutboxRecord {
  action: 'post' | 'update' | 'schedule';
  kind: OutgoingSlack['kind'];
  events: string[];
  threadTs: string | null;
  /** Schedule only: when Slack would post it (ISO). */
  postAt?: string;
  /** Block Kit Builder preview link for the blocks. */
  blockKitBuilder: string;
  payload: { text: string; blocks: Array<Record<string, unknown>> };
}

/** Block Kit Builder opens a message from the URL fragment. */
export function renderBlockKitBuilderUrl(blocks: Array<Record<string, unknown>>): string {
  return `https://app.slack.com/block-kit-builder/#${encodeURIComponent(JSON.stringify({ blocks }))}`;
}

/** `slack-<kind>-<event ids>-<hash>.json`: the same message always lands in the same file. */
export function outboxFileName(action: SlackOutboxRecord['action'], msg: OutgoingSlack): string {
  const ids = msg.events.length ? msg.events.join('+') : 'none';
  const slug = ids
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const hash = createHash('sha256')
    .update(JSON.stringify([action, msg.kind, msg.events, msg.threadTs ?? null, msg.text, msg.blocks]))
    .digest('hex')
    .slice(0, 12);
  const prefix = action === 'post' ? msg.kind : `${msg.kind}-${action}`;
  return `slack-${prefix}-${slug}-${hash}.json`;
}

class OutboxPoster implements SlackPoster {
  readonly transport = 'outbox' as const;
  readonly canSchedule = false;
  readonly destination = 'outbox';

  constructor(private readonly dir: string) {}

  async verify(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
  }

  private async write(action: SlackOutboxRecord['action'], msg: OutgoingSlack, postAt?: Date): Promise<string> {
    const record: SlackOutboxRecord = {
      action,
      kind: msg.kind,
      events: msg.events,
      threadTs: msg.threadTs ?? null,
      ...(postAt ? { postAt: postAt.toISOString() } : {}),
      blockKitBuilder: renderBlockKitBuilderUrl(msg.blocks),
      payload: { text: msg.text, blocks: msg.blocks },
    };
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, outboxFileName(action, msg));
    try {
      await writeFile(file, `${JSON.stringify(record, null, 2)}\n`, 'utf8');
    } catch (err) {
      throw new DeliveryError(`Could not write the Slack outbox file ${file}: ${(err as Error).message}`, { cause: err });
    }
    return file;
  }

  async postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }> {
    await this.write('post', msg);
    return { ts: null, channel: null };
  }

  async updateMessage(_channel: string, _ts: string, msg: OutgoingSlack): Promise<void> {
    await this.write('update', msg);
  }

  async scheduleMessage(msg: OutgoingSlack, at: Date): Promise<{ scheduledId: string; channel: string }> {
    const file = await this.write('schedule', msg, at);
    return { scheduledId: path.basename(file, '.json'), channel: 'outbox' };
  }

  async deleteScheduledMessage(): Promise<void> {
    // Outbox files are a record of what would have been sent; nothing to take back.
  }
}
