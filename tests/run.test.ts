/** The run commands through the CLI, on a fresh clone's terms (no secrets: the outbox). */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, makeSite, runCli, spawnCli, type TempSite } from './run-support.js';
import { simpleParser } from 'mailparser';
import { startSmtpServer } from './support/smtp-server.js';
import { planCommand } from '../src/commands/plan.js';
import type { RunOptions } from '../src/commands/options.js';

const NOW = '2024-11-19T11:00:00Z';
const CONFIG = `
digest: { weekday: monday, time: "08:00" }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
`;
let site: TempSite;
const env = cleanEnv();
const cli = (...args: string[]) => runCli([...args, '--site', site.root], env);

beforeEach(async () => {
  site = await makeSite(CONFIG);
  await site.writeTalk('mert-seminar', { title: 'Talk A', date: '2024-11-21T13:00:00Z' });
  await site.writeTalk('later', { title: 'Talk B', date: '2024-11-28T13:00:00Z' });
  await site.writeTalk('draft', { title: 'Talk D', date: '2024-11-22T13:00:00Z', draft: true });
});
afterEach(async () => {
  await site.remove();
});

describe('announce plan', () => {
  it('prints the actions as JSON with kind, channel, events, at and key, and writes nothing', async () => {
    const r = await cli('plan', '--json', '--now', NOW);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'digest', channel: 'email', events: ['event/mert-seminar'], at: '2024-11-18T08:00:00.000Z', key: 'digest:2024-11-18:email:outbox' }),
      expect.objectContaining({ kind: 'digest', channel: 'slack', events: ['event/mert-seminar'], key: 'digest:2024-11-18:slack:outbox' }),
    ]);
    expect(existsSync(path.join(site.root, '.announce'))).toBe(false);
    const human = await cli('plan', '--now', NOW);
    expect(human.stdout).toMatch(/Due at 2024-11-19T11:00:00.000Z: 2 actions/);
  });

  it('--dry-run renders everything and sends and records nothing; the real run then does what the plan said', async () => {
    const dry = await cli('--dry-run', '--now', NOW);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/Dry run .*nothing sent, nothing recorded/);
    expect(dry.stdout).toMatch(/planned\s+digest 2024-11-18\s+email event\/mert-seminar/);
    expect(existsSync(path.join(site.root, '.announce'))).toBe(false);
    const real = await cli('--now', NOW, '--json');
    expect(real.code, real.stderr).toBe(0);
    const report = JSON.parse(real.stdout);
    expect(report.outcomes.map((o: { key: string; status: string }) => `${o.status} ${o.key}`)).toEqual([
      'sent digest:2024-11-18:email:outbox',
      'sent digest:2024-11-18:slack:outbox',
    ]);
    const outbox = await readdir(path.join(site.root, '.announce', 'outbox'));
    expect(outbox.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
    expect(outbox.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(JSON.parse((await cli('plan', '--json', '--now', NOW)).stdout)).toEqual([]);
  });

  it('--channel limits a run to one channel', async () => {
    const r = await cli('--now', NOW, '--channel', 'slack', '--json');
    expect(JSON.parse(r.stdout).outcomes.map((o: { channel: string }) => o.channel)).toEqual(['slack']);
  });
});

describe('announce --event', () => {
  it('announces that event now on every channel, once; accepts the last segment; --force sends it again', async () => {
    const one = await cli('--event', 'later', '--now', NOW);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/sent\s+announcement\s+email event\/later/);
    expect(one.stdout).toMatch(/sent\s+announcement\s+slack event\/later/);
    const again = await cli('--event', 'event/later', '--now', NOW);
    expect(again.stdout).toMatch(/Nothing was due/);
    const forced = await cli('--event', 'later', '--force', '--now', NOW, '--channel', 'email');
    expect(forced.stdout).toMatch(/sent\s+announcement\s+email event\/later/);
    const state = JSON.parse(await readFile(site.state, 'utf8'));
    expect(Object.keys(state.deliveries).sort()).toEqual([
      'announcement:event/later:email:outbox',
      'announcement:event/later:slack:outbox',
      'announcement:event/later~2:email:outbox',
    ]);
  });

  it('refuses a page Hugo would not publish, or an unknown id, with exit 2', async () => {
    const draft = await cli('--event', 'draft', '--now', NOW);
    expect(draft.code).toBe(2);
    expect(draft.stderr).toMatch(/event\/draft is not published .*\(draft\).*--force/);
    const unknown = await cli('--event', 'nope', '--now', NOW);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--event nope: no such event/);
    const started = await cli('--event', 'mert-seminar', '--now', '2024-11-21T13:30:00Z');
    expect(started.code).toBe(2);
    expect(started.stderr).toMatch(/started at/);
    const forced = await cli('--event', 'draft', '--force', '--now', NOW);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/sent\s+announcement\s+email event\/draft/);
  });
});

