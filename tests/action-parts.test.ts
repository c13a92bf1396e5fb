/**
 * The action's parts: its inputs and the command line they make, what it reads from the run's report, the
 * annotations it moves to the workspace, and the ledger commit against real git repositories (a bare origin, the
 * job's clone, and a person pushing meanwhile). The whole action, as the runner runs it, is in action.test.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { annotationForWorkspace } from '../src/action/annotations.js';
import { commitLedger, COMMIT_MESSAGE } from '../src/action/git.js';
import { cliArgs, cliEnv, commitsLedger, readInputs, secretsToMask, splitArgs, type ActionInputs } from '../src/action/inputs.js';
import { countOutcomes, parseReport, summaryLines } from '../src/action/report.js';

const inputs = (env: Record<string, string>): ActionInputs => {
  const r = readInputs(env);
  if ('errors' in r) throw new Error(r.errors.join('; '));
  return r.inputs;
};

describe('inputs', () => {
  it('are read as the runner passes them, with the defaults of action.yml when unset', () => {
    const i = inputs({ 'INPUT_DRY-RUN': 'true', INPUT_EVENT: ' talk/x ', 'INPUT_COMMIT-LEDGER': 'FALSE', 'INPUT_SLACK-BOT-TOKEN': 'xoxb-1' });
    expect(i).toMatchObject({ site: '.', command: 'run', event: 'talk/x', dryRun: true, force: false, commitLedger: false, slackBotToken: 'xoxb-1' });
    expect(i.ledger).toBe('.announce/state.json');
  });

  it('refuse an unknown command, a boolean that is not one, and an unterminated quote, naming the input', () => {
    const r = readInputs({ INPUT_COMMAND: 'run; rm -rf /', INPUT_FORCE: 'yes', INPUT_ARGS: '--out "x' });
    expect('errors' in r && r.errors).toEqual([
      "Unknown command 'run; rm -rf /' (run, digest, plan, list, check, preview or calendar).",
      'Input \'args\' has an unterminated " quote: --out "x',
      "Input 'force' must be true or false, not 'yes'.",
    ]);
    expect(inputs({ INPUT_COMMAND: 'calendar' }).command).toBe('calendar');
  });

  it('split args on white space, keep quoted spaces, and nothing else is special', () => {
    expect(splitArgs('  --channel slack\t--out "my previews" --x=\'a b\' ')).toEqual({ args: ['--channel', 'slack', '--out', 'my previews', '--x=a b'] });
    expect(splitArgs('$(id) `id` ; * ~')).toEqual({ args: ['$(id)', '`id`', ';', '*', '~'] });
    expect(splitArgs('""')).toEqual({ args: [''] });
    expect(splitArgs('')).toEqual({ args: [] });
  });

  it('make one argument of each value, attached with = so that a value is never taken for an option', () => {
    expect(cliArgs(inputs({ INPUT_EVENT: '-x; rm -rf / #', INPUT_FORCE: 'true', INPUT_CONFIG: 'a b.yaml', INPUT_ARGS: '--now 2024-11-18T08:00:00Z' }))).toEqual([
      'run',
      '--event=-x; rm -rf / #',
      '--force',
      '--config=a b.yaml',
      '--now',
      '2024-11-18T08:00:00Z',
      '--json',
    ]);
    // Only run and digest report as JSON (the outputs are counted from it); the others print as they do.
    expect(cliArgs(inputs({ INPUT_COMMAND: 'check' }))).toEqual(['check']);
    expect(cliArgs(inputs({ INPUT_COMMAND: 'digest', INPUT_ARGS: '--json' }))).toEqual(['digest', '--json']);
    expect(cliArgs(inputs({ INPUT_COMMAND: 'preview', 'INPUT_DRY-RUN': 'true', INPUT_ARGS: '--out previews' }))).toEqual(['preview', '--dry-run', '--out', 'previews']);
  });

  it('commit the ledger only after a run or digest that records', () => {
    expect(commitsLedger(inputs({}))).toBe(true);
    expect(commitsLedger(inputs({ INPUT_COMMAND: 'digest' }))).toBe(true);
    expect(commitsLedger(inputs({ INPUT_COMMAND: 'plan' }))).toBe(false);
    expect(commitsLedger(inputs({ 'INPUT_DRY-RUN': 'true' }))).toBe(false);
    expect(commitsLedger(inputs({ 'INPUT_COMMIT-LEDGER': 'false' }))).toBe(false);
  });

  it('give the CLI the secrets (an input wins over the env it already has) and none of the INPUT_ variables', () => {
    const env = { PATH: '/bin', SMTP_URL: 'smtp://env', SLACK_BOT_TOKEN: 'xoxb-env', INPUT_SITE: 'x' };
    const i = inputs({ ...env, 'INPUT_SLACK-BOT-TOKEN': 'xoxb-input' });
    expect(cliEnv(i, { ...env, 'INPUT_SLACK-BOT-TOKEN': 'xoxb-input' })).toEqual({ PATH: '/bin', SMTP_URL: 'smtp://env', SLACK_BOT_TOKEN: 'xoxb-input' });
  });

  it('mask the SMTP password as written and decoded', () => {
    const i = inputs({ 'INPUT_SMTP-URL': 'smtps://me%40example.org:p%23ss%2Fword@smtp.example.org:465' });
    expect(secretsToMask(i, {})).toEqual(['smtps://me%40example.org:p%23ss%2Fword@smtp.example.org:465', 'p%23ss%2Fword', 'p#ss/word']);
    expect(secretsToMask(inputs({}), { SMTP_URL: 'smtp://u:secret1@h:587' })).toEqual(['secret1']);
  });
});

describe('the run report', () => {
  const report = JSON.stringify({
    now: '2024-11-18T08:05:00.000Z',
    exitCode: 1,
    outcomes: [
      { kind: 'digest', channel: 'email', events: ['event/a', 'event/b'], status: 'sent', detail: 'smtp' },
      { kind: 'reminder', channel: 'slack', events: ['event/a'], status: 'scheduled', detail: 'for 2024-11-19T13:00:00.000Z' },
      { kind: 'announcement', channel: 'slack', events: ['event/c'], status: 'failed', detail: 'channel_not_found' },
      { kind: 'digest', channel: 'slack', events: [], status: 'done', detail: 'nothing to list this period' },
    ],
  });

  it('counts what went out (sent or scheduled in Slack) and what failed', () => {
    expect(countOutcomes(parseReport(report)!)).toEqual({ sent: 2, failed: 1 });
    expect(countOutcomes(parseReport('{"outcomes":[]}')!)).toEqual({ sent: 0, failed: 0 });
  });

  it('is not a report when the CLI printed something else (a configuration error prints nothing on stdout)', () => {
    expect(parseReport('')).toBeNull();
    expect(parseReport('Run at 2024…')).toBeNull();
    expect(parseReport('[]')).toBeNull();
  });

  it('becomes one line per outcome and a total in the log', () => {
    const lines = summaryLines(parseReport(report)!);
    expect(lines[0]).toBe('  sent      digest       email event/a, event/b: smtp');
    expect(lines[3]).toBe('  done      digest       slack (nothing to list): nothing to list this period');
    expect(lines.at(-1)).toBe('Total: 1 sent, 1 scheduled, 1 failed, 1 done.');
    expect(summaryLines([])).toEqual(['Nothing was due.']);
  });
});

describe('annotations', () => {
  it('name the file from the workspace root when the site is in a sub-folder', () => {
    expect(annotationForWorkspace('::error file=content/event/a.md,line=3,col=1::bad YAML', '/w/site', '/w')).toBe(
      '::error file=site/content/event/a.md,line=3,col=1::bad YAML',
    );
    expect(annotationForWorkspace('::warning line=1,file=content/x%2Cy.md::m: n', '/w/docs/site', '/w')).toBe('::warning line=1,file=docs/site/content/x%2Cy.md::m: n');
  });
  it('stay as they are for a site at the root, without a file, and for other lines', () => {
    expect(annotationForWorkspace('::error file=content/a.md,line=3::x', '/w', '/w')).toBe('::error file=content/a.md,line=3::x');
    expect(annotationForWorkspace('::warning::pages write local time with Z', '/w/site', '/w')).toBe('::warning::pages write local time with Z');
    expect(annotationForWorkspace('content/a.md:3:1: error: x', '/w/site', '/w')).toBe('content/a.md:3:1: error: x');
  });
});

describe('the ledger commit, against real git repositories', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = async (cwd: string, ...args: string[]) => (await promisify(execFile)('git', args, { cwd, env })).stdout.trim();

  async function repos() {
    const base = mkdtempSync(path.join(os.tmpdir(), 'ledger-git-'));
    temps.push(base);
    const origin = path.join(base, 'origin.git');
    const job = path.join(base, 'job');
    const human = path.join(base, 'human');
    await git(base, 'init', '-q', '--bare', '-b', 'main', origin);
    await git(base, 'clone', '-q', origin, human);
    await git(human, 'config', 'user.name', 'h');
    await git(human, 'config', 'user.email', 'h@example.org');
    writeFileSync(path.join(human, '.gitignore'), '.announce/\n');
    mkdirSync(path.join(human, 'content'));
    writeFileSync(path.join(human, 'content', 'a.md'), 'a\n');
    await git(human, 'add', '.');
    await git(human, 'commit', '-q', '-m', 'site');
    await git(human, 'push', '-q', 'origin', 'main');
    await git(base, 'clone', '-q', origin, job);
    const push = async (file: string, text: string, message: string) => {
      mkdirSync(path.dirname(path.join(human, file)), { recursive: true });
      writeFileSync(path.join(human, file), text);
      await git(human, 'add', '.');
      await git(human, 'commit', '-q', '-m', message);
      await git(human, 'push', '-q', 'origin', 'main');
    };
    const files = async () => (await git(origin, 'ls-tree', '-r', '--name-only', 'main')).split('\n');
    const log = async () => (await git(origin, 'log', '--format=%s', 'main')).split('\n');
    return { origin, job, human, push, files, log };
  }
  const commit = (cwd: string, extra: Partial<Parameters<typeof commitLedger>[0]> = {}) => {
    const lines: string[] = [];
    const errors: string[] = [];
    const result = commitLedger({ cwd, ledger: '.announce/state.json', log: (l) => lines.push(l), error: (l) => errors.push(l), retryDelayMs: 10, env, ...extra });
    return result.then((r) => ({ result: r, lines, errors }));
  };

  it('pushes the ledger (git-ignored .announce/ included, the outbox not), rebasing over a push made meanwhile', async () => {
    const { job, push, files, log } = await repos();
    mkdirSync(path.join(job, '.announce/outbox'), { recursive: true });
    writeFileSync(path.join(job, '.announce/state.json'), '{"version":1}\n');
    writeFileSync(path.join(job, '.announce/outbox/x.eml'), 'not committed\n');
    await push('content/b.md', 'b\n', 'new talk'); // the race: a new talk page pushed after the job checked out
    const r = await commit(job);
    expect(r.result).toBe('pushed');
    expect(r.lines[0]).toMatch(/^Push rejected \(attempt 1 of 5\)/);
    expect(r.lines.at(-1)).toBe('Ledger pushed.');
    expect(await files()).toEqual(expect.arrayContaining(['.announce/state.json', 'content/a.md', 'content/b.md']));
    expect((await files()).join('\n')).not.toContain('outbox');
    expect((await log()).slice(0, 2)).toEqual([COMMIT_MESSAGE, 'new talk']);
    expect(await git(job, 'log', '-1', '--format=%an <%ae>')).toBe('github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
  }, 60_000);

  it('commits the journal of a stopped run, and its removal once a later run folded it in', async () => {
    const { job, files } = await repos();
    mkdirSync(path.join(job, '.announce'));
    writeFileSync(path.join(job, '.announce/state.json.journal'), '{"op":"done"}\n');
    expect((await commit(job)).result).toBe('pushed');
    expect(await files()).toContain('.announce/state.json.journal');
    unlinkSync(path.join(job, '.announce/state.json.journal'));
    writeFileSync(path.join(job, '.announce/state.json'), '{"version":1}\n');
    expect((await commit(job)).result).toBe('pushed');
    expect(await files()).toContain('.announce/state.json');
    expect(await files()).not.toContain('.announce/state.json.journal');
  }, 60_000);

  it('does nothing when there is no ledger or it did not change', async () => {
    const { job, log } = await repos();
    expect(await commit(job)).toMatchObject({ result: 'no-ledger', lines: ['No ledger yet: nothing to commit.'] });
    mkdirSync(path.join(job, '.announce'));
    writeFileSync(path.join(job, '.announce/state.json'), '{}\n');
    expect((await commit(job)).result).toBe('pushed');
    const commits = (await log()).length;
    expect(await commit(job)).toMatchObject({ result: 'unchanged', lines: ['Ledger unchanged.'] });
    expect((await log()).length).toBe(commits);
  }, 60_000);

  it('after a stop between commit and push (the post step), pushes the ledger commit that is not on the remote', async () => {
    const { job, files } = await repos();
    mkdirSync(path.join(job, '.announce'));
    writeFileSync(path.join(job, '.announce/state.json'), '{}\n');
    await git(job, 'add', '-f', '.announce/state.json');
    await git(job, '-c', 'user.name=b', '-c', 'user.email=b@example.org', 'commit', '-q', '-m', COMMIT_MESSAGE);
    expect((await commit(job)).result).toBe('unchanged'); // the main step leaves someone else's commits alone
    const r = await commit(job, { pushUnpushed: true });
    expect(r.result).toBe('pushed');
    expect(await files()).toContain('.announce/state.json');
  }, 60_000);

  it('gives up with an error after the attempts, and aborts a rebase that conflicts', async () => {
    const { job, push } = await repos();
    // The remote branch has the same ledger file, written differently: the rebase conflicts.
    await git(path.join(job, '..', 'human'), 'rm', '-q', '.gitignore');
    await push('.announce/state.json', '{"theirs":true}\n', 'someone else wrote the ledger');
    mkdirSync(path.join(job, '.announce'));
    writeFileSync(path.join(job, '.announce/state.json'), '{"ours":true}\n');
    const r = await commit(job);
    expect(r.result).toBe('failed');
    expect(r.errors[0]).toMatch(/^Could not rebase the ledger commit onto the remote branch; resolve it by hand\./);
    expect(existsSync(path.join(job, '.git', 'rebase-merge'))).toBe(false);
    // A remote that refuses every push: five attempts, then an error.
    const { job: job2, origin } = await repos();
    writeFileSync(path.join(origin, 'hooks', 'pre-receive'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    mkdirSync(path.join(job2, '.announce'));
    writeFileSync(path.join(job2, '.announce/state.json'), '{}\n');
    const refused = await commit(job2);
    expect(refused.result).toBe('failed');
    expect(refused.lines.filter((l) => l.startsWith('Push rejected')).length).toBe(5);
    expect(refused.errors).toEqual(["Could not push the ledger after 5 attempts; the next run would repeat this run's deliveries."]);
  }, 60_000);
});
