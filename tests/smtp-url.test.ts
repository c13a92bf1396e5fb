/**
 * SMTP_URL is read once, with the WHATWG URL parser, before anything is sent: a value it cannot read
 * exactly (an unencoded #, /, ? or %, a bad port, another scheme) is a configuration error (exit 2)
 * naming the variable, never the value; nodemailer gets explicit options and never parses the secret
 * itself (its legacy parser printed the whole URL, password included, in a Node deprecation warning).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { createMailer } from '../src/deliver/mailer.js';
import { ConfigError } from '../src/errors.js';
import { aConfig, anEvent } from './support/builders.js';
import { runCli } from './support/cli.js';
import { makeSite, talkPage } from './support/site.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { startSmtpServer } from './support/smtp-server.js';
import { anInput, anOutgoing, renderEmail } from './email-support.js';

const config = aConfig();

// What the mailer hands nodemailer: explicit options, never the URL for nodemailer to parse.
const transportOptions = vi.hoisted(() => [] as Array<Record<string, unknown>>);
vi.mock('nodemailer', async (importOriginal) => {
  const real = await importOriginal<typeof import('nodemailer')>();
  const createTransport = ((options: Record<string, unknown>, defaults?: unknown) => {
    transportOptions.push(options);
    return (real.createTransport as (o: unknown, d?: unknown) => unknown)(options, defaults);
  }) as typeof real.createTransport;
  return { ...real, createTransport, default: { ...real, createTransport } };
});

function expectExplicitOptions(expected: { port: number; secure: boolean; user: string; pass: string; url: string }) {
  const options = transportOptions.at(-1)!;
  expect(options).not.toHaveProperty('url');
  expect(JSON.stringify(options)).not.toContain(expected.url);
  expect(options).toMatchObject({ host: '127.0.0.1', port: expected.port, secure: expected.secure, auth: { user: expected.user, pass: expected.pass }, pool: true });
}

/** [what, SMTP_URL, the secret that must never be shown] */
const BAD: Array<[string, string, string]> = [
  ['an unencoded # in the password', 'smtp://announcer:pa#ss1234word@127.0.0.1:2525', 'pa#ss1234word'],
  ['an unencoded / in the password', 'smtp://announcer:pa/ss1234word@127.0.0.1:2525', 'pa/ss1234word'],
  ['an unencoded / after digits (reads as host:port/path)', 'smtp://announcer:1234/secretword@127.0.0.1:2525', '1234/secretword'],
  ['an unencoded # after digits (reads as host:port#fragment)', 'smtp://announcer:1234#secretword@127.0.0.1:2525', '1234#secretword'],
  ['an unencoded ? after digits (reads as host:port?query)', 'smtp://announcer:1234?secretword@127.0.0.1:2525', '1234?secretword'],
  ['a raw % that is not an escape', 'smtp://announcer:50%zzsecretword@127.0.0.1:2525', '50%zzsecretword'],
  ['a port that is not a number', 'smtp://announcer:secretword1@127.0.0.1:25x5', 'secretword1'],
  ['a port out of range', 'smtps://announcer:secretword2@127.0.0.1:99999', 'secretword2'],
  ['an http:// URL', 'http://announcer:secretword3@127.0.0.1:2525', 'secretword3'],
  ['an unknown option', 'smtp://announcer:secretword4@127.0.0.1:2525?debug=true', 'secretword4'],
];

describe('SMTP_URL that cannot be read exactly is a configuration error', () => {
  for (const [what, url, secret] of BAD) {
    it(`${what}: ConfigError (exit 2) naming SMTP_URL, without the secret`, () => {
      let err: unknown;
      try {
        createMailer({ env: { SMTP_URL: url }, config, outboxDir: '/nonexistent' });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).exitCode).toBe(2);
      expect((err as Error).message).toContain('SMTP_URL');
      expect((err as Error).message).toMatch(/%23/);
      const shown = inspect(err, { depth: 10 });
      expect(shown).not.toContain(secret);
      expect(shown).not.toContain(url);
    });
  }
});

