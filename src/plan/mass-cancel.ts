/**
 * The guard against one typo cancelling everything: a run that would cancel more than half of the talks announced
 * and not yet started on a destination, and more than MASS_CANCEL_MIN of them, is far more likely a wrong contentDir,
 * section or folder name than a season of cancellations. The run stops before sending anything unless
 * --allow-mass-cancel says it is meant. Pure.
 */
import type { Config } from '../config/config.js';
import type { Event } from '../content/event.js';
import type { LedgerData } from '../ledger/types.js';
import type { HugoSite } from '../site/types.js';
import { toldUpcoming } from './follow-ups.js';
import { planning } from './planning.js';
import type { Action, ChannelTarget, PlanOptions } from './types.js';

/** More cancellations at once than this, and more than half the announced upcoming talks, trip the guard. */
export const MASS_CANCEL_MIN = 2;

export interface MassCancel {
  channel: ChannelTarget['channel'];
  destination: string;
  /** Event ids the run would cancel on this destination. */
  cancelling: string[];
  /** How many talks announced there have not started and were not cancelled before. */
  announced: number;
}

export function massCancellations(
  actions: Action[],
  events: Event[],
  ledger: LedgerData,
  config: Config,
  site: HugoSite,
  now: Date,
  targets: ChannelTarget[],
  options: PlanOptions = {},
): MassCancel[] {
  if (!actions.some((a) => a.kind === 'cancellation')) return [];
  const p = planning(events, ledger, config, site, now, options);
  const out: MassCancel[] = [];
  for (const target of targets) {
    const cancelling = actions.flatMap((a) =>
      a.kind === 'cancellation' && a.channel === target.channel && a.destination === target.destination ? a.events : [],
    );
    const announced = toldUpcoming(p, target).length;
    if (cancelling.length > MASS_CANCEL_MIN && cancelling.length * 2 > announced)
      out.push({ channel: target.channel, destination: target.destination, cancelling, announced });
  }
  return out;
}

/** The error's text: what would be cancelled, why the run stopped, and how to confirm. */
export function describeMassCancel(found: MassCancel[]): string {
  const lines = found.map((m) => {
    const shown = m.cancelling.slice(0, 20).join(', ') + (m.cancelling.length > 20 ? `, and ${m.cancelling.length - 20} more` : '');
    return `  ${m.channel} (${m.destination}): ${m.cancelling.length} of ${m.announced} announced upcoming talks: ${shown}`;
  });
  return [
    'this run would cancel most of the announced upcoming talks at once:',
    ...lines,
    'Nothing was sent. A wrong contentDir or section, or a renamed or moved folder, looks exactly like this: check that `announce list` shows the talks.',
    'If they really are cancelled, confirm with --allow-mass-cancel (in the action: args: --allow-mass-cancel); `announce plan --allow-mass-cancel` shows what would go out.',
  ].join('\n');
}
