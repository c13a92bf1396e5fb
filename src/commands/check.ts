import type { GlobalOptions } from './options.js';
import { loadContext, type Context } from '../context.js';
import { MESSAGE_KINDS, siteInfoOf } from '../model.js';
import { formatProblem, printCommandOr, problemsToShow } from './problems.js';
import { inActions, workflowCommand } from '../workflow-commands.js';
import { digestDayAdvice, zoneAdvice } from '../content/checks.js';
import { scrub } from '../secrets.js';

/**
 * Validates the site, the configuration and the templates. Exit 3 when a page cannot be read (or a
 * template does not render), 0 when there are only warnings; configuration errors exit 2 before this.
 * Placeholder warnings are given for talks that have not happened yet: old pages are history.
 */
export async function checkCommand(opts: GlobalOptions): Promise<number> {
  const ctx = await loadContext(opts);
  const shown = problemsToShow(ctx.problems, ctx.events, opts.now);
  const errors = shown.filter((p) => p.severity === 'error');
  for (const p of shown) printCommandOr(formatProblem(p, opts.env), opts, 'out');
  for (const w of ctx.configWarnings) opts.out(scrub(`warning: ${w}`, opts.env));
  const zAdvice = zoneAdvice(ctx.events, ctx.site, ctx.config);
  if (zAdvice) printCommandOr(inActions(opts.env) ? workflowCommand('warning', zAdvice) : `warning: ${zAdvice}`, opts, 'out');
  const dAdvice = digestDayAdvice(ctx.events, ctx.config);
  if (dAdvice) printCommandOr(inActions(opts.env) ? workflowCommand('warning', dAdvice) : `warning: ${dAdvice}`, opts, 'out');

  const templateErrors = await checkTemplates(ctx, opts);
  for (const t of templateErrors) printCommandOr(inActions(opts.env) ? scrub(workflowCommand('error', t), opts.env) : `error: ${t}`, opts, 'out');

  const warnings = shown.length - errors.length + ctx.configWarnings.length + (zAdvice ? 1 : 0) + (dAdvice ? 1 : 0);
  opts.out(
    `${ctx.events.length} event${ctx.events.length === 1 ? '' : 's'} read; ${errors.length + templateErrors.length} error(s), ${warnings} warning(s)`,
  );
  return errors.length + templateErrors.length > 0 ? 3 : 0;
}

/**
 * Renders every message kind once, for a real talk of the site (the next one, else the last), with the sample inputs
 * the preview shows too, so a broken template fails here and not in a run.
 */
async function checkTemplates(ctx: Context, opts: GlobalOptions): Promise<string[]> {
  const sample = ctx.events.find((e) => e.start.getTime() >= opts.now.getTime()) ?? ctx.events[ctx.events.length - 1];
  if (!sample) return [];
  const [{ renderEmail }, { renderSlack }, { readEmailTemplates }, { sampleInputs }] = await Promise.all([
    import('../render/email/index.js'),
    import('../render/slack/index.js'),
    import('../run/templates.js'),
    import('../samples.js'),
  ]);
  const templates = readEmailTemplates(ctx.config.templates);
  const inputs = sampleInputs(ctx.config, { talk: sample, site: siteInfoOf(ctx.site), now: opts.now });
  const errors: string[] = [];
  for (const kind of MESSAGE_KINDS) {
    try {
      await renderEmail(inputs[kind], templates);
    } catch (e) {
      errors.push(`the ${kind} email template does not render: ${(e as Error).message}`);
    }
    try {
      renderSlack(inputs[kind]);
    } catch (e) {
      errors.push(`the ${kind} Slack message does not render: ${(e as Error).message}`);
    }
  }
  return errors;
}
