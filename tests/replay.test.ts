/**
 * Three weeks of a seminar replayed as its cron runs them: every 30 minutes at :07 and :37, against the real SMTP and
 * Slack test servers and a local website that deploys late pages late (announce.waitForPage), while organisers edit
 * the pages (a move, a re-room, a typo fix, an abstract rewritten, a cancellation, a page broken for a day, a late
 * publication). Each message goes out once; the digests' Slack posts follow their talks; minor edits stay quiet; the
 * broken page turns the runs red without holding anything else back. The run is called in process (the CLI would
 * take a second per step).
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunOptions } from '../src/commands/options.js';
import { planCommand } from '../src/commands/plan.js';
import { runCommand } from '../src/commands/run.js';
import { cleanEnv } from './run-support.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { makeSite, talkPage } from './support/site.js';

const CONFIG = `
timezone: Europe/London
digest: { weekday: monday, time: "08:00", days: 7 }
announce: { waitForPage: true }
reminders: { slack: [60] }
email: { from: "Seminars <seminars@example.org>", to: seminar@lists.example.org }
slack: { channel: "#seminars" }
`;

type Talk = Parameters<typeof talkPage>[0];
const T: Record<string, Talk> = {
  t1: { title: 'Graph Networks for Chemistry', date: '2024-11-07T14:00:00Z', end: '2024-11-07T15:00:00Z' },
  t2: { title: 'Fuzing Symbolic and Neural Parsers', date: '2024-11-08T13:00:00Z', end: '2024-11-08T14:00:00Z' },
  t3: { title: 'Speech Translation for Everyone', date: '2024-11-12T13:00:00Z', end: '2024-11-12T14:00:00Z' },
  t4: { title: 'Evaluating Summaries Without References', date: '2024-11-14T13:00:00Z', end: '2024-11-14T14:00:00Z' },
  t5: { title: 'A Late Addition', date: '2024-11-15T16:00:00Z', end: '2024-11-15T17:00:00Z', publishDate: '2024-11-12T10:00:00Z' },
  t6: { title: 'Robust Evaluation of Language Models', date: '2024-11-20T13:00:00Z', end: '2024-11-20T14:00:00Z' },
  t7: { title: 'Retrieval at Scale', date: '2024-11-21T14:00:00Z', end: '2024-11-21T15:00:00Z' },
};
const page = (name: string, over: Partial<Talk> = {}) => talkPage({ extra: `abstract: "About ${T[name]!.title}."`, ...T[name]!, ...over });
const file = (name: string) => `content/event/${name}/index.md`;

/** The organisers' edits, each made before the first run at or after its instant. */
const EDITS: Array<[string, () => void]> = [
  // t1 moves an hour later.
  ['2024-11-05T10:00:00Z', () => site.write(file('t1'), page('t1', { date: '2024-11-07T15:00:00Z', end: '2024-11-07T16:00:00Z' }))],
  // A typo fixed in t2's title, then its abstract rewritten: minor edits.
  ['2024-11-06T11:00:00Z', () => site.write(file('t2'), page('t2', { title: 'Fusing Symbolic and Neural Parsers' }))],
  ['2024-11-06T16:00:00Z', () => site.write(file('t2'), page('t2', { title: 'Fusing Symbolic and Neural Parsers', extra: 'abstract: "Parsers, fused."' }))],
  // t3 changes room.
  ['2024-11-11T15:00:00Z', () => site.write(file('t3'), page('t3', { location: 'Room 0.01' }))],
  // t4 is cancelled.
  ['2024-11-13T09:00:00Z', () => site.write(file('t4'), page('t4', { extra: 'cancelled: true' }))],
  // t6's page is broken for a day, across Monday's digest.
  ['2024-11-17T12:00:00Z', () => site.write(file('t6'), '---\ntitle: "Robust Evaluation\ndate: 2024-11-20T13:00:00Z\n---\n')],
  ['2024-11-18T12:00:00Z', () => site.write(file('t6'), page('t6'))],
];
/** t5 is published on Tuesday 10:00, but the website shows it only with Wednesday morning's deploy (a 404 before). */
const T5_DEPLOYED = Date.parse('2024-11-13T08:00:00Z');
const BROKEN = [Date.parse('2024-11-17T12:00:00Z'), Date.parse('2024-11-18T12:00:00Z')] as const;

