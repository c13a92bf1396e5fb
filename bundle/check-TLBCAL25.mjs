import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  formatProblem,
  loadContext,
  problemsToShow
} from "./chunk-YS25R54F.mjs";
import {
  scrub
} from "./chunk-X2VH6H4T.mjs";
import "./chunk-YEW735IV.mjs";
import "./chunk-74XZJE6R.mjs";
import "./chunk-2M5JV6TR.mjs";
import "./chunk-VG3RP6FZ.mjs";
import "./chunk-MCZYSA2I.mjs";
import {
  DateTime
} from "./chunk-CMPU4VWF.mjs";
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
  const errors = [];
  const { renderEmail } = await import("./email-WEIQ5BKE.mjs");
  const { renderSlack } = await import("./slack-AQ4EQ6K3.mjs");
  const host = new URL(ctx.site.baseURL, "https://localhost/").host;
  for (const kind of ["announcement", "digest", "reminder", "update", "cancellation"]) {
    const input = {
      kind,
      events: [sample],
      config: ctx.config,
      site: { title: ctx.site.title, baseURL: ctx.site.baseURL, host },
      now: opts.now,
      period: kind === "digest" ? { from: opts.now, to: new Date(opts.now.getTime() + ctx.config.digest.days * 864e5) } : void 0,
      changes: kind === "update" ? ["Time changed"] : void 0,
      minutesBefore: kind === "reminder" ? 60 : void 0,
      sequence: { [sample.id]: kind === "announcement" ? 0 : 1 }
    };
    try {
      await renderEmail(input);
    } catch (e) {
      errors.push(`the ${kind} email template does not render: ${e.message}`);
    }
    try {
      renderSlack(input);
    } catch (e) {
      errors.push(`the ${kind} Slack message does not render: ${e.message}`);
    }
  }
  return errors;
}
export {
  checkCommand
};
