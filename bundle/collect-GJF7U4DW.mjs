import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  sampleInputs
} from "./chunk-XMEKVYC2.mjs";
import {
  announcementInput
} from "./chunk-4GXARHDK.mjs";
import {
  publishState
} from "./chunk-ZJI3GMAH.mjs";
import "./chunk-F7YHUHAU.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-DG736ZTJ.mjs";
import "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import {
  MESSAGE_KINDS
} from "./chunk-DHLL2WBJ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/preview/collect.ts
var slugPart = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "x";
function labelOf(input, minutes) {
  const title = input.events[0]?.title ?? "";
  switch (input.kind) {
    case "digest":
      return `Digest (${input.events.length} talk${input.events.length === 1 ? "" : "s"})`;
    case "reminder":
      return `Reminder ${minutes ?? ""} min before: ${title}`;
    default:
      return `${input.kind[0].toUpperCase()}${input.kind.slice(1)}: ${title}`;
  }
}
var fmt = (d) => d.toISOString().replace(".000Z", "Z");
function noteOf(action, now) {
  if (action.kind === "reminder" && action.op === "schedule") return `scheduled in Slack for ${fmt(action.at)}`;
  if (action.kind === "announcement" && action.reason === "late") return "announced on its own: no digest lists it before it starts";
  if (action.kind === "announcement" && action.reason === "manual") return "announced now (--event)";
  return action.at.getTime() <= now.getTime() ? `due since ${fmt(action.at)}` : `due at ${fmt(action.at)}`;
}
async function collectPreview(src) {
  const { ctx, now, targets, only } = src;
  const { actions, inputs } = src.prepared;
  const messages = [];
  const notes = [];
  const groups = /* @__PURE__ */ new Map();
  const slugs = /* @__PURE__ */ new Set();
  const uniqueSlug = (base) => {
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return slug;
  };
  const render = async (input, channel, into, key, op) => {
    try {
      if (channel === "email") {
        const r = await src.renderEmail(input);
        into.email = { subject: r.subject, html: r.html, text: r.text, ics: r.calendar?.content ?? null, key };
      } else {
        into.slack = { payload: src.renderSlack(input), key, op };
      }
    } catch (error) {
      into.error = `${channel}: ${error.message}`;
    }
  };
  for (const action of actions) {
    if (action.kind === "reminder" && action.op === "delete") {
      notes.push(`The scheduled Slack reminder ${action.key} would be deleted.`);
      continue;
    }
    if (action.kind === "digest" && action.events.length === 0) {
      notes.push(`The digest of the period starting ${fmt(action.period.start)} (${action.channel}) has no talk to list: nothing is sent.`);
      continue;
    }
    if (action.kind === "update" && action.quiet) {
      notes.push(`A minor edit of ${action.event} (${action.channel}) is recorded and corrects the Slack posts, with no message (updates.minor: quiet).`);
      continue;
    }
    const minutes = action.kind === "reminder" ? action.minutesBefore : void 0;
    const group = `${action.kind}|${action.events.join(",")}|${minutes ?? ""}|${action.kind === "digest" ? action.period.id : ""}`;
    const input = inputs.get(action.key)?.message;
    if (!input) continue;
    let entry = groups.get(group);
    if (!entry) {
      const subject = action.kind === "digest" ? action.period.id : `${action.events[0] ?? ""}${minutes ? `-${minutes}m` : ""}`;
      entry = {
        slug: uniqueSlug(`${String(messages.length + 1).padStart(2, "0")}-${action.kind}-${slugPart(subject)}`),
        kind: action.kind,
        source: "plan",
        label: labelOf(input, minutes),
        events: action.events,
        at: action.at,
        note: noteOf(action, now),
        email: null,
        slack: null,
        error: null
      };
      groups.set(group, entry);
      messages.push(entry);
    }
    const op = action.kind === "reminder" && action.op === "schedule" ? "schedule" : "post";
    await render(input, action.channel, entry, action.key, op);
  }
  const upcoming = ctx.events.filter((e) => e.start.getTime() > now.getTime() && (!only || e.id === only.id)).sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id)).map((event) => ({
    event,
    state: publishState(event, ctx.site, now),
    messages: messages.filter((m) => m.events.includes(event.id)).map((m) => m.slug)
  }));
  const maxTalks = src.maxTalks ?? 25;
  const channels = targets.map((t) => t.channel);
  for (const talk of upcoming.slice(0, maxTalks)) {
    if (talk.event.cancelled || messages.some((m) => m.kind === "announcement" && m.events.includes(talk.event.id))) continue;
    const input = announcementInput(ctx, now, talk.event, { [talk.event.id]: 0 });
    const entry = {
      slug: uniqueSlug(`talk-${slugPart(talk.event.id)}`),
      kind: "announcement",
      source: "talk",
      label: `Announcement: ${talk.event.title}`,
      events: [talk.event.id],
      at: now,
      note: talk.state === "published" ? "what its announcement looks like" : `what its announcement will look like (the page is ${talk.state} now)`,
      email: null,
      slack: null,
      error: null
    };
    for (const channel of channels) await render(input, channel, entry, null, "post");
    messages.push(entry);
    talk.messages.push(entry.slug);
  }
  if (upcoming.length > maxTalks) notes.push(`Only the first ${maxTalks} upcoming talks have an announcement preview.`);
  const next = upcoming.find((t) => !t.event.cancelled)?.event;
  const samples = sampleInputs(ctx.config, { talk: next, site: ctx.siteInfo, now });
  for (const kind of MESSAGE_KINDS) {
    const input = samples[kind];
    const entry = {
      slug: uniqueSlug(`sample-${kind}-${slugPart(input.events[0]?.id ?? "none")}`),
      kind,
      source: "sample",
      label: labelOf(input, kind === "reminder" ? samples.reminder.minutesBefore : void 0),
      events: input.events.map((e) => e.id),
      at: now,
      note: `what ${kind === "announcement" || kind === "update" ? "an" : "a"} ${kind} looks like${next ? "" : " (a sample talk: the site has no upcoming one)"}`,
      email: null,
      slack: null,
      error: null
    };
    for (const channel of channels) await render(input, channel, entry, null, "post");
    messages.push(entry);
  }
  return {
    now,
    siteTitle: ctx.site.title,
    zone: ctx.config.timezone,
    locale: ctx.config.locale,
    targets: targets.map((t) => `${t.channel} → ${t.destination}`),
    messages,
    upcoming,
    problems: src.problems,
    notes
  };
}
export {
  collectPreview
};
