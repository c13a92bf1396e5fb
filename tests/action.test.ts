/**
 * The action run the way a GitHub-hosted runner runs it: `git archive` of HEAD unpacked outside the workspace as the
 * action's folder (so only what is committed exists: the bundle, the templates, action.yml), `node24` as its
 * runtime (see support/node24.ts), its `main` started in the workspace with INPUT_* variables (action.yml's defaults
 * filled in, as the runner does), GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY files, GITHUB_ACTIONS=true.
 * The workspace is a clone of a bare "origin" holding a Hugo site in a sub-folder; mail goes to the local SMTP
 * server and Slack to the local Slack server.
 *
 * What runs is the committed bundle: when it is stale, tests/bundle.test.ts says so.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findNode24, type NodeBinary } from './support/node24.js';
import { startSlackServer, type SlackServer } from './support/slack-server.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NOW = '2024-11-18T08:05:00Z';
const TOKEN = 'xoxb-action-test-token-4242';
const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = async (cwd: string, ...args: string[]) => (await promisify(execFile)('git', args, { cwd, env: gitEnv })).stdout.trim();

/** The runner's rule: INPUT_ + the name upper-cased, spaces as underscores (hyphens stay). */
const inputVar = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** GITHUB_OUTPUT / GITHUB_STATE as the runner reads them: `name=value` lines and `name<<DELIM` blocks. */
function readCommandFile(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

let node: NodeBinary;
let actionDir: string;
let base: string;
let origin: string;
let workspace: string;
let human: string;
let smtp: TestSmtpServer;
let slack: SlackServer;
let action: { inputs: Record<string, { default?: string }>; runs: { using: string; main: string; post: string } };

beforeAll(async () => {
  node = findNode24();
  console.log(`The action runs on ${node.note}.`);
  base = mkdtempSync(path.join(os.tmpdir(), 'action-'));
  // The action's folder, as the runner downloads it: the committed tree at HEAD, outside the workspace.
  actionDir = path.join(base, '_actions', 'seminar-announcer');
  mkdirSync(actionDir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', 'HEAD'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const tar = spawn('tar', ['-x', '-C', actionDir], { stdio: ['pipe', 'inherit', 'inherit'] });
    archive.stdout.pipe(tar.stdin);
    tar.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar exited ${code}`))));
  });
  action = yaml.load(readFileSync(path.join(actionDir, 'action.yml'), 'utf8'), { schema: yaml.JSON_SCHEMA }) as typeof action;

  // origin (bare), a person's clone that adds the site, and the job's clone: the workspace.
  origin = path.join(base, 'origin.git');
  human = path.join(base, 'human');
  workspace = path.join(base, 'work', 'site-repo');
  await git(base, 'init', '-q', '--bare', '-b', 'main', origin);
  await git(base, 'clone', '-q', origin, human);
  await git(human, 'config', 'user.name', 'Editor');
  await git(human, 'config', 'user.email', 'editor@example.org');
  // The sample site in a sub-folder (a page that cannot be read is added later: its annotation must name site/…).
  cpSync(path.join(ROOT, 'content'), path.join(human, 'site', 'content'), { recursive: true });
  cpSync(path.join(ROOT, 'hugo.toml'), path.join(human, 'site', 'hugo.toml'));
  writeFileSync(path.join(human, '.gitignore'), '.announce/\n');
  await git(human, 'add', '.');
  await git(human, 'commit', '-q', '-m', 'seminar site');
  await git(human, 'push', '-q', 'origin', 'main');
  await git(base, 'clone', '-q', origin, workspace);

  smtp = await startSmtpServer();
  slack = await startSlackServer({ token: TOKEN, channels: ['#seminars'] });
  slack.setNow(new Date(NOW));
}, 120_000);

afterAll(async () => {
  await smtp?.close();
  await slack?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

interface Step {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
}

let stepNo = 0;
/** One step running the action (`main`, or `post` with the state `main` saved), with these inputs. */
async function runStep(inputs: Record<string, string>, opts: { entry?: 'main' | 'post'; state?: Record<string, string> } = {}): Promise<Step> {
  const dir = path.join(base, 'runner', String(++stepNo));
  mkdirSync(dir, { recursive: true });
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STATE: path.join(dir, 'state'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    ...files,
    // A secret given as the step's env rather than an input (the Slack API address of the test server).
    SLACK_API_URL: slack.url,
  };
  for (const [name, spec] of Object.entries(action.inputs)) env[inputVar(name)] = inputs[name] ?? spec.default ?? '';
  for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
  const entry = path.join(actionDir, opts.entry === 'post' ? action.runs.post : action.runs.main);
  return new Promise((resolve, reject) => {
    const child = spawn(node.path, [entry], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout,
        stderr,
        outputs: readCommandFile(files.GITHUB_OUTPUT),
        state: readCommandFile(files.GITHUB_STATE),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      });
    });
  });
}

const tick = (extra: Record<string, string> = {}) =>
  runStep({ site: 'site', 'smtp-url': smtp.url, 'slack-bot-token': TOKEN, args: `--now ${NOW}`, ...extra });
const remoteLog = async () => (await git(origin, 'log', '--format=%s', 'main')).split('\n');
const remoteFiles = async () => (await git(origin, 'ls-tree', '-r', '--name-only', 'main')).split('\n');

describe('the action as the runner runs it', () => {
  it('is a node24 JavaScript action whose main and post are in the committed tree', () => {
    expect(action.runs.using).toBe('node24');
    expect(existsSync(path.join(actionDir, action.runs.main))).toBe(true);
    expect(existsSync(path.join(actionDir, action.runs.post))).toBe(true);
    // Nothing installed: the action folder has no node_modules, and needs none.
    expect(existsSync(path.join(actionDir, 'node_modules'))).toBe(false);
  });

  let first: Step;
  it('the first tick sends the digest by email and Slack, writes the outputs and the summary, and pushes the ledger', async () => {
    first = await tick();
    const log = `${first.stdout}\n${first.stderr}`;
    expect(first.code, log).toBe(0);
    expect(smtp.messages.length).toBeGreaterThanOrEqual(1);
    expect(smtp.messages.some((m) => m.header('x-announce-kind') === 'digest')).toBe(true);
    const digestPost = slack.posts.find((p) => (p.metadata as { event_payload?: { kind?: string } } | null)?.event_payload?.kind === 'digest');
    expect(digestPost).toBeDefined();
    // Counted from the run's own report: every email and Slack post, and each reminder scheduled in Slack.
    const expected = smtp.messages.length + slack.posts.length + slack.scheduled.length;
    expect(first.outputs).toEqual({ 'exit-code': '0', sent: String(expected), failed: '0' });
    expect(Number(first.outputs.sent)).toBeGreaterThanOrEqual(2);
    expect(first.summary).toMatch(/^### Seminar announcements: 2024-11-18T08:05:00\.000Z/m);
    expect(first.summary).toMatch(/\| sent \| digest 2024-11-18 \| email \|/);
    // The secrets are masked for the runner and printed nowhere else.
    expect(first.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(log.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(log.replaceAll(`::add-mask::${smtp.url}`, '').replaceAll(`::add-mask::${smtp.pass}`, '')).not.toContain(smtp.pass);
    // The ledger (not the outbox) is on the remote, committed by the action.
    expect(first.stdout).toContain('Ledger pushed.');
    expect((await remoteLog())[0]).toBe('announce: record deliveries');
    expect(await remoteFiles()).toContain('site/.announce/state.json');
    const ledger = JSON.parse(await git(origin, 'show', 'main:site/.announce/state.json')) as { deliveries: Record<string, unknown> };
    expect(Object.keys(ledger.deliveries).length).toBeGreaterThanOrEqual(2);
    expect(first.state.ledger).toBe('done');
  }, 120_000);

  it('a second tick sends nothing and commits nothing', async () => {
    const mails = smtp.messages.length;
    const posts = slack.posts.length;
    const commits = (await remoteLog()).length;
    const second = await tick();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.outputs).toEqual({ 'exit-code': '0', sent: '0', failed: '0' });
    expect(smtp.messages.length).toBe(mails);
    expect(slack.posts.length).toBe(posts);
    expect(second.stdout).toContain('Ledger unchanged.');
    expect((await remoteLog()).length).toBe(commits);
  }, 120_000);

  it('an event input full of shell metacharacters is one argument: nothing runs, the step fails with exit 2', async () => {
    const marker = path.join(base, 'injected');
    const event = `x"; touch ${marker}; echo '$(touch ${marker}2)' \`touch ${marker}3\` && touch ${marker}4 #`;
    const mails = smtp.messages.length;
    const r = await tick({ event });
    expect(r.code).toBe(2);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.stderr).toContain('no such event');
    for (const suffix of ['', '2', '3', '4']) expect(existsSync(marker + suffix), marker + suffix).toBe(false);
    expect(smtp.messages.length).toBe(mails);
    expect(r.stdout).toMatch(/^::error::announce exited with code 2/m);
  }, 120_000);

  it('an unknown command is refused before anything runs', async () => {
    const r = await tick({ command: 'run; rm -rf /' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error::Unknown command 'run; rm -rf \/'/m);
    expect(r.outputs['exit-code']).toBe('2');
  }, 60_000);

  it('when a delivery fails, what went out is still pushed, the outputs count both, and the step fails with exit 1', async () => {
    // A new talk published after the digest: announced on its own by email and Slack; the email is refused.
    const page = [
      '---',
      'title: "A talk added on Monday"',
      'date: 2024-11-21T16:00:00Z',
      'publishDate: 2024-11-18T09:00:00Z',
      'location: Abacws',
      'summary: "Talk by [Grace Hopper](https://example.org/grace) (Harvard)"',
      '---',
      '',
    ].join('\n');
    await git(workspace, 'pull', '-q');
    writeFileSync(path.join(workspace, 'site', 'content', 'event', 'added.md'), page);
    await git(workspace, 'add', '.');
    await git(workspace, '-c', 'user.name=Editor', '-c', 'user.email=e@example.org', 'commit', '-q', '-m', 'a new talk');
    await git(workspace, 'push', '-q');
    smtp.failNext('5xx');
    const posts = slack.posts.length;
    const later = '2024-11-18T10:05:00Z';
    slack.setNow(new Date(later));
    const r = await tick({ args: `--now ${later}` });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.outputs['exit-code']).toBe('1');
    expect(Number(r.outputs.failed)).toBeGreaterThanOrEqual(1);
    expect(Number(r.outputs.sent)).toBeGreaterThanOrEqual(1);
    expect(slack.posts.length).toBeGreaterThan(posts);
    expect(r.stdout).toContain('Ledger pushed.');
    expect(r.stdout).toMatch(/^::error::Some deliveries failed/m);
    // Pushed before failing: the Slack announcement is recorded on the remote, the refused email is not.
    const ledger = JSON.parse(await git(origin, 'show', 'main:site/.announce/state.json')) as { deliveries: Record<string, unknown> };
    const keys = Object.keys(ledger.deliveries).filter((k) => k.includes('added'));
    expect(keys.some((k) => k.includes('slack'))).toBe(true);
    expect(keys.some((k) => k.includes('email'))).toBe(false);
  }, 120_000);

  it('the post step commits what a cancelled run recorded, and does nothing after a run that settled its ledger', async () => {
    // What a run stopped mid-delivery leaves: a journal beside the ledger, not yet committed.
    await git(workspace, 'pull', '-q');
    const journal = path.join(workspace, 'site', '.announce', 'state.json.journal');
    writeFileSync(journal, '');
    const settled = await runStep({ site: 'site' }, { entry: 'post', state: { ledger: 'done' } });
    expect(settled.code).toBe(0);
    expect(settled.stdout).toBe('');
    const cancelled = await runStep({ site: 'site' }, { entry: 'post', state: { ledger: 'pending' } });
    expect(cancelled.code, cancelled.stdout).toBe(0);
    expect(cancelled.stdout).toContain('Ledger pushed.');
    expect(await remoteFiles()).toContain('site/.announce/state.json.journal');
  }, 60_000);

  it('a page that cannot be read: the run does everything else, pushes the ledger, and the step fails with exit 3 annotated at site/…', async () => {
    await git(workspace, 'pull', '-q');
    writeFileSync(path.join(workspace, 'site', 'content', 'event', 'broken.md'), '---\ntitle: "Broken\ndate: 2024-11-25T14:00:00Z\n---\n');
    await git(workspace, 'add', '.');
    await git(workspace, '-c', 'user.name=Editor', '-c', 'user.email=e@example.org', 'commit', '-q', '-m', 'a page with a typo');
    await git(workspace, 'push', '-q');
    const mails = smtp.messages.length;
    // Half an hour after the refused email: the next tick retries it while the new page cannot be read.
    const later = '2024-11-18T10:35:00Z';
    slack.setNow(new Date(later));
    const r = await tick({ args: `--now ${later}` });
    expect(r.code, r.stdout + r.stderr).toBe(3);
    expect(r.outputs['exit-code']).toBe('3');
    // The unreadable page is an annotation on its path from the repository root, not from the site.
    expect(r.stderr).toMatch(/^::error file=site\/content\/event\/broken\.md,line=\d+/m);
    expect(r.stdout).toMatch(/^::error::Some pages could not be read/m);
    // Everything else was done and pushed: the email refused last time went out and is on the remote.
    expect(smtp.messages.length).toBe(mails + 1);
    expect(r.stdout).toContain('Ledger pushed.');
    const ledger = JSON.parse(await git(origin, 'show', 'main:site/.announce/state.json')) as { deliveries: Record<string, unknown> };
    expect(Object.keys(ledger.deliveries).some((k) => k.includes('added') && k.includes('email'))).toBe(true);
  }, 120_000);

  it('check: exit code 3 for the unreadable page, annotated at its workspace path, and no ledger commit', async () => {
    const commits = (await remoteLog()).length;
    const r = await runStep({ site: 'site', command: 'check', args: `--now ${NOW}` });
    expect(r.code).toBe(3);
    expect(r.outputs).toEqual({ 'exit-code': '3', sent: '0', failed: '0' });
    expect(r.stdout).toMatch(/^::error file=site\/content\/event\/broken\.md,line=\d+/m);
    expect(r.stdout).toMatch(/^::error::announce check found content errors/m);
    expect((await remoteLog()).length).toBe(commits);
  }, 60_000);
});
