/** The series' calendar feed: which talks it lists, what each VEVENT says, and the import rules of Google and Outlook. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planFeed, renderFeed, type FeedEntry } from '../src/calendar/index.js';
import type { Config } from '../src/config/config.js';
import type { Event } from '../src/content/event.js';
import { emptyLedger, saidOf, type DeliveryRecord, type LedgerData } from '../src/ledger/index.js';
import { aConfig, aSite, anEvent } from './support/builders.js';

const NOW = new Date('2024-11-18T08:00:00Z');
const DAY = 86_400_000;
const SITE_INFO = { title: 'NLP Seminar', baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' };
const at = (days: number, hour = 13) => new Date(Date.UTC(2024, 10, 18 + days, hour));

const feedOf = (events: Event[], ledger: LedgerData = emptyLedger(), config: Config = aConfig()) =>
  planFeed(events, ledger, aSite(), config, NOW);
const idsOf = (entries: FeedEntry[]) => entries.map((e) => e.event.id);
const render = (entries: FeedEntry[], config: Config = aConfig()) => renderFeed(entries, { site: SITE_INFO, config });

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  // Register the feed's own VTIMEZONEs, as a client does, so that TZID times resolve to instants.
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      sequence: e.sequence,
      start: e.startDate.toJSDate(),
      end: e.endDate.toJSDate(),
      allDay: e.startDate.isDate,
      tzid: (v.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? null,
      summary: e.summary,
      description: e.description,
      location: e.location,
      status: (v.getFirstPropertyValue('status') as string | null) ?? null,
      url: v.getFirstPropertyValue('url') as string | null,
      organizer: v.getFirstPropertyValue('organizer') as string | null,
      stamp: v.getFirstProperty('dtstamp')!.toICALString(),
    };
  });
  return { cal, events };
}

/** A sent delivery record as the run writes it (what the feed reads from the ledger). */
function record(over: Partial<DeliveryRecord> & Pick<DeliveryRecord, 'kind' | 'events'>): DeliveryRecord {
  return {
    channel: 'email',
    destination: 'smtp',
    period: null,
    status: 'sent',
    sentAt: '2024-11-11T08:00:00.000Z',
    at: '2024-11-11T08:00:00.000Z',
    said: {},
    sequence: 0,
    messageId: null,
    slack: null,
    scheduled: null,
    minutesBefore: null,
    paths: {},
    ...over,
  };
}

describe('which talks the feed lists', () => {
  const upcoming = anEvent({ id: 'event/upcoming', start: at(3) });
  const recent = anEvent({ id: 'event/recent', start: at(-30) });
  const old = anEvent({ id: 'event/old', start: at(-91) });
  const running = anEvent({ id: 'event/running', start: new Date(NOW.getTime() - 30 * 60_000) });
  const draft = anEvent({ id: 'event/draft', start: at(4), draft: true });
  const future = anEvent({ id: 'event/future', start: at(20), publishDate: at(10) });
  const expired = anEvent({ id: 'event/expired', start: at(5), expiryDate: at(-1) });
  const cancelled = anEvent({ id: 'event/cancelled', start: at(2), cancelled: true });
  const cancelledPast = anEvent({ id: 'event/cancelled-past', start: at(-2), cancelled: true });

  it('every published talk that has not ended and those of the last 90 days; a cancelled one only until it would have ended', () => {
    const entries = feedOf([upcoming, recent, old, running, draft, future, expired, cancelled, cancelledPast]);
    expect(idsOf(entries)).toEqual(['event/recent', 'event/running', 'event/cancelled', 'event/upcoming']);
  });

  it('calendar.pastDays sets how far back it goes (0: only what has not ended)', () => {
    expect(idsOf(feedOf([upcoming, recent, old], emptyLedger(), aConfig({ calendar: { pastDays: 0 } })))).toEqual(['event/upcoming']);
    expect(idsOf(feedOf([upcoming, recent, old], emptyLedger(), aConfig({ calendar: { pastDays: 120 } })))).toEqual([
      'event/old',
      'event/recent',
      'event/upcoming',
    ]);
  });

  it("an all-day talk stays until its last day is over, in the page's zone", () => {
    const day = anEvent({ id: 'event/day', allDay: true, start: new Date('2024-11-18T00:00:00Z'), end: null });
    const config = aConfig({ calendar: { pastDays: 0 } });
    expect(idsOf(planFeed([day], emptyLedger(), aSite(), config, new Date('2024-11-18T23:30:00Z')))).toEqual(['event/day']);
    expect(idsOf(planFeed([day], emptyLedger(), aSite(), config, new Date('2024-11-19T00:00:00Z')))).toEqual([]);
  });
});

