import type { Event, PageProblem } from '../content/event.js';
import type { HugoSite, PublishState } from './types.js';

export interface SiteReading {
  site: HugoSite;
  events: Event[];
  /** Pages that could not be read (skipped) and warnings, in path order. */
  problems: PageProblem[];
}

/** Reads the Hugo site and every event page in `sections`. Never throws for a bad page. */
export async function readSite(site: HugoSite, opts: { sections: string[] }): Promise<SiteReading> {
  void site; void opts;
  throw new Error('not implemented yet');
}

/** Hugo's decision at `now`: draft, future (publishDate after now), expired, or published. */
export function publishState(event: Event, site: HugoSite, now: Date): PublishState {
  if (event.draft && !site.buildDrafts) return 'draft';
  const publish = event.publishDate ?? event.date;
  if (publish.getTime() > now.getTime() && !site.buildFuture) return 'future';
  if (event.expiryDate && event.expiryDate.getTime() <= now.getTime() && !site.buildExpired) return 'expired';
  return 'published';
}

export const isPublished = (event: Event, site: HugoSite, now: Date): boolean =>
  publishState(event, site, now) === 'published';
