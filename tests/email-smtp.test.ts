/**
 * Every kind of email through createMailer to a real (in-process) SMTP server, read back with
 * mailparser and its calendar part with ical.js; SMTP failures; the outbox.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { simpleParser } from 'mailparser';
import { createMailer } from '../src/deliver/mailer.js';
import type { Mailer } from '../src/deliver/types.js';
import { DeliveryError } from '../src/errors.js';
import type { MessageKind } from '../src/render/types.js';
import { aConfig, anEvent } from './support/builders.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { anInput, anOutgoing, calendarPart, parseCalendar, renderEmail } from './email-support.js';

let smtp: TestSmtpServer;
let mailer: Mailer;
const config = aConfig({
  email: { ...aConfig().email, cc: ['cc@example.org'], listId: 'NLP Seminar <nlp-seminar.lists.example.org>', unsubscribe: 'https://lists.example.org/unsubscribe' },
});

beforeAll(async () => {
  smtp = await startSmtpServer();
  mailer = createMailer({ env: { SMTP_URL: smtp.url }, config, outboxDir: '/nonexistent/outbox' });
});
afterAll(async () => {
  await mailer.close();
  await smtp.close();
});
beforeEach(() => smtp.clear());

const talk = anEvent();
const talks = [anEvent({ id: 'event/a', start: new Date('2024-11-19T11:00:00Z') }), anEvent({ id: 'event/b', start: new Date('2024-11-21T14:30:00Z') })];

async function sendAndReceive(kind: MessageKind, over: Parameters<typeof anInput>[2] = {}, events = kind === 'digest' ? talks : [talk]) {
  const input = anInput(kind, events, over, config);
  const rendered = await renderEmail(input);
  const outgoing = anOutgoing(rendered, input, {
    headers: { 'List-Id': config.email.listId!, 'List-Unsubscribe': `<${config.email.unsubscribe}>` },
    ...(kind === 'update' || kind === 'cancellation'
      ? { inReplyTo: '<announcement.event.mert-seminar@seminars.example.org>', references: ['<announcement.event.mert-seminar@seminars.example.org>'] }
      : {}),
  });
  const result = await mailer.sendEmail(outgoing);
  const [msg] = await smtp.waitForMessages(1);
  return { input, rendered, outgoing, result, msg: msg! };
}

describe('every kind of email through SMTP', () => {
  it('reports a destination without the password', () => {
    expect(mailer.transport).toBe('smtp');
    expect(mailer.destination).toBe(`smtp://127.0.0.1:${smtp.port}`);
    expect(mailer.destination).not.toContain(smtp.pass);
  });

  it('verifies the connection and credentials', async () => {
    await expect(mailer.verify()).resolves.toBeUndefined();
  });

  for (const kind of ['announcement', 'digest', 'reminder', 'update', 'cancellation'] as const) {
    it(`${kind}: HTML, text and calendar parts, headers, envelope`, async () => {
      const { msg, outgoing, result, input } = await sendAndReceive(kind, kind === 'update' ? { changes: ['Room: A → B'], sequence: { [talk.id]: 1 } } : {});
      const p = msg.parsed;
      expect(result.messageId).toBe(outgoing.messageId);
      expect(p.messageId).toBe(outgoing.messageId);
      expect(p.subject).toBe(outgoing.subject);
      expect(p.subject!.startsWith('[Seminar] ')).toBe(true);
      expect(typeof p.html).toBe('string');
      expect(p.html).toContain('<!doctype html>');
      expect(p.text).toContain(input.events[0]!.title);
      expect(p.text).toContain(input.events[0]!.permalink);
      expect(msg.header('x-announce-kind')).toBe(kind);
      expect(msg.header('x-announce-events')).toBe(input.events.map((e) => e.id).join(','));
      expect(msg.raw.toString()).toMatch(/^List-Id: NLP Seminar <nlp-seminar\.lists\.example\.org>$/im);
      expect(msg.raw.toString()).toMatch(/^List-Unsubscribe: <https:\/\/lists\.example\.org\/unsubscribe>$/m);
      expect(msg.envelope.to.sort()).toEqual(['cc@example.org', 'nlp-seminar@lists.example.org']);
      if (kind === 'update' || kind === 'cancellation') {
        expect(p.inReplyTo).toBe('<announcement.event.mert-seminar@seminars.example.org>');
        expect(p.references).toBe('<announcement.event.mert-seminar@seminars.example.org>');
      } else {
        expect(p.inReplyTo).toBeUndefined();
      }
      const part = calendarPart(p);
      const cal = parseCalendar(part.content);
      const expectedMethod = kind === 'cancellation' ? 'CANCEL' : kind === 'digest' ? 'PUBLISH' : 'REQUEST';
      expect(part.method).toBe(expectedMethod);
      expect(cal.method).toBe(expectedMethod);
      expect(cal.events.map((e) => e.uid)).toEqual(input.events.map((e) => `${e.id}@seminars.example.org`));
      cal.events.forEach((e, i) => {
        expect(e.start.getTime()).toBe(input.events[i]!.start.getTime());
        expect(e.end.getTime()).toBe(input.events[i]!.end!.getTime());
        expect(e.organizer).toBe('mailto:seminars@example.org');
      });
      // An invitation also comes as invite.ics for clients that do not read the alternative; a digest's calendar
      // is one attachment, talks.ics.
      expect(p.attachments.map((a) => a.filename)).toContain(kind === 'digest' ? 'talks.ics' : 'invite.ics');
    });
  }

  it('an update keeps the UID and raises SEQUENCE; a cancellation cancels the same UID', async () => {
    const first = parseCalendar(calendarPart((await sendAndReceive('announcement')).msg.parsed).content).events[0]!;
    smtp.clear();
    const moved = anEvent({ start: new Date('2024-11-21T14:00:00Z'), end: new Date('2024-11-21T15:00:00Z') });
    const upd = await sendAndReceive('update', { changes: ['Time: 13:00 → 14:00'], sequence: { [talk.id]: 1 } }, [moved]);
    const second = parseCalendar(calendarPart(upd.msg.parsed).content).events[0]!;
    smtp.clear();
    const can = await sendAndReceive('cancellation', { sequence: { [talk.id]: 2 } }, [{ ...moved, cancelled: true }]);
    const third = parseCalendar(calendarPart(can.msg.parsed).content);
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.start.toISOString()).toBe('2024-11-21T14:00:00.000Z');
    expect(third.method).toBe('CANCEL');
    expect(third.events[0]!.uid).toBe(first.uid);
    expect(third.events[0]!.sequence).toBeGreaterThan(second.sequence);
    expect(third.events[0]!.status).toBe('CANCELLED');
    expect(upd.msg.parsed.text).toContain('Time: 13:00 → 14:00');
    expect(can.msg.parsed.text).toMatch(/cancelled/i);
  });
});

describe('headers', () => {
  it('X-Announce-Events stays within the 998-character line limit for a digest of many talks', async () => {
    const many = Array.from({ length: 60 }, (_, i) => anEvent({ id: `event/a-rather-long-talk-directory-name-${i}`, start: new Date(Date.UTC(2024, 10, 18, 9 + (i % 8))) }));
    const input = anInput('digest', many, {}, config);
    await mailer.sendEmail(anOutgoing(await renderEmail(input), input, { messageId: '<digest.many@seminars.example.org>' }));
    const [msg] = await smtp.waitForMessages(1);
    for (const line of msg!.raw.toString().split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    expect(msg!.header('x-announce-events')!.split(/,\s*/)).toEqual(many.map((e) => e.id));
  });
});

