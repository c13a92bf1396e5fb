/**
 * What people see after organisers edit talks that a digest listed: the digest's Slack post is edited (a moved talk at
 * its new time, marked updated; a cancelled one struck through), and a minor edit (a title typo, a new abstract)
 * corrects the posts without an email or a thread reply. In process, with the real @slack/web-api client against the
 * Slack test server and real SMTP to the test server.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunOptions } from '../src/commands/options.js';
import { runCommand } from '../src/commands/run.js';
import { calendarCommand } from '../src/commands/calendar.js';
import { cleanEnv } from './run-support.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { makeSite, talkPage } from './support/site.js';

const config = (minor: 'quiet' | 'notify') => `
timezone: Europe/London
digest: { weekday: monday, time: "08:00", days: 7 }
updates: { minor: ${minor} }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
slack: { channel: "#seminars" }
`;

let smtp: TestSmtpServer;
let slack: SlackServer;
let site: ReturnType<typeof makeSite>;

beforeAll(async () => {
  [smtp, slack] = await Promise.all([startSmtpServer(), startSlackServer()]);
});
afterAll(async () => {
  await Promise.all([smtp?.close(), slack?.close()]);
});
beforeEach(() => {
  smtp.clear();
  slack.reset();
});
afterEach(() => site?.cleanup());

const A = { title: 'Fuzing Symbolic and Neural Parsers', date: '2024-11-21T14:00:00Z', end: '2024-11-21T15:00:00Z' };
const B = { title: 'Evaluating Summaries Without References', date: '2024-11-22T13:00:00Z', end: '2024-11-22T14:00:00Z' };
const C = { title: 'Low-Resource Speech Translation', date: '2024-11-20T13:00:00Z', end: '2024-11-20T14:00:00Z' };

function siteWith(minor: 'quiet' | 'notify') {
  site = makeSite({
    'announce.config.yaml': config(minor),
    'content/event/a/index.md': talkPage(A) + 'Parsing, fuzed.\n',
    'content/event/b/index.md': talkPage(B),
    'content/event/c/index.md': talkPage({ ...C, extra: 'abstract: "Speech, translated."' }),
  });
}

async function run(now: string, fn: (o: RunOptions) => Promise<number> = runCommand) {
  slack.setNow(new Date(now));
  slack.deliverDue(new Date(now));
  const out: string[] = [];
  const err: string[] = [];
  const code = await fn({
    site: site.dir,
    now: new Date(now),
    dryRun: false,
    json: false,
    force: false,
    env: cleanEnv({ SMTP_URL: smtp.url, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url }),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  } as RunOptions);
  expect(code, err.join('\n')).toBe(0);
  return out.join('\n');
}

const emails = () => smtp.messages.map((m) => `${m.header('x-announce-kind')} ${m.header('x-announce-events')}`);
const kindOf = (p: SlackServer['posts'][number]) => (p.metadata as { event_payload?: { kind: string } } | null)?.event_payload?.kind ?? p.via;
const epoch = (iso: string) => String(Date.parse(iso) / 1000);
/** The digest post's text as Slack shows it: its section blocks' mrkdwn. */
const digestText = () =>
  (slack.posts[0]!.blocks as Array<{ type: string; text?: { text: string } }>)
    .filter((b) => b.type === 'section')
    .map((b) => b.text!.text)
    .join('\n');

