import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  actionInputs,
  eventFromSaid,
  eventsById
} from "./chunk-4GXARHDK.mjs";
import {
  publishState
} from "./chunk-ZJI3GMAH.mjs";
import {
  describeChanges
} from "./chunk-F7YHUHAU.mjs";
import {
  deliveryKey,
  emailDestination,
  messageIdFor,
  saidOf
} from "./chunk-L6LAZ5CX.mjs";
import {
  isTimeInPast,
  isTimeTooFar,
  isUneditable
} from "./chunk-HHIG7DP2.mjs";
import {
  DateTime,
  eventZone
} from "./chunk-SIOJ4DF4.mjs";
import {
  siteInfoOf
} from "./chunk-DHLL2WBJ.mjs";
import {
  AnnounceError,
  ConfigError,
  DeliveryError
} from "./chunk-VGGN3EEV.mjs";

// src/plan/minor.ts
var MAX_EDITS = 2;
var MAX_SHARE = 0.1;
function editDistance(a, b) {
  const s = [...a];
  const t = [...b];
  const rows = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[s.length][t.length];
}
function isTypoFix(before, after) {
  if (before === after) return true;
  const d = editDistance(before, after);
  return d <= MAX_EDITS && d <= MAX_SHARE * Math.max([...before].length, [...after].length);
}
function isMinorEdit(before, after) {
  return before.start === after.start && before.end === after.end && before.location === after.location && before.cancelled === after.cancelled && JSON.stringify(before.speakers) === JSON.stringify(after.speakers) && isTypoFix(before.title, after.title);
}
var detailsChanged = (before, after) => before.details !== void 0 && after.details !== void 0 && before.details !== after.details;

// src/plan/period.ts
function digestPeriodAt(now, config) {
  let local = DateTime.fromJSDate(now, { zone: config.timezone });
  if (!local.isValid) local = DateTime.fromJSDate(now, { zone: "UTC" });
  const [hour, minute] = config.digest.time.split(":").map((n) => Number.parseInt(n, 10));
  let start = local.set({ weekday: config.digest.weekday, hour, minute, second: 0, millisecond: 0 });
  if (start.toMillis() > now.getTime()) start = start.minus({ weeks: 1 });
  const next = start.plus({ weeks: 1 });
  return {
    id: start.toFormat("yyyy-MM-dd"),
    start: start.toJSDate(),
    next: next.toJSDate(),
    to: start.plus({ days: config.digest.days }).toJSDate()
  };
}

// src/plan/planning.ts
function planning(events, ledger, config, site, now, options = {}) {
  const mode = options.mode ?? { type: "run" };
  const forced = mode.type === "event" && mode.force ? mode.id : null;
  const isPublished = (e) => e.id === forced || publishState(e, site, now) === "published";
  return {
    events: new Map(events.map((e) => [e.id, e])),
    ledger,
    config,
    site,
    now,
    mode,
    unreadable: new Set(options.unreadable ?? []),
    domain: options.domain ?? siteInfoOf(site).domain,
    waiting: new Set(options.waiting ?? []),
    isPublished,
    upcoming: events.filter((e) => isPublished(e) && !e.cancelled && e.start.getTime() > now.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id)),
    histories: indexLedger(ledger),
    sequenceOf: maxSequences(ledger),
    period: digestPeriodAt(now, config)
  };
}
var historyOf = (p, target, id) => p.histories.get(`${target.channel}
${target.destination}
${id}`);
function* historiesOn(p, target) {
  const prefix = `${target.channel}
${target.destination}
`;
  for (const [slot, h] of p.histories) if (slot.startsWith(prefix)) yield [slot.slice(prefix.length), h];
}
var waitsForPage = (p, target, id) => p.waiting.has(id) && (historyOf(p, target, id)?.told.length ?? 0) === 0;
function lastSaid(history, id) {
  for (let i = history.told.length - 1; i >= 0; i--) {
    const said = history.told[i].record.said[id];
    if (said) return said;
  }
  return null;
}
function threadOf(history, id) {
  const first = history.told.find((t) => t.record.kind === "announcement") ?? history.told.find((t) => t.record.said[id]);
  if (!first) return { messageId: null, references: [], slack: null, editable: false };
  const r = first.record;
  return {
    messageId: r.messageId,
    references: r.messageId ? [r.messageId] : [],
    slack: r.slack,
    editable: r.kind === "announcement"
  };
}
var TOLD_KINDS = /* @__PURE__ */ new Set(["announcement", "digest", "update", "cancellation"]);
function indexLedger(ledger) {
  const out = /* @__PURE__ */ new Map();
  const entries = Object.entries(ledger.deliveries).sort(
    ([ka, a], [kb, b]) => a.sentAt.localeCompare(b.sentAt) || ka.localeCompare(kb)
  );
  for (const [key, record] of entries) {
    for (const id of record.events) {
      const slot = `${record.channel}
${record.destination}
${id}`;
      let h = out.get(slot);
      if (!h) out.set(slot, h = { told: [], ownAnnouncements: [], reminders: /* @__PURE__ */ new Map() });
      if (record.kind === "reminder") {
        if (record.minutesBefore !== null) h.reminders.set(record.minutesBefore, { key, record });
      } else if (TOLD_KINDS.has(record.kind) && record.status === "sent") {
        h.told.push({ key, record });
        if (record.kind === "announcement") h.ownAnnouncements.push(key);
      }
    }
  }
  return out;
}
function maxSequences(ledger) {
  const out = /* @__PURE__ */ new Map();
  for (const r of Object.values(ledger.deliveries))
    if (r.kind === "update" || r.kind === "cancellation")
      for (const id of r.events) out.set(id, Math.max(out.get(id) ?? 0, r.sequence));
  return out;
}

