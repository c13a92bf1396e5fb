/**
 * Commits the ledger back to the site's repository, so the next run knows what was sent. git runs through
 * execFile with an argument array (no shell); paths are the site's, relative to its folder.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const COMMIT_MESSAGE = 'announce: record deliveries';
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

export type LedgerCommit = 'no-ledger' | 'unchanged' | 'pushed' | 'failed';

export interface CommitOptions {
  /** The site folder (git runs there). */
  cwd: string;
  /** The ledger, relative to the site. */
  ledger: string;
  log: (line: string) => void;
  error: (line: string) => void;
  /** Push attempts before giving up (default 5). */
  attempts?: number;
  /** Wait before the n-th rebase: n × this (default 3 s). */
  retryDelayMs?: number;
  /** Also push a ledger commit made earlier that is not on the remote yet (the post step after a cancelled run). */
  pushUnpushed?: boolean;
  env?: NodeJS.ProcessEnv;
}

interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<GitResult> {
  return new Promise((resolve) => {
    // GIT_TERMINAL_PROMPT=0: a push without credentials fails instead of waiting for a password that never comes.
    execFile('git', args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/**
 * The ledger and its journal, committed and pushed. The journal holds the deliveries of a run stopped before it
 * could fold them into the ledger (a timeout, a cancellation): it is committed too, and so is its deletion once a
 * later run has folded it in. Someone may push (a new talk page) while the job runs: a rejected push is rebased
 * onto the remote branch and retried, a bounded number of times.
 */
export async function commitLedger(opts: CommitOptions): Promise<LedgerCommit> {
  const env = opts.env ?? process.env;
  const run = (...args: string[]) => git(opts.cwd, args, env);
  const attempts = opts.attempts ?? 5;
  const delay = opts.retryDelayMs ?? 3000;

  const files: string[] = [];
  for (const f of [opts.ledger, `${opts.ledger}.journal`]) {
    if (existsSync(path.resolve(opts.cwd, f)) || (await run('ls-files', '--error-unmatch', '--', f)).code === 0) files.push(f);
  }
  if (files.length === 0) {
    opts.log('No ledger yet: nothing to commit.');
    return 'no-ledger';
  }
  await run('config', 'user.name', BOT_NAME);
  await run('config', 'user.email', BOT_EMAIL);
  // -f: the ledger is committed even where .announce/ (the outbox) is git-ignored.
  const add = await run('add', '-f', '-A', '--', ...files);
  if (add.code !== 0) {
    opts.error(`Could not stage the ledger: ${add.stderr.trim()}`);
    return 'failed';
  }
  if ((await run('diff', '--cached', '--quiet')).code === 0) {
    const ahead = opts.pushUnpushed ? await run('rev-list', '--count', '@{upstream}..HEAD') : null;
    if (!ahead || ahead.code !== 0 || Number(ahead.stdout.trim()) === 0) {
      opts.log('Ledger unchanged.');
      return 'unchanged';
    }
    opts.log('The ledger commit of the stopped run is not on the remote yet: pushing it.');
  } else {
    const commit = await run('commit', '-q', '-m', COMMIT_MESSAGE);
    if (commit.code !== 0) {
      opts.error(`Could not commit the ledger: ${(commit.stderr || commit.stdout).trim()}`);
      return 'failed';
    }
  }
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const push = await run('push', '-q');
    if (push.code === 0) {
      opts.log('Ledger pushed.');
      return 'pushed';
    }
    opts.log(`Push rejected (attempt ${attempt} of ${attempts}); rebasing onto the remote branch. ${push.stderr.trim()}`);
    if (attempt === attempts) break;
    await new Promise((r) => setTimeout(r, attempt * delay));
    const pull = await run('pull', '--rebase', '-q');
    if (pull.code !== 0) {
      await run('rebase', '--abort');
      opts.error(`Could not rebase the ledger commit onto the remote branch; resolve it by hand. ${pull.stderr.trim()}`);
      return 'failed';
    }
  }
  opts.error(`Could not push the ledger after ${attempts} attempts; the next run would repeat this run's deliveries.`);
  return 'failed';
}
