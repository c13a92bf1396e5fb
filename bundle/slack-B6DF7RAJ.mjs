import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  renderBlockKitBuilderUrl
} from "./chunk-ALNNIUKB.mjs";
import {
  MarkdownItCallable,
  dateText,
  dayKey,
  formatDayHeading,
  formatWhen,
  googleCalendarUrl,
  labelDisguisesUrl,
  sectionListUrl
} from "./chunk-DG736ZTJ.mjs";
import {
  DateTime,
  eventZone,
  labelsOf,
  languageOf
} from "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/render/slack/limits.ts
var LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3e3,
  fields: 10,
  fieldText: 2e3,
  buttonText: 75,
  url: 3e3,
  contextElements: 10,
  actionsElements: 25,
  /** Slack recommends keeping the whole message readable; about 12,000 characters of text in all blocks. */
  totalChars: 12e3,
  /** The top-level `text` fallback (used in notifications); Slack truncates very long ones. */
  fallbackText: 3e3
};
var ELLIPSIS = "…";
function truncateMrkdwn(text, max, suffix = ELLIPSIS) {
  if (text.length <= max) return text;
  const room = Math.max(0, max - suffix.length);
  let cut = room;
  const lastOpen = text.lastIndexOf("<", cut - 1);
  const lastClose = text.lastIndexOf(">", cut - 1);
  if (lastOpen > lastClose) cut = lastOpen;
  const amp = text.lastIndexOf("&", cut - 1);
  if (amp >= 0 && amp > cut - 6 && !text.slice(amp, cut).includes(";")) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 55296 && code <= 56319) cut -= 1;
  let head = text.slice(0, cut);
  head = head.replace(/\s+$/u, "");
  return head + suffix;
}
function truncatePlain(text, max) {
  return truncateMrkdwn(text, max, ELLIPSIS);
}

// src/render/slack/escape.ts
function escapeSlack(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function cleanText(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "");
}
function safeText(text) {
  return escapeSlack(cleanText(text));
}
function safeHttpUrl(raw) {
  if (!raw) return null;
  let u;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  if (!u.hostname) return null;
  return u.href;
}
function slackLinkUrl(url) {
  return url.replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/&/g, "&amp;");
}
function renderLink(rawUrl, escapedLabel) {
  const url = safeHttpUrl(rawUrl);
  if (!url) return escapedLabel;
  const label = labelDisguisesUrl(escapedLabel, url) ? "" : escapedLabel.replace(/\|/g, "¦").replace(/\s*\n\s*/g, " ").trim();
  return label ? `<${slackLinkUrl(url)}|${label}>` : `<${slackLinkUrl(url)}>`;
}

// src/render/slack/blocks.ts
var mrkdwnText = (text) => ({ type: "mrkdwn", text, verbatim: true });
function readMore(url, label) {
  const safe = safeHttpUrl(url);
  return safe && label && safe.length <= LIMITS.url ? `${ELLIPSIS} <${slackLinkUrl(safe)}|${label}>` : ELLIPSIS;
}
function headerBlock(text, fallback2) {
  const escaped = truncatePlain(safeText(text).replace(/\s+/g, " ").trim() || safeText(fallback2).trim() || "…", LIMITS.headerText);
  return { type: "header", text: { type: "plain_text", text: escaped, emoji: true } };
}
function sectionBlock(body, moreUrl, moreLabel) {
  return { type: "section", text: mrkdwnText(truncateMrkdwn(body, LIMITS.sectionText, readMore(moreUrl, moreLabel))) };
}
function fieldsBlock(fields, moreUrl, moreLabel) {
  const kept = fields.filter((f) => f.trim() !== "").slice(0, LIMITS.fields);
  if (kept.length === 0) return null;
  return {
    type: "section",
    fields: kept.map((f) => mrkdwnText(truncateMrkdwn(f, LIMITS.fieldText, readMore(moreUrl, moreLabel))))
  };
}
function contextBlock(mrkdwnElements) {
  const kept = mrkdwnElements.filter((e) => e.trim() !== "").slice(0, LIMITS.contextElements);
  if (kept.length === 0) return null;
  return { type: "context", elements: kept.map((e) => mrkdwnText(truncateMrkdwn(e, LIMITS.sectionText))) };
}
function dividerBlock() {
  return { type: "divider" };
}
function actionsBlock(buttons, fallback2) {
  const seen = /* @__PURE__ */ new Set();
  const elements = [];
  for (const b of buttons) {
    const url = safeHttpUrl(b.url);
    if (!url || url.length > LIMITS.url || seen.has(b.actionId)) continue;
    seen.add(b.actionId);
    const el = {
      type: "button",
      text: { type: "plain_text", text: truncatePlain(safeText(b.text).trim() || safeText(fallback2).trim() || "…", LIMITS.buttonText), emoji: true },
      url,
      action_id: b.actionId
    };
    if (b.primary) el.style = "primary";
    elements.push(el);
  }
  return elements.length ? { type: "actions", elements: elements.slice(0, LIMITS.actionsElements) } : null;
}
function countChars(blocks) {
  let n = 0;
  const visit = (v) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if ((k === "text" || k === "url") && typeof x === "string") n += x.length;
        else visit(x);
      }
    }
  };
  visit(blocks);
  return n;
}
var compact = (blocks) => blocks.filter((b) => b !== null);

