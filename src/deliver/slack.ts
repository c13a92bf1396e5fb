/**
 * Slack delivery: a bot token (Web API: post, edit, thread, schedule), an incoming webhook (posts only), or, without
 * credentials, an outbox of JSON files. The SDKs are imported lazily so commands that send nothing never load them.
 */
import type { Config } from '../config/config.js';
import type { SlackPoster } from './types.js';
import { BotPoster } from './slack-bot.js';
import { DEFAULT_SLACK_RETRY, type SlackRetryPolicy } from './slack-retry.js';
import { OutboxPoster } from './slack-outbox.js';
import { WebhookPoster } from './slack-webhook.js';

export { SLACK_METADATA_EVENT_TYPE } from './slack-bot.js';
export { DEFAULT_SLACK_RETRY, type SlackRetryPolicy } from './slack-retry.js';
export { SlackDeliveryError, isTimeInPast, isTimeTooFar, slackErrorCode } from './slack-errors.js';
export { outboxFileName, type SlackOutboxRecord } from './slack-outbox.js';
export { renderBlockKitBuilderUrl } from '../render/slack/builder.js';

export interface SlackPosterOptions {
  env: NodeJS.ProcessEnv;
  config: Config;
  outboxDir: string;
  retry?: Partial<SlackRetryPolicy>;
}

export function createSlackPoster(opts: SlackPosterOptions): SlackPoster {
  const retry = { ...DEFAULT_SLACK_RETRY, ...opts.retry };
  const token = opts.env.SLACK_BOT_TOKEN?.trim();
  if (token) return new BotPoster(token, opts.env.SLACK_API_URL?.trim() || 'https://slack.com/api/', opts.config.slack.channel, retry, opts.env);
  const webhook = opts.env.SLACK_WEBHOOK_URL?.trim();
  if (webhook) return new WebhookPoster(webhook, retry, opts.env);
  return new OutboxPoster(opts.outboxDir);
}
