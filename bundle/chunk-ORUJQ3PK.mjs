import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

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
    ...a.kind === "update" ? { changes: a.changes } : {}
  };
}
var describe = (a) => {
  if (a.kind === "reminder") return `reminder ${a.op === "post" ? "" : `(${a.op}) `}${a.minutesBefore} min`;
  if (a.kind === "digest") return `digest ${a.period.id}`;
  return a.kind;
};
var eventsText = (a) => a.events.length === 0 ? "(nothing to list)" : a.events.join(", ");
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
  const before = renderAlreadySent(report.alreadySent);
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
  planJson,
  pendingNotes,
  renderPlan,
  renderSummary,
  renderStepSummary,
  reportJson
};
