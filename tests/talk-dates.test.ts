/**
 * How a page's dates make a talk: a date without a time is an all-day talk; a page without a talk date is
 * not a talk (never announced at a made-up time); pages that Hugo publishes late get a warning.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { makeSite, talkPage } from './support/site.js';
import { runCli } from './support/cli.js';
import { parsePage, type PageLocation } from '../src/content/page.js';

const loc: PageLocation = { path: 'content/event/x/index.md', contentPath: 'event/x/index', bundle: true, section: 'event', lang: null, langPrefix: null, translation: false };
const site = { baseURL: 'https://seminars.example.org/', zone: 'Europe/London', permalinks: {} };
const read = (fm: string) => parsePage(`---\ntitle: A talk\nlocation: Room 1\nsummary: Talk by Ada Lovelace (Engines)\n${fm}---\n`, loc, site);
const warningsOf = (r: ReturnType<typeof read>) => (r.event ? r.warnings : r.problems).map((p) => `${p.line}: ${p.message}`);

describe('a date without a time', () => {
  it('is an all-day talk, with a warning that says how to give the time', () => {
    const r = read('date: 2025-03-07\npublishDate: 2025-02-20T09:00:00Z\n');
    expect(r.event).toMatchObject({ allDay: true });
    expect(warningsOf(r)).toContain('5: date: 2025-03-07 has no time: the talk is announced as an all-day event; give the time as date: 2025-03-07T15:00:00 (or all_day: true to keep it all day)');
  });

  it('says nothing when the page says all_day (true or false)', () => {
    expect(read('date: 2025-03-07\nall_day: true\npublishDate: 2025-02-20T09:00:00Z\n')).toMatchObject({ event: { allDay: true }, warnings: [] });
    expect(read('date: 2025-03-07\nall_day: false\npublishDate: 2025-02-20T09:00:00Z\n')).toMatchObject({ event: { allDay: false }, warnings: [] });
  });
});

describe('a page without a talk date', () => {
  it('is not a talk, even when Hugo dates it by its publishDate, and says so as a warning', () => {
    const r = read('publishDate: 2025-02-20T09:00:00Z\n');
    expect(r.event).toBeNull();
    expect(!r.event && r.problems[0]).toMatchObject({ severity: 'warning', eventId: 'event/x' });
    expect(warningsOf(r)[0]).toMatch(/^2: no talk date: give the start as date: .*\(Hugo dates the page by its publishdate, which is not when the talk is\)$/);
  });

  it('a draft without a date is a warning at most', () => {
    const r = read('draft: true\n');
    expect(!r.event && r.problems.map((p) => p.severity)).toEqual(['warning']);
    expect(warningsOf(r)[0]).toMatch(/a draft without a date: not announced/);
  });
});

describe('pages that Hugo publishes late', () => {
  it('a legacy page with no publishDate is published only when the talk starts: warned', () => {
    expect(warningsOf(read('date: 2025-05-09T15:30:00Z\n'))).toContain(
      '5: no publishDate: Hugo publishes this page only when its date, the talk start, has come, so the talk is never announced before it starts; add publishDate: (when the page may go public, e.g. two weeks before)',
    );
    expect(warningsOf(read('date: 2025-05-09T15:30:00Z\npublishDate: 2025-04-25T09:00:00Z\n'))).toEqual([]);
    // With buildFuture Hugo publishes it at once.
    const future = parsePage('---\ntitle: A talk\nlocation: Room 1\nsummary: Talk by Ada Lovelace (Engines)\ndate: 2025-05-09T15:30:00Z\n---\n', loc, { ...site, buildFuture: true });
    expect(future.event ? future.warnings : []).toEqual([]);
    // Hugo Blox: event_start is the talk, date the page date.
    expect(warningsOf(read('event_start: 2025-05-09T15:30:00Z\ndate: 2025-04-01T00:00:00Z\n'))).toEqual([]);
  });

  it('a publishDate at 00:00 of the talk day is announced that morning: warned', () => {
    expect(warningsOf(read('date: 2025-05-09T15:30:00+01:00\npublishDate: 2025-05-09T00:00:00+01:00\n'))).toContain(
      '6: publishDate is 00:00 on the day of the talk: it is first announced that morning, hours before it starts; give an earlier publishDate',
    );
    expect(warningsOf(read('date: 2025-05-09T15:30:00+01:00\npublishDate: 2025-05-08T00:00:00+01:00\n'))).toEqual([]);
  });
});

describe('check and run on such pages', () => {
  const s = makeSite({
    'content/event/talk/index.md': talkPage({ title: 'A talk', date: '2024-11-21T13:00:00Z' }),
    'content/event/_drafts/index.md': '---\ntitle: "Upcoming talks (draft listing)"\ndraft: true\n---\n',
  });
  afterAll(() => s.cleanup());

  it('check exits 0 for a draft listing page without a date and names it in a warning', async () => {
    const r = await runCli(['check', '--site', s.dir, '--now', '2024-11-14T09:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/content\/event\/_drafts\/index\.md:2:1: warning: a draft without a date/);
  });

  it('a talk whose date is removed after it was announced is not cancelled', async () => {
    expect((await runCli(['--site', s.dir, '--now', '2024-11-18T08:00:00Z'])).code).toBe(0);
    const outbox = path.join(s.dir, '.announce/outbox');
    const sent = readdirSync(outbox).sort();
    s.write('content/event/talk/index.md', talkPage({ title: 'A talk', date: '2024-11-21T13:00:00Z' }).replace(/^date: .*\n/m, ''));
    const r = await runCli(['--site', s.dir, '--now', '2024-11-19T08:00:00Z']);
    expect(r.code).toBe(0);
    expect(readdirSync(outbox).sort()).toEqual(sent);
  });
});