describe('the same identity as the invitations', () => {
  const talk = anEvent({ id: 'event/talk', start: at(3) });

  it('SEQUENCE is the highest sent for the talk, on any channel; a talk never announced has 0', () => {
    const ledger = emptyLedger();
    ledger.deliveries['announcement:event/talk:email:smtp'] = record({ kind: 'announcement', events: ['event/talk'], said: { 'event/talk': saidOf(talk) } });
    ledger.deliveries['update:event/talk#1:email:smtp'] = record({ kind: 'update', events: ['event/talk'], sequence: 1, sentAt: '2024-11-12T08:00:00.000Z' });
    ledger.deliveries['update:event/talk#2:slack:#seminars'] = record({
      kind: 'update',
      channel: 'slack',
      destination: '#seminars',
      events: ['event/talk'],
      sequence: 2,
      sentAt: '2024-11-13T08:00:00.000Z',
      said: { 'event/talk': saidOf(talk) },
    });
    const [entry, other] = feedOf([talk, anEvent({ id: 'event/other', start: at(4) })], ledger);
    expect(entry).toMatchObject({ sequence: 2, stamp: new Date('2024-11-13T08:00:00.000Z') });
    expect(other!.sequence).toBe(0);
  });

  it('one above the last sent when the talk changed since people were told: what its update will carry', () => {
    const ledger = emptyLedger();
    ledger.deliveries['digest:2024-11-18:email:smtp'] = record({ kind: 'digest', events: ['event/talk'], said: { 'event/talk': saidOf(talk) } });
    expect(feedOf([talk], ledger)[0]!.sequence).toBe(0);
    const moved = { ...talk, start: at(4) };
    expect(feedOf([moved], ledger)[0]!.sequence).toBe(1);
    // An abstract edit is no change an invitation tells of: the same SEQUENCE.
    expect(feedOf([{ ...talk, abstract: 'Another abstract.' }], ledger)[0]!.sequence).toBe(0);
    // Cancelled and not yet told so: the cancellation will carry 1.
    expect(feedOf([{ ...talk, cancelled: true }], ledger)[0]!.sequence).toBe(1);
  });

  it('the UID is the invitation UID, <event id>@<site host>', () => {
    const { events } = parse(render(feedOf([talk])));
    expect(events[0]!.uid).toBe('event/talk@seminars.example.org');
  });

  it("DTSTAMP does not move with the clock: the same site and ledger give the same bytes (a committed feed changes only when a talk does)", () => {
    const a = renderFeed(planFeed([talk], emptyLedger(), aSite(), aConfig(), NOW), { site: SITE_INFO, config: aConfig() });
    const b = renderFeed(planFeed([talk], emptyLedger(), aSite(), aConfig(), new Date(NOW.getTime() + DAY)), { site: SITE_INFO, config: aConfig() });
    expect(b).toBe(a);
  });
});

