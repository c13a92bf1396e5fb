import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  renderBlockKitBuilderUrl
} from "./chunk-ALNNIUKB.mjs";
import {
  calendarFileName
} from "./chunk-DHLL2WBJ.mjs";

// src/preview/html.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

// src/preview/slack-html.ts
var unslack = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
var text = (s) => escapeHtml(unslack(s));
var safeHref = (url) => /^(https?:|mailto:)/i.test(url) ? url : null;
function dateToken(body) {
  const [spec, fallback = ""] = splitOnce(body, "|");
  const [, ts] = spec.split("^");
  const seconds = Number(ts);
  const title = Number.isFinite(seconds) ? ` title="${escapeHtml(new Date(seconds * 1e3).toISOString())}"` : "";
  return `<time class="slack-date"${title}>${text(fallback)}</time>`;
}
function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, void 0] : [s.slice(0, i), s.slice(i + 1)];
}
function token(body) {
  if (body.startsWith("!date^")) return dateToken(body);
  if (body.startsWith("!")) return `<span class="slack-mention">@${text(splitOnce(body.slice(1), "|")[0])}</span>`;
  if (body.startsWith("@")) return `<span class="slack-mention">@${text(body.slice(1))}</span>`;
  if (body.startsWith("#")) {
    const [id, label2] = splitOnce(body.slice(1), "|");
    return `<span class="slack-mention">#${text(label2 ?? id)}</span>`;
  }
  const [url, label] = splitOnce(body, "|");
  const href = safeHref(unslack(url));
  const shown = text(label ?? url);
  return href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${shown}</a>` : shown;
}
function styles(html) {
  return html.replace(/`([^`\n]+)`/g, "<code>$1</code>").replace(/(^|[\s(>])\*(?!\s)([^*\n]+?)\*(?=$|[\s).,;:!?<])/g, "$1<b>$2</b>").replace(/(^|[\s(>])_(?!\s)([^_\n]+?)_(?=$|[\s).,;:!?<])/g, "$1<i>$2</i>").replace(/(^|[\s(>])~(?!\s)([^~\n]+?)~(?=$|[\s).,;:!?<])/g, "$1<s>$2</s>");
}
function mrkdwnToHtml(mrkdwn) {
  const out = [];
  const parts = mrkdwn.split(/```([\s\S]*?)```/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      out.push(`<pre>${text(part.replace(/^\n/, ""))}</pre>`);
      return;
    }
    const lines = part.split("\n").map((line) => {
      const saved = [];
      let html = "";
      let last = 0;
      for (const m of line.matchAll(/<([^<>]*)>/g)) {
        html += text(line.slice(last, m.index)) + `${saved.push(token(m[1])) - 1}`;
        last = m.index + m[0].length;
      }
      html += text(line.slice(last));
      html = styles(html).replace(/\u0002(\d+)\u0003/g, (_, n) => saved[Number(n)]);
      return line.startsWith("&gt;") ? `<blockquote>${html.replace(/^&gt;\s?/, "")}</blockquote>` : html;
    });
    out.push(lines.join("<br>").replace(/<\/blockquote><br>/g, "</blockquote>"));
  });
  return out.join("");
}
function textObject(t) {
  const o = t;
  if (!o || typeof o.text !== "string") return "";
  return o.type === "mrkdwn" ? mrkdwnToHtml(o.text) : text(o.text);
}
function element(el) {
  switch (el.type) {
    case "button": {
      const href = typeof el.url === "string" ? safeHref(el.url) : null;
      const cls = el.style === "primary" ? "slack-button primary" : el.style === "danger" ? "slack-button danger" : "slack-button";
      const label = textObject(el.text);
      return href ? `<a class="${cls}" href="${escapeHtml(href)}" target="_blank" rel="noopener">${label}</a>` : `<span class="${cls}">${label}</span>`;
    }
    case "image":
      return `<img class="slack-image-el" src="${escapeHtml(String(el.image_url ?? ""))}" alt="${escapeHtml(String(el.alt_text ?? ""))}">`;
    case "mrkdwn":
    case "plain_text":
      return `<span>${textObject(el)}</span>`;
    default:
      return `<span class="slack-unknown">[${escapeHtml(String(el.type))}]</span>`;
  }
}
var elementOf = (el) => el && typeof el === "object" ? element(el) : "";
function block(b) {
  switch (b.type) {
    case "header":
      return `<div class="slack-header">${textObject(b.text)}</div>`;
    case "section": {
      const fields = b.fields ? `<div class="slack-fields">${b.fields.map((f) => `<div>${textObject(f)}</div>`).join("")}</div>` : "";
      const accessory = b.accessory ? `<div class="slack-accessory">${elementOf(b.accessory)}</div>` : "";
      return `<div class="slack-section"><div class="slack-section-body">${b.text ? `<div>${textObject(b.text)}</div>` : ""}${fields}</div>${accessory}</div>`;
    }
    case "context":
      return `<div class="slack-context">${b.elements.map(elementOf).join(" ")}</div>`;
    case "divider":
      return '<hr class="slack-divider">';
    case "actions":
      return `<div class="slack-actions">${b.elements.map(elementOf).join("")}</div>`;
    case "image":
      return `<div class="slack-image">${elementOf({ ...b, type: "image" })}</div>`;
    default:
      return `<div class="slack-unknown">[${escapeHtml(String(b.type))} block]</div>`;
  }
}
var SLACK_CSS = `
.slack-message{display:flex;gap:8px;font:15px/1.46668 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1c1d;max-width:640px}
.slack-avatar{flex:0 0 36px;height:36px;border-radius:6px;background:#4a154b;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.slack-body{flex:1;min-width:0;overflow-wrap:anywhere}
.slack-name{font-weight:900}.slack-app{font-size:10px;background:#e8e8e8;border-radius:2px;padding:1px 3px;margin-left:4px;color:#616061}
.slack-header{font-size:18px;font-weight:900;margin:8px 0 4px}
.slack-section{display:flex;gap:12px;margin:6px 0}.slack-section-body{flex:1;min-width:0}
.slack-fields{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px;margin-top:6px}
.slack-context{font-size:12px;color:#616061;margin:6px 0}
.slack-divider{border:0;border-top:1px solid #ddd;margin:10px 0}
.slack-actions{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.slack-button{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-weight:700;font-size:13px;color:#1d1c1d;text-decoration:none}
.slack-button.primary{background:#007a5a;border-color:#007a5a;color:#fff}.slack-button.danger{background:#e01e5a;border-color:#e01e5a;color:#fff}
.slack-message a{color:#1264a3}.slack-message .slack-button.primary{color:#fff}
.slack-message code{font:12px Monaco,Menlo,Consolas,monospace;background:#f6f6f6;border:1px solid #ddd;border-radius:3px;padding:0 3px;color:#e01e5a}
.slack-message pre{font:12px Monaco,Menlo,Consolas,monospace;background:#f8f8f8;border:1px solid #ddd;border-radius:4px;padding:8px;white-space:pre-wrap}
.slack-message blockquote{border-left:4px solid #ddd;margin:0;padding-left:10px}
.slack-date{border-bottom:1px dotted #999}.slack-mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
.slack-fallback{font-size:12px;color:#616061;margin-top:10px}
@media (max-width:480px){.slack-fields{grid-template-columns:1fr}}
`;
function renderSlackHtml(payload, appName) {
  const initial = escapeHtml((appName.trim()[0] ?? "S").toUpperCase());
  return `<div class="slack-message"><div class="slack-avatar" aria-hidden="true">${initial}</div><div class="slack-body"><div><span class="slack-name">${escapeHtml(appName)}</span><span class="slack-app">APP</span></div>` + payload.blocks.map((b) => block(b)).join("\n") + `</div></div>`;
}

