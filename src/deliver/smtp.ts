/**
 * SMTP through nodemailer's pool. SMTP_URL is parsed here, once, with the WHATWG parser, and nodemailer
 * gets explicit options, never the URL: its legacy parser prints a malformed URL, password included, in a
 * process warning. TLS follows the URL: smtps:// is implicit TLS (465), smtp:// upgrades with STARTTLS
 * whenever the server offers it. Timeouts are bounded so a cron job never hangs, and a failed message is
 * not requeued inside the pool: the run leaves it unrecorded and the next run retries it, which is the one
 * retry policy (a silent requeue after a dropped connection could send twice).
 */
import { ConfigError, DeliveryError } from '../errors.js';
import { redactUrl, scrub } from '../secrets.js';
import { clip } from '../workflow-commands.js';
import type { Mailer, OutgoingEmail } from './types.js';
import { toMailOptions } from './mail-message.js';

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  rejected?: string[];
}

/** `smtp://host:port` with the default port written out, for reports (ledger keys say only `smtp`); never a secret. */
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

/**
 * The server refused our credentials: AUTH failed (535, or 534 for a mechanism it will not take), or it wants
 * authentication we did not give (530). Configuration, not delivery: SMTP_URL must change before anything goes out.
 */
function isCredentialFailure(err: SmtpError): boolean {
  return err.code === 'EAUTH' || err.code === 'ENOAUTH' || [530, 534, 535].includes(err.responseCode ?? 0);
}

/** `to`: the recipients of the message, or null for the connection check made before anything is sent. */
function describeFailure(err: SmtpError, server: string, to: string | null, env: NodeJS.ProcessEnv): string {
  const code = err.responseCode;
  const reply = clip(scrub(err.response ?? err.message ?? '', env), 300);
  const when = to === null ? 'at the connection check' : `when sending to ${to}`;
  if (isCredentialFailure(err)) {
    return `SMTP server ${server} did not accept the credentials in SMTP_URL ${when}${code ? ` (${code})` : ''}: ${reply}. Check the user name and password in SMTP_URL (special characters percent-encoded; see docs/smtp.md); nothing is sent by email until they are right`;
  }
  const subject = to === null ? 'the connection check' : `the message to ${to}`;
  if (code && code >= 400 && code < 500) {
    return `SMTP server ${server} temporarily refused ${subject} (${code}, temporary failure; it will be retried on the next run): ${reply}`;
  }
  if (code && code >= 500) {
    return `SMTP server ${server} rejected ${subject} (${code}, permanent failure; check the addresses, sender and credentials, then run again): ${reply}`;
  }
  const errCode = err.code ? `${err.code}: ` : '';
  return `SMTP server ${server} could not be reached or dropped the connection ${when} (${errCode}${reply}); it will be retried on the next run`;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/**
 * smtp:// with a user and password to another machine must not send them in the clear when the server
 * does not offer STARTTLS; `?requireTLS=false` in the URL opts out.
 */
export function needsRequiredTls(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'smtp:' && u.username !== '' && !LOOPBACK.test(u.hostname);
  } catch {
    return false;
  }
}

/** What SMTP_URL says, as nodemailer's explicit options: nodemailer never parses the URL (or the secret). */
export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  requireTLS: boolean;
  ignoreTLS?: boolean;
  name?: string;
  tls?: { rejectUnauthorized?: boolean; servername?: string; minVersion?: 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3' };
}

const SHAPE =
  'smtps://user:password@host:465 or smtp://user:password@host:587, and percent-encode special characters ' +
  'in the user name and password (# as %23, / as %2F, ? as %3F, @ as %40, : as %3A, % as %25); see docs/smtp.md';
const BOOLEAN_OPTIONS = ['requireTLS', 'ignoreTLS', 'tls.rejectUnauthorized'] as const;
const TEXT_OPTIONS = ['name', 'tls.servername', 'tls.minVersion'] as const;
const TLS_VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;

