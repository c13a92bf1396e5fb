/**
 * renderEmail: MessageInput → subject, HTML, plain text and the calendar invitation. Pure apart from
 * reading templates (built-in or the config's overrides).
 */
import type { MessageInput, RenderedEmail } from '../types.js';
import { renderIcs } from '../ics.js';
import { buildEmailView, type EmailView } from './view.js';
import { renderText } from './text.js';

export { buildEmailView, renderSubject } from './view.js';
export type { EmailView, TalkView } from './view.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Interim layout until the MJML templates land. */
function renderHtmlSimple(v: EmailView): string {
  const talks = v.talks
    .map(
      (t) => `<div class="talk"><h2>${t.url ? `<a href="${esc(t.url)}">${esc(t.title)}</a>` : esc(t.title)}</h2>
<p>${t.speakers.map((s) => (s.url ? `<a href="${esc(s.url)}">${esc(s.name)}</a>` : esc(s.name)) + (s.affiliation ? ` (${esc(s.affiliation)})` : '')).join(', ')}</p>
<p>${esc(t.when)}</p><p>${esc([t.location, t.address].filter(Boolean).join(', '))}</p>
${t.abstractHtml}${t.excerpt ? `<p>${esc(t.excerpt)}</p>` : ''}${t.bioHtml}
<p>${t.links.map((l) => `<a href="${esc(l.url)}">${esc(l.name)}</a>`).join(' · ')} · <a href="${esc(t.calendarUrl)}">Add to Google Calendar</a></p></div>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(v.subject)}</title></head>
<body><h1>${esc(v.heading)}</h1><p>${esc(v.intro)}</p>${v.changes.length ? `<ul>${v.changes.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>` : ''}${talks}</body></html>`;
}

export async function renderEmail(input: MessageInput): Promise<RenderedEmail> {
  const view = buildEmailView(input);
  return {
    subject: view.subject,
    html: renderHtmlSimple(view),
    text: renderText(view),
    calendar: input.events.length ? renderIcs(input) : null,
  };
}
