import type { GlobalOptions } from './options.js';
import { loadContext, type Context } from '../context.js';
import { formatProblem, printCommandOr, problemsToShow } from './problems.js';

/** Reads config and site for a command that plans, naming on stderr the config warnings and the pages with problems. */
export async function readContext(opts: GlobalOptions): Promise<Context> {
  const ctx = await loadContext(opts);
  for (const w of ctx.configWarnings) opts.err(`warning: ${w}`);
  for (const p of problemsToShow(ctx.problems, ctx.events, opts.now)) printCommandOr(formatProblem(p, opts.env), opts, 'err');
  return ctx;
}
