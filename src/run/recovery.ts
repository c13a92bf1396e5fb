/**
 * Settling the deliveries a stopped run left pending, before anything is planned. A Slack post or scheduled message
 * that is found is recorded as it was; anything not found (or that cannot be searched: email, the outbox) is
 * forgotten, so the planner plans it again. One whose look-up fails stays pending, and the run does not send it. A
 * webhook post stays pending with its count of attempts: the run tries it once more at most (see execute.ts).
 */
import type { SlackPoster } from '../deliver/types.js';
import type { LedgerStore } from '../ledger/index.js';
import { messageOf } from './errors.js';

export async function recoverPending(ledger: LedgerStore, slack: SlackPoster | null, warn: (line: string) => void): Promise<string[]> {
  const notes: string[] = [];
  for (const [key, p] of Object.entries(ledger.data().pending)) {
    const r = p.record;
    const lookup = slack?.lookup && slack.destination === r.destination ? slack.lookup : null;
    if (r.channel === 'slack' && lookup) {
      try {
        if (r.status === 'scheduled') {
          const found = await lookup.findScheduled({ postAt: new Date(r.at), text: p.text ?? '' });
          if (found) {
            ledger.complete(key, { ...r, sentAt: p.since, scheduled: { channel: found.channel, id: found.scheduledId } });
            notes.push(`${key}: found scheduled in Slack after an interrupted run; recorded`);
            continue;
          }
        } else if (r.status === 'sent') {
          const found = await lookup.findPosted({ kind: r.kind, events: r.events, threadTs: p.threadTs, since: new Date(p.since) });
          if (found) {
            ledger.complete(key, { ...r, sentAt: p.since, slack: { channel: found.channel, ts: found.ts } });
            notes.push(`${key}: found in Slack after an interrupted run; recorded`);
            continue;
          }
        }
      } catch (error) {
        // Without an answer we cannot tell whether it went out: leave it pending and do not send it now.
        warn(`could not check Slack for ${key} (${messageOf(error)}); it stays pending until a run can`);
        continue;
      }
    } else if (r.channel === 'slack' && r.destination === 'webhook' && (!slack || slack.destination === 'webhook')) {
      // A webhook cannot be searched: the run makes one more attempt at most, then records it (see execute.ts).
      continue;
    } else if (r.channel === 'email') {
      notes.push(`${key}: an interrupted run may have sent it; sending again with the same Message-ID ${r.messageId ?? ''}`.trim());
    }
    ledger.abandon(key);
  }
  return notes;
}
