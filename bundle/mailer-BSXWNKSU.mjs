import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DIGEST_CALENDAR_FILE,
  INVITATION_CALENDAR_FILE
} from "./chunk-DHLL2WBJ.mjs";
import {
  redactUrl,
  scrub
} from "./chunk-XI3I5RXC.mjs";
import {
  ConfigError,
  DeliveryError
} from "./chunk-VGGN3EEV.mjs";
import {
  clip
} from "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/deliver/mail-message.ts
var headerValue = (v) => v.replace(/[\r\n]+/g, " ").trim();
function announceEventsHeader(ids) {
  const tight = headerValue(ids.join(","));
  return "X-Announce-Events: ".length + tight.length <= 998 ? tight : headerValue(ids.join(", "));
}
function toMailOptions(mail) {
  const headers = {};
  for (const [k, v] of Object.entries(mail.headers)) headers[k] = headerValue(v);
  headers["X-Announce-Kind"] = mail.kind;
  headers["X-Announce-Events"] = announceEventsHeader(mail.events);
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc.length ? mail.cc : void 0,
    bcc: mail.bcc.length ? mail.bcc : void 0,
    replyTo: mail.replyTo ?? void 0,
    subject: headerValue(mail.subject),
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo ?? void 0,
    references: mail.references.length ? mail.references : void 0,
    headers,
    text: mail.text,
    html: mail.html,
    // An invitation (one talk): nodemailer adds it both as a text/calendar alternative (what Outlook and Gmail act
    // on, with the matching method=) and as an invite.ics attachment (what other clients offer to open).
    icalEvent: mail.calendar && mail.calendar.method !== "PUBLISH" ? { method: mail.calendar.method, content: mail.calendar.content, filename: INVITATION_CALENDAR_FILE } : void 0,
    // A digest's calendar of all its talks (METHOD:PUBLISH) is no invitation: one attachment to import, never an
    // alternative part a client would read as a scheduling message, and never twice. Quoted-printable, not
    // nodemailer's default base64: the calendar is ASCII text in lines already folded at 75 octets, so it travels
    // almost as written (base64 adds a third, which is what tipped an ordinary week past Mailman's 40 KB hold).
    attachments: mail.calendar?.method === "PUBLISH" ? [
      {
        filename: DIGEST_CALENDAR_FILE,
        content: mail.calendar.content,
        contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        contentTransferEncoding: "quoted-printable"
      }
    ] : void 0
  };
}