describe('announce --event on a page Hugo does not publish, or a cancelled talk', () => {
  const said = async (id: string) => {
    const state = JSON.parse(await readFile(site.state, 'utf8'));
    return (Object.values(state.deliveries) as Array<{ kind: string; said: Record<string, Record<string, unknown>> }>)
      .filter((d) => d.kind !== 'reminder' && d.said[id])
      .map((d) => d.said[id]!);
  };

  it('forced on a draft: no cancellation while it stays unpublished; once published, drafting it again cancels it', async () => {
    const forced = await cli('--event', 'draft', '--force', '--now', NOW, '--channel', 'email');
    expect(forced.stdout).toMatch(/sent\s+announcement\s+email event\/draft/);
    expect((await said('event/draft'))[0]).toMatchObject({ unpublished: 'draft', cancelled: false });

    const still = await cli('--now', '2024-11-20T09:00:00Z', '--channel', 'email');
    expect(still.code, still.stderr).toBe(0);
    expect(still.stdout).not.toMatch(/event\/draft/);

    // Still a draft, the talk moves room: people who were told get an update.
    await site.writeTalk('draft', { title: 'Talk D', date: '2024-11-22T13:00:00Z', draft: true, location: 'Room 0.01' });
    const moved = await cli('--now', '2024-11-20T10:00:00Z', '--channel', 'email');
    expect(moved.stdout).toMatch(/sent\s+update\s+email event\/draft/);
    expect(moved.stdout).not.toMatch(/cancellation/);

    // Published: nothing to say (it was announced); from now on, unpublishing it is news.
    await site.writeTalk('draft', { title: 'Talk D', date: '2024-11-22T13:00:00Z', location: 'Room 0.01' });
    const published = await cli('--now', '2024-11-20T11:00:00Z', '--channel', 'email');
    expect(published.stdout).not.toMatch(/event\/draft/);
    expect((await said('event/draft')).every((s) => s.unpublished === undefined)).toBe(true);

    await site.writeTalk('draft', { title: 'Talk D', date: '2024-11-22T13:00:00Z', draft: true, location: 'Room 0.01' });
    const drafted = await cli('--now', '2024-11-20T12:00:00Z', '--channel', 'email', '--json');
    expect(JSON.parse(drafted.stdout).outcomes).toEqual([
      expect.objectContaining({ kind: 'cancellation', events: ['event/draft'], reason: 'draft', status: 'sent' }),
    ]);
  });

  it('refuses a cancelled talk without --force (exit 2); forced, it is recorded as cancelled and no cancellation follows', async () => {
    await site.writeTalk('gone', { title: 'Talk G', date: '2024-11-23T13:00:00Z', cancelled: true });
    const refused = await cli('--event', 'gone', '--now', NOW);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/event\/gone is cancelled.*--force/);
    expect(existsSync(site.state)).toBe(false);

    const forced = await cli('--event', 'gone', '--force', '--now', NOW);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/sent\s+announcement\s+email event\/gone/);
    expect(forced.stdout).toMatch(/sent\s+announcement\s+slack event\/gone/);
    expect((await said('event/gone'))[0]).toMatchObject({ cancelled: true });
    // What was said is what the records say: the subject, the calendar and the Slack post say it is cancelled.
    const outbox = path.join(site.root, '.announce', 'outbox');
    const files = await readdir(outbox);
    const eml = await simpleParser(await readFile(path.join(outbox, files.find((f) => f.endsWith('.eml'))!)));
    expect(eml.subject).toMatch(/^\[Seminar\] Cancelled: Talk G — /);
    const ics = eml.attachments.map((a) => a.content.toString('utf8')).find((c) => c.includes('BEGIN:VCALENDAR'));
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    const post = JSON.parse(await readFile(path.join(outbox, files.find((f) => f.startsWith('slack-'))!), 'utf8'));
    expect(post.payload.blocks[0].text.text).toBe('Cancelled: Talk G');
    expect(post.payload.text).toMatch(/^Cancelled: /);
    const next = await cli('--now', '2024-11-20T09:00:00Z', '--channel', 'email');
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).not.toMatch(/event\/gone/);
  });

  it('`plan --event` refuses what the run refuses, and with --force shows what the run sends', async () => {
    await site.writeTalk('gone', { title: 'Talk G', date: '2024-11-23T13:00:00Z', cancelled: true });
    const lines: string[] = [];
    const opts = (event: string, force: boolean): RunOptions => ({
      site: site.root,
      now: new Date(NOW),
      dryRun: false,
      json: true,
      env,
      out: (l) => lines.push(l),
      err: () => undefined,
      event,
      force,
    });
    await expect(planCommand(opts('draft', false))).rejects.toThrow(/event\/draft is not published .*\(draft\).*--force/);
    await expect(planCommand(opts('gone', false))).rejects.toThrow(/event\/gone is cancelled.*--force/);
    await expect(planCommand({ ...opts('mert-seminar', false), now: new Date('2024-11-21T13:30:00Z') })).rejects.toThrow(/started at/);
    expect(lines).toEqual([]);
    expect(await planCommand(opts('draft', true))).toBe(0);
    expect(JSON.parse(lines.join('\n')).map((a: { kind: string; channel: string }) => `${a.kind} ${a.channel}`)).toEqual([
      'announcement email',
      'announcement slack',
    ]);
  });

  it('`announce plan --event <id> [--force]` works from the command line', async () => {
    const refused = await cli('plan', '--event', 'draft', '--now', NOW);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not published .*--force/);
    const forced = await cli('plan', '--event', 'draft', '--force', '--json', '--now', NOW);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout).map((a: { kind: string }) => a.kind)).toEqual(['announcement', 'announcement']);
  });
});

