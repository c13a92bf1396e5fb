import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  digestDayAdvice
} from "./chunk-R5UR4G63.mjs";
import {
  formatProblem,
  loadContext,
  printCommandOr,
  problemsToShow
} from "./chunk-P3AQOZDL.mjs";
import "./chunk-6FEC6BLK.mjs";
import {
  zoneAdvice
} from "./chunk-SIOJ4DF4.mjs";
import "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import "./chunk-IANHIJVZ.mjs";
import {
  MESSAGE_KINDS,
  siteInfoOf
} from "./chunk-DHLL2WBJ.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import "./chunk-VGGN3EEV.mjs";
import {
  inActions,
  workflowCommand
} from "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/commands/check.ts
async function checkCommand(opts) {
  const ctx = await loadContext(opts);
  const shown = problemsToShow(ctx.problems, ctx.events, opts.now);
  const errors = shown.filter((p) => p.severity === "error");
  for (const p of shown) printCommandOr(formatProblem(p, opts.env), opts, "out");
  for (const w of ctx.configWarnings) opts.out(scrub(`warning: ${w}`, opts.env));
  const zAdvice = zoneAdvice(ctx.events, ctx.site, ctx.config);
  if (zAdvice) printCommandOr(inActions(opts.env) ? workflowCommand("warning", zAdvice) : `warning: ${zAdvice}`, opts, "out");
  const dAdvice = digestDayAdvice(ctx.events, ctx.config);
  if (dAdvice) printCommandOr(inActions(opts.env) ? workflowCommand("warning", dAdvice) : `warning: ${dAdvice}`, opts, "out");
  const templateErrors = await checkTemplates(ctx, opts);
  for (const t of templateErrors) printCommandOr(inActions(opts.env) ? scrub(workflowCommand("error", t), opts.env) : `error: ${t}`, opts, "out");
  const warnings = shown.length - errors.length + ctx.configWarnings.length + (zAdvice ? 1 : 0) + (dAdvice ? 1 : 0);
  opts.out(
    `${ctx.events.length} event${ctx.events.length === 1 ? "" : "s"} read; ${errors.length + templateErrors.length} error(s), ${warnings} warning(s)`
  );
  return errors.length + templateErrors.length > 0 ? 3 : 0;
}
async function checkTemplates(ctx, opts) {
  const sample = ctx.events.find((e) => e.start.getTime() >= opts.now.getTime()) ?? ctx.events[ctx.events.length - 1];
  if (!sample) return [];
  const [{ renderEmail }, { renderSlack }, { readEmailTemplates }, { sampleInputs }] = await Promise.all([
    import("./email-DOOJFDLN.mjs"),
    import("./slack-B6DF7RAJ.mjs"),
    import("./templates-7VQPD5E7.mjs"),
    import("./samples-BXA3RGLZ.mjs")
  ]);
  const templates = readEmailTemplates(ctx.config.templates);
  const inputs = sampleInputs(ctx.config, { talk: sample, site: siteInfoOf(ctx.site), now: opts.now });
  const errors = [];
  for (const kind of MESSAGE_KINDS) {
    try {
      await renderEmail(inputs[kind], templates);
    } catch (e) {
      errors.push(`the ${kind} email template does not render: ${e.message}`);
    }
    try {
      renderSlack(inputs[kind]);
    } catch (e) {
      errors.push(`the ${kind} Slack message does not render: ${e.message}`);
    }
  }
  return errors;
}
export {
  checkCommand
};
