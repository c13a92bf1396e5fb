/** What a transport is handed for an action: the rendered message with its envelope, thread and list headers. Pure. */
import type { Config } from '../config/config.js';
import type { OutgoingEmail, OutgoingSlack } from '../deliver/types.js';
import type { Action } from '../plan/index.js';
import type { RenderedEmail, SlackPayload } from '../render/types.js';

/** Where a follow-up belongs: the message that first told people about the talk (none for other kinds). */
const threadOf = (action: Action) => (action.kind === 'update' || action.kind === 'cancellation' ? action.thread : null);

export function outgoingEmail(action: Action, email: RenderedEmail, config: Config): OutgoingEmail {
  const thread = threadOf(action);
  if (!action.messageId) throw new Error(`${action.key}: an email action without a Message-ID`);
  return {
    ...email,
    kind: action.kind,
    events: action.events,
    from: config.email.from,
    to: config.email.to,
    cc: config.email.cc,
    bcc: config.email.bcc,
    replyTo: config.email.replyTo,
    messageId: action.messageId,
    inReplyTo: thread?.messageId ?? null,
    references: thread?.references ?? [],
    headers: listHeaders(config),
  };
}

/** The Slack thread an action replies in: an update or cancellation replies to the talk's first message. */
export const slackThreadTs = (action: Action): string | null => threadOf(action)?.slack?.ts ?? null;

export function outgoingSlack(action: Action, payload: SlackPayload, threadTs: string | null): OutgoingSlack {
  return { ...payload, kind: action.kind, events: action.events, threadTs, key: action.key };
}

/** `List-Id` and `List-Unsubscribe` as RFC 2919 and RFC 2369 write them, from what people put in the config. */
export function listHeaders(config: Config): Record<string, string> {
  const headers: Record<string, string> = {};
  if (config.email.listId) headers['List-Id'] = config.email.listId.includes('<') ? config.email.listId : `<${config.email.listId}>`;
  if (config.email.unsubscribe) {
    const u = config.email.unsubscribe;
    headers['List-Unsubscribe'] = u.startsWith('<') ? u : `<${u.includes('@') && !u.includes(':') ? `mailto:${u}` : u}>`;
  }
  return headers;
}
