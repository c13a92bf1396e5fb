/**
 * Hugo's multilingual model, reduced to what announcing needs: pages that are translations of each
 * other (same path without the language, or the same `translationKey`) are one talk. Pure.
 */
import type { Event } from './event.js';

/**
 * One event per translation group: the version in the first language of `order` that the group has
 * (the configured language, then Hugo's defaultContentLanguage, then the site's languages by weight),
 * carrying the other versions in `translations`. Returns the paths of the versions not chosen.
 */
export function oneVersionPerTalk(events: Event[], order: string[]): { events: Event[]; hidden: Set<string> } {
  if (!events.some((e) => e.lang !== null)) return { events, hidden: new Set() };
  const rank = (e: Event) => {
    const i = e.lang === null ? -1 : order.indexOf(e.lang);
    return i === -1 ? order.length : i;
  };
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const key = e.translationKey ?? e.id;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const chosen: Event[] = [];
  const hidden = new Set<string>();
  for (const versions of groups.values()) {
    versions.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
    const [first, ...others] = versions as [Event, ...Event[]];
    if (others.length > 0) first.translations = others;
    for (const o of others) hidden.add(o.path);
    chosen.push(first);
  }
  return { events: chosen, hidden };
}
