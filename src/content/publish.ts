/** Hugo's publishing rule, as a pure function of the page and the clock (SPEC.md "Published"). */
import type { Event } from './event.js';

export type PublishState = 'published' | 'draft' | 'future' | 'expired';

/** The site settings the rule depends on (a HugoSite has them). */
export interface PublishRules {
  buildDrafts: boolean;
  buildFuture: boolean;
  buildExpired: boolean;
}

/** Hugo's decision at `now`: draft, future (publishDate after now), expired, or published. */
export function publishState(event: Event, site: PublishRules, now: Date): PublishState {
  if (event.draft && !site.buildDrafts) return 'draft';
  const publish = event.publishDate ?? event.date;
  if (publish.getTime() > now.getTime() && !site.buildFuture) return 'future';
  if (event.expiryDate && event.expiryDate.getTime() <= now.getTime() && !site.buildExpired) return 'expired';
  return 'published';
}

export const isPublished = (event: Event, site: PublishRules, now: Date): boolean => publishState(event, site, now) === 'published';