describe('announce digest', () => {
  it("sends the current period's digest now, once", async () => {
    const r = await cli('digest', '--now', NOW);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/sent\s+digest 2024-11-18\s+email event\/mert-seminar/);
    const again = await cli('digest', '--now', NOW);
    expect(again.stdout).toMatch(/Nothing was due/);
    const forced = await cli('digest', '--force', '--now', NOW, '--channel', 'email', '--json');
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(forced.stdout).outcomes.map((o: { key: string; status: string }) => `${o.status} ${o.key}`)).toEqual([
      'sent digest:2024-11-18~2:email:outbox',
    ]);
  });
});

describe('announce digest --force in the outbox', () => {
  it('each forced re-send gets files of its own: sent, then forced twice, leaves three emails and three Slack posts', async () => {
    expect((await cli('digest', '--now', NOW)).code).toBe(0);
    for (const n of [2, 3]) {
      const forced = await cli('digest', '--force', '--now', NOW, '--json');
      expect(forced.code, forced.stderr).toBe(0);
      expect(JSON.parse(forced.stdout).outcomes.map((o: { key: string; status: string }) => `${o.status} ${o.key}`)).toEqual([
        `sent digest:2024-11-18~${n}:email:outbox`,
        `sent digest:2024-11-18~${n}:slack:outbox`,
      ]);
    }
    const files = await readdir(path.join(site.root, '.announce', 'outbox'));
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(3);
    const slack = files.filter((f) => f.startsWith('slack-')).sort();
    expect(slack).toHaveLength(3);
    expect(slack.map((f) => f.replace(/-[0-9a-f]{12}\.json$/, ''))).toEqual([
      'slack-digest-event-mert-seminar',
      'slack-digest-event-mert-seminar~2',
      'slack-digest-event-mert-seminar~3',
    ]);
  });
});

describe('a page that cannot be read', () => {
  it('is not taken for deleted when it was also renamed from a bundle to a single file', async () => {
    const first = await cli('--now', NOW, '--channel', 'email');
    expect(first.stdout).toMatch(/sent\s+digest 2024-11-18\s+email event\/mert-seminar/);
    await site.removeTalk('mert-seminar');
    await writeFile(path.join(site.root, 'content', 'event', 'mert-seminar.md'), '---\ntitle: "Talk A\ndate: [2024-11-21\n---\n');
    const r = await cli('--now', '2024-11-20T09:00:00Z', '--channel', 'email');
    expect(r.stderr).toMatch(/content\/event\/mert-seminar\.md:\d+:\d+: error/);
    // The run did all it had to (nothing), and says that a page needs fixing.
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.stdout).not.toMatch(/cancellation/);
  });
});