// src/plan/follow-ups.ts
function* standings(p, target) {
  if (p.mode.type !== "run") return;
  for (const [id, history] of historiesOn(p, target)) {
    const last = lastSaid(history, id);
    if (!last) continue;
    const event = p.events.get(id);
    if (!event && p.unreadable.has(id)) continue;
    const forced = event !== void 0 && !event.cancelled && !p.isPublished(event) && last.unpublished !== void 0;
    const gone = !forced && (!event || !p.isPublished(event) || event.cancelled);
    yield { id, history, last, event, forced, gone };
  }
}
var followUp = (p, target, s) => {
  const seq = (p.sequenceOf.get(s.id) ?? 0) + 1;
  return {
    subject: `${s.id}#${seq}`,
    channel: target.channel,
    destination: target.destination,
    events: [s.id],
    event: s.id,
    at: p.now,
    after: null,
    sequence: { [s.id]: seq },
    thread: threadOf(s.history, s.id),
    previous: s.last,
    digests: digestEdits(p, target, s.history)
  };
};
function digestEdits(p, target, history) {
  if (target.channel !== "slack" || !target.canSchedule) return [];
  const out = [];
  for (const { key, record } of history.told) {
    if (record.kind !== "digest" || !record.slack?.ts || !record.slack.channel) continue;
    const marks = {};
    for (const id of record.events) {
      const said = record.said[id];
      const e = p.events.get(id);
      if (!said) continue;
      const gone = e ? !p.isPublished(e) || e.cancelled : !p.unreadable.has(id);
      if (gone) marks[id] = "cancelled";
      else if (e && changedFrom(p, said, saidOf(e))) marks[id] = "updated";
    }
    const from = DateTime.fromISO(record.at, { zone: p.config.timezone });
    out.push({
      key,
      slack: { channel: record.slack.channel, ts: record.slack.ts },
      events: record.events,
      said: record.said,
      period: { from: from.toJSDate(), to: from.plus({ days: p.config.digest.days }).toJSDate() },
      marks
    });
  }
  return out;
}
var changedFrom = (p, said, now) => said.fingerprint !== now.fingerprint && !(p.config.updates.minor === "quiet" && isMinorEdit(said, now));
function followedUnpublished(p, target) {
  return [...standings(p, target)].flatMap((s) => s.forced && s.event ? [s.event] : []);
}
function planCancellations(p, target) {
  const cancellations = [];
  const deletions = [];
  for (const s of standings(p, target)) {
    if (!s.gone) continue;
    for (const [minutes, r] of s.history.reminders) {
      if (r.record.status === "scheduled" && r.record.scheduled && Date.parse(r.record.at) > p.now.getTime())
        deletions.push(reminderDelete(r.key, s.id, minutes, r.record, p.now));
    }
    if (s.last.cancelled || p.now.getTime() >= Date.parse(s.last.start)) continue;
    const { subject, ...common } = followUp(p, target, s);
    const key = deliveryKey("cancellation", subject, target.channel, target.destination);
    cancellations.push({
      kind: "cancellation",
      key,
      reason: cancellationReason(s.event, s.event ? publishState(s.event, p.site, p.now) : null),
      messageId: target.channel === "email" ? messageIdFor(key, "cancellation", s.id, p.domain) : null,
      ...common
    });
  }
  return { cancellations, deletions };
}
function planUpdates(p, target) {
  const updates = [];
  for (const s of standings(p, target)) {
    if (s.gone || !s.event) continue;
    const said = saidOf(s.event);
    if (said.fingerprint === s.last.fingerprint && !detailsChanged(s.last, said)) continue;
    if (p.now.getTime() >= Math.min(s.event.start.getTime(), Date.parse(s.last.start))) continue;
    const { subject, ...common } = followUp(p, target, s);
    const key = deliveryKey("update", subject, target.channel, target.destination);
    const quiet = p.config.updates.minor === "quiet" && isMinorEdit(s.last, said);
    updates.push({
      kind: "update",
      key,
      changes: describeChanges(s.last, said, eventZone(s.event, p.config), p.config.locale, p.config.labels),
      messageId: target.channel === "email" && !quiet ? messageIdFor(key, "update", s.id, p.domain) : null,
      quiet,
      ...common
    });
  }
  return updates;
}
function reminderDelete(key, id, minutes, record, now) {
  return {
    kind: "reminder",
    key,
    channel: record.channel,
    destination: record.destination,
    events: [id],
    event: id,
    minutesBefore: minutes,
    op: "delete",
    replaces: record.scheduled,
    at: now,
    after: null,
    messageId: null,
    sequence: {}
  };
}
function cancellationReason(event, state) {
  if (!event || state === null) return "removed";
  if (state !== "published") return state;
  return "cancelled";
}
function toldUpcoming(p, target) {
  return [...standings(p, target)].flatMap((s) => !s.last.cancelled && p.now.getTime() < Date.parse(s.last.start) ? [s.id] : []);
}

