/**
 * renderEmail: MessageInput and the templates' text → subject, HTML, plain text and the calendar invitation.
 * Pure: the templates are read at the edge (src/run/templates.ts) and passed in.
 */
import type { MessageInput, RenderedEmail } from '../types.js';
import { renderIcs } from '../ics.js';
import { buildEmailView } from './view.js';
import { renderEmailHtml, type EmailTemplates } from './templates.js';
import { renderText } from './text.js';
import { stripBidi } from '../bidi.js';
import { undisguiseLinks } from '../links.js';
import { capInput, capSubject } from '../caps.js';

export { buildEmailView, renderSubject } from './view.js';
export type { EmailView, TalkView } from './view.js';
export { TemplateError, TEMPLATE_NAMES, PARTIAL_NAMES, type EmailTemplates, type TemplateSource } from './templates.js';

/**
 * At the boundary, whatever the page, the configuration or a template override holds: fields capped (caps.ts), so no
 * email grows past a sane size, and bidirectional controls stripped from every part (bidi.ts).
 */
export async function renderEmail(input: MessageInput, templates: EmailTemplates): Promise<RenderedEmail> {
  const capped = capInput(input);
  const view = buildEmailView(capped);
  const calendar = capped.events.length ? renderIcs(capped) : null;
  return {
    subject: capSubject(stripBidi(view.subject)),
    html: undisguiseLinks(stripBidi(await renderEmailHtml(view, templates))),
    text: stripBidi(renderText(view)),
    calendar: calendar ? { ...calendar, content: stripBidi(calendar.content) } : null,
  };
}
