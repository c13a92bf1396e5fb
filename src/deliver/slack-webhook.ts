/** Slack through an incoming webhook (`@slack/webhook`, loaded on first use): new posts only, to its one channel. */
import { ConfigError, DeliveryError } from '../errors.js';
import { scrub } from '../secrets.js';
import type { OutgoingSlack, SlackPoster } from './types.js';
import { webhookRetryOptions, type SlackRetryPolicy } from './slack-retry.js';
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

  async postMessage(msg: OutgoingSlack): Promise<{ ts: string | null; channel: string | null }> {
    const { IncomingWebhook } = await import('@slack/webhook');
    const hook = new IncomingWebhook(this.url, webhookRetryOptions(this.retry));
    try {
      await hook.send({ text: msg.text, blocks: msg.blocks, unfurl_links: false, unfurl_media: false });
    } catch (err) {
      const e = err as { body?: unknown };
      // A webhook answers errors as plain text such as `invalid_blocks` or `channel_not_found`.
      const body = typeof e.body === 'string' && /^[a-z_]{3,60}$/.test(e.body.trim()) ? e.body.trim() : null;
      const code = body ?? slackErrorCode(err);
      const hint = CREDENTIAL_ERRORS.has(code) && HINTS[code] ? ` (${HINTS[code]})` : '';
      throw new SlackDeliveryError(scrub(`Slack webhook post failed: ${code}${hint}${body ? '' : answerExcerpt(err, this.env)}`, this.env), code, 'webhook', {
        cause: scrubbedCause(err, this.env),
        credentials: CREDENTIAL_ERRORS.has(code),
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
