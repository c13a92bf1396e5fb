import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  readContext
} from "./chunk-AQ4NBNRL.mjs";
import {
  digestDayAdvice
} from "./chunk-R5UR4G63.mjs";
import {
  WEBHOOK_ATTEMPTS,
  attemptsOf,
  createPageRequester,
  createTransports,
  describeWait,
  eventMode,
  executeRun,
  isWebhookRetry,
  runContextOf
} from "./chunk-T4RTFADA.mjs";
import {
  memoryLedger,
  openLedger,
  readLedger,
  startsTerm
} from "./chunk-PLZKPEHJ.mjs";
import {
  printCommandOr
} from "./chunk-P3AQOZDL.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import {
  inActions,
  workflowCommand
} from "./chunk-6GQ57CJQ.mjs";

// src/commands/run.ts
import { appendFile } from "node:fs/promises";

// src/commands/report.ts
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
    ...a.kind === "update" ? { changes: a.changes, ...a.quiet ? { quiet: true } : {} } : {}
  };
}
var describe = (a) => {
  if (a.kind === "reminder") return `reminder ${a.op === "post" ? "" : `(${a.op}) `}${a.minutesBefore} min`;
  if (a.kind === "digest") return `digest ${a.period.id}`;
  if (a.kind === "update" && a.quiet) return "update (quiet)";
  return a.kind;
};
var eventsText = (a) => a.events.length === 0 ? "(nothing to list)" : a.events.join(", ");
function pendingNotes(actions, pending, targets) {
  const notes = /* @__PURE__ */ new Map();
  for (const a of actions) {
    const p = pending[a.key];
    if (!p) continue;
    if (isWebhookRetry(p, a.channel === "slack" && a.destination === "webhook" ? "webhook" : void 0)) {
      notes.set(
        a.key,
        attemptsOf(p) >= WEBHOOK_ATTEMPTS ? `(pending: the webhook confirmed none of ${attemptsOf(p)} attempts; recorded as sent, not posted again)` : "(pending: the webhook did not confirm it; posted once more at most)"
      );
      continue;
    }
    const lookup = a.channel === "slack" && targets.some((t) => t.channel === "slack" && t.destination === a.destination && t.canSchedule);
    notes.set(
      a.key,
      lookup ? "(pending: checked before sending)" : `(pending: an interrupted run may have sent it; sent again${a.channel === "email" ? " with the same Message-ID" : ""})`
    );
  }
  return notes;
}
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
  const before = [...renderAlreadySent(report.alreadySent), ...report.pages.waiting.map((w) => `Waiting: ${describeWait(w)}.`)];
  if (report.outcomes.length === 0) return [head, "Nothing was due.", ...before];
  const lines = report.outcomes.map(
    (o) => `  ${o.status.padEnd(9)} ${describe(o.action).padEnd(24)} ${o.action.channel.padEnd(5)} ${eventsText(o.action)}${o.detail ? `: ${o.detail}` : ""}`
  );
  const order = ["sent", "scheduled", "deleted", "done", "planned", "skipped", "failed"];
  const totals = order.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return [head, ...lines, `Total: ${totals.join(", ")}.`, ...before];
}
function renderAlreadySent(already) {
  const byWhat = /* @__PURE__ */ new Map();
  for (const a of already) byWhat.set(a.what, [...byWhat.get(a.what) ?? [], a]);
  return [...byWhat.entries()].map(([what, items]) => {
    const where = items.map((a) => `${a.channel === "email" ? "by email" : "on Slack"} (${a.destination}) at ${a.sentAt}${a.empty ? ", with no talk to list" : ""}`).join("; ");
    return `${what[0].toUpperCase()}${what.slice(1)} has gone out: ${where}. \`${items[0].again}\` sends it again.`;
  });
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
    ...renderAlreadySent(report.alreadySent).flatMap((line) => ["", line]),
    ...report.pages.waiting.map((w) => `
Waiting: ${cell(describeWait(w))}.`),
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
    waiting: report.pages.waiting,
    outcomes: report.outcomes.map((o) => ({ ...planJson(o.action), status: o.status, detail: o.detail }))
  };
}

