import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  methodFor,
  renderIcs
} from "./chunk-BQCPZIK3.mjs";
import {
  PARTIAL_NAMES,
  TEMPLATE_NAMES,
  TemplateError,
  renderEmailHtml
} from "./chunk-NID2PTPQ.mjs";
import {
  clipText,
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
  sectionListUrl,
  undisguiseLinks
} from "./chunk-DG736ZTJ.mjs";
import {
  labelsOf,
  languageOf,
  linkName
} from "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import {
  DIGEST_CALENDAR_FILE
} from "./chunk-DHLL2WBJ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/render/email/view.ts
var DIGEST_EXCERPT = 320;
function templateLabels(l) {
  return {
    when: l.t("when"),
    where: l.t("where"),
    cancelled: l.t("cancelled"),
    cancelledBanner: l.t("cancelledBanner"),
    aboutTheSpeaker: l.t("aboutTheSpeaker"),
    addToGoogleCalendar: l.t("addToGoogleCalendar"),
    unsubscribe: l.t("unsubscribe"),
    toUnsubscribe: l.t("toUnsubscribe", { address: "" }).trim(),
    speaker: l.n("speaker", 1),
    speakers: l.n("speaker", 2),
    whatChanged: l.t("whatChanged"),
    cancellationNotice: l.t("cancellationNotice"),
    colon: l.t("colon")
  };
}
function talkView(event, input, digest) {
  const cfg = input.config;
  const labels = labelsOf(cfg);
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
    links.push({ name: linkName(oneLine(l.name), labels) || labels.t("link"), url: u });
  }
  if (url && !seen.has(url)) links.unshift({ name: labels.t(removed ? "allTalks" : "eventPage"), url });
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
    speakersText: labels.list(speakers.map((s) => s.affiliation ? `${s.name} (${s.affiliation})` : s.name)),
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
var sentence = (span) => span.endsWith(".") ? span : `${span}.`;
function withoutPrefixWord(title, prefix) {
  const word = /^\[\s*([^\]]+?)\s*\]$/.exec(prefix)?.[1];
  if (!word) return title;
  const m = new RegExp(`^${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*[:–—-]\\s+`, "iu").exec(title);
  return m && title.length > m[0].length ? title.slice(m[0].length) : title;
}
function renderSubject(input) {
  const labels = labelsOf(input.config);
  const prefix = oneLine(input.config.email.subjectPrefix);
  const first = input.events[0];
  const p = (s) => oneLine(prefix ? `${prefix} ${s}` : s);
  if (input.kind === "digest") {
    const n = input.events.length;
    const span = formatDateSpan(input.events, input.config);
    const talks = labels.n("upcomingTalks", n);
    return p(span ? labels.t("subjectDigest", { talks, dates: span }) : talks);
  }
  if (!first) return p(input.kind);
  const subject = `${withoutPrefixWord(renderInlineText(first.title), prefix)} — ${formatWhenShort(first, input.config)}`;
  if (first.cancelled) return p(labels.t("subjectCancelled", { subject }));
  switch (input.kind) {
    case "announcement":
      return p(subject);
    case "reminder":
      return p(labels.t("subjectReminder", { subject }));
    case "update":
      return p(labels.t("subjectUpdated", { subject }));
    case "cancellation":
      return p(labels.t("subjectCancelled", { subject }));
  }
}
function reminderLead(minutes, labels) {
  if (!minutes) return labels.t("startsSoon");
  if (minutes % 1440 === 0) return labels.n("startsInDays", minutes / 1440);
  if (minutes % 60 === 0) return labels.n("startsInHours", minutes / 60);
  return labels.n("startsInMinutes", minutes);
}
function buildEmailView(input, density = "full") {
  const digest = input.kind === "digest";
  const compact = digest && density !== "full";
  const labels = labelsOf(input.config);
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
      heading = labels.n("upcomingTalks", n);
      intro = `${sentence(formatDateSpan(input.events, input.config))} ${compact ? labels.t("digestIntroCompact", { file: DIGEST_CALENDAR_FILE }) : labels.n("digestIntro", n)}`;
      break;
    }
    case "announcement":
      heading = labels.t("upcomingTalk");
      intro = first ? `${first.whenShort}${first.location ? ` · ${first.location}` : ""}` : "";
      break;
    case "reminder":
      heading = labels.t("reminder");
      intro = reminderLead(input.minutesBefore, labels);
      break;
    case "update":
      heading = labels.t("talkUpdated");
      intro = labels.t("updateIntro");
      break;
    case "cancellation":
      heading = labels.t("talkCancelled");
      intro = labels.t("cancellationIntro");
      break;
  }
  const siteTitle = oneLine(input.site.title) || labels.t("seminar");
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
    calendarNote: methodFor(input) === "CANCEL" ? labels.t("calendarNoteCancel") : digest ? labels.n("calendarNoteDigest", input.events.length, { file: DIGEST_CALENDAR_FILE }) : labels.t("calendarNoteInvite"),
    lang: languageOf(input.config.locale),
    labels: templateLabels(labels),
    compact,
    brief: digest && density === "brief"
  };
}