// src/plan/mass-cancel.ts
var MASS_CANCEL_MIN = 2;
function massCancellations(actions, events, ledger, config, site, now, targets, options = {}) {
  if (!actions.some((a) => a.kind === "cancellation")) return [];
  const p = planning(events, ledger, config, site, now, options);
  const out = [];
  for (const target of targets) {
    const cancelling = actions.flatMap(
      (a) => a.kind === "cancellation" && a.channel === target.channel && a.destination === target.destination ? a.events : []
    );
    const announced = toldUpcoming(p, target).length;
    if (cancelling.length > MASS_CANCEL_MIN && cancelling.length * 2 > announced)
      out.push({ channel: target.channel, destination: target.destination, cancelling, announced });
  }
  return out;
}
function describeMassCancel(found) {
  const lines = found.map((m) => {
    const shown = m.cancelling.slice(0, 20).join(", ") + (m.cancelling.length > 20 ? `, and ${m.cancelling.length - 20} more` : "");
    return `  ${m.channel} (${m.destination}): ${m.cancelling.length} of ${m.announced} announced upcoming talks: ${shown}`;
  });
  return [
    "this run would cancel most of the announced upcoming talks at once:",
    ...lines,
    "Nothing was sent. A wrong contentDir or section, or a renamed or moved folder, looks exactly like this: check that `announce list` shows the talks.",
    "If they really are cancelled, confirm with --allow-mass-cancel (in the action: args: --allow-mass-cancel); `announce plan --allow-mass-cancel` shows what would go out."
  ].join("\n");
}