// src/deliver/smtp.ts
function smtpDestination(url) {
  try {
    const u = new URL(url);
    const secure = u.protocol === "smtps:";
    const port = u.port || (secure ? "465" : "587");
    return `${secure ? "smtps" : "smtp"}://${u.hostname}:${port}`;
  } catch {
    return redactUrl(url);
  }
}
function isCredentialFailure(err) {
  return err.code === "EAUTH" || err.code === "ENOAUTH" || [530, 534, 535].includes(err.responseCode ?? 0);
}
function describeFailure(err, server, to, env) {
  const code = err.responseCode;
  const reply = clip(scrub(err.response ?? err.message ?? "", env), 300);
  const when = to === null ? "at the connection check" : `when sending to ${to}`;
  if (isCredentialFailure(err)) {
    return `SMTP server ${server} did not accept the credentials in SMTP_URL ${when}${code ? ` (${code})` : ""}: ${reply}. Check the user name and password in SMTP_URL (special characters percent-encoded; see docs/smtp.md); nothing is sent by email until they are right`;
  }
  const subject = to === null ? "the connection check" : `the message to ${to}`;
  if (code && code >= 400 && code < 500) {
    return `SMTP server ${server} temporarily refused ${subject} (${code}, temporary failure; it will be retried on the next run): ${reply}`;
  }
  if (code && code >= 500) {
    return `SMTP server ${server} rejected ${subject} (${code}, permanent failure; check the addresses, sender and credentials, then run again): ${reply}`;
  }
  const errCode = err.code ? `${err.code}: ` : "";
  return `SMTP server ${server} could not be reached or dropped the connection ${when} (${errCode}${reply}); it will be retried on the next run`;
}
var LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
var SHAPE = "smtps://user:password@host:465 or smtp://user:password@host:587, and percent-encode special characters in the user name and password (# as %23, / as %2F, ? as %3F, @ as %40, : as %3A, % as %25); see docs/smtp.md";
var BOOLEAN_OPTIONS = ["requireTLS", "ignoreTLS", "tls.rejectUnauthorized"];
var TEXT_OPTIONS = ["name", "tls.servername", "tls.minVersion"];
var TLS_VERSIONS = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
var invalid = (why) => new ConfigError(`SMTP_URL ${why}. Write it as ${SHAPE}.`);
function decode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid('has a "%" in the user name or password that is not a valid percent-encoding (a % itself is written %25)');
  }
}
function parseSmtpUrl(url) {
  let u;
  try {
    u = new URL(url.trim());
  } catch {
    throw invalid(
      "is not a valid URL (usually a #, /, ? or @ in the password that is not percent-encoded, or a port that is not a number)"
    );
  }
  if (u.protocol !== "smtp:" && u.protocol !== "smtps:") throw invalid("must start with smtp:// or smtps://");
  if (url.includes("#")) throw invalid('contains a "#", which ends the address part of a URL');
  if (u.pathname !== "" && u.pathname !== "/") throw invalid('has a path after the host (a "/" that is not percent-encoded)');
  const secure = u.protocol === "smtps:";
  const hostname = u.hostname;
  if (!hostname) throw invalid("has no host");
  const port = u.port === "" ? secure ? 465 : 587 : Number(u.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw invalid("has a port that is not a number from 1 to 65535");
  const settings = {
    host: hostname.replace(/^\[(.*)\]$/, "$1"),
    port,
    secure,
    requireTLS: u.protocol === "smtp:" && u.username !== "" && !LOOPBACK.test(hostname)
  };
  if (u.username || u.password) settings.auth = { user: decode(u.username), pass: decode(u.password) };
  for (const [key, value] of u.searchParams) {
    if (BOOLEAN_OPTIONS.includes(key)) {
      if (value !== "true" && value !== "false") throw invalid(`option ${key} must be true or false`);
      const on = value === "true";
      if (key === "requireTLS") settings.requireTLS = on;
      else if (key === "ignoreTLS") settings.ignoreTLS = on;
      else settings.tls = { ...settings.tls, rejectUnauthorized: on };
    } else if (TEXT_OPTIONS.includes(key)) {
      if (key === "name") settings.name = value;
      else if (key === "tls.servername") settings.tls = { ...settings.tls, servername: value };
      else {
        const version = TLS_VERSIONS.find((v) => v === value);
        if (!version) throw invalid(`option tls.minVersion must be one of ${TLS_VERSIONS.join(", ")}`);
        settings.tls = { ...settings.tls, minVersion: version };
      }
    } else {
      throw invalid(
        `has an unsupported option after "?" (supported: ${[...BOOLEAN_OPTIONS, ...TEXT_OPTIONS].join(", ")}; a "?" in the password is written %3F)`
      );
    }
  }
  return settings;
}
var TIMEOUTS = { connectionTimeout: 1e4, greetingTimeout: 1e4, socketTimeout: 3e4, dnsTimeout: 1e4 };
async function checkConnection(settings, signal, hold) {
  const { default: SMTPConnection } = await import("./smtp-connection-CQA5ZWEY.mjs");
  signal.throwIfAborted();
  const connection = new SMTPConnection({ ...settings, ...TIMEOUTS });
  hold(connection);
  await new Promise((resolve, reject) => {
    let settled = false;
    const settle = (err) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (err) {
        connection.close();
        reject(err);
      } else {
        connection.quit();
        resolve();
      }
    };
    const onAbort = () => settle(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    connection.on("error", settle);
    connection.once("end", () => settle(new Error("Connection closed")));
    connection.connect((err) => {
      if (err) return settle(err);
      if (settings.auth && connection.allowsAuth) connection.login(settings.auth, (e) => settle(e ?? void 0));
      else settle();
    });
  });
}
var DEFAULT_SMTP_DEADLINE_SECONDS = 120;
function createSmtpMailer(opts) {
  const settings = parseSmtpUrl(opts.url);
  const destination = smtpDestination(opts.url);
  let transporter = null;
  const transport = () => {
    transporter ??= import("./nodemailer-4OGKSNLR.mjs").then(
      (nm) => nm.createTransport({
        ...settings,
        ...TIMEOUTS,
        pool: true,
        maxConnections: 2,
        maxMessages: 100,
        maxRequeues: 0,
        disableFileAccess: true,
        disableUrlAccess: true
      })
    );
    return transporter;
  };
  const fail = (err, recipients) => {
    const e = err ?? {};
    const cause = { code: e.code, responseCode: e.responseCode, message: scrub(String(e.message ?? err), opts.env) };
    return new DeliveryError(describeFailure(e, destination, recipients, opts.env), { cause, credentials: isCredentialFailure(e) });
  };
  let checking = null;
  const deadlineSeconds = opts.deadlineSeconds ?? DEFAULT_SMTP_DEADLINE_SECONDS;
  let started = null;
  const remainingMs = () => {
    started ??= Date.now();
    return deadlineSeconds * 1e3 - (Date.now() - started);
  };
  const overdue = (what) => new DeliveryError(
    `SMTP server ${destination}: the email delivery of this run took longer than email.deadlineSeconds (${deadlineSeconds} s) ${what}; it will be sent by the next run`
  );
  return {
    transport: "smtp",
    destination,
    async verify() {
      const signal = AbortSignal.timeout(Math.max(0, remainingMs()));
      try {
        await checkConnection(settings, signal, (c) => checking = c);
      } catch (err) {
        if (signal.aborted) throw overdue("at the connection check");
        throw fail(err, null);
      }
    },
    async sendEmail(mail) {
      const recipients = [...mail.to, ...mail.cc, ...mail.bcc].join(", ") || "(no recipients)";
      const left = remainingMs();
      if (left <= 0) throw overdue(`before the message to ${recipients} was started`);
      const signal = AbortSignal.timeout(left);
      try {
        const info = await (await transport()).sendMail({ ...toMailOptions(mail), signal });
        return { messageId: info.messageId || mail.messageId };
      } catch (err) {
        if (signal.aborted) throw overdue(`while sending the message to ${recipients}`);
        throw fail(err, recipients);
      }
    },
    async close() {
      checking?.close();
      checking = null;
      if (transporter) (await transporter).close();
      transporter = null;
    }
  };
}

// src/deliver/outbox-mail.ts
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
function outboxBaseName(messageId) {
  const bare = messageId.replace(/^<|>$/g, "");
  const safe = bare.replace(/[^A-Za-z0-9._@+-]+/g, "_").replace(/^\.+/, "_");
  return safe.slice(0, 180) || "message";
}
async function writeFileAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}
function createOutboxMailer(opts) {
  return {
    transport: "outbox",
    destination: "outbox",
    async verify() {
      try {
        await mkdir(opts.dir, { recursive: true });
      } catch (err) {
        throw new DeliveryError(`Cannot create the outbox folder ${opts.dir}: ${err.message}`, { cause: err });
      }
    },
    async sendEmail(mail) {
      const base = path.join(opts.dir, outboxBaseName(mail.messageId));
      try {
        const nm = await import("./nodemailer-4OGKSNLR.mjs");
        const t = nm.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
        const info = await t.sendMail(toMailOptions(mail));
        await mkdir(opts.dir, { recursive: true });
        await writeFileAtomic(`${base}.html`, mail.html);
        await writeFileAtomic(`${base}.eml`, info.message);
        return { messageId: info.messageId || mail.messageId };
      } catch (err) {
        throw new DeliveryError(`Could not write ${base}.eml to the outbox: ${err.message}`, { cause: err });
      }
    },
    async close() {
    }
  };
}

// src/deliver/mailer.ts
function createMailer(opts) {
  const url = opts.env.SMTP_URL?.trim();
  if (url) return createSmtpMailer({ url, env: opts.env, deadlineSeconds: opts.config.email.deadlineSeconds });
  return createOutboxMailer({ dir: opts.outboxDir });
}
export {
  createMailer,
  toMailOptions
};