describe('the test server', () => {
  it('receives from another process over the network', async () => {
    const { execFile } = await import('node:child_process');
    const script = `
      import nodemailer from 'nodemailer';
      const t = nodemailer.createTransport(process.env.SMTP_URL);
      await t.sendMail({ from: 'a@example.org', to: 'b@example.org', subject: 'from a child', text: 'hello' });
      t.close();`;
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, SMTP_URL: smtp.url }, timeout: 20_000 }, (err) => (err ? reject(err) : resolve())),
    );
    const [msg] = await smtp.waitForMessages(1);
    expect(msg!.parsed.subject).toBe('from a child');
    expect(msg!.envelope.to).toEqual(['b@example.org']);
  });

  it('delayNext holds the reply; the message counts once the reply is sent', async () => {
    smtp.delayNext(300);
    const input = anInput('reminder', [talk], { minutesBefore: 60 }, config);
    const started = Date.now();
    await mailer.sendEmail(anOutgoing(await renderEmail(input), input));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(smtp.messages).toHaveLength(1);
  });
});

describe('SMTP failures', () => {
  async function failure(fault: '4xx' | '5xx' | 'drop') {
    smtp.failNext(fault);
    const input = anInput('announcement', [talk], {}, config);
    const err: unknown = await mailer.sendEmail(anOutgoing(await renderEmail(input), input)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    const e = err as DeliveryError;
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain(`127.0.0.1:${smtp.port}`);
    expect(e.message).toContain('nlp-seminar@lists.example.org');
    for (const shown of [e.message, String(e.stack), inspect(e, { depth: 5 }), JSON.stringify(e.cause)]) {
      expect(shown).not.toContain(smtp.pass);
    }
    expect(smtp.messages).toHaveLength(0);
    return e;
  }

  it('4xx: a temporary failure naming server, recipient and code', async () => {
    const e = await failure('4xx');
    expect(e.message).toContain('451');
    expect(e.message).toMatch(/temporar/);
  });

  it('5xx: a permanent failure naming server, recipient and code', async () => {
    const e = await failure('5xx');
    expect(e.message).toContain('554');
    expect(e.message).toMatch(/permanent/);
  });

  it('a connection dropped mid-DATA fails the delivery (left for the next run), and the next send works', async () => {
    const e = await failure('drop');
    expect(e.message).toMatch(/connection/i);
    const input = anInput('announcement', [talk], {}, config);
    await mailer.sendEmail(anOutgoing(await renderEmail(input), input));
    expect(await smtp.waitForMessages(1)).toHaveLength(1);
  });

  it('wrong credentials: verify fails without printing the password', async () => {
    const bad = smtp.url.replace(encodeURIComponent(smtp.pass), 'wrong-Passw0rd');
    const m = createMailer({ env: { SMTP_URL: bad }, config, outboxDir: '/nonexistent' });
    const err = await m.verify().catch((e: unknown) => e);
    await m.close();
    expect(err).toBeInstanceOf(DeliveryError);
    expect(inspect(err, { depth: 5 })).not.toContain('wrong-Passw0rd');
    expect((err as Error).message).toContain(`127.0.0.1:${smtp.port}`);
  });

  it('an unreachable server fails within the bounded timeouts', async () => {
    const closed = await startSmtpServer();
    const url = closed.url;
    await closed.close();
    const m = createMailer({ env: { SMTP_URL: url }, config, outboxDir: '/nonexistent' });
    const input = anInput('announcement', [talk], {}, config);
    const started = Date.now();
    const err = await m.sendEmail(anOutgoing(await renderEmail(input), input)).catch((e: unknown) => e);
    await m.close();
    expect(err).toBeInstanceOf(DeliveryError);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(inspect(err, { depth: 5 })).not.toContain(closed.pass);
  });

  for (const tls of ['starttls', 'implicit'] as const) {
    it(`TLS as the URL says: ${tls === 'starttls' ? 'smtp:// upgrades with STARTTLS when offered' : 'smtps:// is TLS from the start'}`, async () => {
      const server = await startSmtpServer({ tls });
      const m = createMailer({ env: { SMTP_URL: server.url }, config, outboxDir: '/nonexistent' });
      try {
        expect(m.destination).toBe(`${tls === 'implicit' ? 'smtps' : 'smtp'}://127.0.0.1:${server.port}`);
        const input = anInput('announcement', [talk], {}, config);
        await m.sendEmail(anOutgoing(await renderEmail(input), input));
        const [msg] = await server.waitForMessages(1);
        expect(msg!.secure).toBe(true);
      } finally {
        await m.close();
        await server.close();
      }
    });
  }

  it('without STARTTLS offered, smtp:// still delivers (in the clear)', async () => {
    const input = anInput('announcement', [talk], {}, config);
    await mailer.sendEmail(anOutgoing(await renderEmail(input), input));
    const [msg] = await smtp.waitForMessages(1);
    expect(msg!.secure).toBe(false);
  });

  it('smtps:// URLs name an implicit-TLS destination without credentials', () => {
    const m = createMailer({ env: { SMTP_URL: 'smtps://me:top-secret@mail.example.org' }, config, outboxDir: '/x' });
    expect(m.destination).toBe('smtps://mail.example.org:465');
    const n = createMailer({ env: { SMTP_URL: 'smtp://me:top-secret@mail.example.org:2525' }, config, outboxDir: '/x' });
    expect(n.destination).toBe('smtp://mail.example.org:2525');
  });
});

describe('outbox (no SMTP_URL)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'announce-outbox-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes <message-id>.eml and .html, deterministically, and a rerun overwrites', async () => {
    const m = createMailer({ env: {}, config, outboxDir: path.join(dir, 'outbox') });
    expect(m.transport).toBe('outbox');
    expect(m.destination).toBe('outbox');
    await m.verify();
    const input = anInput('announcement', [talk], {}, config);
    const out = anOutgoing(await renderEmail(input), input);
    await m.sendEmail(out);
    await m.sendEmail(out);
    await m.close();
    const files = (await readdir(path.join(dir, 'outbox'))).sort();
    expect(files).toEqual(['announcement.event.mert-seminar@seminars.example.org.eml', 'announcement.event.mert-seminar@seminars.example.org.html']);
    const eml = await simpleParser(await readFile(path.join(dir, 'outbox', files[0]!)));
    expect(eml.messageId).toBe(out.messageId);
    expect(eml.headers.get('x-announce-kind')).toBe('announcement');
    expect(eml.headers.get('x-announce-events')).toBe('event/mert-seminar');
    expect(parseCalendar(calendarPart(eml).content).events[0]!.uid).toBe('event/mert-seminar@seminars.example.org');
    expect(await readFile(path.join(dir, 'outbox', files[1]!), 'utf8')).toBe(out.html);
  });
});

describe('credentials are never sent in the clear to another machine', () => {
  it('requires STARTTLS for smtp:// with a password to a non-loopback host, unless the URL opts out', async () => {
    const { needsRequiredTls } = await import('../src/deliver/smtp.js');
    expect(needsRequiredTls('smtp://user:pass@mail.example.org:587')).toBe(true);
    expect(needsRequiredTls('smtp://mail.example.org:25')).toBe(false);
    expect(needsRequiredTls('smtps://user:pass@mail.example.org:465')).toBe(false);
    expect(needsRequiredTls('smtp://user:pass@127.0.0.1:2525')).toBe(false);
  });
});