// src/plan/messages.ts
var MINUTE = 6e4;
var SCHEDULE_MARGIN_MS = 6e4;
function tellersOf(updates, digest, announcements = []) {
  const out = /* @__PURE__ */ new Map();
  for (const u of updates) if (u.previous.cancelled) out.set(u.event, u.key);
  if (digest) for (const id of digest.events) out.set(id, digest.key);
  for (const a of announcements) if (!out.has(a.event)) out.set(a.event, a.key);
  return out;
}
function planDigest(p, target) {
  const { mode, period, ledger } = p;
  if (!(mode.type === "digest" || mode.type === "run" && p.config.digest.enabled)) return null;
  const done = deliveryKey("digest", period.id, target.channel, target.destination) in ledger.deliveries;
  if (done && !(mode.type === "digest" && mode.force)) return null;
  const subject = done ? freeVariant(ledger, "digest", period.id, target) : period.id;
  const listed = p.upcoming.filter((e) => e.start.getTime() < period.to.getTime() && !waitsForPage(p, target, e.id));
  const key = deliveryKey("digest", subject, target.channel, target.destination);
  return {
    kind: "digest",
    key,
    channel: target.channel,
    destination: target.destination,
    events: listed.map((e) => e.id),
    at: period.start,
    after: null,
    period,
    messageId: target.channel === "email" ? messageIdFor(key, "digest", `digest-${subject}`, p.domain) : null,
    sequence: Object.fromEntries(listed.map((e) => [e.id, p.sequenceOf.get(e.id) ?? 0]))
  };
}
function planAnnouncements(p, target, told) {
  const out = [];
  const announce = (e, reason, subject = e.id) => {
    const key = deliveryKey("announcement", subject, target.channel, target.destination);
    out.push({
      kind: "announcement",
      key,
      channel: target.channel,
      destination: target.destination,
      events: [e.id],
      event: e.id,
      at: reason === "due" ? announceFrom(e, p.config) : p.now,
      after: null,
      reason,
      messageId: target.channel === "email" ? messageIdFor(key, "announcement", subject, p.domain) : null,
      sequence: { [e.id]: p.sequenceOf.get(e.id) ?? 0 }
    });
  };
  const { mode } = p;
  if (mode.type === "event") {
    const e = p.events.get(mode.id);
    if (e) {
      const own = historyOf(p, target, e.id)?.ownAnnouncements ?? [];
      if (own.length === 0) announce(e, "manual");
      else if (mode.force) announce(e, "manual", freeVariant(p.ledger, "announcement", e.id, target));
    }
  } else if (mode.type === "run") {
    const each = p.config.announce.mode === "each" || !p.config.digest.enabled;
    for (const e of p.upcoming) {
      const history = historyOf(p, target, e.id);
      if (history && lastSaid(history, e.id)?.cancelled) continue;
      if (waitsForPage(p, target, e.id)) continue;
      if (each) {
        if ((history?.ownAnnouncements.length ?? 0) > 0) continue;
        if (p.now.getTime() >= announceFrom(e, p.config).getTime()) announce(e, "due");
      } else {
        if ((history?.told.length ?? 0) > 0 || told.has(e.id)) continue;
        if (e.start.getTime() < p.period.next.getTime()) announce(e, "late");
      }
    }
  }
  return out;
}
function planReminders(p, target, remindable, told) {
  const minutesList = target.channel === "slack" ? p.config.reminders.slack : p.config.reminders.email;
  const out = [];
  if (minutesList.length === 0) return out;
  const { mode, now, ledger } = p;
  for (const e of remindable) {
    if (e.start.getTime() <= now.getTime()) continue;
    if (mode.type === "event" && e.id !== mode.id) continue;
    if (mode.type === "digest" && !told.has(e.id)) continue;
    const history = historyOf(p, target, e.id);
    const last = history ? lastSaid(history, e.id) : null;
    const toldBefore = last !== null && !last.cancelled;
    if (!toldBefore && !told.has(e.id)) continue;
    for (const minutes of minutesList) {
      if (e.allDay && minutes < 24 * 60) continue;
      const at = new Date(e.start.getTime() - minutes * MINUTE);
      const key = deliveryKey("reminder", `${e.id}@${minutes}m`, target.channel, target.destination);
      const existing = ledger.deliveries[key];
      const stillScheduled = existing?.status === "scheduled" && existing.scheduled && Date.parse(existing.at) > now.getTime() ? existing.scheduled : null;
      if (existing && existing.status !== "deleted" && existing.at === at.toISOString()) {
        if (!stillScheduled || !reminderOutdated(existing, e)) continue;
      }
      let op = null;
      if (target.canSchedule && at.getTime() > now.getTime() + SCHEDULE_MARGIN_MS) op = "schedule";
      else if (at.getTime() <= now.getTime() || target.canSchedule) op = "post";
      if (op === null) continue;
      out.push({
        kind: "reminder",
        key,
        channel: target.channel,
        destination: target.destination,
        events: [e.id],
        event: e.id,
        minutesBefore: minutes,
        op,
        replaces: stillScheduled,
        at,
        after: toldBefore ? null : told.get(e.id) ?? null,
        messageId: target.channel === "email" ? messageIdFor(key, "reminder", `${e.id}-${minutes}m`, p.domain) : null,
        sequence: { [e.id]: p.sequenceOf.get(e.id) ?? 0 }
      });
    }
  }
  return out;
}
function reminderOutdated(record, e) {
  const said = record.said[e.id];
  if (!said) return false;
  const now = saidOf(e);
  return said.fingerprint !== now.fingerprint || said.permalink !== now.permalink;
}
function announceFrom(e, config) {
  const days = config.announce.daysBefore;
  if (days > 0) return new Date(e.start.getTime() - days * 864e5);
  return DateTime.fromJSDate(e.start, { zone: config.timezone }).startOf("day").toJSDate();
}
function freeVariant(ledger, kind, subject, target) {
  for (let n = 2; ; n++) {
    const candidate = `${subject}~${n}`;
    if (!(deliveryKey(kind, candidate, target.channel, target.destination) in ledger.deliveries)) return candidate;
  }
}

// src/plan/plan-run.ts
var ORDER = ["cancellations", "deletions", "updates", "digests", "announcements", "reminders"];
function planRun(events, ledger, config, site, now, channels, options = {}) {
  const p = planning(events, ledger, config, site, now, options);
  const perTarget = channels.map((target) => {
    const { cancellations, deletions } = planCancellations(p, target);
    const updates = planUpdates(p, target);
    const digest = planDigest(p, target);
    const announcements = planAnnouncements(p, target, tellersOf(updates, digest));
    const remindable = [...p.upcoming, ...followedUnpublished(p, target)];
    const reminders = planReminders(p, target, remindable, tellersOf(updates, digest, announcements));
    const phases = { cancellations, deletions, updates, digests: digest ? [digest] : [], announcements, reminders };
    return phases;
  });
  return ORDER.flatMap((phase) => perTarget.flatMap((phases) => phases[phase]));
}

// src/plan/forced.ts
function planPublishedSinceForced(events, ledger, site, now) {
  const published = new Set(events.filter((e) => publishState(e, site, now) === "published").map((e) => e.id));
  const out = [];
  for (const [key, record] of Object.entries(ledger.deliveries)) {
    let said = null;
    for (const [id, s] of Object.entries(record.said)) {
      if (s.unpublished === void 0 || !published.has(id)) continue;
      const { unpublished: _, ...rest } = s;
      (said ??= { ...record.said })[id] = rest;
    }
    if (said) out.push({ key, record: { ...record, said } });
  }
  return out;
}