describe('passwords with special characters, percent-encoded, authenticate', () => {
  // '%41' written raw in the password must reach the server as the three characters, so it is sent as %2541.
  for (const [tls, pass] of [
    ['none', 'p#ss/w@rd%41?:x 1'],
    ['implicit', 'S3cr#t/+=@%'],
  ] as const) {
    it(`${tls === 'none' ? 'smtp://' : 'smtps:// (?tls.rejectUnauthorized=false)'} with password ${JSON.stringify(pass)}`, async () => {
      const smtp = await startSmtpServer({ user: 'me@example.org', pass, tls });
      expect(smtp.url).toContain(encodeURIComponent(pass));
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(String(w));
      process.on('warning', onWarning);
      const m = createMailer({ env: { SMTP_URL: smtp.url }, config, outboxDir: '/nonexistent' });
      try {
        await m.verify();
        const input = anInput('announcement', [anEvent()], {}, config);
        await m.sendEmail(anOutgoing(await renderEmail(input), input));
        const [msg] = await smtp.waitForMessages(1);
        expect(msg!.secure).toBe(tls === 'implicit');
        expectExplicitOptions({ port: smtp.port, secure: tls === 'implicit', user: smtp.user, pass, url: smtp.url });
        if (tls === 'implicit') expect(transportOptions.at(-1)!.tls).toEqual({ rejectUnauthorized: false });
      } finally {
        await m.close();
        await smtp.close();
        process.off('warning', onWarning);
      }
      expect(warnings.join('\n')).not.toContain('SMTP');
    });
  }

  it('a raw @ in the password is read up to the last @ and authenticates', async () => {
    const smtp = await startSmtpServer({ pass: 'p@ss-w0rd' });
    const url = `smtp://announcer:p@ss-w0rd@127.0.0.1:${smtp.port}`;
    const m = createMailer({ env: { SMTP_URL: url }, config, outboxDir: '/nonexistent' });
    try {
      await expect(m.verify()).resolves.toBeUndefined();
      const input = anInput('announcement', [anEvent()], {}, config);
      await m.sendEmail(anOutgoing(await renderEmail(input), input));
      await smtp.waitForMessages(1);
      expectExplicitOptions({ port: smtp.port, secure: false, user: 'announcer', pass: 'p@ss-w0rd', url });
    } finally {
      await m.close();
      await smtp.close();
    }
  });
});

describe('the CLI stops before sending on any channel', () => {
  let slack: SlackServer;
  beforeAll(async () => {
    slack = await startSlackServer();
  });
  afterAll(async () => {
    await slack.close();
  });

  const filesUnder = (dir: string): string[] =>
    !existsSync(dir)
      ? []
      : readdirSync(dir).flatMap((f) => {
          const p = path.join(dir, f);
          return statSync(p).isDirectory() ? filesUnder(p) : [p];
        });

  for (const [what, url, secret] of [BAD[0]!, BAD[1]!, BAD[6]!, BAD[8]!]) {
    it(`${what}: exit 2, SMTP_URL named, the password nowhere, nothing posted to Slack`, async () => {
      const site = makeSite({
        'content/event/a/index.md': talkPage({ title: 'A talk', date: '2024-11-19T11:00:00Z' }),
      });
      try {
        const r = await runCli(['--site', site.dir, '--now', '2024-11-18T09:00:00Z'], {
          env: { SMTP_URL: url, SLACK_WEBHOOK_URL: slack.webhookUrl },
        });
        expect(r.code, r.stdout + r.stderr).toBe(2);
        expect(r.stderr).toContain('SMTP_URL');
        expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0170/);
        for (const text of [r.stdout, r.stderr]) {
          expect(text).not.toContain(secret);
          expect(text).not.toContain(url);
        }
        for (const file of filesUnder(path.join(site.dir, '.announce'))) expect(readFileSync(file, 'utf8')).not.toContain(secret);
        expect(slack.posts).toEqual([]);
      } finally {
        site.cleanup();
      }
    });
  }
});

describe('TLS settings from the URL', () => {
  it('requireTLS for smtp:// with credentials to another machine, ?requireTLS=false opts out; tls options are kept', async () => {
    const { parseSmtpUrl } = await import('../src/deliver/smtp.js');
    expect(parseSmtpUrl('smtp://me%40example.org:pa%23ss@mail.example.org')).toEqual({
      host: 'mail.example.org',
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: 'me@example.org', pass: 'pa#ss' },
    });
    expect(parseSmtpUrl('smtp://me:pass@mail.example.org:2525?requireTLS=false').requireTLS).toBe(false);
    expect(parseSmtpUrl('smtp://me:pass@127.0.0.1:2525').requireTLS).toBe(false);
    expect(parseSmtpUrl('smtp://[::1]:2525')).toMatchObject({ host: '::1', port: 2525, requireTLS: false });
    expect(parseSmtpUrl('smtps://me:pass@mail.example.org?tls.rejectUnauthorized=false&tls.servername=mx.example.org')).toMatchObject({
      port: 465,
      secure: true,
      requireTLS: false,
      tls: { rejectUnauthorized: false, servername: 'mx.example.org' },
    });
  });
});
