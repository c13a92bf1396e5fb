/** Slack messages (Block Kit) for every kind of message: pure functions of MessageInput. */
import type { MessageInput, SlackPayload } from '../types.js';
import { renderAnnouncement, renderCancellation, renderDigest, renderReminder, renderUpdate } from './messages.js';

export function renderSlack(input: MessageInput): SlackPayload {
  switch (input.kind) {
    case 'digest':
      return renderDigest(input);
    case 'announcement':
      return renderAnnouncement(input);
    case 'reminder':
      return renderReminder(input);
    case 'update':
      return renderUpdate(input);
    case 'cancellation':
      return renderCancellation(input);
  }
}

export { markdownToMrkdwn } from './mrkdwn.js';
export { escapeSlack, safeHttpUrl } from './escape.js';
export { renderGoogleCalendarUrl } from './calendar.js';
export { LIMITS } from './limits.js';
export { renderBlockKitBuilderUrl } from './builder.js';
