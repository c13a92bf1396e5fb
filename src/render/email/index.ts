/**
 * renderEmail: MessageInput and the templates' text → subject, HTML, plain text and the calendar invitation.
 * Pure: the templates are read at the edge (src/run/templates.ts) and passed in.
 */
import type { MessageInput, RenderedEmail } from '../types.js';
import { renderIcs } from '../ics.js';
import { buildEmailView } from './view.js';
import { renderEmailHtml, type EmailTemplates } from './templates.js';
import { renderText } from './text.js';

export { buildEmailView, renderSubject } from './view.js';
export type { EmailView, TalkView } from './view.js';
export { TemplateError, TEMPLATE_NAMES, PARTIAL_NAMES, type EmailTemplates, type TemplateSource } from './templates.js';

export async function renderEmail(input: MessageInput, templates: EmailTemplates): Promise<RenderedEmail> {
  const view = buildEmailView(input);
  return {
    subject: view.subject,
    html: await renderEmailHtml(view, templates),
    text: renderText(view),
    calendar: input.events.length ? renderIcs(input) : null,
  };
}