describe('transports and summaries', () => {
  it('an email is keyed by `smtp`: another relay or another list sends nothing again; new recipients get what is planned after', async () => {
    const [one, two] = await Promise.all([startSmtpServer(), startSmtpServer()]);
    try {
      const via = (smtp: { url: string }) => runCli(['--site', site.root, '--now', NOW, '--channel', 'email', '--json'], cleanEnv({ SMTP_URL: smtp.url }));
      const first = await via(one);
      expect(first.code, first.stderr).toBe(0);
      const [sent] = JSON.parse(first.stdout).outcomes;
      expect(sent).toMatchObject({ status: 'sent', key: 'digest:2024-11-18:email:smtp' });
      expect(sent.detail).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      // The relay changes (another port, as when moving from 587 to 465 or to another provider): nothing is sent again.
      const moved = await via(two);
      expect(moved.code, moved.stderr).toBe(0);
      expect(JSON.parse(moved.stdout).outcomes).toEqual([]);
      expect([one.messages.length, two.messages.length]).toEqual([1, 0]);
      // The recipients change (a bcc is added): this period's digest is not sent to everyone a second time.
      await writeFile(path.join(site.root, 'announce.config.yaml'), CONFIG.replace('to: list@example.org', 'to: list@example.org, bcc: staff@example.org'));
      const wider = await via(two);
      expect(wider.code, wider.stderr).toBe(0);
      expect(JSON.parse(wider.stdout).outcomes).toEqual([]);
      expect(two.messages).toHaveLength(0);
      // A talk published after the change is announced to the list and to the new recipient.
      await site.writeTalk('new-talk', { title: 'Talk N', date: '2024-11-22T13:00:00Z' });
      const next = await via(two);
      expect(next.code, next.stderr).toBe(0);
      expect(JSON.parse(next.stdout).outcomes.map((o: { status: string; key: string }) => `${o.status} ${o.key}`)).toEqual([
        'sent announcement:event/new-talk:email:smtp',
      ]);
      expect(two.messages.map((m) => [...m.envelope.to].sort())).toEqual([['list@example.org', 'staff@example.org']]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('an outbox delivery does not count for SMTP added later; the step summary gets a Markdown table', async () => {
    await cli('--now', NOW, '--channel', 'email');
    const smtp = await startSmtpServer();
    try {
      const summary = path.join(os.tmpdir(), `summary-${process.pid}-${Date.now()}.md`);
      const r = await runCli(['--site', site.root, '--now', NOW, '--channel', 'email'], cleanEnv({ SMTP_URL: smtp.url, GITHUB_STEP_SUMMARY: summary }));
      expect(r.code, r.stderr).toBe(0);
      expect(smtp.messages.map((m) => m.header('x-announce-kind'))).toEqual(['digest']);
      expect(r.stdout).not.toContain(smtp.pass);
      const md = await readFile(summary, 'utf8');
      expect(md).toMatch(/^### Seminar announcements: 2024-11-19T11:00:00.000Z/);
      expect(md).toContain('| Status | Message | Channel | Events | Detail |');
      expect(md).toMatch(/\| sent \| digest 2024-11-18 \| email \| event\/mert-seminar \| smtp:\/\/127\.0\.0\.1:\d+ \|/);
      expect(md).not.toContain(smtp.pass);
    } finally {
      await smtp.close();
    }
  });
});

describe('asked for something that has gone out', () => {
  it('`announce digest` again says when the digest went out, and that --force sends it again', async () => {
    expect((await cli('digest', '--now', NOW)).code).toBe(0);
    const again = await cli('digest', '--now', NOW);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Nothing was due\./);
    expect(again.stdout).toMatch(
      /This period's digest \(2024-11-18\) has gone out: by email \(outbox\) at [\d\-T:.]+Z; on Slack \(outbox\) at [\d\-T:.]+Z\. `announce digest --force` sends it again\./,
    );
  }, 60_000);

  it('`announce --event X` for a talk already announced says when, and that --force sends it again', async () => {
    expect((await cli('--event', 'later', '--now', NOW)).code).toBe(0);
    const again = await cli('--event', 'later', '--now', NOW, '--channel', 'email');
    expect(again.stdout).toMatch(/Nothing was due\./);
    expect(again.stdout).toMatch(/The announcement of event\/later has gone out: by email \(outbox\) at [\d\-T:.]+Z\. `announce --event event\/later --force` sends it again\./);
    // The cron run asks for nothing in particular: no such sentence.
    expect((await cli('--now', NOW)).stdout).not.toMatch(/has gone out/);
  }, 60_000);
});

describe('a reader that stops early', () => {
  /** The CLI with its stdout closed by the reader before it writes (what `| head -1` does, at its worst). */
  const closedEarly = (args: string[]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawnCli([...args, '--site', site.root, '--now', NOW], env);
      child.stdout!.destroy();
      let stderr = '';
      child.stderr!.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it.each(['list', 'list --json', 'plan'])('`announce %s | head -1` ends quietly with exit 0', async (cmd) => {
    const r = await closedEarly(cmd.split(' '));
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
    expect(r.code).toBe(0);
  });
});
