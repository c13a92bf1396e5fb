/**
 * renderEmail: MessageInput → subject, HTML, plain text and the calendar invitation. Pure apart from
 * reading templates (built-in or the config's overrides).
 */
import type { MessageInput, RenderedEmail } from '../types.js';
import { renderIcs } from '../ics.js';
import { buildEmailView } from './view.js';
import { renderEmailHtml } from './templates.js';
import { renderText } from './text.js';

export { buildEmailView, renderSubject } from './view.js';
export type { EmailView, TalkView } from './view.js';
export { TemplateError, TEMPLATE_NAMES, BUILTIN_TEMPLATES_DIR } from './templates.js';

export async function renderEmail(input: MessageInput): Promise<RenderedEmail> {
  const view = buildEmailView(input);
  return {
    subject: view.subject,
    html: await renderEmailHtml(view, input.config.templates),
    text: renderText(view),
    calendar: input.events.length ? renderIcs(input) : null,
  };
}
