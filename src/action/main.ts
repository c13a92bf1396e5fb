/**
 * The GitHub Action (action.yml `runs.main`, bundled as bundle/action.mjs): one `announce` run in the site folder,
 * then the ledger committed and pushed, then the step failed with the run's exit code.
 *
 * The CLI runs as a child process of this same Node (`process.execPath`), with an argument array and the secrets in
 * its environment: an input is never pasted into a shell. It writes the job summary and the annotations itself;
 * this step only moves the annotations' paths from the site to the workspace. The ledger is committed even when
 * some deliveries failed: the ones that went out must be recorded, or the next run would send them again. Only
 * then does the step fail.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotationForWorkspace } from './annotations.js';
import { commitLedger } from './git.js';
import { cliArgs, cliEnv, commitsLedger, readInputs, secretsToMask, sends, type ActionInputs } from './inputs.js';
import { countOutcomes, parseReport, summaryLines } from './report.js';
import { errorCommand, maskCommand, saveState, setOutput } from './runner.js';
import { inert } from '../workflow-commands.js';

/** A line for the log: inert, whatever values it carries (see workflow-commands.ts). */
const out = (line: string) => process.stdout.write(`${inert(line)}\n`);
/** A workflow command we built, or a line of the CLI's, which made its own output inert. */
const command = (line: string) => process.stdout.write(`${line}\n`);

/** The CLI beside this file: bundle/announce.mjs (or dist/cli.js when this runs from dist/action/). */
function cliPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'announce.mjs');
  return existsSync(bundled) ? bundled : path.join(here, '..', 'cli.js');
}

/** Calls `emit` with each complete line of a stream, and the rest at its end. */
function lines(stream: NodeJS.ReadableStream, emit: (line: string) => void): Promise<void> {
  return new Promise((resolve) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      rest += chunk;
      const parts = rest.split('\n');
      rest = parts.pop()!;
      for (const p of parts) emit(p);
    });
    stream.on('end', () => {
      if (rest) emit(rest);
      resolve();
    });
  });
}

interface CliRun {
  code: number;
  /** The report (run and digest), else '' (the CLI's output went straight to the log). */
  report: string;
  signal: NodeJS.Signals | null;
}

function runCli(inputs: ActionInputs, siteDir: string, workspace: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  const args = cliArgs(inputs);
  out(`announce ${args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')}`);
  const child = spawn(process.execPath, [cliPath(), ...args], { cwd: siteDir, env: cliEnv(inputs, env), stdio: ['ignore', 'pipe', 'pipe'] });
  // A cancelled job: the runner signals this process; the CLI gets the same signal and the post step commits
  // whatever it recorded.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const capture = sends(inputs);
  const toWorkspace = (line: string) => annotationForWorkspace(line, siteDir, workspace);
  let report = '';
  const done = Promise.all([
    lines(child.stdout!, (l) => (capture ? (report += `${l}\n`) : command(toWorkspace(l)))),
    lines(child.stderr!, (l) => process.stderr.write(`${toWorkspace(l)}\n`)),
  ]);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      command(errorCommand(`Could not start announce: ${error.message}`));
      resolve({ code: 70, report: '', signal: null });
    });
    child.on('close', async (code, signal) => {
      await done;
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve({ code: code ?? 128, report, signal });
    });
  });
}

const FAILURE: Record<number, string> = {
  1: 'Some deliveries failed; they were not recorded and the next run retries them.',
  2: 'announce exited with code 2: bad usage or configuration (see the log above).',
  3: 'announce check found content errors (see the annotations).',
};

const UNREADABLE = 'Some pages could not be read (see the annotations); everything else was done and recorded.';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = readInputs(env);
  if ('errors' in parsed) {
    for (const e of parsed.errors) command(errorCommand(e));
    for (const [k, v] of [['exit-code', 2], ['sent', 0], ['failed', 0]] as const) setOutput(k, v, env);
    saveState('ledger', 'done', env);
    return 2;
  }
  const inputs = parsed.inputs;
  for (const value of secretsToMask(inputs, env)) command(maskCommand(value));
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const siteDir = path.resolve(workspace, inputs.site);
  if (!existsSync(siteDir)) {
    command(errorCommand(`Input 'site': no folder ${inputs.site} in the workspace (${workspace}).`));
    for (const [k, v] of [['exit-code', 2], ['sent', 0], ['failed', 0]] as const) setOutput(k, v, env);
    saveState('ledger', 'done', env);
    return 2;
  }
  const commit = commitsLedger(inputs);
  // Until the ledger is settled, the post step stands ready to commit it (a cancelled job never gets further).
  if (commit) saveState('ledger', 'pending', env);

  const run = await runCli(inputs, siteDir, workspace, env);
  if (run.signal) {
    command(errorCommand(`announce was stopped (${run.signal}); the post step commits what it recorded.`));
    return 128 + (run.signal === 'SIGINT' ? 2 : 15);
  }
  let counts = { sent: 0, failed: 0 };
  if (sends(inputs)) {
    const outcomes = parseReport(run.report);
    if (outcomes) {
      counts = countOutcomes(outcomes);
      if (inputs.args.includes('--json')) out(run.report.trimEnd());
      else for (const l of summaryLines(outcomes)) out(l);
    } else if (run.report.trim()) out(run.report.trimEnd());
  }
  setOutput('exit-code', run.code, env);
  setOutput('sent', counts.sent, env);
  setOutput('failed', counts.failed, env);

  let pushFailed = false;
  if (commit) {
    const result = await commitLedger({ cwd: siteDir, ledger: inputs.ledger, log: out, error: (l) => command(errorCommand(l)), env });
    pushFailed = result === 'failed';
  }
  saveState('ledger', 'done', env);
  if (run.code !== 0) {
    // A run (not check) exits 3 after doing everything else: pages it could not read.
    const message = run.code === 3 && inputs.command !== 'check' ? UNREADABLE : FAILURE[run.code];
    command(errorCommand(message ?? `announce exited with code ${run.code} (see the log above).`));
    return run.code;
  }
  return pushFailed ? 1 : 0;
}

process.exitCode = await main();