// src/run/page-waits.ts
var NO_PAGE_CHECKS = { waiting: [], warnings: [] };
var PAGE_TIMEOUT_MS = 5e3;
var CONCURRENCY = 4;
var NOT_THERE = /* @__PURE__ */ new Set([404, 410]);
function createPageRequester(opts = {}) {
  const timeoutMs = opts.timeoutMs ?? PAGE_TIMEOUT_MS;
  const request = async (url, method) => {
    const res = await fetch(url, {
      method,
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "seminar-announcer (announce.waitForPage)" }
    });
    await res.body?.cancel().catch(() => void 0);
    return res.status;
  };
  return async (url) => {
    try {
      let status = await request(url, "HEAD");
      if (status === 405 || status === 501) status = await request(url, "GET");
      return { status };
    } catch (error) {
      return { error: describeFailure(error, timeoutMs) };
    }
  };
}
function describeFailure(error, timeoutMs) {
  const e = error;
  if (e.name === "TimeoutError" || e.name === "AbortError") return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
  const code = e.cause?.code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `the host name does not resolve (${code})`;
  if (code) return `${code}${e.cause?.message ? `: ${e.cause.message}` : ""}`;
  return e.cause?.message ?? e.message ?? String(error);
}
function firstTellings(actions, ledger) {
  const told = /* @__PURE__ */ new Set();
  for (const r of Object.values(ledger.deliveries))
    if (r.status === "sent" && r.kind !== "reminder") for (const id of r.events) told.add(`${r.channel}
${r.destination}
${id}`);
  const out = /* @__PURE__ */ new Set();
  for (const a of actions)
    if (a.kind === "digest" || a.kind === "announcement" && a.reason !== "manual") {
      for (const id of a.events) if (!told.has(`${a.channel}
${a.destination}
${id}`)) out.add(id);
    }
  return [...out];
}
async function readPageChecks(ctx, ledger, targets, now, mode, requestPage) {
  if (!ctx.config.announce.waitForPage || mode.type === "event") return NO_PAGE_CHECKS;
  const actions = planRun(ctx.events, ledger, ctx.config, ctx.site, now, targets, { mode, unreadable: ctx.unreadable, domain: ctx.siteInfo.domain });
  const ids = firstTellings(actions, ledger);
  const byId = new Map(ctx.events.map((e) => [e.id, e]));
  const pages = ids.flatMap((id) => {
    const url = byId.get(id)?.permalink;
    return url ? [{ id, url }] : [];
  });
  const answers = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++];
      answers.set(page.id, /^https?:\/\//i.test(page.url) ? await requestPage(page.url) : { error: "not an http(s) URL (set baseURL in the Hugo configuration)" });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages.length) }, worker));
  const checks = { waiting: [], warnings: [] };
  for (const { id, url } of pages) {
    const answer = answers.get(id);
    if ("error" in answer) checks.warnings.push({ event: id, url, detail: `${answer.error}; announced anyway` });
    else if (NOT_THERE.has(answer.status)) checks.waiting.push({ event: id, url, status: answer.status });
    else if (answer.status >= 300) checks.warnings.push({ event: id, url, detail: `answered ${answer.status}; announced anyway` });
  }
  return checks;
}
var describeWait = (w) => `${w.event} waits for its page: ${w.url} answers ${w.status} (not on the website yet); it goes out from the first run that finds the page`;
var describePageWarning = (w) => `${w.event}: its page ${w.url} could not be checked: ${w.detail}`;

// src/content/resolve.ts
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

// src/run/prepare.ts
function runContextOf(ctx) {
  return {
    config: ctx.config,
    site: ctx.site,
    siteInfo: siteInfoOf(ctx.site),
    events: ctx.events,
    // A page that is there but gives no talk (unreadable, or no date) is not a deleted talk.
    unreadable: ctx.problems.flatMap((p) => p.eventId ? [p.eventId] : [])
  };
}
function channelTargets(transports) {
  const out = [];
  const { mailer, slack } = transports;
  if (mailer) out.push({ channel: "email", destination: emailDestination(mailer.transport), canSchedule: false });
  if (slack) out.push({ channel: "slack", destination: slack.destination, canSchedule: slack.canSchedule });
  return out;
}
function eventMode(ctx, query, now, force) {
  const event = resolveEvent(ctx.events, query);
  if (!force) {
    const state = publishState(event, ctx.site, now);
    if (state !== "published")
      throw new ConfigError(`${event.id} is not published at ${now.toISOString()} (${state}): its page would be a 404. Use --force to announce it anyway.`);
    if (event.cancelled)
      throw new ConfigError(`${event.id} is cancelled: an announcement would invite people to a talk that will not happen. Use --force to send it anyway.`);
    if (event.start.getTime() <= now.getTime())
      throw new ConfigError(`${event.id} started at ${event.start.toISOString()}; it is not announced. Use --force to send it anyway.`);
  }
  return { type: "event", id: event.id, force };
}
function prepareRun(ctx, ledger, targets, now, mode, pages = NO_PAGE_CHECKS) {
  const options = { mode, unreadable: ctx.unreadable, domain: ctx.siteInfo.domain, waiting: pages.waiting.map((w) => w.event) };
  const actions = planRun(ctx.events, ledger, ctx.config, ctx.site, now, targets, options);
  const massCancel = massCancellations(actions, ctx.events, ledger, ctx.config, ctx.site, now, targets, options);
  const inputs = /* @__PURE__ */ new Map();
  for (const action of actions) {
    const input = actionInputs(action, ctx, now);
    if (input) inputs.set(action.key, input);
  }
  return { actions, inputs, pages, massCancel };
}