/** Never quotes the value (nor any part of it, nor the URL parser's error, which carries the input). */
const invalid = (why: string) => new ConfigError(`SMTP_URL ${why}. Write it as ${SHAPE}.`);

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid('has a "%" in the user name or password that is not a valid percent-encoding (a % itself is written %25)');
  }
}

/**
 * Parses SMTP_URL once, with the WHATWG parser, into explicit options; anything it cannot read exactly
 * is a ConfigError naming the variable and the expected shape, never the value.
 */
export function parseSmtpUrl(url: string): SmtpSettings {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw invalid(
      'is not a valid URL (usually a #, /, ? or @ in the password that is not percent-encoded, or a port that is not a number)',
    );
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw invalid('must start with smtp:// or smtps://');
  // A raw # starts a fragment, a raw / a path, a raw ? a query: each cuts a password short silently.
  if (url.includes('#')) throw invalid('contains a "#", which ends the address part of a URL');
  if (u.pathname !== '' && u.pathname !== '/') throw invalid('has a path after the host (a "/" that is not percent-encoded)');
  const secure = u.protocol === 'smtps:';
  const hostname = u.hostname;
  if (!hostname) throw invalid('has no host');
  const port = u.port === '' ? (secure ? 465 : 587) : Number(u.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw invalid('has a port that is not a number from 1 to 65535');

  const settings: SmtpSettings = {
    host: hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    secure,
    requireTLS: u.protocol === 'smtp:' && u.username !== '' && !LOOPBACK.test(hostname),
  };
  if (u.username || u.password) settings.auth = { user: decode(u.username), pass: decode(u.password) };

  for (const [key, value] of u.searchParams) {
    if ((BOOLEAN_OPTIONS as readonly string[]).includes(key)) {
      if (value !== 'true' && value !== 'false') throw invalid(`option ${key} must be true or false`);
      const on = value === 'true';
      if (key === 'requireTLS') settings.requireTLS = on;
      else if (key === 'ignoreTLS') settings.ignoreTLS = on;
      else settings.tls = { ...settings.tls, rejectUnauthorized: on };
    } else if ((TEXT_OPTIONS as readonly string[]).includes(key)) {
      if (key === 'name') settings.name = value;
      else if (key === 'tls.servername') settings.tls = { ...settings.tls, servername: value };
      else {
        const version = TLS_VERSIONS.find((v) => v === value);
        if (!version) throw invalid(`option tls.minVersion must be one of ${TLS_VERSIONS.join(', ')}`);
        settings.tls = { ...settings.tls, minVersion: version };
      }
    } else {
      // The key is not quoted: a "?" in an unencoded password would put part of it here.
      throw invalid(
        `has an unsupported option after "?" (supported: ${[...BOOLEAN_OPTIONS, ...TEXT_OPTIONS].join(', ')}; a "?" in the password is written %3F)`,
      );
    }
  }
  return settings;
}

const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000, dnsTimeout: 10_000 };

/**
 * The connection check before anything is sent: connect, EHLO, STARTTLS where offered or required, AUTH, as
 * nodemailer's own verify() does it, but on a connection held here, closed when `signal` aborts (the deadline).
 * verify() has no way to stop: against a server that answers each command late it went on talking after the run
 * had given up, and kept the process alive for its QUIT (a run with a 4 s deadline ended after 7 s).
 */
async function checkConnection(settings: SmtpSettings, signal: AbortSignal, hold: (c: { close(): void }) => void): Promise<void> {
  const { default: SMTPConnection } = await import('nodemailer/lib/smtp-connection');
  signal.throwIfAborted();
  const connection = new SMTPConnection({ ...settings, ...TIMEOUTS });
  hold(connection);
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (err?: unknown) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (err) {
        connection.close();
        reject(err);
      } else {
        connection.quit();
        resolve();
      }
    };
    const onAbort = () => settle(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    connection.on('error', settle);
    connection.once('end', () => settle(new Error('Connection closed')));
    connection.connect((err) => {
      if (err) return settle(err);
      if (settings.auth && connection.allowsAuth) connection.login(settings.auth, (e) => settle(e ?? undefined));
      else settle();
    });
  });
}

