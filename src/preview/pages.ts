/**
 * The preview as files: path (relative, forward slashes) → content. `--out` writes them, `--serve`
 * serves them from memory, so both show exactly the same thing.
 */
import type { PreviewMessage, PreviewSet } from './collect.js';
import { escapeHtml as h } from './html.js';
import { renderBlockKitBuilderUrl } from '../render/slack/builder.js';
import { renderSlackHtml, SLACK_CSS } from './slack-html.js';
import { calendarFileName } from '../model.js';

export interface PreviewFile {
  type: string;
  body: string;
}
export type PreviewFiles = Map<string, PreviewFile>;

/** Width of the phone frame: an iPhone's CSS width, the narrowest common one. */
export const MOBILE_WIDTH = 375;

const HTML = 'text/html; charset=utf-8';

const PAGE_CSS = `
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

/** Polls the server and reloads when the preview was rendered again (only with --serve). */
/** The server writes into PREVIEW_VERSION the version of the files it serves, so no rebuild goes unnoticed. */
export const PREVIEW_VERSION = '%%PREVIEW_VERSION%%';
const LIVE_RELOAD = `<script>
(() => { const v = '${PREVIEW_VERSION}';
  setInterval(async () => {
    try { const r = await fetch('/__preview/version', { cache: 'no-store' }); if ((await r.text()) !== v) location.reload(); } catch {}
  }, 1000);
})();
</script>`;

function page(title: string, body: string, live: boolean, root = '../'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title><style>${PAGE_CSS}${SLACK_CSS}</style></head>
<body><p class="meta"><a href="${root}index.html">← all previews</a></p>
${body}
${live ? LIVE_RELOAD : ''}</body></html>
`;
}

function when(d: Date, zone: string, locale: string): string {
  try {
    // dateStyle/timeStyle cannot be combined with timeZoneName: spell the parts out.
    return new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(d);
  } catch {
    return d.toISOString();
  }
}

function messageLinks(m: PreviewMessage, prefix: string): string {
  const links: string[] = [];
  if (m.email) {
    links.push(`<a href="${prefix}${m.slug}/email.html">email</a>`);
    links.push(`<a href="${prefix}${m.slug}/email-mobile.html">phone</a>`);
    links.push(`<a href="${prefix}${m.slug}/email.txt">text</a>`);
    if (m.email.ics !== null) links.push(`<a href="${prefix}${m.slug}/${calendarFileName(m.kind)}">.ics</a>`);
  }
  if (m.slack) {
    links.push(`<a href="${prefix}${m.slug}/slack.html">Slack</a>`);
    links.push(`<a href="${h(renderBlockKitBuilderUrl(m.slack.payload.blocks))}" target="_blank" rel="noopener">Block Kit Builder</a>`);
  }
  return links.join(' ');
}

