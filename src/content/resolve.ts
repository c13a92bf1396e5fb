/** Which talk a person means by `--event`: a pure rule over the events read from the site. */
import { ConfigError } from '../errors.js';
import type { Event } from './event.js';

/** `--event` accepts the id, its last segment, its slug, or its permalink path, when that names one event. */
export function resolveEvent(events: Event[], query: string): Event {
  const q = query.trim().replace(/^\/+|\/+$/g, '').toLowerCase();
  const pathOf = (e: Event) => {
    try {
      return new URL(e.permalink).pathname.replace(/^\/+|\/+$/g, '').toLowerCase();
    } catch {
      return '';
    }
  };
  const tests: Array<(e: Event) => boolean> = [
    (e) => e.id.toLowerCase() === q,
    (e) => pathOf(e) === q || e.permalink.replace(/\/+$/, '').toLowerCase() === query.trim().replace(/\/+$/, '').toLowerCase(),
    (e) => (e.id.split('/').pop() ?? '').toLowerCase() === q,
    (e) => (e.slug ?? '').toLowerCase() === q,
  ];
  for (const test of tests) {
    const found = events.filter(test);
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      throw new ConfigError(`--event ${query} matches several events: ${found.map((e) => e.id).join(', ')}; give the full id`);
  }
  throw new ConfigError(`--event ${query}: no such event (see \`announce list\` for the ids)`);
}
