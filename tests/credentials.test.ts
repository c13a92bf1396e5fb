/**
 * One rule for credentials: a transport that rejects ours is a configuration error (exit 2), worded as such and
 * naming the variable to fix (never its value), for SMTP as for Slack, whenever it happens (the CLI's side, at
 * the connection check and for SLACK_API_URL, is in faults.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/deliver/mailer.js';
import { createSlackPoster, type SlackDeliveryError } from '../src/deliver/slack.js';
import { DeliveryError } from '../src/errors.js';
import { anInput, anOutgoing, renderEmail } from './email-support.js';
import { aConfig } from './support/builders.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';

const WRONG = 'wrong-Passw0rd-42';
let smtp: TestSmtpServer;
let slack: SlackServer;
beforeAll(async () => {
  [smtp, slack] = await Promise.all([startSmtpServer(), startSlackServer()]);
});
afterAll(() => Promise.all([smtp?.close(), slack?.close()]));

describe('SMTP rejecting the credentials is configuration (exit 2)', () => {
  it('a 535 when sending: exit 2, worded as credentials naming SMTP_URL', async () => {
    const mailer = createMailer({ env: { SMTP_URL: smtp.url.replace(encodeURIComponent(smtp.pass), WRONG) }, config: aConfig(), outboxDir: '/nonexistent' });
    try {
      const input = anInput('announcement');
      const err = await mailer.sendEmail(anOutgoing(await renderEmail(input), input)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect(err).toMatchObject({ exitCode: 2, credentials: true });
      expect((err as Error).message).toMatch(/did not accept the credentials in SMTP_URL when sending to nlp-seminar@lists\.example\.org \(535\)/);
      expect((err as Error).message).not.toContain(WRONG);
    } finally {
      await mailer.close();
    }
  });

  it('other refusals stay delivery failures (exit 1), retried by the next run', async () => {
    const mailer = createMailer({ env: { SMTP_URL: smtp.url }, config: aConfig(), outboxDir: '/nonexistent' });
    try {
      smtp.failNext('5xx');
      const input = anInput('announcement');
      const err = await mailer.sendEmail(anOutgoing(await renderEmail(input), input)).catch((e: unknown) => e);
      expect(err).toMatchObject({ exitCode: 1, credentials: false });
    } finally {
      await mailer.close();
    }
  });
});

describe('Slack rejecting the credentials is configuration (exit 2)', () => {
  const poster = (env: NodeJS.ProcessEnv) =>
    createSlackPoster({ env, config: aConfig(), outboxDir: '/nonexistent', retry: { retries: 1, minTimeoutMs: 10, maxTimeoutMs: 20, requestTimeoutMs: 3000 } });
  const message = { text: 'Talk', blocks: [], kind: 'announcement' as const, events: ['event/a'] };

  it('a token rejected when posting (not only at auth.test)', async () => {
    slack.failNext('invalid_auth', { method: 'chat.postMessage' });
    const err = (await poster({ SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url }).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(err).toMatchObject({ slackError: 'invalid_auth', exitCode: 2, credentials: true });
    slack.failNext('channel_not_found', { method: 'chat.postMessage' });
    const other = (await poster({ SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url }).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(other).toMatchObject({ slackError: 'channel_not_found', exitCode: 1, credentials: false });
  });

  it('a webhook URL Slack does not know (invalid_token), naming SLACK_WEBHOOK_URL', async () => {
    slack.failNext('invalid_token', { method: 'webhook', times: 5 });
    const err = (await poster({ SLACK_WEBHOOK_URL: slack.webhookUrl }).postMessage(message).catch((e: unknown) => e)) as SlackDeliveryError;
    expect(err).toMatchObject({ slackError: 'invalid_token', exitCode: 2 });
    expect(err.message).toContain('SLACK_WEBHOOK_URL');
    expect(err.message).not.toContain(slack.webhookUrl);
  });
});