// src/commands/run.ts
async function runCommand(opts) {
  const ctx = await readContext(opts);
  return run(ctx, opts, opts.event === void 0 ? { type: "run" } : eventMode(ctx, opts.event, opts.now, opts.force));
}
async function digestCommand(opts) {
  const ctx = await readContext(opts);
  return run(ctx, opts, { type: "digest", force: opts.force });
}
async function run(ctx, opts, mode) {
  const { mailer, slack } = await createTransports(ctx.config, opts.env, opts.channel);
  let ledger;
  if (opts.dryRun) ledger = memoryLedger(await readLedger(ctx.config.state));
  else
    ledger = await openLedger(ctx.config.state, {
      staleMs: numberFrom(opts.env.ANNOUNCE_LOCK_STALE_MS),
      waitMs: numberFrom(opts.env.ANNOUNCE_LOCK_WAIT_MS)
    });
  let report;
  let termAdvice = null;
  try {
    const [{ renderEmail }, { renderSlack }, { readEmailTemplates }] = await Promise.all([
      import("./email-DOOJFDLN.mjs"),
      import("./slack-B6DF7RAJ.mjs"),
      import("./templates-7VQPD5E7.mjs")
    ]);
    const templates = readEmailTemplates(ctx.config.templates);
    const deps = {
      mailer,
      slack,
      ledger,
      renderEmail: (input) => renderEmail(input, templates),
      renderSlack,
      clock: () => /* @__PURE__ */ new Date(),
      warn: (l) => opts.err(`warning: ${l}`),
      requestPage: pageRequester(opts.env)
    };
    report = await executeRun(runContextOf(ctx), { mode, now: opts.now, dryRun: opts.dryRun, allowMassCancel: opts.allowMassCancel }, deps);
    const digest = report.outcomes.find((o) => o.action.kind === "digest" && o.status === "sent")?.action;
    if (digest?.kind === "digest" && startsTerm(ledger.data(), digest.period.start)) termAdvice = digestDayAdvice(ctx.events, ctx.config);
  } finally {
    await ledger.close();
    await mailer?.close().catch(() => void 0);
  }
  for (const note of report.recovered) opts.err(`recovered: ${note}`);
  if (opts.json) opts.out(JSON.stringify(reportJson(report), null, 2));
  else for (const line of renderSummary(report)) opts.out(line);
  if (termAdvice) printCommandOr(inActions(opts.env) ? workflowCommand("warning", termAdvice) : `warning: ${termAdvice}`, opts, "err");
  const stepSummary = opts.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    try {
      await appendFile(stepSummary, scrub(renderStepSummary(report), opts.env));
    } catch (error) {
      opts.err(`warning: cannot write GITHUB_STEP_SUMMARY: ${error.message}`);
    }
  }
  return exitCodeWith(report.exitCode, unreadablePages(ctx, opts));
}
function unreadablePages(ctx, opts) {
  const pages = new Set(ctx.problems.filter((p) => p.severity === "error").map((p) => p.path)).size;
  if (pages > 0)
    opts.err(
      `announce: ${pages} page${pages === 1 ? "" : "s"} could not be read (named above): ${pages === 1 ? "its talk waits" : "their talks wait"} until ${pages === 1 ? "it reads" : "they read"} again; exit 3.`
    );
  return pages;
}
function exitCodeWith(runCode, unreadable) {
  if (runCode === 2 || unreadable === 0) return runCode;
  return 3;
}
var pageRequester = (env) => createPageRequester({ timeoutMs: numberFrom(env.ANNOUNCE_PAGE_TIMEOUT_MS) });
function numberFrom(v) {
  const n = v === void 0 ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}

export {
  planJson,
  pendingNotes,
  renderPlan,
  runCommand,
  digestCommand,
  pageRequester
};
