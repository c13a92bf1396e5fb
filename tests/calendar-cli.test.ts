/**
 * `announce calendar` beside real runs: the invitations of a run that sends, updates and cancels (real SMTP, read
 * back with mailparser) and the feed name the same events, with the same UIDs and SEQUENCEs; the feed changes nothing.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { calendarCommand } from '../src/commands/calendar.js';
import { calendarPart, parseCalendar } from './email-support.js';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';

const CONFIG = `
digest: { weekday: monday, time: "08:00" }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
`;
let smtp: TestSmtpServer;
let site: TempSite;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.clear();
  site = await makeSite(CONFIG);
  await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z' });
  await site.writeTalk('b', { title: 'Talk B', date: '2024-11-28T13:00:00Z' });
  await site.writeTalk('c', { title: 'Talk C', date: '2024-11-22T13:00:00Z' });
  await site.writeTalk('draft', { title: 'Draft talk', date: '2024-11-23T13:00:00Z', draft: true });
});
afterEach(async () => {
  await site.remove();
});

const env = () => cleanEnv({ SMTP_URL: smtp.url });
const announce = async (...args: string[]) => {
  const r = await runCli([...args, '--site', site.root, '--channel', 'email'], env());
  expect(r.code, r.stderr).toBe(0);
  return r;
};
/** UID → SEQUENCE and STATUS of every VEVENT of the invitations received so far, the latest per UID. */
function invitations(): Map<string, { sequence: number; status: string | null; start: Date }> {
  const out = new Map<string, { sequence: number; status: string | null; start: Date }>();
  for (const m of smtp.messages) for (const e of parseCalendar(calendarPart(m.parsed).content).events) out.set(e.uid, e);
  return out;
}
/** The feed at `now`, made in this process (the runs are the CLI's: this keeps the test quick). */
async function feed(now: string): Promise<Map<string, { sequence: number; status: string | null; start: Date }>> {
  const file = path.join(site.root, 'static', 'seminar.ics');
  const code = await calendarCommand({
    site: site.root,
    now: new Date(now),
    dryRun: false,
    json: false,
    env: env(),
    out: () => undefined,
    err: () => undefined,
    outFile: file,
    writeRaw: async () => undefined,
  });
  expect(code).toBe(0);
  const parsed = parseCalendar(await readFile(file, 'utf8'));
  expect(parsed.method).toBe('PUBLISH');
  return new Map(parsed.events.map((e) => [e.uid, e]));
}

// Several real runs each: minutes on a machine busy with other work.
describe('announce calendar and the invitations of a run', { timeout: 180_000 }, () => {
  it('the same UIDs and SEQUENCEs as the invitations, through announcements, updates and cancellations', async () => {
    await announce('--now', '2024-11-18T08:05:00Z'); // the digest: A and C
    await announce('--event', 'b', '--now', '2024-11-18T09:00:00Z'); // B on its own
    expect(smtp.messages).toHaveLength(2);
    const sent = invitations();
    expect([...sent.keys()].sort()).toEqual(['event/a@seminars.example.org', 'event/b@seminars.example.org', 'event/c@seminars.example.org']);
    const first = await feed('2024-11-18T10:00:00Z');
    expect([...first.keys()].sort()).toEqual([...sent.keys()].sort());
    for (const [uid, e] of sent) expect(first.get(uid)).toMatchObject({ sequence: e.sequence, status: 'CONFIRMED', start: e.start });

    // A moves, C is cancelled: an update and a cancellation go out, with SEQUENCE 1.
    await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T15:00:00Z' });
    await site.writeTalk('c', { title: 'Talk C', date: '2024-11-22T13:00:00Z', cancelled: true });
    // Before the run: the feed already carries the SEQUENCE the update and the cancellation will.
    const before = await feed('2024-11-19T08:00:00Z');
    await announce('--now', '2024-11-19T09:00:00Z');
    expect(smtp.messages.map((m) => m.header('x-announce-kind')).sort()).toEqual(['announcement', 'cancellation', 'digest', 'update']);
    const after = invitations();
    expect(after.get('event/a@seminars.example.org')).toMatchObject({ sequence: 1, start: new Date('2024-11-21T15:00:00Z') });
    expect(after.get('event/c@seminars.example.org')).toMatchObject({ sequence: 1, status: 'CANCELLED' });
    const now = await feed('2024-11-19T10:00:00Z');
    for (const [uid, e] of after) {
      expect(now.get(uid), uid).toMatchObject({ sequence: e.sequence, start: e.start });
      expect(before.get(uid)!.sequence, uid).toBe(e.sequence);
    }
    expect(now.get('event/c@seminars.example.org')!.status).toBe('CANCELLED');
    expect(now.get('event/a@seminars.example.org')!.status).toBe('CONFIRMED');

    // A moves again: never below the last sent, and the next update carries what the feed said.
    await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T16:00:00Z' });
    expect((await feed('2024-11-19T11:00:00Z')).get('event/a@seminars.example.org')!.sequence).toBe(2);
    await announce('--now', '2024-11-19T11:30:00Z');
    expect(invitations().get('event/a@seminars.example.org')!.sequence).toBe(2);

    // Once the cancelled talk's time has passed it leaves the feed; the talks that happened stay.
    const later = await feed('2024-11-29T09:00:00Z');
    expect([...later.keys()].sort()).toEqual(['event/a@seminars.example.org', 'event/b@seminars.example.org']);
  });

  it('changes nothing: the ledger stays byte for byte, no outbox, and stdout is the file', async () => {
    await announce('--now', '2024-11-18T08:05:00Z');
    const ledger = await readFile(site.state);
    const out = path.join(site.root, 'public', 'calendar.ics');
    const written = await announce('calendar', '--out', out, '--now', '2024-11-18T10:00:00Z');
    expect(written.stdout).toMatch(/Wrote .*calendar\.ics: 3 talks, the last 90 days and all to come\./);
    // Written where the website serves it: the links to subscribe with.
    expect(written.stdout).toContain('Subscribe: webcal://seminars.example.org/calendar.ics');
    expect(written.stdout).toContain('Google Calendar: https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fseminars.example.org%2Fcalendar.ics');
    const stdout = await announce('calendar', '--now', '2024-11-18T10:00:00Z');
    expect(stdout.stdout).toBe(await readFile(out, 'utf8'));
    expect(stdout.stdout).not.toMatch(/Draft talk/);
    expect(await readFile(site.state)).toEqual(ledger);
    expect(smtp.messages).toHaveLength(1);

    const json = await announce('calendar', '--out', out, '--json', '--dry-run', '--now', '2024-11-18T10:00:00Z');
    expect(JSON.parse(json.stdout)).toMatchObject({
      written: false,
      events: [
        { id: 'event/a', uid: 'event/a@seminars.example.org', sequence: 0, status: 'confirmed' },
        { id: 'event/c', sequence: 0 },
        { id: 'event/b', sequence: 0 },
      ],
    });
  });

  it('on a fresh clone (no ledger) it writes the feed and creates no ledger', async () => {
    const r = await runCli(['calendar', '--site', site.root, '--now', '2024-11-18T10:00:00Z'], cleanEnv());
    expect(r.code, r.stderr).toBe(0);
    expect(parseCalendar(r.stdout).events.map((e) => e.uid)).toHaveLength(3);
    expect(existsSync(path.join(site.root, '.announce'))).toBe(false);
    const bad = await runCli(['calendar', '--json', '--site', site.root], cleanEnv());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--json needs --out/);
  });
});