// src/run/already-sent.ts
function askedFor(mode, config, now) {
  if (mode.type === "digest") {
    const period = digestPeriodAt(now, config);
    return {
      kind: "digest",
      what: `this period's digest (${period.id})`,
      again: "announce digest --force",
      covers: (r) => r.period === period.id && (r.status === "sent" || r.status === "empty")
    };
  }
  if (mode.type === "event")
    return {
      kind: "announcement",
      what: `the announcement of ${mode.id}`,
      again: `announce --event ${mode.id} --force`,
      covers: (r) => r.events[0] === mode.id && r.status === "sent"
    };
  return null;
}
function alreadySent(mode, ledger, targets, actions, config, now) {
  const ask = askedFor(mode, config, now);
  if (!ask) return [];
  const out = [];
  for (const target of targets) {
    const onTarget = (x) => x.kind === ask.kind && x.channel === target.channel && x.destination === target.destination;
    if (actions.some(onTarget)) continue;
    const latest = Object.values(ledger.deliveries).filter((r) => onTarget(r) && ask.covers(r)).sort((x, y) => y.sentAt.localeCompare(x.sentAt))[0];
    if (latest)
      out.push({ what: ask.what, channel: target.channel, destination: target.destination, sentAt: latest.sentAt, empty: latest.status === "empty", again: ask.again });
  }
  return out;
}

