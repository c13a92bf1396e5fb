import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  AnnounceError,
  DeliveryError
} from "./chunk-2M5JV6TR.mjs";
import {
  planPublishedSinceForced,
  planRun
} from "./chunk-O25FS4SD.mjs";
import {
  publishState
} from "./chunk-VG3RP6FZ.mjs";
import {
  emailDestination,
  saidOf
} from "./chunk-CBSC5HSP.mjs";

// src/run.ts
function channelTargets(deps, config) {
  const out = [];
  if (deps.mailer) out.push({ channel: "email", destination: emailDestination(deps.mailer.transport), canSchedule: false });
  if (deps.slack) out.push({ channel: "slack", destination: deps.slack.destination, canSchedule: deps.slack.canSchedule });
  return out;
}
function planFor(ctx, ledger, req, targets) {
  return planRun(ctx.events, ledger.data(), ctx.config, ctx.site, req.now, targets, {
    mode: req.mode,
    unreadable: ctx.unreadable
  });
}
async function executeRun(ctx, req, deps) {
  const warn = deps.warn ?? (() => void 0);
  const recovered = req.dryRun ? [] : await recoverPending(deps, warn);
  if (!req.dryRun) {
    const pending = deps.ledger.data().pending;
    for (const { key, record } of planPublishedSinceForced(ctx.events, deps.ledger.data(), ctx.site, req.now))
      if (!(key in pending)) deps.ledger.complete(key, record);
  }
  const actions = planFor(ctx, deps.ledger, req, channelTargets(deps, ctx.config));
  const outcomes = [];
  let exitCode = 0;
  const failed = /* @__PURE__ */ new Set();
  const succeeded = /* @__PURE__ */ new Set();
  const fail = (action, error) => {
    failed.add(action.key);
    const code = error instanceof AnnounceError ? error.exitCode : 1;
    if (code === 2) exitCode = 2;
    else if (exitCode === 0) exitCode = 1;
    outcomes.push({ action, status: "failed", detail: messageOf(error) });
  };
  const verifying = req.dryRun ? Promise.resolve(/* @__PURE__ */ new Map()) : verifyTransports(actions, deps);
  const rendered = /* @__PURE__ */ new Map();
  for (const action of actions) {
    try {
      rendered.set(action.key, await renderAction(action, ctx, req.now, deps));
    } catch (error) {
      rendered.set(action.key, error instanceof Error ? error : new Error(String(error)));
    }
  }
  const unverified = await verifying;
  for (const action of actions) {
    const r = rendered.get(action.key);
    if (r instanceof Error) {
      fail(action, r);
      continue;
    }
    if (unverified.has(action.channel)) {
      fail(action, unverified.get(action.channel));
      continue;
    }
    if (action.after && !succeeded.has(action.after)) {
      failed.add(action.key);
      outcomes.push({ action, status: "skipped", detail: "waits until the message announcing the talk has gone out" });
      continue;
    }
    if (req.dryRun) {
      outcomes.push({ action, status: "planned", detail: null });
      succeeded.add(action.key);
      continue;
    }
    if (action.key in deps.ledger.data().pending) {
      failed.add(action.key);
      if (exitCode === 0) exitCode = 1;
      outcomes.push({
        action,
        status: "skipped",
        detail: "an interrupted run may already have sent it and it could not be looked up (see the warning); not sent again until a run can check"
      });
      continue;
    }
    try {
      deps.ledger.assertHeld();
      const outcome = await deliver(action, r ?? {}, ctx, req.now, deps);
      outcomes.push(outcome);
      if (outcome.status !== "skipped") succeeded.add(action.key);
    } catch (error) {
      if (error instanceof DeliveryError && error.unsettled) warn(`${action.key} may have been delivered and could not be checked; it stays pending until a run can look it up`);
      else deps.ledger.abandon(action.key);
      fail(action, error);
      if (error instanceof AnnounceError && error.name === "LedgerError") break;
    }
  }
  return { now: req.now, dryRun: req.dryRun, outcomes, recovered, exitCode };
}
async function verifyTransports(actions, deps) {
  const out = /* @__PURE__ */ new Map();
  const uses = (c) => actions.some((a) => a.channel === c);
  const checks = [];
  if (deps.mailer && uses("email")) checks.push(deps.mailer.verify().catch((e) => void out.set("email", e)));
  if (deps.slack && uses("slack")) checks.push(deps.slack.verify().catch((e) => void out.set("slack", e)));
  await Promise.all(checks);
  return out;
}
async function recoverPending(deps, warn) {
  const notes = [];
  const pending = Object.entries(deps.ledger.data().pending);
  for (const [key, p] of pending) {
    const r = p.record;
    const slack = deps.slack;
    if (r.channel === "slack" && slack && slack.destination === r.destination && slack.canSchedule) {
      try {
        if (r.status === "scheduled" && slack.findScheduled) {
          const found = await slack.findScheduled({ postAt: new Date(r.at), text: p.text ?? "" });
          if (found) {
            deps.ledger.complete(key, { ...r, sentAt: p.since, scheduled: { channel: found.channel, id: found.scheduledId } });
            notes.push(`${key}: found scheduled in Slack after an interrupted run; recorded`);
            continue;
          }
        } else if (r.status === "sent" && slack.findPosted) {
          const found = await slack.findPosted({ kind: r.kind, events: r.events, threadTs: p.threadTs, since: new Date(p.since) });
          if (found) {
            deps.ledger.complete(key, { ...r, sentAt: p.since, slack: { channel: found.channel, ts: found.ts } });
            notes.push(`${key}: found in Slack after an interrupted run; recorded`);
            continue;
          }
        }
      } catch (error) {
        warn(`could not check Slack for ${key} (${messageOf(error)}); it stays pending until a run can`);
        continue;
      }
    } else if (r.channel === "email") {
      notes.push(`${key}: an interrupted run may have sent it; sending again with the same Message-ID ${r.messageId ?? ""}`.trim());
    }
    deps.ledger.abandon(key);
  }
  return notes;
}
async function renderAction(action, ctx, now, deps) {
  if (action.kind === "reminder" && action.op === "delete") return {};
  if (action.kind === "digest" && action.events.length === 0) return {};
  const input = messageInput(action, ctx, now);
  if (action.channel === "email") return { email: await deps.renderEmail(input) };
  const out = { slack: deps.renderSlack(input) };
  if (action.kind === "update" && action.thread.editable && action.thread.slack?.ts)
    out.slackEdit = deps.renderSlack({ ...input, kind: "announcement", changes: void 0 });
  return out;
}
var indexes = /* @__PURE__ */ new WeakMap();
function eventsById(events) {
  let index = indexes.get(events);
  if (!index) indexes.set(events, index = new Map(events.map((e) => [e.id, e])));
  return index;
}
function messageInput(action, ctx, now) {
  const byId = eventsById(ctx.events);
  const event = (id) => byId.get(id) ?? null;
  let host = "localhost";
  try {
    host = new URL(ctx.site.baseURL).host || host;
  } catch {
  }
  const base = {
    kind: action.kind,
    config: ctx.config,
    site: { title: ctx.site.title, baseURL: ctx.site.baseURL, host },
    now,
    sequence: action.sequence
  };
  switch (action.kind) {
    case "digest":
      return {
        ...base,
        events: action.events.map((id) => event(id)).filter((e) => e !== null),
        period: { from: action.period.start, to: action.period.to }
      };
    case "announcement":
      return { ...base, events: [event(action.event)] };
    case "reminder":
      return { ...base, events: [event(action.event)], minutesBefore: action.minutesBefore };
    case "update":
      return { ...base, events: [event(action.event)], changes: action.changes };
    case "cancellation": {
      const e = event(action.event);
      return { ...base, events: [e ? { ...e, cancelled: true } : eventFromSaid(action.event, action.previous)] };
    }
  }
}
function eventFromSaid(id, said) {
  const start = new Date(said.start);
  return {
    id,
    path: "",
    section: id.split("/")[0] ?? "",
    lang: null,
    slug: null,
    title: said.title,
    start,
    end: said.end ? new Date(said.end) : null,
    allDay: said.allDay,
    timezone: "UTC",
    date: start,
    publishDate: null,
    expiryDate: null,
    draft: false,
    cancelled: true,
    permalink: said.permalink,
    location: said.location,
    address: null,
    speakers: said.speakers,
    abstract: null,
    summary: null,
    bio: null,
    eventName: null,
    links: []
  };
}
function recordOf(action, ctx, now) {
  const byId = eventsById(ctx.events);
  const said = {};
  const paths = {};
  for (const id of action.events) {
    const e = byId.get(id);
    if (e) paths[id] = e.path;
    if (action.kind === "cancellation") said[id] = { ...action.previous, cancelled: true, fingerprint: saidOf(eventFromSaid(id, action.previous), true).fingerprint };
    else if (e && !(action.kind === "reminder" && action.op === "delete")) said[id] = saidNow(e, ctx.site, now);
  }
  return {
    kind: action.kind,
    channel: action.channel,
    destination: action.destination,
    events: action.events,
    period: action.kind === "digest" ? action.period.id : null,
    status: "sent",
    sentAt: now.toISOString(),
    at: action.at.toISOString(),
    said,
    sequence: Math.max(0, ...Object.values(action.sequence)),
    messageId: action.messageId,
    slack: null,
    scheduled: null,
    minutesBefore: action.kind === "reminder" ? action.minutesBefore : null,
    paths
  };
}
function saidNow(e, site, now) {
  const said = saidOf(e, e.cancelled);
  const state = publishState(e, site, now);
  return state === "published" ? said : { ...said, unpublished: state };
}
async function deliver(action, r, ctx, now, deps) {
  const { ledger } = deps;
  const record = recordOf(action, ctx, now);
  const confirmed = (over) => ({ ...record, sentAt: (/* @__PURE__ */ new Date()).toISOString(), ...over });
  if (action.kind === "digest" && action.events.length === 0) {
    ledger.complete(action.key, { ...record, status: "empty" });
    return { action, status: "done", detail: "nothing to list this period" };
  }
  if (action.channel === "email") {
    const mailer = deps.mailer;
    if (action.kind === "reminder" && action.op === "delete") {
      ledger.complete(action.key, { ...record, status: "deleted" });
      return { action, status: "deleted", detail: null };
    }
    const thread2 = action.kind === "update" || action.kind === "cancellation" ? action.thread : null;
    const mail = {
      ...r.email,
      kind: action.kind,
      events: action.events,
      from: ctx.config.email.from,
      to: ctx.config.email.to,
      cc: ctx.config.email.cc,
      bcc: ctx.config.email.bcc,
      replyTo: ctx.config.email.replyTo,
      messageId: action.messageId,
      inReplyTo: thread2?.messageId ?? null,
      references: thread2?.references ?? [],
      headers: listHeaders(ctx.config)
    };
    ledger.begin(action.key, { since: (/* @__PURE__ */ new Date()).toISOString(), threadTs: null, text: null, record });
    await mailer.sendEmail(mail);
    ledger.complete(action.key, confirmed({}));
    return { action, status: "sent", detail: mailer.destination };
  }
  const slack = deps.slack;
  const msg = (threadTs2 = null) => ({ ...r.slack, kind: action.kind, events: action.events, threadTs: threadTs2, key: action.key });
  if (action.kind === "reminder") {
    if (action.replaces) await slack.deleteScheduledMessage(action.replaces.channel, action.replaces.id);
    if (action.op === "delete") {
      ledger.complete(action.key, confirmed({ status: "deleted", scheduled: action.replaces }));
      return { action, status: "deleted", detail: null };
    }
    if (action.op === "schedule") {
      ledger.begin(action.key, {
        since: (/* @__PURE__ */ new Date()).toISOString(),
        threadTs: null,
        text: r.slack.text,
        record: { ...record, status: "scheduled" }
      });
      try {
        const res2 = await slack.scheduleMessage(msg(), action.at);
        ledger.complete(action.key, confirmed({ status: "scheduled", scheduled: { channel: res2.channel, id: res2.scheduledId } }));
        return { action, status: "scheduled", detail: `for ${action.at.toISOString()}` };
      } catch (error) {
        const code = error.slackError;
        if (code === "time_too_far") {
          ledger.abandon(action.key);
          return { action, status: "skipped", detail: "more than 120 days ahead: a later run schedules it" };
        }
        if (code !== "time_in_past") throw error;
        ledger.abandon(action.key);
      }
    }
  }
  const thread = action.kind === "update" || action.kind === "cancellation" ? action.thread : null;
  const threadTs = thread?.slack?.ts ?? null;
  if (action.kind === "update" && r.slackEdit && thread?.slack?.ts && thread.slack.channel)
    await slack.updateMessage(thread.slack.channel, thread.slack.ts, { ...r.slackEdit, kind: "announcement", events: action.events, key: action.key });
  ledger.begin(action.key, { since: (/* @__PURE__ */ new Date()).toISOString(), threadTs, text: null, record });
  const res = await slack.postMessage(msg(threadTs));
  ledger.complete(action.key, confirmed({ slack: { channel: res.channel, ts: res.ts } }));
  return { action, status: "sent", detail: slack.destination };
}
function listHeaders(config) {
  const headers = {};
  if (config.email.listId) headers["List-Id"] = config.email.listId.includes("<") ? config.email.listId : `<${config.email.listId}>`;
  if (config.email.unsubscribe) {
    const u = config.email.unsubscribe;
    headers["List-Unsubscribe"] = u.startsWith("<") ? u : `<${u.includes("@") && !u.includes(":") ? `mailto:${u}` : u}>`;
  }
  return headers;
}
function messageOf(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  channelTargets,
  planFor,
  executeRun,
  indexes,
  messageInput,
  recordOf
};