describe('what each VEVENT says', () => {
  const summer = anEvent({
    id: 'event/summer',
    start: new Date('2025-06-12T13:00:00Z'),
    end: new Date('2025-06-12T14:30:00Z'),
    publishDate: new Date('2024-11-01T00:00:00Z'),
  });
  const winter = anEvent({ id: 'event/winter', start: at(3), title: 'Winter talk' });
  const allDay = anEvent({ id: 'event/workshop', allDay: true, start: new Date('2024-11-25T00:00:00Z'), end: new Date('2024-11-26T00:00:00Z') });
  const cancelled = anEvent({ id: 'event/off', start: at(5), cancelled: true, title: 'Off' });

  it('a publishing calendar named after the series, in the display zone, with its VTIMEZONE and a refresh interval', () => {
    const ics = render(feedOf([summer, winter, allDay, cancelled]));
    const { cal, events } = parse(ics);
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('NLP Seminar');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
    expect(String(cal.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(cal.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
    expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);

    const byUid = new Map(events.map((e) => [e.uid.split('@')[0], e]));
    // Zoned local times that resolve to the right instants on both sides of the clock change.
    expect(ics).toContain('DTSTART;TZID=Europe/London:20250612T140000');
    expect(byUid.get('event/summer')).toMatchObject({ tzid: 'Europe/London', start: summer.start, end: summer.end, allDay: false });
    expect(ics).toContain('DTSTART;TZID=Europe/London:20241121T130000');
    expect(byUid.get('event/winter')).toMatchObject({ start: winter.start, end: new Date(winter.start.getTime() + 3600_000) });
    // All-day: DATE values, DTEND the day after the last.
    expect(ics).toContain('DTSTART;VALUE=DATE:20241125');
    expect(ics).toContain('DTEND;VALUE=DATE:20241127');
    expect(byUid.get('event/workshop')!.allDay).toBe(true);
    expect(byUid.get('event/off')!.status).toBe('CANCELLED');
    expect(byUid.get('event/winter')!.status).toBe('CONFIRMED');
  });

  it('URL, LOCATION with the address, a plain-text DESCRIPTION naming the speaker, ORGANIZER as the invitations have it', () => {
    const { events } = parse(render(feedOf([winter])));
    const e = events[0]!;
    expect(e.url).toBe('https://seminars.example.org/event/winter/');
    expect(e.location).toBe('Abacws, Senghennydd Road, Cardiff CF24 4AG');
    expect(e.description).toBe(
      'Chenghua Lin (University of Manchester)\n\nIn this talk, I will first introduce MERT, an acoustic music understanding model.\n\nhttps://seminars.example.org/event/winter/',
    );
    expect(e.description).not.toMatch(/\*\*|<[a-z]/);
    expect(e.organizer).toBe('mailto:seminars@example.org');
  });

  it('UTC as display zone: times with Z and no VTIMEZONE; an alias is written under the name its VTIMEZONE has', () => {
    const utc = render(feedOf([winter]), aConfig({ timezone: 'UTC' }));
    expect(utc).toContain('DTSTART:20241121T130000Z');
    expect(utc).not.toContain('BEGIN:VTIMEZONE');
    expect(utc).toContain('X-WR-TIMEZONE:UTC');
    const kolkata = render(feedOf([winter]), aConfig({ timezone: 'Asia/Calcutta' }));
    expect(kolkata).toContain('DTSTART;TZID=Asia/Kolkata:20241121T183000');
    expect(kolkata).toContain('TZID:Asia/Kolkata');
    expect(parse(kolkata).events[0]!.start).toEqual(winter.start);
  });

  it('an empty feed is still a valid calendar', () => {
    const { cal, events } = parse(render([]));
    expect(events).toEqual([]);
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
  });
});

describe("Google Calendar's and Outlook's import rules (RFC 5545 as they read it)", () => {
  const nasty = anEvent({
    id: 'event/nasty',
    start: at(2),
    title: 'Semantics; commas, back\\slashes — «Ünïcödé» 深層学習の未来 and a long title that goes well beyond seventy-five octets',
    location: 'Room 1; Building, "A"',
    abstract: 'Line one.\n\nLine two; with, punctuation \\ and emoji 🎵🎶 and 日本語のテキスト'.repeat(3),
  });
  const ics = render(feedOf([nasty, anEvent({ id: 'event/other', start: at(3) })]));
  const bytes = Buffer.from(ics, 'utf8');
  const lines = ics.split('\r\n');

  it('CRLF line ends only, the last line included', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('lines folded at 75 octets, never inside a UTF-8 character', () => {
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // Each physical line is valid UTF-8 on its own: no multi-byte character was cut by the folding.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        expect(() => decoder.decode(bytes.subarray(start, i))).not.toThrow();
        start = i + 2;
      }
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('UTF-8 text with ; , \\ and line breaks escaped, read back exactly', () => {
    expect(ics).toContain('Semantics\\; commas\\, back\\\\slashes');
    const e = parse(ics).events.find((x) => x.uid.startsWith('event/nasty@'))!;
    expect(e.summary).toBe(nasty.title);
    expect(e.location).toBe('Room 1; Building, "A", Senghennydd Road, Cardiff CF24 4AG');
    expect(e.description).toContain('Line one.\n\nLine two; with, punctuation \\ and emoji 🎵🎶 and 日本語のテキスト');
  });

  it('VERSION and PRODID; calendar properties before the first component; every VEVENT with UID, UTC DTSTAMP, DTSTART', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const firstComponent = lines.findIndex((l, i) => i > 0 && l.startsWith('BEGIN:'));
    for (const prop of ['METHOD:', 'X-WR-CALNAME:', 'X-WR-TIMEZONE:', 'REFRESH-INTERVAL', 'X-PUBLISHED-TTL:'])
      expect(lines.findIndex((l) => l.startsWith(prop)), prop).toBeLessThan(firstComponent);
    const { events } = parse(ics);
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.uid).toMatch(/@seminars\.example\.org$/);
      expect(e.stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    }
    // Every TZID a time names has its VTIMEZONE in the file (Outlook drops events whose zone it cannot find).
    const used = new Set([...ics.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    const defined = new Set([...ics.matchAll(/^TZID:(.+)$/gm)].map((m) => m[1]!.trim()));
    for (const tzid of used) expect(defined.has(tzid!)).toBe(true);
  });
});
