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
  if (url) return createSmtpMailer({ url, env: opts.env });
  return createOutboxMailer({ dir: opts.outboxDir });
}

/** Header values travel on one line; a stray CR/LF from a config value must not start a new header. */
const headerValue = (v: string) => v.replace(/[\r\n]+/g, ' ').trim();

/**
 * The nodemailer message for an OutgoingEmail; shared by both transports so the outbox `.eml` is
 * byte-for-byte what SMTP would have carried (apart from Date).
 */
export function toMailOptions(mail: OutgoingEmail) {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(mail.headers)) headers[k] = headerValue(v);
  headers['X-Announce-Kind'] = mail.kind;
  headers['X-Announce-Events'] = headerValue(mail.events.join(','));
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : undefined,
    bcc: mail.bcc.length ? mail.bcc : undefined,
    replyTo: mail.replyTo ?? undefined,
    subject: headerValue(mail.subject),
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo ?? undefined,
    references: mail.references.length ? mail.references : undefined,
    headers,
    text: mail.text,
    html: mail.html,
    // nodemailer adds it both as a text/calendar alternative (what Outlook and Gmail act on, with
    // the matching method=) and as an invite.ics attachment (what other clients offer to open).
    icalEvent: mail.calendar ? { method: mail.calendar.method, content: mail.calendar.content, filename: 'invite.ics' } : undefined,
  };
}
