/** Helpers shared by the email tests (tests/email*.test.ts). */
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import type { Config } from '../src/config/config.js';
import type { Event } from '../src/content/event.js';
import type { OutgoingEmail } from '../src/deliver/types.js';
import type { MessageInput, MessageKind, RenderedEmail } from '../src/render/types.js';
import { renderEmail as renderEmailWith } from '../src/render/email/index.js';
import { readEmailTemplates } from '../src/run/templates.js';
import { anEvent, aConfig } from './support/builders.js';

export const SITE = { title: 'NLP Seminar', baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' };
export const NOW = new Date('2024-11-18T08:00:00Z');

/** Renders an email with the templates its config names, read as a run reads them. */
export const renderEmail = (input: MessageInput): Promise<RenderedEmail> => renderEmailWith(input, readEmailTemplates(input.config.templates));

/** A complete input of `kind` (each kind's own fields filled in: a period, a lead time, no changes listed). */
export function anInput(kind: MessageKind, events: Event[] = [anEvent()], over: Record<string, unknown> = {}, config: Config = aConfig()): MessageInput {
  const own = { period: { from: NOW, to: new Date(NOW.getTime() + 7 * 86_400_000) }, minutesBefore: 60, changes: [] };
  return {
    kind,
    events,
    config,
    site: SITE,
    now: NOW,
    sequence: Object.fromEntries(events.map((e) => [e.id, 0])),
    ...own,
    ...over,
  } as MessageInput;
}

export function anOutgoing(rendered: RenderedEmail, input: MessageInput, over: Partial<OutgoingEmail> = {}): OutgoingEmail {
  const ids = input.events.map((e) => e.id);
  return {
    ...rendered,
    kind: input.kind,
    events: ids,
    from: input.config.email.from,
    to: input.config.email.to,
    cc: input.config.email.cc,
    bcc: input.config.email.bcc,
    replyTo: input.config.email.replyTo,
    messageId: `<${input.kind}.${ids.join('+').replace(/\//g, '.')}@${SITE.host}>`,
    inReplyTo: null,
    references: [],
    headers: {},
    ...over,
  };
}

export interface ParsedCalendar {
  method: string;
  events: Array<{ uid: string; sequence: number; start: Date; end: Date; status: string | null; summary: string; allDay: boolean; dtstart: string; organizer: string | null }>;
}

export function parseCalendar(ics: string): ParsedCalendar {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    method: String(cal.getFirstPropertyValue('method')),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        sequence: e.sequence,
        start: e.startDate.toJSDate(),
        end: e.endDate.toJSDate(),
        status: (v.getFirstPropertyValue('status') as string | null) ?? null,
        summary: e.summary,
        allDay: e.startDate.isDate,
        dtstart: e.startDate.toString(),
        organizer: (v.getFirstPropertyValue('organizer') as string | null) ?? null,
      };
    }),
  };
}

/** The text/calendar alternative of a parsed message (what Outlook and Gmail act on) and its method= param. */
export function calendarPart(parsed: ParsedMail): { content: string; method: string | undefined } {
  const part = parsed.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error('no text/calendar part');
  const ct = part.headers.get('content-type') as { value: string; params: Record<string, string> } | undefined;
  return { content: part.content.toString('utf8'), method: ct?.params.method };
}

/** A talk written by someone trying to break the email. */
export function anAdversarialEvent(over: Partial<Event> = {}): Event {
  const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} of a very long abstract with <angle> & "quotes".`).join(' ');
  return anEvent({
    id: 'event/adversarial',
    title: `<script>alert("t")</script> "Quoted" & <b>bold</b> <img src=x onerror=alert(1)> — مرحبا بالعالم 深層学習の未来`,
    location: `Room <1> & "A" <script>alert('l')</script>`,
    address: `<iframe src="https://evil.example"></iframe> 1 Main St & Co`,
    speakers: [
      { name: '<b>Mallory</b> "the" <Attacker>', affiliation: 'Evil & Co <script>x</script>', url: 'javascript:alert(1)' },
      { name: 'محمد الأحمد', affiliation: '東京大学', url: 'https://example.org/mohammed' },
    ],
    abstract: [
      '<script>alert("abstract")</script>',
      '<img src="x" onerror="alert(2)"> <svg onload="alert(3)"><circle/></svg>',
      '[click me](javascript:alert(4)) and <a href="javascript:alert(5)">html link</a> and <a href="JaVaScRiPt:alert(6)">mixed case</a>',
      '<a href="java&#x09;script:alert(7)">entity</a> <a href="data:text/html,<script>alert(8)</script>">data</a>',
      '<div onclick="alert(9)" style="background:url(javascript:alert(10))">HTML in the body</div> <form action="https://evil"><input></form>',
      '<iframe src="https://evil.example"></iframe><object data="x"></object><style>body{display:none}</style>',
      'Right to left: שלום עולם، مرحبا. CJK: 这是一个关于自然语言处理的报告。 & < > "',
      'A real link: [paper](https://arxiv.org/abs/2306.00107) and <mailto:speaker@example.org>.',
      long,
      'x'.repeat(20_000 - long.length > 0 ? 20_000 - long.length : 10),
    ].join('\n\n'),
    bio: '<script>alert("bio")</script>**Bio** with [bad](javascript:alert(11)) link.',
    links: [
      { name: 'Event page', url: 'https://seminars.example.org/event/adversarial/' },
      { name: 'Slides', url: 'javascript:alert(12)' },
      { name: '<script>Video</script>', url: 'https://video.example.org/v?a=1&b="2"' },
    ],
    ...over,
  });
}