let smtp: TestSmtpServer;
let slack: SlackServer;
let site: ReturnType<typeof makeSite>;
let web: http.Server;
let clock = 0;
const requested: string[] = [];

beforeAll(async () => {
  [smtp, slack] = await Promise.all([startSmtpServer(), startSlackServer()]);
  web = http.createServer((req, res) => {
    requested.push(req.url ?? '');
    res.writeHead(req.url === '/event/t5/' && clock < T5_DEPLOYED ? 404 : 200).end();
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(web.address() as AddressInfo).port}/`;
  site = makeSite(
    { 'announce.config.yaml': CONFIG, ...Object.fromEntries(Object.keys(T).map((n) => [file(n), page(n)])) },
    `baseURL = "${base}"\ntitle = "NLP Seminar"\ntimeZone = "Europe/London"\n`,
  );
});
afterAll(async () => {
  site?.cleanup();
  await Promise.all([smtp?.close(), slack?.close(), new Promise((r) => web?.close(r))]);
});

const env = () => cleanEnv({ SMTP_URL: smtp.url, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url });
async function command(fn: (o: RunOptions) => Promise<number>, now: Date, json = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await fn({ site: site.dir, now, dryRun: false, json, force: false, env: env(), out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const emails = () => smtp.messages.map((m) => `${m.header('x-announce-kind')} ${m.header('x-announce-events')}`);
const meta = (p: SlackServer['posts'][number]) => (p.metadata as { event_payload?: { kind: string; events: string[] } } | null)?.event_payload;
const postsOf = (kind: string) => slack.posts.filter((p) => meta(p)?.kind === kind);
const sectionText = (blocks: unknown[]) =>
  (blocks as Array<{ type: string; text?: { text: string } }>).filter((b) => b.type === 'section').map((b) => b.text!.text).join('\n');
const epoch = (iso: string) => String(Date.parse(iso) / 1000);

describe('three weeks of cron runs', () => {
  it('sends each message once, edits the digest posts, keeps minor edits quiet and turns red only while a page is broken', async () => {
    const start = Date.parse('2024-11-03T00:07:00Z');
    const end = Date.parse('2024-11-24T00:07:00Z');
    let edit = 0;
    let runs = 0;
    const red: string[] = [];
    const doneQuiet: string[] = [];
    const timeline: string[] = [];
    for (clock = start; clock <= end; clock += 30 * 60_000) {
      const now = new Date(clock);
      while (edit < EDITS.length && Date.parse(EDITS[edit]![0]) <= clock) EDITS[edit++]![1]();
      slack.setNow(now);
      slack.deliverDue(now);
      const before = smtp.messages.length;
      const r = await command(runCommand, now);
      runs++;
      for (const e of emails().slice(before)) timeline.push(`${now.toISOString().slice(0, 16)} ${e}`);
      expect(r.err, now.toISOString()).not.toMatch(/internal error|please report/i);
      const broken = clock >= BROKEN[0] && clock < BROKEN[1];
      // 14.5: while the page cannot be read, every run fails visibly (and names the page), and does everything else.
      expect(r.code, `${now.toISOString()}\n${r.out}\n${r.err}`).toBe(broken ? 3 : 0);
      if (broken) {
        expect(r.err).toMatch(/content\/event\/t6\/index\.md:\d+:\d+: error/);
        red.push(now.toISOString());
      }
      for (const m of r.out.matchAll(/done\s+update \(quiet\)\s+(\w+) (event\/\w+)/g)) doneQuiet.push(`${m[1]} ${m[2]}`);
    }
    expect(runs).toBe(1009);
    expect(red).toHaveLength(48);

    // Every email, once, in order: the three digests, one update per real change, the late addition once the website
    // showed it, the cancellation, and t6 on its own once its page read again (Monday's digest went out without it).
    // t5 from the first run after the deploy that put its page up (12.2: it was requested while it was a 404).
    expect(timeline).toEqual([
      '2024-11-04T08:07 digest event/t1,event/t2',
      '2024-11-05T10:07 update event/t1',
      '2024-11-11T08:07 digest event/t3,event/t4',
      '2024-11-11T15:07 update event/t3',
      '2024-11-13T08:07 announcement event/t5',
      '2024-11-13T09:07 cancellation event/t4',
      '2024-11-18T08:07 digest event/t7',
      '2024-11-18T12:07 announcement event/t6',
    ]);
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(smtp.messages.length);
    expect(requested.filter((u) => u === '/event/t5/').length).toBeGreaterThan(40);

    // 14.6: the typo fix and the new abstract were quiet: no email, no thread reply, recorded once per channel.
    expect(doneQuiet.sort()).toEqual(['email event/t2', 'email event/t2', 'slack event/t2', 'slack event/t2']);
    expect(smtp.messages.some((m) => m.parsed.subject?.includes('Fusing'))).toBe(false);

    // Slack: the same messages once each, follow-ups in the thread of the digest that listed the talk.
    expect(slack.posts.filter((p) => p.via !== 'scheduled').map((p) => `${meta(p)!.kind} ${meta(p)!.events.join(',')}`)).toEqual(
      emails(),
    );
    const [d1, d2, d3] = postsOf('digest');
    for (const u of postsOf('update').concat(postsOf('cancellation'))) expect([d1!.ts, d2!.ts]).toContain(u.threadTs);

    // 14.3: the digest posts show their talks as they stand: t1 at its new time (updated), t2 corrected without a
    // mark (a minor edit), t3 updated, t4 struck through; the third digest, untouched by any follow-up, was not edited.
    const d1Text = sectionText(d1!.blocks);
    expect(d1Text).toContain(`<!date^${epoch('2024-11-07T15:00:00Z')}^`);
    expect(d1Text).toMatch(/Graph Networks for Chemistry>\* _\(updated\)_/);
    expect(d1Text).toMatch(/Fusing Symbolic and Neural Parsers>\*(?! _\()/);
    const d2Text = sectionText(d2!.blocks);
    expect(d2Text).toMatch(/Speech Translation for Everyone>\* _\(updated\)_/);
    expect(d2Text).toMatch(/~\*<[^>]+\|Evaluating Summaries Without References>\*~ _\(cancelled\)_/);
    expect(slack.updates.map((u) => u.ts).sort()).toEqual([d1!.ts, d1!.ts, d1!.ts, d2!.ts, d2!.ts].sort());
    expect(d3!.edits).toBe(0);

    // Reminders: one per talk that happened, an hour before its (latest) start, showing its latest title.
    const reminders = slack.posts.filter((p) => p.via === 'scheduled');
    expect(reminders.map((p) => p.ts.split('.')[0]).sort()).toEqual(
      ['2024-11-07T14:00:00Z', '2024-11-08T12:00:00Z', '2024-11-12T12:00:00Z', '2024-11-15T15:00:00Z', '2024-11-20T12:00:00Z', '2024-11-21T13:00:00Z']
        .map(epoch)
        .sort(),
    );
    expect(reminders.find((p) => p.ts.startsWith(epoch('2024-11-08T12:00:00Z')))!.text).toContain('Fusing');

    // Nothing left to do, nothing pending, and the ledger records each message once.
    const plan = await command(planCommand, new Date(end), true);
    expect(JSON.parse(plan.out)).toEqual([]);
    const ledger = JSON.parse(await readFile(`${site.dir}/.announce/state.json`, 'utf8'));
    expect(ledger.pending ?? {}).toEqual({});
  }, 120_000);
});
