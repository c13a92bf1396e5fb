/**
 * A seminar's fortnight replayed through the built CLI at many --now instants, against a real SMTP
 * server and the Slack Web API test server, while its pages change between runs. Every message that
 * should go out goes out once; nothing else does.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const CONFIG = `
timezone: Europe/London
digest: { weekday: monday, time: "08:00", days: 7 }
announce: { mode: digest }
reminders: { slack: [60] }
email: { from: "Seminars <seminars@example.org>", to: nlp-seminar@lists.example.org }
slack: { channel: "#seminars" }
`;

let smtp: TestSmtpServer;
let slack: SlackServer;
let site: TempSite;
let env: NodeJS.ProcessEnv;
const summaryFile = path.join(os.tmpdir(), `step-summary-${process.pid}.md`);

beforeAll(async () => {
  [smtp, slack, site] = await Promise.all([startSmtpServer(), startSlackServer(), makeSite(CONFIG)]);
  env = cleanEnv({ SMTP_URL: smtp.url, SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.url, GITHUB_STEP_SUMMARY: summaryFile });
});
afterAll(async () => {
  await Promise.all([smtp?.close(), slack?.close(), site?.remove()]);
});

/** One cron run at `now`: Slack first posts what it had scheduled before then, as it would. */
async function runAt(now: string, extra: string[] = []) {
  slack.setNow(new Date(now));
  slack.deliverDue(new Date(now));
  const r = await runCli(['--site', site.root, '--now', now, ...extra], env);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
}

const emails = () =>
  smtp.messages.map((m) => `${m.header('x-announce-kind')} ${m.header('x-announce-events')}`);
const slackPosts = () =>
  slack.posts.map((p) => {
    const meta = p.metadata as { event_payload?: { kind: string; events: string[] } } | null;
    return p.via === 'scheduled' ? `scheduled@${p.ts.split('.')[0]}` : `${meta?.event_payload?.kind} ${meta?.event_payload?.events.join(',')}`;
  });
const epoch = (iso: string) => String(Date.parse(iso) / 1000);

