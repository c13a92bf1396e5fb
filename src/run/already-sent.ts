/**
 * Why `announce digest` or `announce --event <id>` sent nothing: what was asked for had gone out before. Found in the
 * ledger per destination, so the report can say what was sent and when, and that --force sends it again. Pure.
 */
import type { Config } from '../config/config.js';
import type { DeliveryRecord, LedgerData } from '../ledger/types.js';
import type { Channel } from '../model.js';
import { digestPeriodAt, type Action, type ChannelTarget, type PlanMode } from '../plan/index.js';

export interface AlreadySent {
  /** What was asked for, e.g. "this period's digest (2024-11-18)" or "the announcement of event/mert-seminar". */
  what: string;
  channel: Channel;
  destination: string;
  /** When it went out (ISO), the latest copy when it was sent again with --force. */
  sentAt: string;
  /** A digest period that had no talk to list: done without a message. */
  empty: boolean;
  /** The command that sends it again. */
  again: string;
}

/** What the request asked for, in the ledger's terms; null for the cron run, which asks for whatever is due. */
function askedFor(mode: PlanMode, config: Config, now: Date) {
  if (mode.type === 'digest') {
    const period = digestPeriodAt(now, config);
    return {
      kind: 'digest',
      what: `this period's digest (${period.id})`,
      again: 'announce digest --force',
      covers: (r: DeliveryRecord) => r.period === period.id && (r.status === 'sent' || r.status === 'empty'),
    };
  }
  if (mode.type === 'event')
    return {
      kind: 'announcement',
      what: `the announcement of ${mode.id}`,
      again: `announce --event ${mode.id} --force`,
      covers: (r: DeliveryRecord) => r.events[0] === mode.id && r.status === 'sent',
    };
  return null;
}

/** Per destination where nothing of what was asked for is planned: the last time it went out. */
export function alreadySent(mode: PlanMode, ledger: LedgerData, targets: ChannelTarget[], actions: Action[], config: Config, now: Date): AlreadySent[] {
  const ask = askedFor(mode, config, now);
  if (!ask) return [];
  const out: AlreadySent[] = [];
  for (const target of targets) {
    const onTarget = (x: { kind: string; channel: string; destination: string }) =>
      x.kind === ask.kind && x.channel === target.channel && x.destination === target.destination;
    if (actions.some(onTarget)) continue;
    const latest = Object.values(ledger.deliveries)
      .filter((r) => onTarget(r) && ask.covers(r))
      .sort((x, y) => y.sentAt.localeCompare(x.sentAt))[0];
    if (latest)
      out.push({ what: ask.what, channel: target.channel, destination: target.destination, sentAt: latest.sentAt, empty: latest.status === 'empty', again: ask.again });
  }
  return out;
}
