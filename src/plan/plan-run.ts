import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import type { LedgerData } from '../ledger/types.js';
import type { HugoSite } from '../site/types.js';
import { followedUnpublished, planCancellations, planUpdates } from './follow-ups.js';
import { planAnnouncements, planDigest, planReminders, tellersOf } from './messages.js';
import { planning } from './planning.js';
import type { Action, ChannelTarget, PlanOptions } from './types.js';

const ORDER = ['cancellations', 'deletions', 'updates', 'digests', 'announcements', 'reminders'] as const;

/**
 * Everything due at `now` and not yet in the ledger, per channel and destination. Pure: the clock, the site and the
 * ledger are arguments, so `plan`, `--dry-run` and the run all plan through this one function (see prepareRun).
 *
 * Per destination, named phases, each a function of what came before it, nothing shared and mutated: follow-ups of
 * what was told (cancellations with the deletion of their reminders, updates), this period's digest, announcements
 * on their own (of talks nothing else tells people about), then reminders (of talks told before or by this run).
 * Delivered in that order across destinations: cancellations, deletions, updates, digests, announcements, reminders.
 */
export function planRun(
  events: Event[],
  ledger: LedgerData,
  config: Config,
  site: HugoSite,
  now: Date,
  channels: ChannelTarget[],
  options: PlanOptions = {},
): Action[] {
  const p = planning(events, ledger, config, site, now, options);
  const perTarget = channels.map((target) => {
    const { cancellations, deletions } = planCancellations(p, target);
    const updates = planUpdates(p, target);
    const digest = planDigest(p, target);
    const announcements = planAnnouncements(p, target, tellersOf(updates, digest));
    const remindable = [...p.upcoming, ...followedUnpublished(p, target)];
    const reminders = planReminders(p, target, remindable, tellersOf(updates, digest, announcements));
    const phases: Record<(typeof ORDER)[number], Action[]> = { cancellations, deletions, updates, digests: digest ? [digest] : [], announcements, reminders };
    return phases;
  });
  return ORDER.flatMap((phase) => perTarget.flatMap((phases) => phases[phase]));
}
