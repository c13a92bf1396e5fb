/**
 * Delivering one action and recording it. When a delivery counts as sent, in one place: when its transport confirms
 * it (SMTP `250` after DATA, Slack `ok: true` with a `ts` or scheduled id, the outbox file written). The ledger entry
 * is appended synchronously right after that answer, before anything else happens. Just before sending, a "pending"
 * entry is appended: a run killed between the server's acceptance and the record leaves it behind, and the next run
 * looks the message up in Slack (posts carry metadata, scheduled messages are listed; see recovery.ts) instead of
 * posting it twice. SMTP offers no such look-up: an email in that window is sent again, with the same Message-ID so
 * that clients and list servers can recognise the copy.
 */
import { isTimeInPast, isTimeTooFar, isUneditable } from '../deliver/slack-errors.js';
import type { DeliveryRecord } from '../ledger/types.js';
import type { Action } from '../plan/index.js';
import type { RenderedEmail, SlackPayload } from '../render/types.js';
import { outgoingEmail, outgoingSlack, slackThreadTs } from './outgoing.js';
import { recordOf } from './records.js';
import type { Outcome, RunContext, RunDeps } from './types.js';

/** What an action rendered to: its email, or its Slack message and (an update) the edited announcement. */
export interface Rendered {
  email: RenderedEmail | null;
  slack: SlackPayload | null;
  edit: SlackPayload | null;
  /** Digest posts to edit (an update or cancellation on Slack): where each is, its talks, and how it should read. */
  digests: Array<{ slack: { channel: string; ts: string }; events: string[]; payload: SlackPayload }>;
}

export const NOTHING_RENDERED: Rendered = { email: null, slack: null, edit: null, digests: [] };

function needs<T>(value: T | null, what: string, action: Action): T {
  if (value === null) throw new Error(`${action.key}: no ${what} was rendered`);
  return value;
}

export async function deliverAction(action: Action, r: Rendered, ctx: RunContext, now: Date, deps: RunDeps): Promise<Outcome> {
  const { ledger } = deps;
  const record = recordOf(action, ctx, now);
  // sentAt is the wall-clock instant of confirmation; `now` may be a replayed --now.
  const confirmed = (over: Partial<DeliveryRecord>): DeliveryRecord => ({ ...record, sentAt: deps.clock().toISOString(), ...over });
  const since = () => deps.clock().toISOString();

  if (action.kind === 'digest' && action.events.length === 0) {
    ledger.complete(action.key, { ...record, status: 'empty' });
    return { action, status: 'done', detail: 'nothing to list this period' };
  }

  // A quiet minor edit: the posts are corrected (Slack, below) and the change is recorded, so that the next change is
  // told against this version; nobody gets a message. It counts as done, not sent.
  const quiet = action.kind === 'update' && action.quiet;
  if (quiet && action.channel === 'email') {
    ledger.complete(action.key, confirmed({}));
    return { action, status: 'done', detail: 'minor edit: recorded, no email (updates.minor: quiet)' };
  }

  if (action.channel === 'email') {
    const mailer = needs(deps.mailer, 'mailer', action);
    if (action.kind === 'reminder' && action.op === 'delete') {
      ledger.complete(action.key, { ...record, status: 'deleted' });
      return { action, status: 'deleted', detail: null };
    }
    const mail = outgoingEmail(action, needs(r.email, 'email', action), ctx.config);
    ledger.begin(action.key, { since: since(), threadTs: null, text: null, record });
    await mailer.sendEmail(mail);
    ledger.complete(action.key, confirmed({}));
    return { action, status: 'sent', detail: mailer.destination };
  }

  const slack = needs(deps.slack, 'Slack poster', action);
  if (action.kind === 'reminder') {
    if (action.replaces) await slack.deleteScheduledMessage(action.replaces.channel, action.replaces.id);
    if (action.op === 'delete') {
      ledger.complete(action.key, confirmed({ status: 'deleted', scheduled: action.replaces }));
      return { action, status: 'deleted', detail: null };
    }
    if (action.op === 'schedule') {
      const payload = needs(r.slack, 'Slack message', action);
      ledger.begin(action.key, { since: since(), threadTs: null, text: payload.text, record: { ...record, status: 'scheduled' } });
      try {
        const res = await slack.scheduleMessage(outgoingSlack(action, payload, null), action.at);
        ledger.complete(action.key, confirmed({ status: 'scheduled', scheduled: { channel: res.channel, id: res.scheduledId } }));
        return { action, status: 'scheduled', detail: `for ${action.at.toISOString()}` };
      } catch (error) {
        if (isTimeTooFar(error)) {
          ledger.abandon(action.key);
          return { action, status: 'skipped', detail: 'more than 120 days ahead: a later run schedules it' };
        }
        if (!isTimeInPast(error)) throw error;
        ledger.abandon(action.key);
        // Slack's clock says the time has come: post it now instead.
      }
    }
  }

  const threadTs = slackThreadTs(action);
  const thread = action.kind === 'update' ? action.thread.slack : null;
  // Edits first, then the reply: an edit is the same whenever it is made again, so a run stopped after it and run
  // again makes it again and then posts the reply once. The edited posts keep their own kind and talks in metadata.
  if (r.edit && thread?.ts && thread.channel)
    await slack.updateMessage(thread.channel, thread.ts, { ...outgoingSlack(action, r.edit, null), kind: 'announcement' });
  let edited = r.edit && thread?.ts ? 1 : 0;
  for (const d of r.digests) {
    try {
      await slack.updateMessage(d.slack.channel, d.slack.ts, { ...outgoingSlack(action, d.payload, null), kind: 'digest', events: d.events });
      edited++;
    } catch (error) {
      // A digest post deleted in Slack cannot be corrected; the talk's follow-up still goes out. Anything else (Slack
      // unreachable, rate limits) fails the action, and the next run edits and replies again.
      if (!isUneditable(error)) throw error;
      deps.warn?.(`${action.key}: the digest post ${d.slack.ts} could not be edited (${(error as Error).message}); left as it is`);
    }
  }
  if (quiet) {
    ledger.complete(action.key, confirmed({}));
    return { action, status: 'done', detail: `minor edit: ${edited} Slack post${edited === 1 ? '' : 's'} edited, no thread reply (updates.minor: quiet)` };
  }
  // A webhook post still pending was not confirmed by an earlier run: this is one more attempt (see execute.ts).
  const before = ledger.data().pending[action.key];
  const attempts = before ? (before.attempts ?? 1) + 1 : 1;
  ledger.begin(action.key, { since: since(), threadTs, text: null, record, ...(attempts > 1 ? { attempts } : {}) });
  const res = await slack.postMessage(outgoingSlack(action, needs(r.slack, 'Slack message', action), threadTs));
  ledger.complete(action.key, confirmed({ slack: { channel: res.channel, ts: res.ts } }));
  return { action, status: 'sent', detail: slack.destination };
}
