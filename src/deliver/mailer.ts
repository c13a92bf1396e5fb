/**
 * createMailer: SMTP when SMTP_URL is set, else the outbox folder, behind one Mailer interface.
 * nodemailer is loaded only here and only when a mailer is created, so commands that send nothing
 * never load it.
 */
import type { Config } from '../config/config.js';
import type { Mailer, OutgoingEmail } from './types.js';
import { createSmtpMailer } from './smtp.js';
import { createOutboxMailer } from './outbox-mail.js';

export interface MailerOptions {
  env: NodeJS.ProcessEnv;
  config: Config;
  outboxDir: string;
}

export function createMailer(opts: MailerOptions): Mailer {
  const url = opts.env.SMTP_URL?.trim();
  if (url) return createSmtpMailer({ url, env: opts.env, deadlineSeconds: opts.config.email.deadlineSeconds });
  return createOutboxMailer({ dir: opts.outboxDir });
}

export { toMailOptions } from './mail-message.js';
