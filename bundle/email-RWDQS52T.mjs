import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  methodFor,
  renderIcs
} from "./chunk-HXWLRV22.mjs";
import {
  dayKey,
  formatDateSpan,
  formatDayHeading,
  formatTimeOfDay,
  formatWhen,
  formatWhenShort,
  googleCalendarUrl,
  oneLine,
  renderInlineHtml,
  renderInlineText,
  renderMarkdownExcerpt,
  renderMarkdownHtml,
  renderMarkdownText,
  safeUrl,
  sectionListUrl
} from "./chunk-PO4TLY44.mjs";
import "./chunk-H2CRAU5Q.mjs";
import {
  PARTIAL_NAMES,
  TEMPLATE_NAMES,
  TemplateError,
  renderEmailHtml
} from "./chunk-D4BKSWZI.mjs";
import "./chunk-VRJ3Q27L.mjs";
import "./chunk-N42HBIFI.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/render/email/view.ts
var DIGEST_EXCERPT = 320;
function joinNames(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
function talkView(event, input, digest) {
  const cfg = input.config;
  const speakers = event.speakers.map((s) => ({
    name: renderInlineText(s.name),
    nameHtml: renderInlineHtml(s.name, { links: false }),
    affiliation: renderInlineText(s.affiliation) || null,
    affiliationHtml: renderInlineHtml(s.affiliation) || null,
    url: safeUrl(s.url)
  })).filter((s) => s.name);
  const removed = input.kind === "cancellation" && input.removed === true;
  const url = safeUrl(removed ? sectionListUrl(input.site.baseURL, event.section) : event.permalink);
  const links = [];
  const seen = /* @__PURE__ */ new Set();
  for (const l of event.links) {
    const u = safeUrl(l.url);
    if (!u || seen.has(u)) continue;
    seen.add(u);
    links.push({ name: oneLine(l.name) || "Link", url: u });
  }
  if (url && !seen.has(url)) links.unshift({ name: removed ? "All talks" : "Event page", url });
  const title = renderInlineText(event.title);
  return {
    id: event.id,
    title,
    titleHtml: renderInlineHtml(event.title, { links: false }),
    url,
    when: formatWhen(event, cfg),
    whenShort: formatWhenShort(event, cfg),
    timeOfDay: formatTimeOfDay(event, cfg),
    location: renderInlineText(event.location) || null,
    locationHtml: renderInlineHtml(event.location) || null,
    address: renderInlineText(event.address) || null,
    addressHtml: renderInlineHtml(event.address) || null,
    speakers,
    speakersText: joinNames(speakers.map((s) => s.affiliation ? `${s.name} (${s.affiliation})` : s.name)),
    abstractHtml: digest ? "" : renderMarkdownHtml(event.abstract ?? event.summary),
    abstractText: digest ? "" : renderMarkdownText(event.abstract ?? event.summary),
    bioHtml: digest ? "" : renderMarkdownHtml(event.bio),
    bioText: digest ? "" : renderMarkdownText(event.bio),
    excerpt: digest ? renderMarkdownExcerpt(event.abstract ?? event.summary, DIGEST_EXCERPT) : "",
    links,
    calendarUrl: googleCalendarUrl(event, url ?? ""),
    cancelled: event.cancelled || input.kind === "cancellation",
    seriesName: event.eventName ? oneLine(event.eventName) : null
  };
}
function renderSubject(input) {
  const prefix = oneLine(input.config.email.subjectPrefix);
  const first = input.events[0];
  const p = (s) => oneLine(prefix ? `${prefix} ${s}` : s);
  if (input.kind === "digest") {
    const n = input.events.length;
    const span = formatDateSpan(input.events, input.config);
    return p(`${n} upcoming ${n === 1 ? "talk" : "talks"}${span ? `: ${span}` : ""}`);
  }
  if (!first) return p(input.kind);
  const base = `${renderInlineText(first.title)} — ${formatWhenShort(first, input.config)}`;
  if (first.cancelled) return p(`Cancelled: ${base}`);
  switch (input.kind) {
    case "announcement":
      return p(base);
    case "reminder":
      return p(`Starting soon: ${base}`);
    case "update":
      return p(`Updated: ${base}`);
    case "cancellation":
      return p(`Cancelled: ${base}`);
  }
}
function reminderLead(minutes) {
  if (!minutes) return "This talk starts soon.";
  if (minutes % 1440 === 0) return `This talk starts in ${minutes / 1440} day${minutes === 1440 ? "" : "s"}.`;
  if (minutes % 60 === 0) return `This talk starts in ${minutes / 60} hour${minutes === 60 ? "" : "s"}.`;
  return `This talk starts in ${minutes} minutes.`;
}
function buildEmailView(input) {
  const digest = input.kind === "digest";
  const talks = input.events.map((e) => talkView(e, input, digest));
  const days = [];
  if (digest) {
    const byDay = /* @__PURE__ */ new Map();
    input.events.forEach((e, i) => {
      const key = dayKey(e, input.config);
      if (!byDay.has(key)) byDay.set(key, []);
      byDay.get(key).push(talks[i]);
    });
    for (const key of [...byDay.keys()].sort()) days.push({ heading: formatDayHeading(key, input.config), talks: byDay.get(key) });
  }
  const first = talks[0];
  let heading;
  let intro;
  switch (input.kind) {
    case "digest": {
      const n = talks.length;
      heading = `${n} upcoming ${n === 1 ? "talk" : "talks"}`;
      intro = `${formatDateSpan(input.events, input.config)}. ${n === 1 ? "Add it" : "Add any of them"} to your calendar with one click.`;
      break;
    }
    case "announcement":
      heading = "Upcoming talk";
      intro = first ? `${first.whenShort}${first.location ? ` · ${first.location}` : ""}` : "";
      break;
    case "reminder":
      heading = "Reminder";
      intro = reminderLead(input.minutesBefore);
      break;
    case "update":
      heading = "Talk updated";
      intro = "The details of this talk have changed. The new details are below; your calendar entry is updated.";
      break;
    case "cancellation":
      heading = "Talk cancelled";
      intro = "This talk has been cancelled and will not take place. The calendar entry is withdrawn.";
      break;
  }
  const siteTitle = oneLine(input.site.title) || "Seminar";
  const subject = renderSubject(input);
  const preheader = oneLine(
    digest ? talks.map((t) => t.title).join(" · ") : `${heading}: ${first?.title ?? ""} — ${first?.when ?? ""}`
  ).slice(0, 140);
  const unsubscribe = input.config.email.unsubscribe;
  const unsubscribeUrl = unsubscribe ? safeUrl(unsubscribe) ?? (/^[^\s@:<>]+@[^\s@:<>]+$/.test(unsubscribe.trim()) ? safeUrl(`mailto:${unsubscribe.trim()}`) : null) : null;
  return {
    kind: input.kind,
    subject,
    preheader,
    siteTitle,
    siteUrl: safeUrl(input.site.baseURL),
    heading,
    intro,
    changes: input.kind === "update" ? input.changes.map(oneLine).filter(Boolean) : [],
    talks,
    days,
    listId: input.config.email.listId ? oneLine(input.config.email.listId) : null,
    unsubscribeUrl,
    unsubscribeText: unsubscribe && !unsubscribeUrl ? oneLine(unsubscribe) : null,
    calendarNote: methodFor(input) === "CANCEL" ? "The calendar invitation in this email removes the talk from your calendar." : digest ? "The calendar invitation in this email adds these talks to your calendar and keeps them up to date." : "The calendar invitation in this email adds the talk to your calendar and keeps it up to date."
  };
}

// src/render/email/text.ts
function wrap(text, width = 78) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
function talkText(t, full) {
  const lines = [];
  const heading = t.cancelled ? `${t.title} (CANCELLED)` : t.title;
  lines.push(heading, "=".repeat(Math.max([...heading].length, 3)));
  if (t.speakersText) lines.push(`Speaker${t.speakers.length > 1 ? "s" : ""}: ${t.speakersText}`);
  for (const s of t.speakers) if (s.url) lines.push(`  ${s.name}: ${s.url}`);
  lines.push(`When: ${t.when}`);
  if (t.location || t.address) lines.push(`Where: ${[t.location, t.address].filter(Boolean).join(", ")}`);
  if (full && t.abstractText) lines.push("", t.abstractText);
  if (!full && t.excerpt) lines.push("", wrap(t.excerpt));
  if (full && t.bioText) lines.push("", "About the speaker:", t.bioText);
  lines.push("");
  for (const l of t.links) lines.push(`${l.name}: ${l.url}`);
  if (!t.cancelled) lines.push(`Add to Google Calendar: ${t.calendarUrl}`);
  return lines.join("\n");
}
function renderText(view) {
  const out = [];
  out.push(view.siteTitle, "", view.heading.toUpperCase(), view.intro, "");
  if (view.changes.length) {
    out.push("What changed:", ...view.changes.map((c) => `  - ${c}`), "");
  }
  if (view.kind === "digest") {
    for (const day of view.days) {
      out.push(`--- ${day.heading} ---`, "");
      for (const t of day.talks) out.push(talkText(t, false), "");
    }
  } else {
    for (const t of view.talks) out.push(talkText(t, true), "");
  }
  out.push("--");
  if (view.siteUrl) out.push(`${view.siteTitle}: ${view.siteUrl}`);
  if (view.unsubscribeUrl) out.push(`Unsubscribe: ${view.unsubscribeUrl}`);
  else if (view.unsubscribeText) out.push(`Unsubscribe: ${view.unsubscribeText}`);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}
`;
}

// src/render/email/index.ts
async function renderEmail(input, templates) {
  const view = buildEmailView(input);
  return {
    subject: view.subject,
    html: await renderEmailHtml(view, templates),
    text: renderText(view),
    calendar: input.events.length ? renderIcs(input) : null
  };
}
export {
  PARTIAL_NAMES,
  TEMPLATE_NAMES,
  TemplateError,
  buildEmailView,
  renderEmail,
  renderSubject
};
