/**
 * renderEmail: MessageInput and the templates' text → subject, HTML, plain text and the calendar invitation.
 * Pure: the templates are read at the edge (src/run/templates.ts) and passed in.
 */
import type { MessageInput, RenderedEmail } from '../types.js';
import { renderIcs } from '../ics.js';
import { buildEmailView, type Density } from './view.js';
import { renderEmailHtml, type EmailTemplates } from './templates.js';
import { renderText } from './text.js';
import { stripBidi } from '../bidi.js';
import { undisguiseLinks } from '../links.js';
import { capInput, capSubject } from '../caps.js';

export { buildEmailView, renderSubject } from './view.js';
export type { Density, EmailView, TalkView } from './view.js';
export { TemplateError, TEMPLATE_NAMES, PARTIAL_NAMES, type EmailTemplates, type TemplateSource } from './templates.js';

/** A digest of more talks than this is shown in compact entries: an ordinary week keeps its full cards. */
export const LONG_WEEK = 12;

/**
 * Gmail clips an email whose HTML passes about 102 KB, hiding the rest (and the unsubscribe link) behind "View
 * entire message". A digest stays under this with margin: if a form would pass it, the next shorter one is used.
 */
export const HTML_BUDGET = 90 * 1024;

const bytes = (s: string) => new TextEncoder().encode(s).length;

/**
 * At the boundary, whatever the page, the configuration or a template override holds: fields capped (caps.ts), so no
 * email grows past a sane size, and bidirectional controls stripped from every part (bidi.ts).
 */
export async function renderEmail(input: MessageInput, templates: EmailTemplates): Promise<RenderedEmail> {
  const capped = capInput(input);
  let density: Density = capped.kind === 'digest' && capped.events.length > LONG_WEEK ? 'compact' : 'full';
  for (;;) {
    const view = buildEmailView(capped, density);
    const html = undisguiseLinks(stripBidi(squeezeWhitespace(await renderEmailHtml(view, templates))));
    const next: Density | null = capped.kind !== 'digest' || bytes(html) <= HTML_BUDGET ? null : density === 'full' ? 'compact' : density === 'compact' ? 'brief' : null;
    if (next) {
      density = next;
      continue;
    }
    const calendar = capped.events.length ? renderIcs(capped) : null;
    return {
      subject: capSubject(stripBidi(view.subject)),
      html,
      text: stripBidi(renderText(view)),
      calendar: calendar ? { ...calendar, content: stripBidi(calendar.content) } : null,
    };
  }
}

/**
 * MJML indents its output generously (a third of a long digest's bytes). A line break and the indentation after it
 * are one space to HTML, so they become one line break; `<pre>` (code in an abstract) keeps its white space.
 */
export function squeezeWhitespace(html: string): string {
  return html
    .split(/(<pre\b[\s\S]*?<\/pre>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[ \t]*\n\s*/g, '\n')))
    .join('');
}
