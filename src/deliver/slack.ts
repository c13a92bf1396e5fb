/**
 * Slack delivery: a bot token (Web API: post, edit, thread, schedule), an incoming webhook (posts only), or, without
 * credentials, an outbox of JSON files. The SDKs are imported lazily so commands that send nothing never load them.
 */
import type { Config } from '../config/config.js';
import { ConfigError } from '../errors.js';
import type { SlackPoster } from './types.js';
import { BotPoster } from './slack-bot.js';
import { DEFAULT_SLACK_RETRY, type SlackRetryPolicy } from './slack-retry.js';
import { OutboxPoster } from './slack-outbox.js';
import { WebhookPoster } from './slack-webhook.js';

export { SLACK_METADATA_EVENT_TYPE } from './slack-bot.js';
export { DEFAULT_SLACK_RETRY, type SlackRetryPolicy } from './slack-retry.js';
export { SlackDeliveryError, isTimeInPast, isTimeTooFar, isUneditable, slackErrorCode } from './slack-errors.js';
export { outboxFileName, type SlackOutboxRecord } from './slack-outbox.js';
export { renderBlockKitBuilderUrl } from '../render/slack/builder.js';

export interface SlackPosterOptions {
  env: NodeJS.ProcessEnv;
  config: Config;
  outboxDir: string;
  retry?: Partial<SlackRetryPolicy>;
}

/** Throws a ConfigError at once, before any channel sends anything, when SLACK_API_URL is not an http(s) URL. */
export function createSlackPoster(opts: SlackPosterOptions): SlackPoster {
  const retry = { ...DEFAULT_SLACK_RETRY, ...timeoutFrom(opts.env), ...opts.retry };
  const token = opts.env.SLACK_BOT_TOKEN?.trim();
  if (token) return new BotPoster(token, slackApiUrl(opts.env), opts.config.slack.channel, retry, opts.env);
  const webhook = opts.env.SLACK_WEBHOOK_URL?.trim();
  if (webhook) return new WebhookPoster(webhook, retry, opts.env);
  return new OutboxPoster(opts.outboxDir);
}

/**
 * SLACK_API_URL, else Slack itself. A value that is not an http(s) URL would make every call fail as if Slack were
 * unreachable, retried run after run: it is configuration. The value is never quoted (it may carry a secret).
 */
function slackApiUrl(env: NodeJS.ProcessEnv): string {
  const value = env.SLACK_API_URL?.trim();
  if (!value) return 'https://slack.com/api/';
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname)
    throw new ConfigError('SLACK_API_URL is not an http(s) URL. Leave it unset to use Slack (https://slack.com/api/); tests point it at a local server, e.g. http://127.0.0.1:PORT/api/.');
  return value;
}

/**
 * ANNOUNCE_SLACK_TIMEOUT_MS: the per-request timeout (default 10 s), for tests and the attack script, which make
 * servers answer late and should not wait 10 s for each.
 */
function timeoutFrom(env: NodeJS.ProcessEnv): Partial<SlackRetryPolicy> {
  const ms = Number(env.ANNOUNCE_SLACK_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? { requestTimeoutMs: ms } : {};
}
