/**
 * Big weeks: a digest of 60 talks through a real (in-process) SMTP server, read back with mailparser. Every talk is
 * in it, its HTML stays under Gmail's 102 KB clipping size, and it carries its talks' calendar once, as one
 * importable METHOD:PUBLISH attachment (no text/calendar alternative: iTIP's REQUEST invites to one event), with
 * the UIDs and SEQUENCEs of the invitations. An ordinary week keeps its full cards, and the whole message as sent
 * stays under Mailman's default 40 KB hold, so a list moderator need not approve it every week.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { createMailer } from '../src/deliver/mailer.js';
import type { Mailer } from '../src/deliver/types.js';
import type { Event } from '../src/content/event.js';
import { aConfig, anEvent } from './support/builders.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { anInput, anOutgoing, parseCalendar, renderEmail } from './email-support.js';
import { sampleTalks } from '../src/samples.js';
import ICAL from 'ical.js';

const GMAIL_CLIP = 102 * 1024;
/** Mailman's default max_message_size (40, in KB): a bigger message waits for a moderator. */
const MAILMAN_HOLD = 40 * 1024;
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

describe('an ordinary week (8 talks, as the samples write them)', () => {
  it('is under 40 KB as sent, whole, with every talk\'s title, speaker, time, place, links and an excerpt in both parts', async () => {
    const events = sampleTalks(8);
    const { parsed, raw } = await sendDigest(events);
    expect(Buffer.byteLength(raw, 'utf8')).toBeLessThan(MAILMAN_HOLD);
    const html = parsed.html as string;
    const text = parsed.text!;
    expect(html.match(/Add to Google Calendar/g)).toHaveLength(8);
    for (const e of events) {
      for (const part of [html, text]) {
        expect(part).toContain(e.title);
        expect(part).toContain(e.speakers[0]!.name);
        expect(part).toContain(e.permalink);
        for (const link of e.links) expect(part).toContain(link.url);
        expect(part).toContain('Abacws, Room 2.25');
        expect(part).toMatch(/11:00–12:00 GMT/);
        expect(part).toContain(e.abstract!.slice(0, 60));
      }
    }
  });

  it('carries talks.ics as quoted-printable, which mailparser and ical.js read back whole', async () => {
    const events = sampleTalks(8);
    const { parsed, raw } = await sendDigest(events);
    const header = raw.slice(raw.search(/^Content-Type: text\/calendar/im)).split(/\r?\n\r?\n/)[0]!;
    expect(header).toMatch(/^Content-Transfer-Encoding: quoted-printable$/im);
    const ics = parsed.attachments[0]!.content.toString('utf8');
    expect(ics.split(/\r\n/).every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    const cal = parseCalendar(ics);
    expect(cal.events.map((e) => e.uid)).toEqual(events.map((e) => `${e.id}@seminars.example.org`));
    expect(cal.events.map((e) => e.summary)).toEqual(events.map((e) => e.title));
  });

  it("describes each talk in the calendar in one line of its abstract and the page's URL", async () => {
    const events = sampleTalks(8);
    const { parsed } = await sendDigest(events);
    const vevents = new ICAL.Component(ICAL.parse(parsed.attachments[0]!.content.toString('utf8'))).getAllSubcomponents('vevent');
    vevents.forEach((v, i) => {
      const [about, url, ...rest] = String(v.getFirstPropertyValue('description')).split('\n\n');
      expect(rest).toEqual([]);
      expect(url).toBe(events[i]!.permalink);
      expect(events[i]!.abstract!.startsWith(about!.replace(/…$/, ''))).toBe(true);
      expect(about!.length).toBeLessThanOrEqual(121);
    });
  });

  it("keeps the text part's excerpts to two lines and underlines titles with '-', which quoted-printable leaves alone", async () => {
    const events = sampleTalks(8);
    const { parsed, raw } = await sendDigest(events);
    const text = parsed.text!;
    const lines = text.split('\n');
    for (const e of events) {
      const at = lines.indexOf(e.title);
      expect(lines[at + 1]).toBe('-'.repeat(e.title.length));
      const excerpt = lines.findIndex((l, j) => j > at && l.length > 40 && e.abstract!.startsWith(l.slice(0, 40)));
      expect(lines[excerpt + 1]).toMatch(/…$/);
      expect(lines[excerpt + 2]).toBe('');
    }
    expect(raw).not.toContain('=3D=3D=3D');
  });
});

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
