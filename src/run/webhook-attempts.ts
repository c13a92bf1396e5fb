/**
 * The rule for a Slack webhook post that was not confirmed. A webhook cannot be searched, so nobody can tell whether
 * a POST that timed out, lost its connection or got a 5xx was posted. Such a post is not retried within the run
 * (that made a copy per retry, every run); it stays pending, and the next run makes one more attempt. When that one
 * is not confirmed either (or a run was stopped during it), it is recorded as sent and the run fails with an error
 * naming the message: at most two copies, then someone looks at the channel. Pure.
 */
import { DeliveryError } from '../errors.js';
import type { PendingRecord } from '../ledger/types.js';
import type { Action } from '../plan/index.js';

/** Attempts in all, over every run, at a webhook post that is never confirmed. */
export const WEBHOOK_ATTEMPTS = 2;

/** A pending webhook post that this run may try (again) or must settle: the run posts through the same webhook. */
export const isWebhookRetry = (p: PendingRecord | undefined, transport: string | undefined): p is PendingRecord =>
  !!p && transport === 'webhook' && p.record.channel === 'slack' && p.record.destination === 'webhook';

export const attemptsOf = (p: PendingRecord): number => p.attempts ?? 1;

/** How to post it again by hand, if it is not in the channel. */
function resendHint(action: Action): string {
  if (action.kind === 'digest') return '`announce digest --force --channel slack`';
  const id = action.events[0];
  return id ? `\`announce --event ${id} --force --channel slack\`` : 'the command that sends it, with --force';
}

/** What a run says when it gives up on a webhook post and records it as sent. */
export function unconfirmedWebhookPost(action: Action, attempts: number, last: string | null): DeliveryError {
  const what = `the Slack ${action.kind} ${action.events.length ? `of ${action.events.join(', ')} ` : ''}(${action.key})`;
  return new DeliveryError(
    `${what} was posted to the webhook ${attempts} times without a confirmation${last ? ` (last: ${last})` : ''}; it may be in the channel already, ` +
      `even twice, so it is recorded as sent and not posted again. If it is not in the channel, post it with ${resendHint(action)}.`,
  );
}
