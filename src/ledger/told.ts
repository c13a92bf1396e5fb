/** What the ledger says people were told about each talk, whatever the channel: read by the planner and the feed. Pure. */
import type { LedgerData, Said } from './types.js';

/**
 * The highest calendar SEQUENCE sent so far per talk. Only updates and cancellations raise it (an announcement or
 * a digest carries the talk's current one), on any channel: the next calendar message of the talk goes one higher.
 */
export function sequencesSent(ledger: LedgerData): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of Object.values(ledger.deliveries))
    if (r.kind === 'update' || r.kind === 'cancellation')
      for (const id of r.events) out.set(id, Math.max(out.get(id) ?? 0, r.sequence));
  return out;
}

const TOLD_KINDS = new Set(['announcement', 'digest', 'update', 'cancellation']);

/** Per talk, the latest message that told people about it (on any channel): what it said, and when it was sent. */
export function lastTold(ledger: LedgerData): Map<string, { said: Said; sentAt: Date }> {
  const latest = new Map<string, { sentAt: string; key: string; said: Said }>();
  for (const [key, r] of Object.entries(ledger.deliveries)) {
    if (!TOLD_KINDS.has(r.kind) || r.status !== 'sent') continue;
    for (const [id, said] of Object.entries(r.said)) {
      const seen = latest.get(id);
      // Ties in sentAt are broken by key, as the planner orders the ledger, so that the answer is deterministic.
      if (!seen || r.sentAt > seen.sentAt || (r.sentAt === seen.sentAt && key > seen.key)) latest.set(id, { sentAt: r.sentAt, key, said });
    }
  }
  return new Map([...latest].map(([id, v]) => [id, { said: v.said, sentAt: new Date(v.sentAt) }]));
}

/** A break of this long without a digest ends a term: the next digest starts one. */
const TERM_BREAK_MS = 28 * 86_400_000;

/**
 * Whether the digest of `periodStart` (sent or about to be) is the first of a term: no other digest was sent in the
 * four weeks before it. What is worth saying once a term (not every week) is said with it.
 */
export function startsTerm(ledger: LedgerData, periodStart: Date): boolean {
  const start = periodStart.getTime();
  return !Object.values(ledger.deliveries).some((r) => {
    if (r.kind !== 'digest' || r.status !== 'sent') return false;
    const at = Date.parse(r.at);
    return at < start && at >= start - TERM_BREAK_MS;
  });
}
