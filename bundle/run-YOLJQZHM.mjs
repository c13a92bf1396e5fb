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
import {
  memoryLedger,
  openLedger,
  readLedger
} from "./chunk-KWK4ORGV.mjs";
import "./chunk-AHOHJC3M.mjs";
import {
  channelTargets,
  executeRun,
  planFor
} from "./chunk-NHQVIBFP.mjs";
import {
  ConfigError
} from "./chunk-2M5JV6TR.mjs";
import "./chunk-O25FS4SD.mjs";
import {
  publishState
} from "./chunk-VG3RP6FZ.mjs";
import "./chunk-MCZYSA2I.mjs";
import "./chunk-CMPU4VWF.mjs";
import "./chunk-CBSC5HSP.mjs";
import "./chunk-AB2RRW36.mjs";

// src/commands/run.ts
import { appendFile } from "node:fs/promises";
async function runCommand(opts) {
  const ctx = await readContext(opts);
  return run(ctx, opts, opts.event === void 0 ? { type: "run" } : eventMode(ctx, opts.event, opts));
}
function eventMode(ctx, query, opts) {
  const event = resolveEvent(ctx.events, query);
  const state = publishState(event, ctx.site, opts.now);
  if (!opts.force) {
    if (state !== "published")
      throw new ConfigError(
        `${event.id} is not published at ${opts.now.toISOString()} (${state}): its page would be a 404. Use --force to announce it anyway.`
      );
    if (event.cancelled)
      throw new ConfigError(`${event.id} is cancelled: an announcement would invite people to a talk that will not happen. Use --force to send it anyway.`);
    if (event.start.getTime() <= opts.now.getTime())
      throw new ConfigError(`${event.id} started at ${event.start.toISOString()}; it is not announced. Use --force to send it anyway.`);
  }
  return { type: "event", id: event.id, force: opts.force };
}
async function digestCommand(opts) {
  const ctx = await readContext(opts);
  return run(ctx, opts, { type: "digest", force: opts.force });
}
async function planCommand(opts) {
  const ctx = await readContext(opts);
  const ledger = memoryLedger(await readLedger(ctx.config.state));
  const { mailer, slack } = await createTransports(ctx, opts);
  const mode = opts.event === void 0 ? { type: "run" } : eventMode(ctx, opts.event, opts);
  const targets = channelTargets({ mailer, slack }, ctx.config);
  const actions = planFor(runContext(ctx), ledger, { mode, now: opts.now }, targets);
  await Promise.all([mailer?.close()]);
  const notes = pendingNotes(actions, ledger.data().pending, targets);
  if (opts.json) opts.out(JSON.stringify(actions.map((a) => ({ ...planJson(a), ...notes.has(a.key) ? { pending: true } : {} })), null, 2));
  else for (const line of renderPlan(actions, opts.now, notes)) opts.out(line);
  return 0;
}
function pendingNotes(actions, pending, targets) {
  const notes = /* @__PURE__ */ new Map();
  for (const a of actions) {
    if (!(a.key in pending)) continue;
    const lookup = a.channel === "slack" && targets.some((t) => t.channel === "slack" && t.destination === a.destination && t.canSchedule);
    notes.set(
      a.key,
      lookup ? "(pending: checked before sending)" : `(pending: an interrupted run may have sent it; sent again${a.channel === "email" ? " with the same Message-ID" : ""})`
    );
  }
  return notes;
}
async function readContext(opts) {
  const ctx = await loadContext(opts);
  for (const w of ctx.configWarnings) opts.err(`warning: ${w}`);
  for (const p of problemsToShow(ctx.problems, ctx.events, opts.now)) opts.err(formatProblem(p, opts.env));
  return ctx;
}
var runContext = (ctx) => ({
  config: ctx.config,
  site: ctx.site,
  events: ctx.events,
  unreadable: ctx.problems.flatMap((p) => p.severity === "error" && p.eventId ? [p.eventId] : [])
});
async function run(ctx, opts, mode) {
  const { mailer, slack } = await createTransports(ctx, opts);
  let ledger;
  if (opts.dryRun) ledger = memoryLedger(await readLedger(ctx.config.state));
  else
    ledger = await openLedger(ctx.config.state, {
      staleMs: numberFrom(opts.env.ANNOUNCE_LOCK_STALE_MS),
      waitMs: numberFrom(opts.env.ANNOUNCE_LOCK_WAIT_MS)
    });
  let report;
  try {
    const [{ renderEmail }, { renderSlack }] = await Promise.all([
      import("./email-WEIQ5BKE.mjs"),
      import("./slack-AQ4EQ6K3.mjs")
    ]);
    const deps = { mailer, slack, ledger, renderEmail, renderSlack, warn: (l) => opts.err(`warning: ${l}`) };
    report = await executeRun(runContext(ctx), { mode, now: opts.now, dryRun: opts.dryRun }, deps);
  } finally {
    await ledger.close();
    await mailer?.close().catch(() => void 0);
  }
  for (const note of report.recovered) opts.err(`recovered: ${note}`);
  if (opts.json) opts.out(JSON.stringify(reportJson(report), null, 2));
  else for (const line of renderSummary(report)) opts.out(line);
  const stepSummary = opts.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    try {
      await appendFile(stepSummary, scrub(renderStepSummary(report), opts.env));
    } catch (error) {
      opts.err(`warning: cannot write GITHUB_STEP_SUMMARY: ${error.message}`);
    }
  }
  return report.exitCode;
}
async function createTransports(ctx, opts) {
  const outboxDir = ctx.config.outbox;
  const mailer = opts.channel === "slack" ? null : (await import("./mailer-E64PO5VT.mjs")).createMailer({ env: opts.env, config: ctx.config, outboxDir });
  const slack = opts.channel === "email" ? null : (await import("./slack-GJ4CFELO.mjs")).createSlackPoster({ env: opts.env, config: ctx.config, outboxDir });
  return { mailer, slack };
}
function numberFrom(v) {
  const n = v === void 0 ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
function resolveEvent(events, query) {
  const q = query.trim().replace(/^\/+|\/+$/g, "").toLowerCase();
  const pathOf = (e) => {
    try {
      return new URL(e.permalink).pathname.replace(/^\/+|\/+$/g, "").toLowerCase();
    } catch {
      return "";
    }
  };
  const tests = [
    (e) => e.id.toLowerCase() === q,
    (e) => pathOf(e) === q || e.permalink.replace(/\/+$/, "").toLowerCase() === query.trim().replace(/\/+$/, "").toLowerCase(),
    (e) => (e.id.split("/").pop() ?? "").toLowerCase() === q,
    (e) => (e.slug ?? "").toLowerCase() === q
  ];
  for (const test of tests) {
    const found = events.filter(test);
    if (found.length === 1) return found[0];
    if (found.length > 1)
      throw new ConfigError(`--event ${query} matches several events: ${found.map((e) => e.id).join(", ")}; give the full id`);
  }
  throw new ConfigError(`--event ${query}: no such event (see \`announce list\` for the ids)`);
}
function planJson(a) {
  return {
    kind: a.kind,
    channel: a.channel,
    events: a.events,
    at: a.at.toISOString(),
    key: a.key,
    destination: a.destination,
    ...a.kind === "reminder" ? { op: a.op, minutesBefore: a.minutesBefore } : {},
    ...a.kind === "announcement" ? { reason: a.reason } : {},
    ...a.kind === "cancellation" ? { reason: a.reason } : {},
    ...a.kind === "update" ? { changes: a.changes } : {}
  };
}
var describe = (a) => {
  if (a.kind === "reminder") return `reminder ${a.op === "post" ? "" : `(${a.op}) `}${a.minutesBefore} min`;
  if (a.kind === "digest") return `digest ${a.period.id}`;
  return a.kind;
};
var eventsText = (a) => a.events.length === 0 ? "(nothing to list)" : a.events.join(", ");
function renderPlan(actions, now, notes = /* @__PURE__ */ new Map()) {
  if (actions.length === 0) return [`Nothing is due at ${now.toISOString()}.`];
  return [
    `Due at ${now.toISOString()}: ${actions.length} action${actions.length === 1 ? "" : "s"}`,
    ...actions.map(
      (a) => `  ${describe(a).padEnd(24)} ${a.channel.padEnd(5)} ${a.destination.padEnd(24)} ${a.at.toISOString()}  ${eventsText(a)}${notes.has(a.key) ? `  ${notes.get(a.key)}` : ""}`
    )
  ];
}
function renderSummary(report) {
  const counts = /* @__PURE__ */ new Map();
  for (const o of report.outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  const head = report.dryRun ? `Dry run at ${report.now.toISOString()}: nothing sent, nothing recorded.` : `Run at ${report.now.toISOString()}.`;
  if (report.outcomes.length === 0) return [head, "Nothing was due."];
  const lines = report.outcomes.map(
    (o) => `  ${o.status.padEnd(9)} ${describe(o.action).padEnd(24)} ${o.action.channel.padEnd(5)} ${eventsText(o.action)}${o.detail ? `: ${o.detail}` : ""}`
  );
  const order = ["sent", "scheduled", "deleted", "done", "planned", "skipped", "failed"];
  const totals = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return [head, ...lines, `Total: ${totals.join(", ")}.`];
}
function renderStepSummary(report) {
  const cell = (s) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const rows = report.outcomes.map(
    (o) => `| ${o.status} | ${cell(describe(o.action))} | ${o.action.channel} | ${cell(eventsText(o.action))} | ${cell(o.detail ?? "")} |`
  );
  return [
    `### Seminar announcements${report.dryRun ? " (dry run)" : ""}: ${report.now.toISOString()}`,
    "",
    ...rows.length === 0 ? ["Nothing was due."] : ["| Status | Message | Channel | Events | Detail |", "| --- | --- | --- | --- | --- |", ...rows],
    "",
    ""
  ].join("\n");
}
function reportJson(report) {
  return {
    now: report.now.toISOString(),
    dryRun: report.dryRun,
    exitCode: report.exitCode,
    recovered: report.recovered,
    outcomes: report.outcomes.map((o) => ({ ...planJson(o.action), status: o.status, detail: o.detail }))
  };
}
export {
  digestCommand,
  planCommand,
  planJson,
  renderPlan,
  renderStepSummary,
  renderSummary,
  resolveEvent,
  runCommand
};