/** The default of `email.deadlineSeconds`: the whole email delivery of one run, connection check included. */
export const DEFAULT_SMTP_DEADLINE_SECONDS = 120;

/**
 * Throws a ConfigError at once when SMTP_URL cannot be read, before any channel sends anything. `deadlineSeconds`
 * bounds the whole email delivery of the run, from the connection check on: per-command timeouts alone let a server
 * that answers each command just in time (a tarpit) hold one message for minutes. Once it has passed, each email
 * left is reported as not sent (exit 1) and the next run sends it.
 */
export function createSmtpMailer(opts: { url: string; env: NodeJS.ProcessEnv; deadlineSeconds?: number }): Mailer {
  const settings = parseSmtpUrl(opts.url);
  const destination = smtpDestination(opts.url);
  type Transporter = import('nodemailer').Transporter;
  let transporter: Promise<Transporter> | null = null;
  const transport = (): Promise<Transporter> => {
    transporter ??= import('nodemailer').then((nm) =>
      nm.createTransport({
        ...settings,
        ...TIMEOUTS,
        pool: true,
        maxConnections: 2,
        maxMessages: 100,
        maxRequeues: 0,
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
    );
    return transporter;
  };
  /**
   * Never `unsettled` (see DeliveryError): a 4xx or 5xx reply is a definite "not accepted", so the run forgets the
   * attempt. A connection dropped after DATA is ambiguous (the server may have taken the message), but SMTP offers
   * no way to look a message up: a pending mark could never be cleared and would hold the email back for good. So
   * it too is forgotten, and the next run sends it again with the same Message-ID, which lets clients and list
   * servers recognise the copy.
   */
  const fail = (err: unknown, recipients: string | null): DeliveryError => {
    const e = (err ?? {}) as SmtpError;
    // The cause keeps the code for callers, but its message goes through the scrubber too.
    const cause = { code: e.code, responseCode: e.responseCode, message: scrub(String(e.message ?? err), opts.env) };
    return new DeliveryError(describeFailure(e, destination, recipients, opts.env), { cause, credentials: isCredentialFailure(e) });
  };
  let checking: { close(): void } | null = null;
  const deadlineSeconds = opts.deadlineSeconds ?? DEFAULT_SMTP_DEADLINE_SECONDS;
  // The clock starts at the first use (the connection check), not while the run reads and renders.
  let started: number | null = null;
  const remainingMs = () => {
    started ??= Date.now();
    return deadlineSeconds * 1000 - (Date.now() - started);
  };
  const overdue = (what: string) =>
    new DeliveryError(
      `SMTP server ${destination}: the email delivery of this run took longer than email.deadlineSeconds (${deadlineSeconds} s) ${what}; it will be sent by the next run`,
    );
  return {
    transport: 'smtp',
    destination,
    async verify() {
      const signal = AbortSignal.timeout(Math.max(0, remainingMs()));
      try {
        await checkConnection(settings, signal, (c) => (checking = c));
      } catch (err) {
        if (signal.aborted) throw overdue('at the connection check');
        throw fail(err, null);
      }
    },
    async sendEmail(mail: OutgoingEmail) {
      const recipients = [...mail.to, ...mail.cc, ...mail.bcc].join(', ') || '(no recipients)';
      const left = remainingMs();
      if (left <= 0) throw overdue(`before the message to ${recipients} was started`);
      // nodemailer fails the message and closes its connection when the signal aborts.
      const signal = AbortSignal.timeout(left);
      try {
        const info = await (await transport()).sendMail({ ...toMailOptions(mail), signal } as ReturnType<typeof toMailOptions>);
        return { messageId: info.messageId || mail.messageId };
      } catch (err) {
        if (signal.aborted) throw overdue(`while sending the message to ${recipients}`);
        throw fail(err, recipients);
      }
    },
    async close() {
      // The check's QUIT may still be on its way to a slow server: the run is over, so the connection is too.
      checking?.close();
      checking = null;
      if (transporter) (await transporter).close();
      transporter = null;
    },
  };
}
