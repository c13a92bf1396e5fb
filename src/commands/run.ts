import { appendFile } from 'node:fs/promises';
import type { RunOptions } from './options.js';
import type { Context } from '../context.js';
import type { PlanMode } from '../plan/index.js';
import { memoryLedger, openLedger, readLedger, startsTerm, type LedgerStore } from '../ledger/index.js';
import { createPageRequester, eventMode, executeRun, runContextOf, type RunDeps, type RunReport } from '../run/index.js';
import { createTransports } from '../run/transports.js';
import { scrub } from '../secrets.js';
import { readContext } from './read-context.js';
import { renderStepSummary, renderSummary, reportJson } from './report.js';
import { digestDayAdvice } from '../content/checks.js';
import { inActions, workflowCommand } from '../workflow-commands.js';
import { printCommandOr } from './problems.js';

/** `announce` / `announce run`, and `announce --event <id> [--force]`. */
export async function runCommand(opts: RunOptions): Promise<number> {
  const ctx = await readContext(opts);
  return run(ctx, opts, opts.event === undefined ? { type: 'run' } : eventMode(ctx, opts.event, opts.now, opts.force));
}

/** `announce digest`: the current period's digest, now, even when scheduled digests are off. */
export async function digestCommand(opts: RunOptions): Promise<number> {
  const ctx = await readContext(opts);
  return run(ctx, opts, { type: 'digest', force: opts.force });
}

async function run(ctx: Context, opts: RunOptions, mode: PlanMode): Promise<number> {
  const { mailer, slack } = await createTransports(ctx.config, opts.env, opts.channel);
  let ledger: LedgerStore;
  if (opts.dryRun) ledger = memoryLedger(await readLedger(ctx.config.state));
  else
    ledger = await openLedger(ctx.config.state, {
      staleMs: numberFrom(opts.env.ANNOUNCE_LOCK_STALE_MS),
      waitMs: numberFrom(opts.env.ANNOUNCE_LOCK_WAIT_MS),
    });
  let report: RunReport;
  let termAdvice: string | null = null;
  try {
    // The renderers (MJML) load only in the commands that render.
    const [{ renderEmail }, { renderSlack }, { readEmailTemplates }] = await Promise.all([
      import('../render/email/index.js'),
      import('../render/slack/index.js'),
      import('../run/templates.js'),
    ]);
    const templates = readEmailTemplates(ctx.config.templates);
    const deps: RunDeps = {
      mailer,
      slack,
      ledger,
      renderEmail: (input) => renderEmail(input, templates),
      renderSlack,
      clock: () => new Date(),
      warn: (l) => opts.err(`warning: ${l}`),
      requestPage: pageRequester(opts.env),
    };
    report = await executeRun(runContextOf(ctx), { mode, now: opts.now, dryRun: opts.dryRun, allowMassCancel: opts.allowMassCancel }, deps);
    // With the first digest of a term (none in the four weeks before), what `check` advises about the digest's day.
    const digest = report.outcomes.find((o) => o.action.kind === 'digest' && o.status === 'sent')?.action;
    if (digest?.kind === 'digest' && startsTerm(ledger.data(), digest.period.start)) termAdvice = digestDayAdvice(ctx.events, ctx.config);
  } finally {
    await ledger.close();
    await mailer?.close().catch(() => undefined);
  }
  for (const note of report.recovered) opts.err(`recovered: ${note}`);
  if (opts.json) opts.out(JSON.stringify(reportJson(report), null, 2));
  else for (const line of renderSummary(report)) opts.out(line);
  if (termAdvice) printCommandOr(inActions(opts.env) ? workflowCommand('warning', termAdvice) : `warning: ${termAdvice}`, opts, 'err');
  const stepSummary = opts.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    try {
      await appendFile(stepSummary, scrub(renderStepSummary(report), opts.env));
    } catch (error) {
      opts.err(`warning: cannot write GITHUB_STEP_SUMMARY: ${(error as Error).message}`);
    }
  }
  return exitCodeWith(report.exitCode, unreadablePages(ctx, opts));
}

/**
 * Pages of the talk sections that could not be read (each already named on stderr, as an annotation in GitHub
 * Actions). Their talks are neither announced nor taken for deleted until they read again, which nobody would notice
 * in a run that exits 0: the run does everything else, then says so and exits 3.
 */
function unreadablePages(ctx: Context, opts: RunOptions): number {
  const pages = new Set(ctx.problems.filter((p) => p.severity === 'error').map((p) => p.path)).size;
  if (pages > 0)
    opts.err(
      `announce: ${pages} page${pages === 1 ? '' : 's'} could not be read (named above): ${pages === 1 ? 'its talk waits' : 'their talks wait'} until ${pages === 1 ? 'it reads' : 'they read'} again; exit 3.`,
    );
  return pages;
}

/** A configuration or credentials failure (2) says the most; then pages to fix (3); then deliveries to retry (1). */
function exitCodeWith(runCode: number, unreadable: number): number {
  if (runCode === 2 || unreadable === 0) return runCode;
  return 3;
}

/** How talks' pages are requested (announce.waitForPage); ANNOUNCE_PAGE_TIMEOUT_MS shortens the wait (tests). */
export const pageRequester = (env: NodeJS.ProcessEnv) => createPageRequester({ timeoutMs: numberFrom(env.ANNOUNCE_PAGE_TIMEOUT_MS) });

function numberFrom(v: string | undefined): number | undefined {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