describe("a digest's Slack post follows its talks", () => {
  it('shows a moved talk at its new time, marked updated, and a cancelled one struck through; the thread replies stay', async () => {
    siteWith('quiet');
    await run('2024-11-18T08:05:00Z');
    expect(slack.posts.map(kindOf)).toEqual(['digest']);
    const digestTs = slack.posts[0]!.ts;
    expect(digestText()).toContain(`<!date^${epoch(A.date)}^`);

    // A moves two hours later, B is cancelled.
    site.write('content/event/a/index.md', talkPage({ ...A, date: '2024-11-21T16:00:00Z', end: '2024-11-21T17:00:00Z' }) + 'Parsing, fuzed.\n');
    site.write('content/event/b/index.md', talkPage({ ...B, extra: 'cancelled: true' }));
    await run('2024-11-19T09:00:00Z');

    expect(emails().slice(1).sort()).toEqual(['cancellation event/b', 'update event/a']);
    // The replies in the digest's thread, as before.
    expect(slack.posts.slice(1).map((p) => `${kindOf(p)} ${p.threadTs === digestTs}`).sort()).toEqual(['cancellation true', 'update true']);
    // The digest post itself now reads as things stand.
    expect(slack.updates.every((u) => u.ts === digestTs)).toBe(true);
    expect(slack.updates.length).toBeGreaterThanOrEqual(1);
    const text = digestText();
    expect(text).toContain(`<!date^${epoch('2024-11-21T16:00:00Z')}^`);
    expect(text).not.toContain(`<!date^${epoch(A.date)}^`);
    expect(text).toMatch(/Fuzing Symbolic and Neural Parsers>\*? _\(updated\)_/);
    expect(text).toMatch(/~\*<[^|>]+\/event\/b\/\|Evaluating Summaries Without References>\*~ _\(cancelled\)_/);
    // The talk that did not change is as it was; the post keeps its own kind and talks in its metadata.
    expect(text).toMatch(/Low-Resource Speech Translation>\*(?! _\()/);
    expect(slack.posts[0]!.metadata).toMatchObject({ event_payload: { kind: 'digest', events: ['event/c', 'event/a', 'event/b'] } });

    // Nothing more to do.
    const edits = slack.updates.length;
    await run('2024-11-19T09:30:00Z');
    expect(slack.updates).toHaveLength(edits);
    expect(slack.posts).toHaveLength(3);
  });

  it('still replies in the thread when Slack will not edit the digest post any more', async () => {
    siteWith('quiet');
    await run('2024-11-18T08:05:00Z');
    site.write('content/event/a/index.md', talkPage({ ...A, location: 'Room 0.01' }) + 'Parsing, fuzed.\n');
    slack.failNext('cant_update_message', { method: 'chat.update' });
    const out = await run('2024-11-19T09:00:00Z');
    expect(out).toMatch(/sent\s+update\s+slack event\/a/);
    expect(slack.posts.slice(1).map(kindOf)).toEqual(['update']);
    expect(slack.updates).toEqual([]);
  });
});

describe('updates.minor', () => {
  it('quiet (the default): a title typo fix and a new abstract edit the digest post, send no email and no thread reply, and are recorded', async () => {
    siteWith('quiet');
    await run('2024-11-18T08:05:00Z');
    site.write('content/event/a/index.md', talkPage({ ...A, title: 'Fusing Symbolic and Neural Parsers' }) + 'Parsing, fuzed.\n');
    site.write('content/event/c/index.md', talkPage({ ...C, extra: 'abstract: "Speech, translated with few resources."' }));
    const out = await run('2024-11-19T09:00:00Z');
    expect(out).toMatch(/done\s+update \(quiet\)\s+email event\/a: minor edit: recorded, no email/);
    expect(out).toMatch(/done\s+update \(quiet\)\s+slack event\/c: minor edit: 1 Slack post edited, no thread reply/);
    expect(emails()).toEqual(['digest event/c,event/a,event/b']);
    expect(slack.posts).toHaveLength(1);
    expect(digestText()).toContain('Fusing Symbolic and Neural Parsers');
    expect(digestText()).not.toContain('_(updated)_');

    // Recorded: the next real change is told against the corrected title, with the SEQUENCE after the quiet one.
    site.write('content/event/a/index.md', talkPage({ ...A, title: 'Fusing Symbolic and Neural Parsers', location: 'Room 0.01' }) + 'Parsing, fuzed.\n');
    await run('2024-11-19T10:00:00Z');
    expect(emails().slice(1)).toEqual(['update event/a']);
    const update = smtp.messages[1]!;
    expect(update.parsed.text).toContain('Location: Abacws → Room 0.01');
    expect(update.parsed.text).not.toContain('Fuzing');
    expect(update.raw.toString()).toMatch(/SEQUENCE:2/);
    expect(slack.posts.slice(1).map(kindOf)).toEqual(['update']);

    // The feed carries the corrected talk with the SEQUENCE of the last message.
    let feed = '';
    await run('2024-11-19T10:05:00Z', (o) => calendarCommand({ ...o, writeRaw: async (chunk: string) => void (feed += chunk) }));
    const vevent = feed.split('BEGIN:VEVENT').find((v) => v.includes('Fusing'))!;
    expect(vevent).toMatch(/SEQUENCE:2/);
    expect(vevent).not.toMatch(/Fuzing/);
  });

  it('notify: the same typo fix is an update to everyone', async () => {
    siteWith('notify');
    await run('2024-11-18T08:05:00Z');
    site.write('content/event/a/index.md', talkPage({ ...A, title: 'Fusing Symbolic and Neural Parsers' }) + 'Parsing, fuzed.\n');
    await run('2024-11-19T09:00:00Z');
    expect(emails().slice(1)).toEqual(['update event/a']);
    expect(slack.posts.slice(1).map(kindOf)).toEqual(['update']);
    expect(digestText()).toContain('Fusing Symbolic and Neural Parsers>* _(updated)_');
  });
});