// src/render/slack/mrkdwn.ts
var md = new MarkdownItCallable({ html: true, linkify: true, typographer: false });
var inlineMd = new MarkdownItCallable({ html: false, linkify: true, typographer: false });
function inlineMarkdownToMrkdwn(text) {
  const line = cleanText(text ?? "").replace(/\s+/g, " ").trim();
  if (!line) return "";
  const [block] = inlineMd.parse(line, {}).filter((t) => t.type === "inline");
  return renderInline(block?.children ?? []).replace(/\s*\n\s*/g, " ").trim();
}
function inlineMarkdownToPlain(text) {
  const line = cleanText(text ?? "").replace(/\s+/g, " ").trim();
  if (!line) return "";
  const [block] = inlineMd.parse(line, {}).filter((t) => t.type === "inline");
  let out = "";
  for (const t of block?.children ?? []) {
    if (t.type === "text" || t.type === "code_inline") out += t.content;
    else if (t.type === "softbreak" || t.type === "hardbreak") out += " ";
    else if (t.type === "image") out += t.content;
  }
  return out.replace(/\s+/g, " ").trim();
}
function markdownToMrkdwn(markdown) {
  const tokens = md.parse(cleanText(markdown), {});
  const out = renderBlocks(tokens, 0, tokens.length, 0);
  return out.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
function closing(tokens, i) {
  const open = tokens[i];
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.nesting === -1 && t.level === open.level) return j;
  }
  return tokens.length;
}
function renderBlocks(tokens, from, to, depth) {
  let out = "";
  let i = from;
  while (i < to) {
    const t = tokens[i];
    switch (t.type) {
      case "paragraph_open": {
        const end = closing(tokens, i);
        const text = renderBlocks(tokens, i + 1, end, depth);
        out += t.hidden ? `${text}
` : `${text}

`;
        i = end + 1;
        continue;
      }
      case "heading_open": {
        const end = closing(tokens, i);
        const text = renderBlocks(tokens, i + 1, end, depth).trim();
        out += text ? `*${stripMarkers(text)}*

` : "";
        i = end + 1;
        continue;
      }
      case "inline":
        out += renderInline(t.children ?? []);
        break;
      case "bullet_list_open":
      case "ordered_list_open": {
        const end = closing(tokens, i);
        out += renderList(tokens, i, end, depth);
        out += depth === 0 ? "\n" : "";
        i = end + 1;
        continue;
      }
      case "blockquote_open": {
        const end = closing(tokens, i);
        const inner = renderBlocks(tokens, i + 1, end, depth).trim();
        out += inner.split("\n").map((line) => `> ${line}`).join("\n");
        out += "\n\n";
        i = end + 1;
        continue;
      }
      case "fence":
      case "code_block": {
        const code = escapeSlack(t.content.replace(/```/g, "'''")).replace(/\n$/, "");
        out += code ? `\`\`\`${code}\`\`\`

` : "";
        break;
      }
      case "hr":
        out += "———\n\n";
        break;
      case "html_block": {
        const text = htmlToText(t.content);
        out += text ? `${escapeSlack(text)}

` : "";
        break;
      }
      case "table_open": {
        const end = closing(tokens, i);
        out += renderTable(tokens, i, end);
        i = end + 1;
        continue;
      }
      default:
        break;
    }
    i++;
  }
  return out;
}
function renderList(tokens, open, close, depth) {
  const ordered = tokens[open].type === "ordered_list_open";
  let n = Number(tokens[open].attrGet("start") ?? 1) || 1;
  const indent = "    ".repeat(depth);
  let out = "";
  let i = open + 1;
  while (i < close) {
    const t = tokens[i];
    if (t.type === "list_item_open") {
      const end = closing(tokens, i);
      const body = renderBlocks(tokens, i + 1, end, depth + 1).replace(/\n+$/, "");
      const marker = ordered ? `${n++}. ` : "• ";
      const [first = "", ...rest] = body.split("\n");
      out += `${indent}${marker}${first.trimStart()}
`;
      for (const line of rest) out += line.startsWith(indent + "    ") || line === "" ? `${line}
` : `${indent}    ${line}
`;
      i = end + 1;
      continue;
    }
    i++;
  }
  return out;
}
function renderTable(tokens, open, close) {
  const rows = [];
  let cells = [];
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i];
    if (t.type === "tr_open") cells = [];
    else if (t.type === "inline") cells.push(renderInline(t.children ?? []).trim());
    else if (t.type === "tr_close") rows.push(cells.join(" | "));
  }
  return rows.length ? `${rows.join("\n")}

` : "";
}
function renderInline(children) {
  let out = "";
  for (let i = 0; i < children.length; i++) {
    const t = children[i];
    switch (t.type) {
      case "text":
        out += escapeSlack(t.content);
        break;
      case "softbreak":
        out += " ";
        break;
      case "hardbreak":
        out += "\n";
        break;
      case "strong_open":
      case "strong_close":
        out += "*";
        break;
      case "em_open":
      case "em_close":
        out += "_";
        break;
      case "s_open":
      case "s_close":
        out += "~";
        break;
      case "code_inline":
        out += t.content ? `\`${escapeSlack(t.content.replace(/`/g, "'"))}\`` : "";
        break;
      case "link_open": {
        let j = i + 1;
        let depth = 1;
        const label = [];
        for (; j < children.length; j++) {
          const c = children[j];
          if (c.type === "link_open") depth++;
          if (c.type === "link_close" && --depth === 0) break;
          label.push(c);
        }
        const text = stripMarkers(renderInline(label)).trim();
        const href = String(t.attrGet("href") ?? "");
        const url = safeHttpUrl(href);
        if (!url) out += text;
        else if (!text || labelDisguisesUrl(label.map((c) => c.content).join(""), url)) out += renderLink(url, "");
        else out += renderLink(url, text);
        i = j;
        break;
      }
      case "image": {
        const alt = t.content || (t.children ?? []).map((c) => c.content).join("");
        if (alt) out += escapeSlack(`[${alt}]`);
        break;
      }
      case "html_inline": {
        const skipTo = nonTextEnd(children, i);
        if (skipTo !== null) i = skipTo;
        else out += renderHtmlInline(t.content);
        break;
      }
      default:
        if (t.content) out += escapeSlack(t.content);
    }
  }
  return out;
}
var NON_TEXT = /* @__PURE__ */ new Set(["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "svg", "math", "template", "head", "title"]);
function nonTextEnd(children, i) {
  const open = /^<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?>$/.exec(children[i].content);
  const name = open?.[1]?.toLowerCase();
  if (!name || !NON_TEXT.has(name)) return null;
  for (let j = i + 1; j < children.length; j++) {
    const c = children[j];
    if (c.type === "html_inline" && new RegExp(`^</${name}\\s*>$`, "i").test(c.content)) return j;
  }
  return children.length - 1;
}
var INLINE_MARKERS = { b: "*", strong: "*", i: "_", em: "_", s: "~", del: "~", strike: "~" };
function renderHtmlInline(html) {
  if (/^<br\s*\/?>$/i.test(html)) return "\n";
  const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?\/?>$/.exec(html);
  if (tag) return INLINE_MARKERS[tag[1].toLowerCase()] ?? "";
  if (html.startsWith("<!--") || html.startsWith("<?")) return "";
  return escapeSlack(html);
}
function stripMarkers(mrkdwn) {
  return mrkdwn.replace(/(^|[\s(])[*_~]+|[*_~]+(?=$|[\s).,;:!?])/g, "$1");
}
function htmlToText(html) {
  const withBreaks = html.replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, "\n");
  const noTags = withBreaks.replace(/<!--[\s\S]*?-->/g, " ").replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ").replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, " ").replace(/<!DOCTYPE[^>]*>/gi, " ");
  return md.utils.unescapeAll(noTags).split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n");
}

// src/render/slack/calendar.ts
function renderGoogleCalendarUrl(event) {
  const speakers = event.speakers.map((s) => [inlineMarkdownToPlain(s.name), inlineMarkdownToPlain(s.affiliation)]).map(([name, affiliation]) => affiliation ? `${name} (${affiliation})` : name).join(", ");
  const candidates = [
    [speakers, event.permalink].filter(Boolean).join("\n"),
    event.permalink
  ];
  for (const details of candidates) {
    const url = googleCalendarUrl(event, details);
    if (url.length <= LIMITS.url) return url;
  }
  return googleCalendarUrl(
    { ...event, title: event.title.slice(0, 300), location: event.location?.slice(0, 300) ?? null, address: event.address?.slice(0, 300) ?? null },
    event.permalink
  );
}

// src/render/slack/time.ts
var unix = (d) => Math.floor(d.getTime() / 1e3);
var inZone = (d, c) => DateTime.fromJSDate(d, { zone: c.timezone }).setLocale(c.locale);
var inEventZone = (d, e, c) => DateTime.fromJSDate(d, { zone: eventZone(e, c) }).setLocale(c.locale);
function renderWhenPlain(e, c) {
  return formatWhen(e, c);
}
function renderWhenMrkdwn(e, c) {
  if (e.allDay) return escapeSlack(formatWhen(e, c));
  const s = inEventZone(e.start, e, c);
  const startFallback = `${dateText(s, "long")}, ${s.toFormat("HH:mm")} ${s.toFormat("ZZZZ")}`;
  const startToken = `<!date^${unix(e.start)}^{date_long_pretty} {time}|${escapeSlack(startFallback)}>`;
  if (!e.end || e.end <= e.start) return startToken;
  const end = inEventZone(e.end, e, c);
  const sameDay = end.hasSame(s, "day");
  const endFallback = sameDay ? `${end.toFormat("HH:mm")} ${end.toFormat("ZZZZ")}` : `${dateText(end, "long")}, ${end.toFormat("HH:mm")} ${end.toFormat("ZZZZ")}`;
  const endTokens = sameDay ? "{time}" : "{date_long_pretty} {time}";
  return `${startToken}–<!date^${unix(e.end)}^${endTokens}|${escapeSlack(endFallback)}>`;
}
function renderTimeMrkdwn(e, c) {
  if (e.allDay) return escapeSlack(labelsOf(c).t("allDay"));
  const s = inEventZone(e.start, e, c);
  return `<!date^${unix(e.start)}^{time}|${escapeSlack(`${s.toFormat("HH:mm")} ${s.toFormat("ZZZZ")}`)}>`;
}
function renderDay(e, c) {
  const key = dayKey(e, c);
  return { key, heading: formatDayHeading(key, c) };
}
function renderPeriodPlain(from, to, c) {
  const f = inZone(from, c);
  const t = inZone(new Date(to.getTime() - 1), c);
  if (languageOf(c.locale) !== "en") {
    const day = (d) => new Date(Date.UTC(d.year, d.month - 1, d.day));
    const fmt = new Intl.DateTimeFormat(c.locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return f.hasSame(t, "day") ? fmt.format(day(f)) : fmt.formatRange(day(f), day(t));
  }
  if (f.hasSame(t, "day")) return f.toFormat("d LLLL yyyy");
  if (f.hasSame(t, "month")) return `${f.toFormat("d")}–${t.toFormat("d LLLL yyyy")}`;
  if (f.hasSame(t, "year")) return `${f.toFormat("d LLLL")} – ${t.toFormat("d LLLL yyyy")}`;
  return `${f.toFormat("d LLLL yyyy")} – ${t.toFormat("d LLLL yyyy")}`;
}

// src/render/slack/messages.ts
var ctxOf = (input) => ({
  words: labelsOf(input.config),
  labels: input.config.labels,
  timezone: input.config.timezone,
  timezoneFrom: input.config.timezoneFrom,
  locale: input.config.locale,
  siteTitle: input.site.title,
  baseURL: input.site.baseURL,
  now: input.now
});
var titleOf = (e) => inlineMarkdownToPlain(e.title);
function renderSpeakerMrkdwn(s) {
  const name = renderLink(s.url, safeText(inlineMarkdownToPlain(s.name)));
  return s.affiliation ? `${name} (${inlineMarkdownToMrkdwn(s.affiliation)})` : name;
}
function speakersMrkdwn(e, max = 1500) {
  return truncateMrkdwn(e.speakers.map(renderSpeakerMrkdwn).join(", "), max);
}
var speakersPlain = (e) => e.speakers.map((s) => [inlineMarkdownToPlain(s.name), inlineMarkdownToPlain(s.affiliation)]).map(([name, affiliation]) => affiliation ? `${name} (${affiliation})` : name).join(", ");
function whereMrkdwn(e) {
  return [e.location, e.address].map(inlineMarkdownToMrkdwn).filter((p) => p !== "").join(", ");
}
var whenPlain = (e, c) => renderWhenPlain(e, c);
var whenMrkdwn = (e, c) => renderWhenMrkdwn(e, c);
function detailFields(e, c, opts = { when: true }) {
  const fields = [];
  const l = c.words;
  if (e.speakers.length) fields.push(`*${safeText(l.n("speaker", e.speakers.length))}*
${speakersMrkdwn(e)}`);
  if (opts.when) fields.push(`*${safeText(l.t("when"))}*
${whenMrkdwn(e, c)}`);
  const where = whereMrkdwn(e);
  if (where) fields.push(`*${safeText(l.t("where"))}*
${where}`);
  return fieldsBlock(fields, e.permalink, l.t("readMore"));
}
function linkNamed(e, ...names) {
  const wanted = names.map((n) => n.toLowerCase());
  return e.links.find((l) => wanted.includes(l.name.toLowerCase()) && safeHttpUrl(l.url))?.url ?? null;
}
function eventButtons(e, c, opts) {
  const l = c.words;
  const buttons = [{ text: l.t("eventPage"), url: e.permalink, actionId: "event_page", primary: true }];
  const slides = linkNamed(e, "Slides", l.t("slides"));
  if (slides) buttons.push({ text: l.t("slides"), url: slides, actionId: "slides" });
  const video = linkNamed(e, "Video", l.t("video"));
  if (video) buttons.push({ text: l.t("video"), url: video, actionId: "video" });
  if (opts.calendar) buttons.push({ text: l.t("addToCalendar"), url: renderGoogleCalendarUrl(e), actionId: "add_to_calendar" });
  return actionsBlock(buttons, l.t("link"));
}
function footer(e, c) {
  const bits = [c.siteTitle, e?.eventName].filter((b) => !!b && b.trim() !== "").map(safeText);
  return contextBlock(bits.length ? [bits.join(" · ")] : []);
}
function abstractSection(e, c, maxChars = LIMITS.sectionText) {
  const source = e.abstract ?? e.summary;
  if (!source || !source.trim()) return null;
  const text = markdownToMrkdwn(source);
  if (!text) return null;
  return sectionBlock(truncateMrkdwn(text, maxChars, readMore(e.permalink, c.words.t("readMore"))), e.permalink, c.words.t("readMore"));
}
function fallback(text) {
  return truncatePlain(safeText(text).replace(/\s+/g, " ").trim(), LIMITS.fallbackText);
}
var cancelledMark = (e, c) => e.cancelled ? c.words.t("subjectCancelled", { subject: "" }) : "";
function one(input) {
  const e = input.events[0];
  if (!e) throw new Error(`A ${input.kind} message needs an event`);
  return e;
}
function renderAnnouncement(input) {
  const e = one(input);
  const c = ctxOf(input);
  const blocks = compact([
    headerBlock(`${cancelledMark(e, c)}${titleOf(e)}`, c.words.t("seminar")),
    detailFields(e, c),
    abstractSection(e, c),
    eventButtons(e, c, { calendar: !e.cancelled }),
    footer(e, c)
  ]);
  const who = speakersPlain(e);
  return {
    text: fallback(`${cancelledMark(e, c)}${c.words.t("seminar")}: ${titleOf(e)}${who ? ` — ${who}` : ""} — ${whenPlain(e, c)} — ${e.permalink}`),
    blocks
  };
}
function minutesLabel(min, l) {
  if (min % 1440 === 0) return l.n("days", min / 1440);
  const h = Math.floor(min / 60);
  const m = min % 60;
  const hs = h ? l.n("hours", h) : "";
  const ms = m ? l.n("minutes", m) : "";
  return [hs, ms].filter(Boolean).join(" ") || l.t("aMoment");
}
function startingIn(e, now, minutesBefore, l) {
  const left = Math.round((e.start.getTime() - now.getTime()) / 6e4);
  const inMinutes = (min) => l.t("startingIn", { duration: minutesLabel(min, l) });
  if (minutesBefore === void 0) return left > 0 && left < 24 * 60 ? inMinutes(left) : l.t("startingSoon");
  if (left >= minutesBefore) return inMinutes(minutesBefore);
  if (left <= 0) return l.t("startingNow");
  return inMinutes(left);
}
function renderReminder(input) {
  const e = one(input);
  const c = ctxOf(input);
  const soon = startingIn(e, c.now, input.minutesBefore, c.words);
  const blocks = compact([
    headerBlock(`${cancelledMark(e, c)}${titleOf(e)}`, c.words.t("seminar")),
    sectionBlock(`:alarm_clock: *${safeText(soon)}:* ${whenMrkdwn(e, c)}`),
    detailFields(e, c, { when: false }),
    eventButtons(e, c, { calendar: false }),
    footer(e, c)
  ]);
  return { text: fallback(`${cancelledMark(e, c)}${soon}: ${titleOf(e)} — ${whenPlain(e, c)} — ${e.permalink}`), blocks };
}
function renderUpdate(input) {
  const e = one(input);
  const c = ctxOf(input);
  const changes = input.changes.filter((ch) => ch.trim() !== "");
  const l = c.words;
  const what = changes.length ? `:pencil2: *${safeText(l.t("talkChanged"))}*
${changes.map((ch) => `• ${safeText(ch)}`).join("\n")}` : `:pencil2: ${safeText(l.t("talkChangedDetails"))}`;
  const blocks = compact([
    headerBlock(`${cancelledMark(e, c)}${l.t("subjectUpdated", { subject: titleOf(e) })}`, l.t("seminar")),
    sectionBlock(what, e.permalink, l.t("readMore")),
    detailFields(e, c),
    eventButtons(e, c, { calendar: !e.cancelled }),
    footer(e, c)
  ]);
  return {
    text: fallback(`${cancelledMark(e, c)}${l.t("subjectUpdated", { subject: titleOf(e) })} — ${changes.length ? changes.join("; ") : whenPlain(e, c)} — ${e.permalink}`),
    blocks
  };
}
function renderCancellation(input) {
  const e = one(input);
  const c = ctxOf(input);
  const page = input.removed ? sectionListUrl(c.baseURL, e.section) : e.permalink;
  const l = c.words;
  const title = `*${safeText(titleOf(e))}*`;
  const talk = e.speakers.length ? l.t("byline", { title, speakers: speakersMrkdwn(e, 1e3) }) : title;
  const blocks = compact([
    headerBlock(l.t("subjectCancelled", { subject: titleOf(e) }), l.t("seminar")),
    sectionBlock(`:x: *${safeText(l.t("talkCancelledLead"))}*
${l.t("plannedFor", { talk, when: whenMrkdwn(e, c) })}`, page, l.t("readMore")),
    actionsBlock([{ text: l.t(input.removed ? "allTalks" : "eventPage"), url: page, actionId: "event_page" }], l.t("link")),
    footer(e, c)
  ]);
  return { text: fallback(`${l.t("subjectCancelled", { subject: titleOf(e) })} — ${l.t("wasPlannedFor", { when: whenPlain(e, c) })}`), blocks };
}
function digestLine(e, c, mark) {
  const title = truncateMrkdwn(safeText(titleOf(e)), 200);
  const linked = `*${renderLink(e.permalink, title)}*`;
  const time = renderTimeMrkdwn(e, c);
  const cancelled = e.cancelled || mark === "cancelled";
  const head = cancelled ? `${time}  ~${linked}~ _(${safeText(c.words.t("cancelledMark"))})_` : `${time}  ${linked}${mark === "updated" ? ` _(${safeText(c.words.t("updatedMark"))})_` : ""}`;
  const bits = [head];
  if (e.speakers.length) bits.push(speakersMrkdwn(e, 300));
  const where = whereMrkdwn(e);
  if (where) bits.push(truncateMrkdwn(where, 150));
  return `• ${bits.join(" · ")}`;
}
var listingUrl = (events, baseURL) => sectionListUrl(baseURL, events[0]?.section);
function renderDigest(input) {
  const c = ctxOf(input);
  const events = [...input.events].sort((a, b) => a.start.getTime() - b.start.getTime());
  const period = input.period ? renderPeriodPlain(input.period.from, input.period.to, c) : null;
  const l = c.words;
  const title = period ? l.t("seminarsOf", { period }) : l.t("upcomingSeminars");
  const head = compact([
    headerBlock(title, l.t("seminar")),
    contextBlock([safeText(`${l.n("talkCount", events.length)} · ${l.t("timesInYourZone")}`)])
  ]);
  const tail = compact([footer(null, c)]);
  const moreUrl = listingUrl(events, c.baseURL);
  const reserveBlocks = head.length + tail.length + 2;
  const reserveChars = countChars(head) + countChars(tail) + 200;
  const body = [];
  let used = 0;
  let listed = 0;
  let current = null;
  let currentDay = null;
  let stopped = false;
  const flush = () => {
    if (current !== null) body.push(sectionBlock(current, moreUrl, l.t("readMore")));
    current = null;
  };
  for (const e of events) {
    const { key: day, heading: dayHeading } = renderDay(e, c);
    const line = digestLine(e, c, input.marks?.[e.id]);
    const heading = day !== currentDay ? `*${safeText(dayHeading)}*
` : "";
    const addition = current !== null && !heading ? `
${line}` : `${heading}${line}`;
    const needsNewSection = current === null || heading !== "" || current.length + addition.length > LIMITS.sectionText;
    const blocksAfter = body.length + (current !== null ? 1 : 0) + (needsNewSection ? 1 : 0);
    if (used + addition.length + reserveChars > LIMITS.totalChars || blocksAfter + reserveBlocks > LIMITS.blocks) {
      stopped = true;
      break;
    }
    if (needsNewSection) {
      flush();
      current = addition.startsWith("\n") ? addition.slice(1) : addition;
    } else {
      current += addition;
    }
    currentDay = day;
    used += addition.length;
    listed++;
  }
  flush();
  const blocks = [...head, ...body];
  if (stopped && listed < events.length) {
    const rest = events.length - listed;
    blocks.push(sectionBlock(`${ELLIPSIS} ${safeText(l.n("andMore", rest))}: ${renderLink(moreUrl, safeText(l.t("seeThemAll")))}`));
  }
  if (events.length > 0) blocks.push(dividerBlock());
  blocks.push(...tail);
  const titles = events.map(titleOf).join("; ");
  return {
    text: fallback(`${title}: ${l.n("talkCount", events.length)} — ${titles}`),
    blocks
  };
}

// src/render/slack/index.ts
function renderSlack(input) {
  switch (input.kind) {
    case "digest":
      return renderDigest(input);
    case "announcement":
      return renderAnnouncement(input);
    case "reminder":
      return renderReminder(input);
    case "update":
      return renderUpdate(input);
    case "cancellation":
      return renderCancellation(input);
  }
}
export {
  LIMITS,
  escapeSlack,
  markdownToMrkdwn,
  renderBlockKitBuilderUrl,
  renderGoogleCalendarUrl,
  renderSlack,
  safeHttpUrl
};
