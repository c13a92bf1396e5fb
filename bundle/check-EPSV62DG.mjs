import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  MESSAGE_KINDS,
  siteInfoOf
} from "./chunk-VRJ3Q27L.mjs";
import {
  formatProblem,
  loadContext,
  problemsToShow
} from "./chunk-SMK6ZORV.mjs";
import "./chunk-DOP2RBRK.mjs";
import {
  DateTime
} from "./chunk-CMPU4VWF.mjs";
import {
  scrub
} from "./chunk-X2VH6H4T.mjs";
import "./chunk-2M5JV6TR.mjs";
import "./chunk-AB2RRW36.mjs";

// src/content/checks.ts
function detectZAsLocalTime(events, hugoTimeZone, displayZone) {
  const zEvents = events.filter((e) => e.startNotation === "Z" && !e.allDay);
  if (zEvents.length < 4) return null;
  const byTime = /* @__PURE__ */ new Map();
  for (const e of zEvents) {
    const t = DateTime.fromJSDate(e.start, { zone: "UTC" }).toFormat("HH:mm");
    byTime.set(t, [...byTime.get(t) ?? [], e]);
  }
  const [time, same] = [...byTime.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  if (same.length < 0.6 * zEvents.length) return null;
  const candidates = [hugoTimeZone, displayZone !== "UTC" ? displayZone : null, "Europe/London"].filter(
    (z) => !!z && z !== "UTC"
  );
  for (const zone of candidates) {
    const offsets = new Set(same.map((e) => DateTime.fromJSDate(e.start, { zone }).offset));
    if (offsets.size < 2) continue;
    const shownBy = hugoTimeZone ? `Hugo's timeZone ${hugoTimeZone}` : "UTC (no timeZone in the Hugo config)";
    return `${same.length} of ${zEvents.length} talks start at ${time}Z whether or not daylight saving time is in effect in ${zone}: "Z" seems to be used for local wall-clock time. The website shows them in ${shownBy}, and so do messages, but calendar invitations and Slack's local times will be an hour off in summer. Write the start without "Z" (date: 2024-06-13T13:00:00) and set timeZone = "${zone}" in the Hugo config (and timezone: ${zone} in announce.config.yaml).`;
  }
  return null;
}

// src/commands/check.ts
async function checkCommand(opts) {
  const ctx = await loadContext(opts);
  const shown = problemsToShow(ctx.problems, ctx.events, opts.now);
  const errors = shown.filter((p) => p.severity === "error");
  for (const p of shown) opts.out(formatProblem(p, opts.env));
  for (const w of ctx.configWarnings) opts.out(scrub(`warning: ${w}`, opts.env));
  const zAdvice = detectZAsLocalTime(ctx.events, ctx.site.timeZone, ctx.config.timezone);
  if (zAdvice) opts.out(opts.env.GITHUB_ACTIONS === "true" ? `::warning::${zAdvice}` : `warning: ${zAdvice}`);
  const templateErrors = await checkTemplates(ctx, opts);
  for (const t of templateErrors) opts.out(opts.env.GITHUB_ACTIONS === "true" ? `::error::${t}` : `error: ${t}`);
  const warnings = shown.length - errors.length + ctx.configWarnings.length + (zAdvice ? 1 : 0);
  opts.out(
    `${ctx.events.length} event${ctx.events.length === 1 ? "" : "s"} read; ${errors.length + templateErrors.length} error(s), ${warnings} warning(s)`
  );
  return errors.length + templateErrors.length > 0 ? 3 : 0;
}
async function checkTemplates(ctx, opts) {
  const sample = ctx.events.find((e) => e.start.getTime() >= opts.now.getTime()) ?? ctx.events[ctx.events.length - 1];
  if (!sample) return [];
  const [{ renderEmail }, { renderSlack }, { readEmailTemplates }, { sampleInputs }] = await Promise.all([
    import("./email-4Q4OYZXA.mjs"),
    import("./slack-PXBFICCL.mjs"),
    import("./templates-ZEB77Y5W.mjs"),
    import("./samples-77C7XDHN.mjs")
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