describe('timeline', () => {
  it('sends exactly the expected messages, each once, as pages are published, moved, cancelled, drafted and deleted', async () => {
    await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z' });
    await site.writeTalk('b', { title: 'Talk B', date: '2024-11-26T13:00:00Z', date_end: '2024-11-26T14:00:00Z' });
    await site.writeTalk('c', {
      title: 'Talk C',
      date: '2024-11-22T16:00:00Z',
      date_end: '2024-11-22T17:00:00Z',
      publishDate: '2024-11-19T10:00:00Z',
    });

    // Sunday evening: last week's period has nothing left to list; A waits for Monday's digest.
    await runAt('2024-11-17T20:00:00Z');
    expect(emails()).toEqual([]);
    expect(slack.posts).toEqual([]);

    // Monday, first run after 08:00: the digest lists A (B is next week), and A's reminder is scheduled.
    const monday = await runAt('2024-11-18T08:05:00Z');
    expect(monday.stdout).toMatch(/sent\s+digest 2024-11-18\s+email event\/a/);
    expect(emails()).toEqual(['digest event/a']);
    expect(slackPosts()).toEqual(['digest event/a']);
    expect(slack.scheduled.map((s) => String(s.postAt))).toEqual([epoch('2024-11-21T12:00:00Z')]);
    const digest1 = smtp.messages[0]!;
    expect(digest1.parsed.messageId).toMatch(/^<digest\.digest-2024-11-18-[0-9a-f]{12}@seminars\.example\.org>$/);

    // A cron that fires again does nothing.
    await runAt('2024-11-18T09:00:00Z');
    expect(smtp.messages).toHaveLength(1);
    expect(slack.posts).toHaveLength(1);

    // Tuesday: C is published after this week's digest and starts before the next: announced on its own.
    await runAt('2024-11-19T09:59:00Z');
    expect(smtp.messages).toHaveLength(1);
    await runAt('2024-11-19T11:00:00Z');
    expect(emails()).toEqual(['digest event/a', 'announcement event/c']);
    expect(slackPosts()).toEqual(['digest event/a', 'announcement event/c']);
    expect(slack.scheduled.map((s) => String(s.postAt))).toEqual([epoch('2024-11-21T12:00:00Z'), epoch('2024-11-22T15:00:00Z')]);

    // A moves two hours later and to another room: an update, threaded to the digest; its reminder is re-timed.
    await site.writeTalk('a', {
      title: 'Talk A',
      date: '2024-11-21T15:00:00Z',
      date_end: '2024-11-21T16:00:00Z',
      location: 'Room 0.01',
    });
    await runAt('2024-11-20T09:00:00Z');
    expect(emails().slice(2)).toEqual(['update event/a']);
    const update = smtp.messages[2]!;
    expect(update.parsed.inReplyTo).toBe(digest1.parsed.messageId);
    expect(update.raw.toString()).toMatch(/SEQUENCE:1/);
    expect(slackPosts().slice(2)).toEqual(['update event/a']);
    expect(slack.posts[2]!.threadTs).toBe(slack.posts[0]!.ts);
    expect(slack.deleted.map((s) => String(s.postAt))).toEqual([epoch('2024-11-21T12:00:00Z')]);
    expect(slack.scheduled.map((s) => String(s.postAt)).sort()).toEqual(
      [epoch('2024-11-21T14:00:00Z'), epoch('2024-11-22T15:00:00Z')].sort(),
    );

    // C is cancelled: a cancellation replying to its announcement; its reminder is deleted.
    await site.writeTalk('c', {
      title: 'Talk C',
      date: '2024-11-22T16:00:00Z',
      date_end: '2024-11-22T17:00:00Z',
      publishDate: '2024-11-19T10:00:00Z',
      cancelled: true,
    });
    await runAt('2024-11-21T09:00:00Z');
    expect(emails().slice(3)).toEqual(['cancellation event/c']);
    expect(smtp.messages[3]!.parsed.inReplyTo).toBe(smtp.messages[1]!.parsed.messageId);
    expect(smtp.messages[3]!.raw.toString()).toMatch(/METHOD:CANCEL/);
    expect(slackPosts().slice(3)).toEqual(['cancellation event/c']);
    expect(slack.posts[3]!.threadTs).toBe(slack.posts[1]!.ts);
    expect(slack.deleted.map((s) => String(s.postAt))).toEqual([epoch('2024-11-21T12:00:00Z'), epoch('2024-11-22T15:00:00Z')]);

    // Slack posts A's reminder at its new time, an hour before; runs during and after A send nothing about it.
    await runAt('2024-11-21T14:30:00Z');
    await runAt('2024-11-21T16:30:00Z');
    expect(slackPosts().slice(4)).toEqual([`scheduled@${epoch('2024-11-21T14:00:00Z')}`]);
    expect(smtp.messages).toHaveLength(4);

    // Next week: E and F join; Monday's digest lists B, E, F and schedules their reminders.
    await site.writeTalk('e', { title: 'Talk E', date: '2024-11-27T13:00:00Z', date_end: '2024-11-27T14:00:00Z' });
    await site.writeTalk('f', { title: 'Talk F', date: '2024-11-28T13:00:00Z', date_end: '2024-11-28T14:00:00Z' });
    await runAt('2024-11-25T08:30:00Z');
    expect(emails().slice(4)).toEqual(['digest event/b,event/e,event/f']);
    expect(slackPosts().slice(5)).toEqual(['digest event/b,event/e,event/f']);
    expect(slack.scheduled).toHaveLength(3);

    // E becomes a draft and F's page is deleted before they happen: both are cancelled, replying to the digest.
    await site.writeTalk('e', { title: 'Talk E', date: '2024-11-27T13:00:00Z', date_end: '2024-11-27T14:00:00Z', draft: true });
    await site.removeTalk('f');
    await runAt('2024-11-26T09:00:00Z');
    expect(emails().slice(5).sort()).toEqual(['cancellation event/e', 'cancellation event/f']);
    const digest2 = smtp.messages[4]!;
    for (const m of smtp.messages.slice(5)) expect(m.parsed.inReplyTo).toBe(digest2.parsed.messageId);
    expect(slackPosts().slice(6).sort()).toEqual(['cancellation event/e', 'cancellation event/f']);
    expect(slack.scheduled.map((s) => String(s.postAt))).toEqual([epoch('2024-11-26T12:00:00Z')]);

    // B's reminder goes out from Slack; the rest of the week sends nothing more.
    await runAt('2024-11-26T12:30:00Z');
    await runAt('2024-11-28T09:00:00Z');
    expect(slackPosts().slice(8)).toEqual([`scheduled@${epoch('2024-11-26T12:00:00Z')}`]);

    // Exactly these messages, each once.
    expect(emails()).toEqual([
      'digest event/a',
      'announcement event/c',
      'update event/a',
      'cancellation event/c',
      'digest event/b,event/e,event/f',
      ...emails().slice(5, 7),
    ]);
    expect(new Set(smtp.messages.map((m) => m.parsed.messageId)).size).toBe(7);
    expect(slack.posts).toHaveLength(9);
    expect(slack.deleted).toHaveLength(4);
    // The digest posts that listed a talk which moved or was called off were edited to say so.
    expect(slack.updates.map((u) => u.ts)).toEqual([slack.posts[0]!.ts, slack.posts[5]!.ts, slack.posts[5]!.ts]);
    expect(JSON.stringify(slack.updates[0]!.blocks)).toContain(`<!date^${epoch('2024-11-21T15:00:00Z')}^`);
    expect(JSON.stringify(slack.updates[0]!.blocks)).toContain('_(updated)_');
    const digest2Now = JSON.stringify(slack.updates[2]!.blocks);
    expect(digest2Now.match(/_\(cancelled\)_/g)).toHaveLength(2);

    // The ledger holds each delivery once, and `plan` has nothing left to do.
    const ledger = JSON.parse(await readFile(site.state, 'utf8'));
    expect(ledger.version).toBe(1);
    const kinds = Object.values(ledger.deliveries as Record<string, { kind: string; channel: string; status: string }>)
      .filter((d) => d.status === 'sent')
      .map((d) => `${d.kind}/${d.channel}`)
      .sort();
    expect(kinds.filter((k) => k.endsWith('/email'))).toHaveLength(7);
    expect(kinds.filter((k) => k.endsWith('/slack') && !k.startsWith('reminder'))).toHaveLength(7);
    const plan = await runCli(['plan', '--json', '--site', site.root, '--now', '2024-11-28T09:05:00Z'], env);
    expect(JSON.parse(plan.stdout)).toEqual([]);

    // Each run appended its table to the GitHub step summary.
    const summary = await readFile(summaryFile, 'utf8');
    expect(summary).toMatch(/\| sent \| digest 2024-11-18 \| email \| event\/a \|/);
    expect(summary).toMatch(/\| scheduled \| reminder \(schedule\) 60 min \| slack \| event\/a \|/);
  }, 120_000);
});

