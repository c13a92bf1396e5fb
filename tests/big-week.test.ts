/**
 * Big weeks: a digest of 60 talks through a real (in-process) SMTP server, read back with mailparser. Every talk is
 * in it, its HTML stays under Gmail's 102 KB clipping size, and it carries its talks' calendar once, as one
 * importable METHOD:PUBLISH attachment (no text/calendar alternative: iTIP's REQUEST invites to one event), with
 * the UIDs and SEQUENCEs of the invitations. An ordinary week keeps its full cards under 40 KB of HTML.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { createMailer } from '../src/deliver/mailer.js';
import type { Mailer } from '../src/deliver/types.js';
import type { Event } from '../src/content/event.js';
import { aConfig, anEvent } from './support/builders.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { anInput, anOutgoing, parseCalendar, renderEmail } from './email-support.js';

const GMAIL_CLIP = 102 * 1024;
let smtp: TestSmtpServer;
let mailer: Mailer;
const config = aConfig();

beforeAll(async () => {
  smtp = await startSmtpServer();
  mailer = createMailer({ env: { SMTP_URL: smtp.url }, config, outboxDir: '/nonexistent/outbox' });
});
afterAll(async () => {
  await mailer.close();
  await smtp.close();
});
beforeEach(() => smtp.clear());

/** A week as a busy workshop series writes it: long titles, two speakers, a long abstract, slides and video. */
function week(n: number): Event[] {
  const abstract = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the abstract, on **retrieval-augmented generation** and [evaluation](https://example.org/eval) at scale.`).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const id = `event/2024-11-workshop-session-${String(i + 1).padStart(2, '0')}`;
    return anEvent({
      id,
      title: `Session ${i + 1}: Faithful, Efficient and Auditable Language Models for Low-Resource Settings`,
      start: new Date(Date.UTC(2024, 10, 18 + Math.floor(i / 12), 8 + (i % 12), 0)),
      speakers: [
        { name: `Speaker Number ${i + 1}`, affiliation: 'School of Computer Science and Informatics, Cardiff University', url: `https://people.example.org/speaker-${i + 1}` },
        { name: `Co-Speaker ${i + 1}`, affiliation: 'Institute for Language, Cognition and Computation, University of Edinburgh', url: null },
      ],
      location: 'Abacws, Room 2.25 (and on Zoom)',
      address: 'Senghennydd Road, Cardiff CF24 4AG, United Kingdom',
      abstract,
      links: [
        { name: 'Event page', url: `https://seminars.example.org/${id}/` },
        { name: 'Slides', url: `https://seminars.example.org/uploads/slides-${i + 1}.pdf` },
        { name: 'Video', url: `https://video.example.org/watch?v=session-${i + 1}` },
      ],
    });
  });
}

async function sendDigest(events: Event[]): Promise<{ parsed: ParsedMail; raw: string }> {
  const input = anInput('digest', events, { sequence: Object.fromEntries(events.map((e, i) => [e.id, i % 3])) }, config);
  await mailer.sendEmail(anOutgoing(await renderEmail(input), input, { messageId: `<digest.${events.length}@seminars.example.org>` }));
  const [msg] = await smtp.waitForMessages(1);
  return { parsed: msg!.parsed, raw: msg!.raw.toString() };
}

const calendarParts = (raw: string) => raw.match(/^Content-Type: text\/calendar/gim) ?? [];

describe('a 60-talk digest', () => {
  it('lists every talk, under 102 KB of HTML, with one calendar part: a PUBLISH attachment of all 60', async () => {
    const events = week(60);
    const { parsed, raw } = await sendDigest(events);
    const html = parsed.html as string;
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(GMAIL_CLIP);
    for (const e of events) {
      expect(html).toContain(e.title);
      expect(html).toContain(e.permalink);
      expect(parsed.text).toContain(e.title);
    }
    expect(calendarParts(raw)).toHaveLength(1);
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['talks.ics']);
    const part = parsed.attachments[0]!;
    expect(part.contentDisposition).toBe('attachment');
    const ct = part.headers.get('content-type') as { value: string; params: Record<string, string> };
    expect(ct.value).toBe('text/calendar');
    expect(ct.params.method).toBe('PUBLISH');
    const cal = parseCalendar(part.content.toString('utf8'));
    expect(cal.method).toBe('PUBLISH');
    expect(cal.events.map((e) => e.uid)).toEqual(events.map((e) => `${e.id}@seminars.example.org`));
    expect(cal.events.map((e) => e.sequence)).toEqual(events.map((_, i) => i % 3));
    // The footer names the attachment that adds them all.
    expect(html).toContain('talks.ics');
  });

  it('an ordinary week of 8 talks keeps full cards under 40 KB of HTML, also with one calendar part', async () => {
    const events = week(8);
    const { parsed, raw } = await sendDigest(events);
    const html = parsed.html as string;
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(40 * 1024);
    expect(html.match(/Add to Google Calendar/g)).toHaveLength(8);
    for (const e of events) expect(html).toContain(e.title);
    expect(calendarParts(raw)).toHaveLength(1);
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['talks.ics']);
  });

  it('a week too long even for compact entries (120 talks, long titles) lists every talk by time and title, under 102 KB', async () => {
    const events = week(120).map((e, i) => ({ ...e, title: `${e.title} — ${'and a subtitle that goes on '.repeat(6)}(${i + 1})` }));
    const { parsed } = await sendDigest(events);
    const html = parsed.html as string;
    expect(Buffer.byteLength(html, 'utf8')).toBeLessThan(GMAIL_CLIP);
    for (const e of events) expect(html).toContain(e.permalink);
    expect(html).toContain(events[119]!.title);
    // The shortest form leaves out speakers and places; the calendar file still has them.
    expect(html).not.toContain('Co-Speaker 1');
    expect(parsed.attachments[0]!.content.toString('utf8')).toContain('LOCATION:Abacws');
  });

  it('an announcement stays an invitation: REQUEST as the text/calendar alternative and invite.ics', async () => {
    const input = anInput('announcement', [anEvent()], {}, config);
    await mailer.sendEmail(anOutgoing(await renderEmail(input), input));
    const [msg] = await smtp.waitForMessages(1);
    expect(msg!.raw.toString()).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST/im);
    expect(msg!.parsed.attachments.some((a) => a.filename === 'invite.ics')).toBe(true);
  });
});