// src/render/email/text.ts
var TEXT_EXCERPT = 160;
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
function compactTalkText(t, brief, l) {
  const lines = [`${t.timeOfDay}  ${t.cancelled ? `${t.title} (${l.cancelled.toLocaleUpperCase()})` : t.title}`];
  if (!brief && t.speakersText) lines.push(`  ${t.speakersText}`);
  if (!brief && (t.location || t.address)) lines.push(`  ${[t.location, t.address].filter(Boolean).join(", ")}`);
  if (t.url) lines.push(`  ${t.url}`);
  return lines.join("\n");
}
function talkText(t, full, l) {
  const lines = [];
  const heading = t.cancelled ? `${t.title} (${l.cancelled.toLocaleUpperCase()})` : t.title;
  lines.push(heading, "-".repeat(Math.max([...heading].length, 3)));
  const c = l.colon;
  if (t.speakersText) lines.push(`${t.speakers.length > 1 ? l.speakers : l.speaker}${c}${t.speakersText}`);
  for (const s of t.speakers) if (s.url) lines.push(`  ${s.name}${c}${s.url}`);
  lines.push(`${l.when}${c}${t.when}`);
  if (t.location || t.address) lines.push(`${l.where}${c}${[t.location, t.address].filter(Boolean).join(", ")}`);
  if (full && t.abstractText) lines.push("", t.abstractText);
  if (!full && t.excerpt) lines.push("", wrap(clipText(t.excerpt, TEXT_EXCERPT)));
  if (full && t.bioText) lines.push("", `${l.aboutTheSpeaker}${c.trimEnd()}`, t.bioText);
  lines.push("");
  for (const link of t.links) lines.push(`${link.name}${c}${link.url}`);
  if (!t.cancelled) lines.push(`${l.addToGoogleCalendar}${c}${t.calendarUrl}`);
  return lines.join("\n");
}
function renderText(view) {
  const out = [];
  out.push(view.siteTitle, "", view.heading.toUpperCase(), view.intro, "");
  if (view.changes.length) {
    out.push(`${view.labels.whatChanged}${view.labels.colon.trimEnd()}`, ...view.changes.map((c2) => `  - ${c2}`), "");
  }
  if (view.kind === "digest") {
    for (const day of view.days) {
      out.push(`--- ${day.heading} ---`, "");
      for (const t of day.talks) out.push(view.compact ? compactTalkText(t, view.brief, view.labels) : talkText(t, false, view.labels), "");
    }
  } else {
    for (const t of view.talks) out.push(talkText(t, true, view.labels), "");
  }
  out.push("--");
  const c = view.labels.colon;
  if (view.siteUrl) out.push(`${view.siteTitle}${c}${view.siteUrl}`);
  if (view.unsubscribeUrl) out.push(`${view.labels.unsubscribe}${c}${view.unsubscribeUrl}`);
  else if (view.unsubscribeText) out.push(`${view.labels.unsubscribe}${c}${view.unsubscribeText}`);
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}
`;
}

// src/render/bidi.ts
var RAW = /[\u202A-\u202E\u2066-\u2069]/g;
var ENTITY = /&#(?:x0*(?:202[a-e]|206[6-9])|0*(?:823[4-8]|829[4-7]));/gi;
var ENCODED = /%E2%80%A[A-E]|%E2%81%A[6-9]/gi;
function stripBidi(text) {
  return text.replace(RAW, "").replace(ENTITY, "").replace(ENCODED, "");
}

// src/render/caps.ts
var CAPS = { title: 500, abstract: 5e4, bio: 2e4, summary: 2e3, short: 500, subject: 150 };
function capText(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max + 1));
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, "")}…`;
}
function capMarkdown(text, max, permalink) {
  if (text === null || text.length <= max) return text;
  const more = /^https?:\/\//.test(permalink) ? `

[Read more on the talk's page](${permalink})` : "";
  return `${capText(text, max)}${more}`;
}
var capShort = (text, max = CAPS.short) => text === null ? null : capText(text, max);
function capEvent(e) {
  return {
    ...e,
    title: capText(e.title, CAPS.title),
    location: capShort(e.location),
    address: capShort(e.address),
    eventName: capShort(e.eventName),
    summary: capShort(e.summary, CAPS.summary),
    abstract: capMarkdown(e.abstract, CAPS.abstract, e.permalink),
    bio: capMarkdown(e.bio, CAPS.bio, e.permalink),
    speakers: e.speakers.slice(0, 50).map((s) => ({ ...s, name: capText(s.name, CAPS.short), affiliation: capShort(s.affiliation) })),
    links: e.links.slice(0, 50).map((l) => ({ ...l, name: capText(l.name, CAPS.short) }))
  };
}
var capInput = (input) => ({ ...input, events: input.events.map(capEvent) });
var capSubject = (subject) => capText(subject, CAPS.subject);

// src/render/email/index.ts
var LONG_WEEK = 12;
var HTML_BUDGET = 90 * 1024;
var bytes = (s) => new TextEncoder().encode(s).length;
async function renderEmail(input, templates) {
  const capped = capInput(input);
  let density = capped.kind === "digest" && capped.events.length > LONG_WEEK ? "compact" : "full";
  for (; ; ) {
    const view = buildEmailView(capped, density);
    const html = undisguiseLinks(stripBidi(squeezeWhitespace(await renderEmailHtml(view, templates))));
    const next = capped.kind !== "digest" || bytes(html) <= HTML_BUDGET ? null : density === "full" ? "compact" : density === "compact" ? "brief" : null;
    if (next) {
      density = next;
      continue;
    }
    const calendar = capped.events.length ? renderIcs(capped) : null;
    return {
      subject: capSubject(stripBidi(view.subject)),
      html,
      text: stripBidi(renderText(view)),
      calendar: calendar ? { ...calendar, content: stripBidi(calendar.content) } : null
    };
  }
}
function squeezeWhitespace(html) {
  return html.split(/(<pre\b[\s\S]*?<\/pre>)/i).map((part, i) => i % 2 === 1 ? part : part.replace(/[ \t]*\n\s*/g, "\n")).join("");
}
export {
  HTML_BUDGET,
  LONG_WEEK,
  PARTIAL_NAMES,
  TEMPLATE_NAMES,
  TemplateError,
  buildEmailView,
  renderEmail,
  renderSubject,
  squeezeWhitespace
};