// src/preview/pages.ts
var MOBILE_WIDTH = 375;
var HTML = "text/html; charset=utf-8";
var PAGE_CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#222;margin:0;padding:16px 24px;background:#fafafa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}
.meta{color:#666;font-size:13px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #e5e5e5}
th{font-size:12px;text-transform:uppercase;color:#666}
.state{font-size:12px;border-radius:3px;padding:1px 5px;background:#eee}.state.published{background:#dff3e4}.state.draft,.state.future,.state.expired{background:#fdf0d5}.state.cancelled{background:#fbdcdc}
.links a{margin-right:10px;white-space:nowrap}
.problem{color:#a00;font-family:ui-monospace,Menlo,monospace;font-size:13px}
.card{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:12px 16px;margin:12px 0}
.frames{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.frames figure{margin:0}.frames figcaption{font-size:12px;color:#666;margin-bottom:4px}
iframe{border:1px solid #ccc;background:#fff}
pre.text{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e5e5e5;padding:12px;max-width:80ch}
@media (max-width:600px){body{padding:8px}}
`;
var PREVIEW_VERSION = "%%PREVIEW_VERSION%%";
var LIVE_RELOAD = `<script>
(() => { const v = '${PREVIEW_VERSION}';
  setInterval(async () => {
    try { const r = await fetch('/__preview/version', { cache: 'no-store' }); if ((await r.text()) !== v) location.reload(); } catch {}
  }, 1000);
})();
</script>`;
function page(title, body, live, root = "../") {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PAGE_CSS}${SLACK_CSS}</style></head>
<body><p class="meta"><a href="${root}index.html">← all previews</a></p>
${body}
${live ? LIVE_RELOAD : ""}</body></html>
`;
}
function when(d, zone, locale) {
  try {
    return new Intl.DateTimeFormat(locale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
      timeZoneName: "short"
    }).format(d);
  } catch {
    return d.toISOString();
  }
}
function messageLinks(m, prefix) {
  const links = [];
  if (m.email) {
    links.push(`<a href="${prefix}${m.slug}/email.html">email</a>`);
    links.push(`<a href="${prefix}${m.slug}/email-mobile.html">phone</a>`);
    links.push(`<a href="${prefix}${m.slug}/email.txt">text</a>`);
    if (m.email.ics !== null) links.push(`<a href="${prefix}${m.slug}/${calendarFileName(m.kind)}">.ics</a>`);
  }
  if (m.slack) {
    links.push(`<a href="${prefix}${m.slug}/slack.html">Slack</a>`);
    links.push(`<a href="${escapeHtml(renderBlockKitBuilderUrl(m.slack.payload.blocks))}" target="_blank" rel="noopener">Block Kit Builder</a>`);
  }
  return links.join(" ");
}
function indexPage(set, live) {
  const talks = set.upcoming.length ? `<table><thead><tr><th>When</th><th>Talk</th><th>Speakers</th><th>Page</th><th>Messages</th></tr></thead><tbody>${set.upcoming.map(({ event: e, state, messages }) => {
    const status = e.cancelled ? "cancelled" : state;
    const links = messages.map((slug) => set.messages.find((m) => m.slug === slug)).filter((m) => Boolean(m)).map((m) => `<a href="${m.slug}/index.html">${escapeHtml(m.source === "talk" ? "announcement" : m.kind)}</a>`).join(" ");
    return `<tr class="talk" data-id="${escapeHtml(e.id)}"><td>${escapeHtml(when(e.start, set.zone, set.locale))}</td><td><a href="${escapeHtml(e.permalink)}">${escapeHtml(e.title)}</a><div class="meta">${escapeHtml(e.id)}${e.location ? ` · ${escapeHtml(e.location)}` : ""}</div></td><td>${escapeHtml(e.speakers.map((s) => s.name).join(", ") || "—")}</td><td><span class="state ${escapeHtml(status)}">${escapeHtml(status)}</span></td><td class="links">${links}</td></tr>`;
  }).join("\n")}</tbody></table>` : "<p>No upcoming talks.</p>";
  const planned = set.messages.filter((m) => m.source === "plan");
  const row = (m, cls = "message") => `<tr class="${cls}" data-kind="${m.kind}"><td>${escapeHtml(m.kind)}</td><td><a href="${m.slug}/index.html">${escapeHtml(m.label)}</a><div class="meta">${escapeHtml(m.note)}</div>${m.error ? `<div class="problem">${escapeHtml(m.error)}</div>` : ""}</td><td class="links">${messageLinks(m, "")}</td></tr>`;
  const plannedHtml = planned.length ? `<table><thead><tr><th>Kind</th><th>Message</th><th>Renderings</th></tr></thead><tbody>${planned.map((m) => row(m)).join("\n")}</tbody></table>` : "<p>Nothing is due: the next run would send nothing.</p>";
  const others = set.messages.filter((m) => m.source === "talk");
  const samples = set.messages.filter((m) => m.source === "sample");
  const problems = set.problems.length ? `<h2>Pages with problems</h2>${set.problems.map((p) => `<div class="problem">${escapeHtml(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`)}</div>`).join("")}` : "";
  const notes = set.notes.length ? `<ul class="meta">${set.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${escapeHtml(set.siteTitle)}</title><style>${PAGE_CSS}</style></head>
<body>
<h1>${escapeHtml(set.siteTitle)}: message preview</h1>
<p class="meta">As of ${escapeHtml(when(set.now, set.zone, set.locale))} (${escapeHtml(set.now.toISOString())}) · ${escapeHtml(set.targets.join(" · "))} · nothing is sent and the ledger is not changed.</p>
<h2>The next run would send</h2>
${plannedHtml}
${notes}
<h2>Upcoming talks</h2>
${talks}
${others.length ? `<h2>Announcements of the upcoming talks</h2><table><thead><tr><th>Kind</th><th>Message</th><th>Renderings</th></tr></thead><tbody>${others.map((m) => row(m)).join("\n")}</tbody></table>` : ""}
${samples.length ? `<h2>Every kind of message</h2><p class="meta">Not planned: how each template renders (what <code>announce check</code> renders too).</p><table><thead><tr><th>Kind</th><th>Message</th><th>Renderings</th></tr></thead><tbody>${samples.map((m) => row(m, "sample")).join("\n")}</tbody></table>` : ""}
${problems}
${live ? LIVE_RELOAD : ""}</body></html>
`;
}
function messagePage(m, live) {
  const parts = [`<h1>${escapeHtml(m.label)}</h1><p class="meta">${escapeHtml(m.kind)} · ${escapeHtml(m.note)} · events: ${escapeHtml(m.events.join(", "))}</p>`];
  if (m.error) parts.push(`<p class="problem">${escapeHtml(m.error)}</p>`);
  parts.push(`<p class="links">${messageLinks(m, "../")}</p>`);
  if (m.email) {
    parts.push(
      `<h2>Email</h2><div class="card"><b>Subject:</b> ${escapeHtml(m.email.subject)}${m.email.key ? `<div class="meta">ledger key: ${escapeHtml(m.email.key)}</div>` : ""}</div><div class="frames"><figure><figcaption>Desktop (640 px)</figcaption><iframe class="email-desktop" src="email.html" title="email, desktop width" width="680" height="900"></iframe></figure><figure><figcaption>Phone (${MOBILE_WIDTH} px)</figcaption><iframe class="email-mobile" src="email.html" title="email, phone width" width="${MOBILE_WIDTH}" height="900"></iframe></figure></div><h2>Plain-text part</h2><pre class="text">${escapeHtml(m.email.text)}</pre>`
    );
  }
  if (m.slack) {
    parts.push(
      `<h2>Slack${m.slack.op === "schedule" ? " (scheduled message)" : ""}</h2>${m.slack.key ? `<p class="meta">ledger key: ${escapeHtml(m.slack.key)}</p>` : ""}<div class="card">${renderSlackHtml(m.slack.payload, "Seminars")}</div><p class="meta">Fallback text (notifications): ${escapeHtml(m.slack.payload.text)}</p>`
    );
  }
  return page(m.label, parts.join("\n"), live);
}
function mobilePage(m, live) {
  return page(
    `${m.email.subject} (phone)`,
    `<h1>${escapeHtml(m.email.subject)}</h1><p class="meta">At a phone's width: ${MOBILE_WIDTH} px.</p><iframe id="mobile" class="email-mobile" src="email.html" title="email, phone width" width="${MOBILE_WIDTH}" height="1200" style="width:${MOBILE_WIDTH}px"></iframe>`,
    live
  );
}
function slackPage(m, live) {
  const payload = m.slack.payload;
  return page(
    `${m.label} (Slack)`,
    `<h1>${escapeHtml(m.label)}</h1><p class="meta">An approximate rendering; <a href="${escapeHtml(renderBlockKitBuilderUrl(payload.blocks))}" target="_blank" rel="noopener">open it in Slack's Block Kit Builder</a> for the real one, or see the <a href="slack.json">JSON</a>.</p><div class="card">${renderSlackHtml(payload, "Seminars")}</div><p class="slack-fallback">Fallback text: ${escapeHtml(payload.text)}</p>`,
    live
  );
}
function renderPreviewFiles(set, opts) {
  const files = /* @__PURE__ */ new Map();
  files.set("index.html", { type: HTML, body: indexPage(set, opts.live) });
  for (const m of set.messages) {
    const dir = `${m.slug}/`;
    files.set(`${dir}index.html`, { type: HTML, body: messagePage(m, opts.live) });
    if (m.email) {
      files.set(`${dir}email.html`, { type: HTML, body: m.email.html });
      files.set(`${dir}email-mobile.html`, { type: HTML, body: mobilePage(m, opts.live) });
      files.set(`${dir}email.txt`, { type: "text/plain; charset=utf-8", body: m.email.text });
      if (m.email.ics !== null)
        files.set(`${dir}${calendarFileName(m.kind)}`, { type: "text/calendar; charset=utf-8", body: m.email.ics });
    }
    if (m.slack) {
      files.set(`${dir}slack.html`, { type: HTML, body: slackPage(m, opts.live) });
      files.set(`${dir}slack.json`, { type: "application/json; charset=utf-8", body: JSON.stringify(m.slack.payload, null, 2) + "\n" });
    }
  }
  return files;
}

export {
  MOBILE_WIDTH,
  PREVIEW_VERSION,
  renderPreviewFiles
};
