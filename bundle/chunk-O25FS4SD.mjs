import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  publishState
} from "./chunk-VG3RP6FZ.mjs";
import {
  DateTime
} from "./chunk-CMPU4VWF.mjs";
import {
  deliveryKey,
  messageIdFor,
  saidOf
} from "./chunk-CBSC5HSP.mjs";

// src/plan/changes.ts
function describeChanges(before, after, zone, locale) {
  const changes = [];
  const when = (iso, withDay) => {
    if (iso === null) return "none";
    const dt = DateTime.fromISO(iso, { zone }).setLocale(locale);
    return dt.toFormat(withDay ? "ccc d LLL HH:mm" : "HH:mm");
  };
  if (before.cancelled && !after.cancelled) changes.push("Going ahead after all (it had been cancelled)");
  if (before.start !== after.start) {
    const sameDay = before.start.slice(0, 10) === after.start.slice(0, 10);
    changes.push(`Time: ${when(before.start, true)} → ${when(after.start, !sameDay)}`);
  } else if (before.end !== after.end) {
    changes.push(`Ends: ${when(before.end, false)} → ${when(after.end, false)}`);
  }
  if (before.location !== after.location) changes.push(`Location: ${before.location ?? "none"} → ${after.location ?? "none"}`);
  if (before.title !== after.title) changes.push(`Title: “${before.title}” → “${after.title}”`);
  const names = (s) => s.speakers.map((p) => p.affiliation ? `${p.name} (${p.affiliation})` : p.name).join(", ") || "none";
  if (names(before) !== names(after)) changes.push(`Speakers: ${names(before)} → ${names(after)}`);
  else if (JSON.stringify(before.speakers) !== JSON.stringify(after.speakers)) changes.push("Speaker details changed");
  return changes;
}

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

