import type { Event } from '../content/event.js';
import type { HugoSite } from '../site/types.js';
import { publishState } from '../content/publish.js';
import type { DeliveryRecord, LedgerData, Said } from '../ledger/types.js';

/**
 * A talk announced with `--force` while Hugo did not publish its page is recorded with `said.unpublished`,
 * so that its staying unpublished causes no cancellation. Once Hugo publishes the page, that mark no longer
 * holds: from then on, the page going unpublished again is news. These are the ledger records that carry
 * the mark for a talk published at `now`, rewritten without it; the run records them before planning.
 */
export function planPublishedSinceForced(
  events: Event[],
  ledger: LedgerData,
  site: HugoSite,
  now: Date,
): Array<{ key: string; record: DeliveryRecord }> {
  const published = new Set(events.filter((e) => publishState(e, site, now) === 'published').map((e) => e.id));
  const out: Array<{ key: string; record: DeliveryRecord }> = [];
  for (const [key, record] of Object.entries(ledger.deliveries)) {
    let said: Record<string, Said> | null = null;
    for (const [id, s] of Object.entries(record.said)) {
      if (s.unpublished === undefined || !published.has(id)) continue;
      const { unpublished: _, ...rest } = s;
      (said ??= { ...record.said })[id] = rest;
    }
    if (said) out.push({ key, record: { ...record, said } });
  }
  return out;
}
