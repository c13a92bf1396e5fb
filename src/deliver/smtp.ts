/**
 * SMTP through nodemailer's pool. TLS follows the URL: smtps:// is implicit TLS (465), smtp:// upgrades
 * with STARTTLS whenever the server offers it. Timeouts are bounded so a cron job never hangs, and a
 * failed message is not requeued inside the pool: the run leaves it unrecorded and the next run retries
 * it, which is the one retry policy (a silent requeue after a dropped connection could send twice).
 */
import { DeliveryError } from '../errors.js';
import { redactUrl, scrub } from '../secrets.js';
import type { Mailer, OutgoingEmail } from './types.js';
import { toMailOptions } from './mail-message.js';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  rejected?: string[];
}

/** `smtp://host:port` with the default port written out: part of ledger keys, never a secret. */
export function smtpDestination(url: string): string {
  try {
    const u = new URL(url);
    const secure = u.protocol === 'smtps:';
    const port = u.port || (secure ? '465' : '587');
    return `${secure ? 'smtps' : 'smtp'}://${u.hostname}:${port}`;
  } catch {
    return redactUrl(url);
  }
}

function describeFailure(err: SmtpError, server: string, recipients: string, env: NodeJS.ProcessEnv): string {
  const code = err.responseCode;
  const reply = err.response ? scrub(err.response, env).replace(/\s+/g, ' ').slice(0, 300) : scrub(err.message, env);
  if (code && code >= 400 && code < 500) {
    return `SMTP server ${server} temporarily refused the message to ${recipients} (${code}, temporary failure; it will be retried on the next run): ${reply}`;
  }
  if (code && code >= 500) {
    return `SMTP server ${server} rejected the message to ${recipients} (${code}, permanent failure; check the addresses, sender and credentials, then run again): ${reply}`;
  }
  if (err.code === 'EAUTH') return `SMTP server ${server} did not accept the credentials in SMTP_URL (sending to ${recipients}): ${reply}`;
  const what = err.code ? `${err.code}: ` : '';
  return `SMTP server ${server} could not be reached or dropped the connection while sending to ${recipients} (${what}${reply}); it will be retried on the next run`;
}

/**
 * smtp:// with a user and password to another machine must not send them in the clear when the server
 * does not offer STARTTLS; `?requireTLS=false` in the URL opts out (nodemailer reads URL options last).
 */
export function needsRequiredTls(url: string): boolean {
  try {
    const u = new URL(url);
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(u.hostname);
    return u.protocol === 'smtp:' && u.username !== '' && !loopback;
  } catch {
    return false;
  }
}

export function createSmtpMailer(opts: { url: string; env: NodeJS.ProcessEnv }): Mailer {
  const destination = smtpDestination(opts.url);
  type Transporter = import('nodemailer').Transporter;
  let transporter: Promise<Transporter> | null = null;
  const transport = (): Promise<Transporter> => {
    transporter ??= import('nodemailer').then((nm) =>
      nm.createTransport({
        url: opts.url,
        pool: true,
        requireTLS: needsRequiredTls(opts.url),
        maxConnections: 2,
        maxMessages: 100,
        maxRequeues: 0,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
        dnsTimeout: 10_000,
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
    );
    return transporter;
  };
  const fail = (err: unknown, recipients: string): DeliveryError => {
    const e = (err ?? {}) as SmtpError;
    // The cause keeps the code for callers, but its message goes through the scrubber too.
    const cause = { code: e.code, responseCode: e.responseCode, message: scrub(String(e.message ?? err), opts.env) };
    return new DeliveryError(describeFailure(e, destination, recipients, opts.env), { cause });
  };
  return {
    transport: 'smtp',
    destination,
    async verify() {
      try {
        await (await transport()).verify();
      } catch (err) {
        throw fail(err, '(connection check)');
      }
    },
    async sendEmail(mail: OutgoingEmail) {
      const recipients = [...mail.to, ...mail.cc, ...mail.bcc].join(', ') || '(no recipients)';
      try {
        const info = await (await transport()).sendMail(toMailOptions(mail));
        return { messageId: info.messageId || mail.messageId };
      } catch (err) {
        throw fail(err, recipients);
      }
    },
    async close() {
      if (transporter) (await transporter).close();
      transporter = null;
    },
  };
}
