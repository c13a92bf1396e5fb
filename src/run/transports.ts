/**
 * The transports of this environment: SMTP or the outbox for email, a bot token, a webhook or the outbox for Slack.
 * Creating them opens no connection; nodemailer and the Slack SDKs load only when a transport is created (and the
 * SDKs only when one first sends).
 */
import type { Config } from '../config/config.js';
import type { Channel } from '../model.js';
import type { Transports } from './types.js';

export async function createTransports(config: Config, env: NodeJS.ProcessEnv, only?: Channel): Promise<Transports> {
  const outboxDir = config.outbox;
  const [mailer, slack] = await Promise.all([
    only === 'slack' ? null : import('../deliver/mailer.js').then((m) => m.createMailer({ env, config, outboxDir })),
    only === 'email' ? null : import('../deliver/slack.js').then((m) => m.createSlackPoster({ env, config, outboxDir })),
  ]);
  return { mailer, slack };
}