// src/run/outgoing.ts
var threadOf2 = (action) => action.kind === "update" || action.kind === "cancellation" ? action.thread : null;
function outgoingEmail(action, email, config) {
  const thread = threadOf2(action);
  if (!action.messageId) throw new Error(`${action.key}: an email action without a Message-ID`);
  return {
    ...email,
    kind: action.kind,
    events: action.events,
    from: config.email.from,
    to: config.email.to,
    cc: config.email.cc,
    bcc: config.email.bcc,
    replyTo: config.email.replyTo,
    messageId: action.messageId,
    inReplyTo: thread?.messageId ?? null,
    references: thread?.references ?? [],
    headers: listHeaders(config)
  };
}
var slackThreadTs = (action) => threadOf2(action)?.slack?.ts ?? null;
function outgoingSlack(action, payload, threadTs) {
  return { ...payload, kind: action.kind, events: action.events, threadTs, key: action.key };
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

// src/run/records.ts
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

// src/run/deliver.ts
var NOTHING_RENDERED = { email: null, slack: null, edit: null, digests: [] };
function needs(value, what, action) {
  if (value === null) throw new Error(`${action.key}: no ${what} was rendered`);
  return value;
}
async function deliverAction(action, r, ctx, now, deps) {
  const { ledger } = deps;
  const record = recordOf(action, ctx, now);
  const confirmed = (over) => ({ ...record, sentAt: deps.clock().toISOString(), ...over });
  const since = () => deps.clock().toISOString();
  if (action.kind === "digest" && action.events.length === 0) {
    ledger.complete(action.key, { ...record, status: "empty" });
    return { action, status: "done", detail: "nothing to list this period" };
  }
  const quiet = action.kind === "update" && action.quiet;
  if (quiet && action.channel === "email") {
    ledger.complete(action.key, confirmed({}));
    return { action, status: "done", detail: "minor edit: recorded, no email (updates.minor: quiet)" };
  }
  if (action.channel === "email") {
    const mailer = needs(deps.mailer, "mailer", action);
    if (action.kind === "reminder" && action.op === "delete") {
      ledger.complete(action.key, { ...record, status: "deleted" });
      return { action, status: "deleted", detail: null };
    }
    const mail = outgoingEmail(action, needs(r.email, "email", action), ctx.config);
    ledger.begin(action.key, { since: since(), threadTs: null, text: null, record });
    await mailer.sendEmail(mail);
    ledger.complete(action.key, confirmed({}));
    return { action, status: "sent", detail: mailer.destination };
  }
  const slack = needs(deps.slack, "Slack poster", action);
  if (action.kind === "reminder") {
    if (action.replaces) await slack.deleteScheduledMessage(action.replaces.channel, action.replaces.id);
    if (action.op === "delete") {
      ledger.complete(action.key, confirmed({ status: "deleted", scheduled: action.replaces }));
      return { action, status: "deleted", detail: null };
    }
    if (action.op === "schedule") {
      const payload = needs(r.slack, "Slack message", action);
      ledger.begin(action.key, { since: since(), threadTs: null, text: payload.text, record: { ...record, status: "scheduled" } });
      try {
        const res2 = await slack.scheduleMessage(outgoingSlack(action, payload, null), action.at);
        ledger.complete(action.key, confirmed({ status: "scheduled", scheduled: { channel: res2.channel, id: res2.scheduledId } }));
        return { action, status: "scheduled", detail: `for ${action.at.toISOString()}` };
      } catch (error) {
        if (isTimeTooFar(error)) {
          ledger.abandon(action.key);
          return { action, status: "skipped", detail: "more than 120 days ahead: a later run schedules it" };
        }
        if (!isTimeInPast(error)) throw error;
        ledger.abandon(action.key);
      }
    }
  }
  const threadTs = slackThreadTs(action);
  const thread = action.kind === "update" ? action.thread.slack : null;
  if (r.edit && thread?.ts && thread.channel)
    await slack.updateMessage(thread.channel, thread.ts, { ...outgoingSlack(action, r.edit, null), kind: "announcement" });
  let edited = r.edit && thread?.ts ? 1 : 0;
  for (const d of r.digests) {
    try {
      await slack.updateMessage(d.slack.channel, d.slack.ts, { ...outgoingSlack(action, d.payload, null), kind: "digest", events: d.events });
      edited++;
    } catch (error) {
      if (!isUneditable(error)) throw error;
      deps.warn?.(`${action.key}: the digest post ${d.slack.ts} could not be edited (${error.message}); left as it is`);
    }
  }
  if (quiet) {
    ledger.complete(action.key, confirmed({}));
    return { action, status: "done", detail: `minor edit: ${edited} Slack post${edited === 1 ? "" : "s"} edited, no thread reply (updates.minor: quiet)` };
  }
  const before = ledger.data().pending[action.key];
  const attempts = before ? (before.attempts ?? 1) + 1 : 1;
  ledger.begin(action.key, { since: since(), threadTs, text: null, record, ...attempts > 1 ? { attempts } : {} });
  const res = await slack.postMessage(outgoingSlack(action, needs(r.slack, "Slack message", action), threadTs));
  ledger.complete(action.key, confirmed({ slack: { channel: res.channel, ts: res.ts } }));
  return { action, status: "sent", detail: slack.destination };
}

// src/run/errors.ts
function messageOf(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
var exitCodeOf = (error) => error instanceof AnnounceError && error.exitCode === 2 ? 2 : 1;

// src/run/webhook-attempts.ts
var WEBHOOK_ATTEMPTS = 2;
var isWebhookRetry = (p, transport) => !!p && transport === "webhook" && p.record.channel === "slack" && p.record.destination === "webhook";
var attemptsOf = (p) => p.attempts ?? 1;
function resendHint(action) {
  if (action.kind === "digest") return "`announce digest --force --channel slack`";
  const id = action.events[0];
  return id ? `\`announce --event ${id} --force --channel slack\`` : "the command that sends it, with --force";
}
function unconfirmedWebhookPost(action, attempts, last) {
  const what = `the Slack ${action.kind} ${action.events.length ? `of ${action.events.join(", ")} ` : ""}(${action.key})`;
  return new DeliveryError(
    `${what} was posted to the webhook ${attempts} times without a confirmation${last ? ` (last: ${last})` : ""}; it may be in the channel already, even twice, so it is recorded as sent and not posted again. If it is not in the channel, post it with ${resendHint(action)}.`
  );
}

// src/run/recovery.ts
async function recoverPending(ledger, slack, warn) {
  const notes = [];
  for (const [key, p] of Object.entries(ledger.data().pending)) {
    const r = p.record;
    const lookup = slack?.lookup && slack.destination === r.destination ? slack.lookup : null;
    if (r.channel === "slack" && lookup) {
      try {
        if (r.status === "scheduled") {
          const found = await lookup.findScheduled({ postAt: new Date(r.at), text: p.text ?? "" });
          if (found) {
            ledger.complete(key, { ...r, sentAt: p.since, scheduled: { channel: found.channel, id: found.scheduledId } });
            notes.push(`${key}: found scheduled in Slack after an interrupted run; recorded`);
            continue;
          }
        } else if (r.status === "sent") {
          const found = await lookup.findPosted({ kind: r.kind, events: r.events, threadTs: p.threadTs, since: new Date(p.since) });
          if (found) {
            ledger.complete(key, { ...r, sentAt: p.since, slack: { channel: found.channel, ts: found.ts } });
            notes.push(`${key}: found in Slack after an interrupted run; recorded`);
            continue;
          }
        }
      } catch (error) {
        warn(`could not check Slack for ${key} (${messageOf(error)}); it stays pending until a run can`);
        continue;
      }
    } else if (r.channel === "slack" && r.destination === "webhook" && (!slack || slack.destination === "webhook")) {
      continue;
    } else if (r.channel === "email") {
      notes.push(`${key}: an interrupted run may have sent it; sending again with the same Message-ID ${r.messageId ?? ""}`.trim());
    }
    ledger.abandon(key);
  }
  return notes;
}

// src/run/execute.ts
var TURN_EVERY_MS = 50;
async function executeRun(ctx, req, deps) {
  const warn = deps.warn ?? (() => void 0);
  const recovered = req.dryRun ? [] : await recoverPending(deps.ledger, deps.slack, warn);
  if (!req.dryRun) {
    const pending = deps.ledger.data().pending;
    for (const { key, record } of planPublishedSinceForced(ctx.events, deps.ledger.data(), ctx.site, req.now))
      if (!(key in pending)) deps.ledger.complete(key, record);
  }
  const targets = channelTargets(deps);
  const checks = deps.requestPage ? await readPageChecks(ctx, deps.ledger.data(), targets, req.now, req.mode, deps.requestPage) : NO_PAGE_CHECKS;
  for (const w of checks.warnings) warn(describePageWarning(w));
  const { actions, inputs, pages, massCancel } = prepareRun(ctx, deps.ledger.data(), targets, req.now, req.mode, checks);
  if (massCancel.length > 0 && !req.allowMassCancel) throw new ConfigError(describeMassCancel(massCancel));
  const already = alreadySent(req.mode, deps.ledger.data(), targets, actions, ctx.config, req.now);
  const outcomes = [];
  let exitCode = 0;
  const failed = /* @__PURE__ */ new Set();
  const succeeded = /* @__PURE__ */ new Set();
  const fail = (action, error) => {
    failed.add(action.key);
    if (exitCodeOf(error) === 2) exitCode = 2;
    else if (exitCode === 0) exitCode = 1;
    outcomes.push({ action, status: "failed", detail: messageOf(error) });
  };
  const rendered = /* @__PURE__ */ new Map();
  let turn = performance.now();
  for (const action of actions) {
    try {
      rendered.set(action.key, await renderInputs(action, inputs.get(action.key), deps));
    } catch (error) {
      rendered.set(action.key, error instanceof Error ? error : new Error(String(error)));
    }
    if (performance.now() - turn > TURN_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      turn = performance.now();
    }
  }
  const unverified = req.dryRun ? /* @__PURE__ */ new Map() : await verifyTransports(actions, deps);
  for (const action of actions) {
    const r = rendered.get(action.key) ?? NOTHING_RENDERED;
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
    const pending = deps.ledger.data().pending[action.key];
    const webhookRetry = isWebhookRetry(pending, deps.slack?.transport);
    if (webhookRetry && attemptsOf(pending) >= WEBHOOK_ATTEMPTS) {
      deps.ledger.complete(action.key, { ...pending.record, sentAt: pending.since });
      fail(action, unconfirmedWebhookPost(action, attemptsOf(pending), null));
      continue;
    }
    if (pending && !webhookRetry) {
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
      const outcome = await deliverAction(action, r, ctx, req.now, deps);
      outcomes.push(outcome);
      if (outcome.status !== "skipped") succeeded.add(action.key);
    } catch (error) {
      const now = deps.ledger.data().pending[action.key];
      if (error instanceof DeliveryError && error.unsettled && isWebhookRetry(now, deps.slack?.transport)) {
        if (attemptsOf(now) >= WEBHOOK_ATTEMPTS) {
          deps.ledger.complete(action.key, { ...now.record, sentAt: now.since });
          fail(action, unconfirmedWebhookPost(action, attemptsOf(now), messageOf(error)));
        } else {
          warn(`${action.key} may have been posted (the webhook did not confirm it); the next run posts it once more at most`);
          fail(action, error);
        }
        continue;
      }
      if (error instanceof DeliveryError && error.unsettled) warn(`${action.key} may have been delivered and could not be checked; it stays pending until a run can look it up`);
      else deps.ledger.abandon(action.key);
      fail(action, error);
      if (error instanceof AnnounceError && error.name === "LedgerError") break;
    }
  }
  return { now: req.now, dryRun: req.dryRun, outcomes, recovered, alreadySent: already, pages, exitCode };
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
async function renderInputs(action, inputs, deps) {
  if (!inputs) return NOTHING_RENDERED;
  if (action.channel === "email") return { email: await deps.renderEmail(inputs.message), slack: null, edit: null, digests: [] };
  return {
    email: null,
    slack: deps.renderSlack(inputs.message),
    edit: inputs.edit ? deps.renderSlack(inputs.edit) : null,
    digests: inputs.digests.map((d) => ({ slack: d.edit.slack, events: d.edit.events, payload: deps.renderSlack(d.input) }))
  };
}

// src/run/transports.ts
async function createTransports(config, env, only) {
  const outboxDir = config.outbox;
  const [mailer, slack] = await Promise.all([
    only === "slack" ? null : import("./mailer-BSXWNKSU.mjs").then((m) => m.createMailer({ env, config, outboxDir })),
    only === "email" ? null : import("./slack-QDT7ETVT.mjs").then((m) => m.createSlackPoster({ env, config, outboxDir }))
  ]);
  return { mailer, slack };
}

export {
  describeMassCancel,
  WEBHOOK_ATTEMPTS,
  isWebhookRetry,
  attemptsOf,
  createPageRequester,
  readPageChecks,
  describeWait,
  describePageWarning,
  resolveEvent,
  runContextOf,
  channelTargets,
  eventMode,
  prepareRun,
  executeRun,
  createTransports
};
