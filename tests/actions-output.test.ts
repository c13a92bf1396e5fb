/**
 * In GitHub Actions no foreign text may start a workflow command: page file names, event ids, `--event` values and
 * servers' answers are printed inert, the annotations we mean are escaped part by part, and a foreign answer of any
 * size is a bounded excerpt in stdout, `--json` and the step summary.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationForWorkspace } from '../src/action/annotations.js';
import { excerpt, inert, unescapeProperty, workflowCommand } from '../src/workflow-commands.js';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const NOW = '2024-11-18T09:00:00Z';
const COMMAND_LINE = /^\s*(::|##\[)/;

describe('inert and workflowCommand', () => {
  it.each([
    ['::error::x', '%3A%3Aerror::x'],
    ['  ::warning file=a::b', '  %3A%3Awarning file=a::b'],
    ['a\n::error::x\r::add-mask::y\r\n\t::stop-commands::z', 'a\n%3A%3Aerror::x\r%3A%3Aadd-mask::y\r\n\t%3A%3Astop-commands::z'],
    ['##[error]old form', '%23%23[error]old form'],
    ['not :: at the start', 'not :: at the start'],
    ['{\n  "detail": "::error::x"\n}', '{\n  "detail": "::error::x"\n}'],
  ])('%j → %j', (text, expected) => {
    expect(inert(text)).toBe(expected);
    for (const line of inert(text).split(/\r\n|\r|\n/)) expect(line).not.toMatch(COMMAND_LINE);
  });
  it('a command is one line, each part escaped as the runner unescapes it', () => {
    const cmd = workflowCommand('error', '50% done\n::error::x', { file: 'a\n::error file=b,line=1::c.md', line: 3 });
    expect(cmd.split(/\r|\n/)).toHaveLength(1);
    expect(cmd).toBe('::error file=a%0A%3A%3Aerror file=b%2Cline=1%3A%3Ac.md,line=3::50%25 done%0A::error::x');
    expect(unescapeProperty('a%0A%3A%3Aerror file=b%2Cline=1%3A%3Ac.md')).toBe('a\n::error file=b,line=1::c.md');
  });
  it('annotationForWorkspace keeps an escaped file property escaped', () => {
    const cmd = workflowCommand('error', 'bad', { file: 'content/x\n::y.md', line: 1 });
    expect(annotationForWorkspace(cmd, '/w/site', '/w')).toBe('::error file=site/content/x%0A%3A%3Ay.md,line=1::bad');
  });
  it('excerpt: one line, bounded, quoted', () => {
    const e = excerpt(`${'::error::x\n'.repeat(10_000)}`, 50);
    expect(e.length).toBeLessThan(60);
    expect(e).not.toMatch(/[\r\n]/);
  });
});

/**
 * Every line of `text` that reads as a command is an annotation of ours: on a file that exists in the site, or (a
 * warning about the site as a whole) one that quotes no hostile value. Each hostile value here says "pwned".
 */
function expectOnlyOurCommands(text: string, root: string) {
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (!COMMAND_LINE.test(line)) continue;
    const m = /^::(error|warning|notice)(?: ([^:]*))?::/.exec(line);
    expect(m, line).not.toBeNull();
    const file = /(?:^|,)file=([^,]*)/.exec(m![2] ?? '')?.[1];
    if (file !== undefined) expect(existsSync(path.join(root, unescapeProperty(file))), line).toBe(true);
    else expect(line).not.toMatch(/pwned/);
  }
}

describe('hostile page file names in Actions', () => {
  let site: TempSite;
  const evilGood = 'x\n::error file=evil.md,line=1::pwned-good';
  const evilBad = 'y\n::warning::pwned-bad\r##[error]pwned-old';
  beforeAll(async () => {
    site = await makeSite('email: { from: "Seminars <seminars@example.org>", to: list@example.org }\nslack: { channel: "#seminars" }\n');
    await site.writeTalk(evilGood, { title: 'Evil but readable', date: '2024-11-21T13:00:00Z' });
    const bad = path.join(site.root, 'content', 'event', evilBad);
    mkdirSync(bad, { recursive: true });
    writeFileSync(path.join(bad, 'index.md'), '---\ntitle: [unclosed\ndate: 2024-11-22T13:00:00Z\n---\n');
  });
  afterAll(() => site.remove());

  const env = () => cleanEnv({ GITHUB_ACTIONS: 'true' });
  for (const args of [['check'], ['list'], ['plan'], ['run', '--dry-run'], ['run', '--json'], ['run']]) {
    it(`announce ${args.join(' ')}: no injected command reaches the log`, async () => {
      const r = await runCli([...args, '--site', site.root, '--now', NOW], env());
      expect(r.stdout + r.stderr).toMatch(/pwned/); // the names are shown, inert
      expectOnlyOurCommands(r.stdout, site.root);
      expectOnlyOurCommands(r.stderr, site.root);
    });
  }
  it('an --event value with a command in it', async () => {
    const r = await runCli(['--site', site.root, '--now', NOW, '--event', 'nope\n::error::pwned-event\n##[error]x'], env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pwned-event/);
    expectOnlyOurCommands(r.stdout + r.stderr, site.root);
  });
  it('a --channel value with a command in it (commander quotes it)', async () => {
    const r = await runCli(['--site', site.root, '--channel', 'x\n::error::pwned-channel'], env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pwned-channel/);
    expectOnlyOurCommands(r.stdout + r.stderr, site.root);
  });
});

describe('a Slack answer that is not Slack’s', () => {
  let site: TempSite;
  let server: http.Server;
  let url: string;
  const page = `<html>${'::error::pwned-by-proxy\n'.repeat(8000)}</html>`;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      // auth.test passes (the check before sending); the post gets a proxy's 200 KB page.
      if (req.url?.includes('auth.test')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, user_id: 'U1', team_id: 'T1' }));
        return;
      }
      if (req.url?.includes('conversations.list')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, channels: [{ id: 'C1', name: 'seminars' }] }));
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
    site = await makeSite('digest: { enabled: false }\nannounce: { mode: each }\nslack: { channel: "#seminars" }\n');
    await site.writeTalk('a', { title: 'Talk A', date: '2024-11-21T13:00:00Z' });
  });
  afterAll(async () => {
    await site.remove();
    await new Promise((r) => server.close(r));
  });

  for (const json of [false, true]) {
    it(`is cut to a short excerpt in ${json ? '--json' : 'the report'} and the step summary`, async () => {
      const summary = path.join(site.root, `summary-${json}.md`);
      const env = cleanEnv({ SLACK_BOT_TOKEN: 'xoxb-test-token-123456', SLACK_API_URL: url, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
      const r = await runCli(['--site', site.root, '--now', NOW, '--channel', 'slack', ...(json ? ['--json'] : [])], env);
      expect(r.code).toBe(1);
      const shown = r.stdout + r.stderr;
      expect(shown).toMatch(/unexpected_response \(the server answered \\?"<html>::error::pwned-by-proxy/);
      expect(shown.length).toBeLessThan(4000);
      expectOnlyOurCommands(shown, site.root);
      const written = readFileSync(summary, 'utf8');
      expect(written.length).toBeLessThan(2000);
      expect(written).toMatch(/unexpected_response/);
    });
  }
});