describe('a scheduled reminder follows the talk', () => {
  it('is re-scheduled with the new details when the location changes and the time does not', async () => {
    smtp.clear();
    slack.reset();
    const own = await makeSite(CONFIG);
    try {
      const at = async (now: string) => {
        slack.setNow(new Date(now));
        slack.deliverDue(new Date(now));
        const r = await runCli(['--site', own.root, '--now', now], env);
        expect(r.code, r.stdout + r.stderr).toBe(0);
        return r;
      };
      await own.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z', location: 'Abacws' });
      await at('2024-11-18T08:05:00Z');
      expect(slack.scheduled).toHaveLength(1);
      const before = slack.scheduled[0]!;
      expect(JSON.stringify(before.blocks)).toContain('Abacws');

      await own.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z', date_end: '2024-11-21T14:00:00Z', location: 'Room 0.01' });
      await at('2024-11-19T09:00:00Z');
      expect(emails()).toEqual(['digest event/a', 'update event/a']);
      const scheduling = slack.calls.map((c) => c.method).filter((m) => /^chat\.(schedule|deleteScheduled)Message$/.test(m));
      expect(scheduling).toEqual(['chat.scheduleMessage', 'chat.deleteScheduledMessage', 'chat.scheduleMessage']);
      expect(slack.deleted.map((s) => s.id)).toEqual([before.id]);
      expect(slack.scheduled).toHaveLength(1);
      const after = slack.scheduled[0]!;
      expect(after.postAt).toBe(before.postAt);
      expect(JSON.stringify(after.blocks)).toContain('Room 0.01');
      expect(JSON.stringify(after.blocks)).not.toContain('Abacws');

      // Told once: the next run leaves it alone, and Slack posts the new one.
      await at('2024-11-20T09:00:00Z');
      expect(slack.deleted).toHaveLength(1);
      expect(slack.scheduled.map((s) => s.id)).toEqual([after.id]);
      await at('2024-11-21T12:30:00Z');
      const posted = slack.posts.filter((p) => p.via === 'scheduled');
      expect(posted).toHaveLength(1);
      expect(JSON.stringify(posted[0]!.blocks)).toContain('Room 0.01');
    } finally {
      await own.remove();
    }
  }, 60_000);
});
