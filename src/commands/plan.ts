import type { RunOptions } from './options.js';
import { describeMassCancel, type PlanMode } from '../plan/index.js';
import { readLedger } from '../ledger/index.js';
import { channelTargets, describePageWarning, describeWait, eventMode, prepareRun, readPageChecks, runContextOf } from '../run/index.js';
import { pageRequester } from './run.js';
import { createTransports } from '../run/transports.js';
import { readContext } from './read-context.js';
import { pendingNotes, planJson, renderPlan } from './report.js';

/** `announce plan [--json]`: the run's own preparation, without rendering, sending or recording anything. */
export async function planCommand(opts: RunOptions): Promise<number> {
  const ctx = runContextOf(await readContext(opts));
  // Read, never locked or written: `plan` changes nothing.
  const ledger = await readLedger(ctx.config.state);
  const transports = await createTransports(ctx.config, opts.env, opts.channel);
  const mode: PlanMode = opts.event === undefined ? { type: 'run' } : eventMode(ctx, opts.event, opts.now, opts.force);
  const targets = channelTargets(transports);
  // What the run would see: the same requests of the talks' pages (announce.waitForPage), answered now.
  const checks = await readPageChecks(ctx, ledger, targets, opts.now, mode, pageRequester(opts.env));
  const { actions, pages, massCancel } = prepareRun(ctx, ledger, targets, opts.now, mode, checks);
  for (const w of pages.warnings) opts.err(`warning: ${describePageWarning(w)}`);
  await transports.mailer?.close();
  // What the run would do: stop (exit 2) before sending anything. The plan is shown below the reason.
  const stops = massCancel.length > 0 && !opts.allowMassCancel;
  if (stops) opts.err(`announce: ${describeMassCancel(massCancel).replace('Nothing was sent.', 'The run would stop here and send nothing.')}`);
  const notes = pendingNotes(actions, ledger.pending, targets);
  if (opts.json) opts.out(JSON.stringify(actions.map((a) => ({ ...planJson(a), ...(notes.has(a.key) ? { pending: true } : {}) })), null, 2));
  else for (const line of renderPlan(actions, opts.now, notes)) opts.out(line);
  // In --json the array of actions stays what scripts read; the waits go to stderr.
  for (const w of pages.waiting) (opts.json ? opts.err : opts.out)(`waiting: ${describeWait(w)}`);
  return stops ? 2 : 0;
}
