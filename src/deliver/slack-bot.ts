/**
 * Slack with a bot token (`@slack/web-api`, loaded on first use): post, edit, reply in threads, schedule and delete
 * reminders, and the look-ups that let a stopped run find what it already sent.
 */
import type { OutgoingSlack, SlackLookup, SlackPoster } from './types.js';
import { scrub } from '../secrets.js';
import { CREDENTIAL_ERRORS, scrubbedCause, slackErrorCode, slackFailure, SlackDeliveryError } from './slack-errors.js';
import { backoffMs, mayRetry, waitsOut, webClientRetryOptions, type SlackRetryPolicy } from './slack-retry.js';
import type { MessageMetadata, MessageMetadataEventPayloadObject } from '@slack/types';

/** The `metadata.event_type` of every post made with a bot token. */
export const SLACK_METADATA_EVENT_TYPE = 'seminar_announcement';

/**
 * What each post carries, so that a stopped run finds it again (findPosted). The event ids travel as a list: Slack
 * keeps any JSON in `event_payload`, though @slack/types allows only scalars and objects there, hence the one cast.
 */
export const metadataOf = (msg: OutgoingSlack): MessageMetadata => ({
  event_type: SLACK_METADATA_EVENT_TYPE,
  event_payload: { kind: msg.kind, events: msg.events as unknown as MessageMetadataEventPayloadObject[] },
});

/**
 * Errors of a create call that may have gone through (no answer, or a 5xx) and whose look-up failed: nobody can tell
 * whether Slack did it, so the failure is reported as unsettled and the run keeps the delivery pending.
 */
const unchecked = new WeakSet<object>();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const sameIds = (a: unknown[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

type WebClientT = import('@slack/web-api').WebClient;

export class BotPoster implements SlackPoster, SlackLookup {
  readonly transport = 'bot' as const;
  readonly canSchedule = true;
  readonly lookup: SlackLookup = this;
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
        ...webClientRetryOptions(this.retry, retrying),
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
        const again = mayRetry(this.retry, attempt, Date.now() - started);
        if (code === 'ratelimited') {
          const after = Number((err as { retryAfter?: unknown }).retryAfter ?? (err as { data?: { retry_after?: unknown } }).data?.retry_after);
          if (!again || !waitsOut(this.retry, after)) throw err;
          await sleep(after * 1000);
          continue;
        }
        if (code !== 'request_failed' && !/^http_5\d\d$/.test(code)) throw err;
        let found: T | null;
        try {
          found = await lookup(since);
        } catch {
          // Cannot tell whether it went through: do not risk a second copy; the run reports the original failure
          // as unsettled and keeps the delivery pending, so the next run looks for it before sending it again.
          if (err && typeof err === 'object') unchecked.add(err);
          throw err;
        }
        if (found) return found;
        if (!again) throw err;
        await sleep(backoffMs(this.retry, attempt));
      }
    }
  }

  private fail(action: string, err: unknown, channel: string = this.channel): never {
    throw slackFailure(action, err, channel, this.env, !!err && typeof err === 'object' && unchecked.has(err));
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
      throw new SlackDeliveryError(scrub(`SLACK_BOT_TOKEN was rejected by Slack (auth.test): ${code}`, this.env), code, this.channel, {
        cause: scrubbedCause(err, this.env),
        credentials: true,
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
            blocks: msg.blocks,
            metadata: metadataOf(msg),
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
      await client.chat.update({ channel, ts, text: msg.text, blocks: msg.blocks, metadata: metadataOf(msg) });
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
            blocks: msg.blocks,
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