function indexPage(set: PreviewSet, live: boolean): string {
  const talks = set.upcoming.length
    ? `<table><thead><tr><th>When</th><th>Talk</th><th>Speakers</th><th>Page</th><th>Messages</th></tr></thead><tbody>${set.upcoming
        .map(({ event: e, state, messages }) => {
          const status = e.cancelled ? 'cancelled' : state;
          const links = messages
            .map((slug) => set.messages.find((m) => m.slug === slug))
            .filter((m): m is PreviewMessage => Boolean(m))
            .map((m) => `<a href="${m.slug}/index.html">${h(m.source === 'talk' ? 'announcement' : m.kind)}</a>`)
            .join(' ');
          return `<tr class="talk" data-id="${h(e.id)}"><td>${h(when(e.start, set.zone, set.locale))}</td><td><a href="${h(e.permalink)}">${h(e.title)}</a><div class="meta">${h(e.id)}${e.location ? ` · ${h(e.location)}` : ''}</div></td><td>${h(e.speakers.map((s) => s.name).join(', ') || '—')}</td><td><span class="state ${h(status)}">${h(status)}</span></td><td class="links">${links}</td></tr>`;
        })
        .join('\n')}</tbody></table>`
    : '<p>No upcoming talks.</p>';
  const planned = set.messages.filter((m) => m.source === 'plan');
  const row = (m: PreviewMessage, cls = 'message') =>
    `<tr class="${cls}" data-kind="${m.kind}"><td>${h(m.kind)}</td><td><a href="${m.slug}/index.html">${h(m.label)}</a><div class="meta">${h(m.note)}</div>${m.error ? `<div class="problem">${h(m.error)}</div>` : ''}</td><td class="links">${messageLinks(m, '')}</td></tr>`;
  const plannedHtml = planned.length
    ? `<table><thead><tr><th>Kind</th><th>Message</th><th>Renderings</th></tr></thead><tbody>${planned.map((m) => row(m)).join('\n')}</tbody></table>`
    : '<p>Nothing is due: the next run would send nothing.</p>';
  const others = set.messages.filter((m) => m.source === 'talk');
  const samples = set.messages.filter((m) => m.source === 'sample');
  const problems = set.problems.length
    ? `<h2>Pages with problems</h2>${set.problems.map((p) => `<div class="problem">${h(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`)}</div>`).join('')}`
    : '';
  const notes = set.notes.length ? `<ul class="meta">${set.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${h(set.siteTitle)}</title><style>${PAGE_CSS}</style></head>
<body>
<h1>${h(set.siteTitle)}: message preview</h1>
<p class="meta">As of ${h(when(set.now, set.zone, set.locale))} (${h(set.now.toISOString())}) · ${h(set.targets.join(' · '))} · nothing is sent and the ledger is not changed.</p>
<h2>The next run would send</h2>
${plannedHtml}
${notes}
<h2>Upcoming talks</h2>
${talks}
${others.length ? `<h2>Announcements of the upcoming talks</h2><table><thead><tr><th>Kind</th><th>Message</th><th>Renderings</th></tr></thead><tbody>${others.map((m) => row(m)).join('\n')}</tbody></table>` : ''}
${samples.length ? `<h2>Every kind of message</h2><p class="meta">Not planned: how each template renders (what <code>announce check</code> renders too).</p><table><thead><tr><th>Kind</th><th>Message</th><th>Renderings</th></tr></thead><tbody>${samples.map((m) => row(m, 'sample')).join('\n')}</tbody></table>` : ''}
${problems}
${live ? LIVE_RELOAD : ''}</body></html>
`;
}

function messagePage(m: PreviewMessage, live: boolean): string {
  const parts: string[] = [`<h1>${h(m.label)}</h1><p class="meta">${h(m.kind)} · ${h(m.note)} · events: ${h(m.events.join(', '))}</p>`];
  if (m.error) parts.push(`<p class="problem">${h(m.error)}</p>`);
  parts.push(`<p class="links">${messageLinks(m, '../')}</p>`);
  if (m.email) {
    parts.push(
      `<h2>Email</h2><div class="card"><b>Subject:</b> ${h(m.email.subject)}${m.email.key ? `<div class="meta">ledger key: ${h(m.email.key)}</div>` : ''}</div>` +
        `<div class="frames"><figure><figcaption>Desktop (640 px)</figcaption><iframe class="email-desktop" src="email.html" title="email, desktop width" width="680" height="900"></iframe></figure>` +
        `<figure><figcaption>Phone (${MOBILE_WIDTH} px)</figcaption><iframe class="email-mobile" src="email.html" title="email, phone width" width="${MOBILE_WIDTH}" height="900"></iframe></figure></div>` +
        `<h2>Plain-text part</h2><pre class="text">${h(m.email.text)}</pre>`,
    );
  }
  if (m.slack) {
    parts.push(
      `<h2>Slack${m.slack.op === 'schedule' ? ' (scheduled message)' : ''}</h2>${m.slack.key ? `<p class="meta">ledger key: ${h(m.slack.key)}</p>` : ''}` +
        `<div class="card">${renderSlackHtml(m.slack.payload, 'Seminars')}</div>` +
        `<p class="meta">Fallback text (notifications): ${h(m.slack.payload.text)}</p>`,
    );
  }
  return page(m.label, parts.join('\n'), live);
}

function mobilePage(m: PreviewMessage, live: boolean): string {
  return page(
    `${m.email!.subject} (phone)`,
    `<h1>${h(m.email!.subject)}</h1><p class="meta">At a phone's width: ${MOBILE_WIDTH} px.</p>` +
      `<iframe id="mobile" class="email-mobile" src="email.html" title="email, phone width" width="${MOBILE_WIDTH}" height="1200" style="width:${MOBILE_WIDTH}px"></iframe>`,
    live,
  );
}

function slackPage(m: PreviewMessage, live: boolean): string {
  const payload = m.slack!.payload;
  return page(
    `${m.label} (Slack)`,
    `<h1>${h(m.label)}</h1><p class="meta">An approximate rendering; <a href="${h(renderBlockKitBuilderUrl(payload.blocks))}" target="_blank" rel="noopener">open it in Slack's Block Kit Builder</a> for the real one, or see the <a href="slack.json">JSON</a>.</p>` +
      `<div class="card">${renderSlackHtml(payload, 'Seminars')}</div><p class="slack-fallback">Fallback text: ${h(payload.text)}</p>`,
    live,
  );
}

export function renderPreviewFiles(set: PreviewSet, opts: { live: boolean }): PreviewFiles {
  const files: PreviewFiles = new Map();
  files.set('index.html', { type: HTML, body: indexPage(set, opts.live) });
  for (const m of set.messages) {
    const dir = `${m.slug}/`;
    files.set(`${dir}index.html`, { type: HTML, body: messagePage(m, opts.live) });
    if (m.email) {
      // The email exactly as sent: no wrapper, no script.
      files.set(`${dir}email.html`, { type: HTML, body: m.email.html });
      files.set(`${dir}email-mobile.html`, { type: HTML, body: mobilePage(m, opts.live) });
      files.set(`${dir}email.txt`, { type: 'text/plain; charset=utf-8', body: m.email.text });
      if (m.email.ics !== null) // Named as the email names it: a digest's talks.ics, a talk's invite.ics.
      files.set(`${dir}${calendarFileName(m.kind)}`, { type: 'text/calendar; charset=utf-8', body: m.email.ics });
    }
    if (m.slack) {
      files.set(`${dir}slack.html`, { type: HTML, body: slackPage(m, opts.live) });
      files.set(`${dir}slack.json`, { type: 'application/json; charset=utf-8', body: JSON.stringify(m.slack.payload, null, 2) + '\n' });
    }
  }
  return files;
}