// src/plan/plan-run.ts
var MINUTE = 6e4;
var SCHEDULE_MARGIN_MS = 6e4;
function planRun(events, ledger, config, site, now, channels, options = {}) {
  const mode = options.mode ?? { type: "run" };
  const unreadable = new Set(options.unreadable ?? []);
  const host = hostOf(site.baseURL);
  const byId = new Map(events.map((e) => [e.id, e]));
  const forced = mode.type === "event" && mode.force ? mode.id : null;
  const isPublished = (e) => e.id === forced || publishState(e, site, now) === "published";
  const upcoming = events.filter((e) => isPublished(e) && !e.cancelled && e.start.getTime() > now.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  const histories = indexLedger(ledger);
  const sequenceOf = maxSequences(ledger);
  const period = digestPeriodAt(now, config);
  const phases = [[], [], [], [], [], []];
  const [cancellations, deletions, updates, digests, announcements, reminders] = phases;
  for (const target of channels) {
    const { channel, destination } = target;
    const historyOf = (id) => histories.get(`${channel}
${destination}
${id}`);
    const toldThisRun = /* @__PURE__ */ new Map();
    const forcedUnpublished = [];
    if (mode.type === "run") {
      for (const [id, history] of historiesOn(histories, channel, destination)) {
        const last = lastSaid(history, id);
        if (!last) continue;
        const event = byId.get(id);
        const seq = (sequenceOf.get(id) ?? 0) + 1;
        const common = {
          channel,
          destination,
          events: [id],
          event: id,
          at: now,
          after: null,
          sequence: { [id]: seq },
          thread: threadOf(history, id),
          previous: last
        };
        if (!event && unreadable.has(id)) continue;
        const stillForced = event !== void 0 && !event.cancelled && !isPublished(event) && last.unpublished !== void 0;
        if (stillForced) forcedUnpublished.push(event);
        if (!stillForced && (!event || !isPublished(event) || event.cancelled)) {
          for (const [minutes, r] of history.reminders) {
            if (r.record.status === "scheduled" && r.record.scheduled && Date.parse(r.record.at) > now.getTime())
              deletions.push(reminderDelete(r.key, id, minutes, r.record, now));
          }
          if (last.cancelled || now.getTime() >= Date.parse(last.start)) continue;
          const key2 = deliveryKey("cancellation", `${id}#${seq}`, channel, destination);
          cancellations.push({
            kind: "cancellation",
            key: key2,
            reason: cancellationReason(event, event ? publishState(event, site, now) : null),
            messageId: channel === "email" ? messageIdFor(key2, "cancellation", id, host) : null,
            ...common
          });
          continue;
        }
        const said = saidOf(event);
        if (said.fingerprint === last.fingerprint) continue;
        if (now.getTime() >= Math.min(event.start.getTime(), Date.parse(last.start))) continue;
        const key = deliveryKey("update", `${id}#${seq}`, channel, destination);
        if (last.cancelled) toldThisRun.set(id, key);
        updates.push({
          kind: "update",
          key,
          changes: describeChanges(last, said, config.timezone, config.locale),
          messageId: channel === "email" ? messageIdFor(key, "update", id, host) : null,
          ...common
        });
      }
    }
    const wantDigest = mode.type === "digest" || mode.type === "run" && config.digest.enabled;
    if (wantDigest) {
      let subject = period.id;
      const done = deliveryKey("digest", subject, channel, destination) in ledger.deliveries;
      if (done && mode.type === "digest" && mode.force) subject = freeVariant(ledger, "digest", period.id, channel, destination);
      if (!done || subject !== period.id) {
        const listed = upcoming.filter((e) => e.start.getTime() < period.to.getTime());
        const key = deliveryKey("digest", subject, channel, destination);
        digests.push({
          kind: "digest",
          key,
          channel,
          destination,
          events: listed.map((e) => e.id),
          at: period.start,
          after: null,
          period,
          messageId: channel === "email" ? messageIdFor(key, "digest", `digest-${subject}`, host) : null,
          sequence: Object.fromEntries(listed.map((e) => [e.id, sequenceOf.get(e.id) ?? 0]))
        });
        for (const e of listed) toldThisRun.set(e.id, key);
      }
    }
    const announce = (e, reason, subject = e.id) => {
      const key = deliveryKey("announcement", subject, channel, destination);
      announcements.push({
        kind: "announcement",
        key,
        channel,
        destination,
        events: [e.id],
        event: e.id,
        at: reason === "due" ? announceFrom(e, config) : now,
        after: null,
        reason,
        messageId: channel === "email" ? messageIdFor(key, "announcement", subject, host) : null,
        sequence: { [e.id]: sequenceOf.get(e.id) ?? 0 }
      });
      if (!toldThisRun.has(e.id)) toldThisRun.set(e.id, key);
    };
    if (mode.type === "event") {
      const e = byId.get(mode.id);
      if (e) {
        const own = historyOf(e.id)?.ownAnnouncements ?? [];
        if (own.length === 0) announce(e, "manual");
        else if (mode.force) announce(e, "manual", freeVariant(ledger, "announcement", e.id, channel, destination));
      }
    } else if (mode.type === "run") {
      const each = config.announce.mode === "each" || !config.digest.enabled;
      for (const e of upcoming) {
        const history = historyOf(e.id);
        if (history && lastSaid(history, e.id)?.cancelled) continue;
        if (each) {
          if ((history?.ownAnnouncements.length ?? 0) > 0) continue;
          if (now.getTime() >= announceFrom(e, config).getTime()) announce(e, "due");
        } else {
          if ((history?.told.length ?? 0) > 0 || toldThisRun.has(e.id)) continue;
          if (e.start.getTime() < period.next.getTime()) announce(e, "late");
        }
      }
    }
    const minutesList = channel === "slack" ? config.reminders.slack : config.reminders.email;
    if (minutesList.length === 0) continue;
    const remindable = [...upcoming, ...forcedUnpublished.filter((e) => e.start.getTime() > now.getTime())];
    for (const e of remindable) {
      if (mode.type === "event" && e.id !== mode.id) continue;
      if (mode.type === "digest" && !toldThisRun.has(e.id)) continue;
      const history = historyOf(e.id);
      const last = history ? lastSaid(history, e.id) : null;
      const toldBefore = last !== null && !last.cancelled;
      if (!toldBefore && !toldThisRun.has(e.id)) continue;
      for (const minutes of minutesList) {
        if (e.allDay && minutes < 24 * 60) continue;
        const at = new Date(e.start.getTime() - minutes * MINUTE);
        const key = deliveryKey("reminder", `${e.id}@${minutes}m`, channel, destination);
        const existing = ledger.deliveries[key];
        const stillScheduled = existing?.status === "scheduled" && existing.scheduled && Date.parse(existing.at) > now.getTime() ? existing.scheduled : null;
        if (existing && existing.status !== "deleted" && existing.at === at.toISOString()) {
          if (!stillScheduled || !reminderOutdated(existing, e)) continue;
        }
        let op = null;
        if (target.canSchedule && at.getTime() > now.getTime() + SCHEDULE_MARGIN_MS) op = "schedule";
        else if (at.getTime() <= now.getTime() || target.canSchedule) op = "post";
        if (op === null) continue;
        reminders.push({
          kind: "reminder",
          key,
          channel,
          destination,
          events: [e.id],
          event: e.id,
          minutesBefore: minutes,
          op,
          replaces: stillScheduled,
          at,
          after: toldBefore ? null : toldThisRun.get(e.id) ?? null,
          messageId: channel === "email" ? messageIdFor(key, "reminder", `${e.id}-${minutes}m`, host) : null,
          sequence: { [e.id]: sequenceOf.get(e.id) ?? 0 }
        });
      }
    }
  }
  return phases.flat();
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
function* historiesOn(histories, channel, destination) {
  const prefix = `${channel}
${destination}
`;
  for (const [slot, h] of histories) if (slot.startsWith(prefix)) yield [slot.slice(prefix.length), h];
}
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
function maxSequences(ledger) {
  const out = /* @__PURE__ */ new Map();
  for (const r of Object.values(ledger.deliveries))
    if (r.kind === "update" || r.kind === "cancellation")
      for (const id of r.events) out.set(id, Math.max(out.get(id) ?? 0, r.sequence));
  return out;
}
function freeVariant(ledger, kind, subject, channel, destination) {
  for (let n = 2; ; n++) {
    const candidate = `${subject}~${n}`;
    if (!(deliveryKey(kind, candidate, channel, destination) in ledger.deliveries)) return candidate;
  }
}
function hostOf(baseURL) {
  try {
    return new URL(baseURL).hostname || "localhost";
  } catch {
    return "localhost";
  }
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

export {
  describeChanges,
  digestPeriodAt,
  planRun,
  planPublishedSinceForced
};
