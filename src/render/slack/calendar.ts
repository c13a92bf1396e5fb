import type { Event } from '../../content/event.js';
import { googleCalendarUrl } from '../format.js';
import { LIMITS } from './limits.js';
import { inlineMarkdownToPlain } from './mrkdwn.js';

/** The shared "Add to Google Calendar" link, kept under Slack's 3000-character URL limit by shortening the details. */
export function renderGoogleCalendarUrl(event: Event): string {
  const speakers = event.speakers
    .map((s) => [inlineMarkdownToPlain(s.name), inlineMarkdownToPlain(s.affiliation)] as const)
    .map(([name, affiliation]) => (affiliation ? `${name} (${affiliation})` : name))
    .join(', ');
  const candidates = [
    [speakers, event.permalink].filter(Boolean).join('\n'),
    event.permalink,
  ];
  for (const details of candidates) {
    const url = googleCalendarUrl(event, details);
    if (url.length <= LIMITS.url) return url;
  }
  // A title or place so long that even that is too much: shorten them too (the page has the rest).
  return googleCalendarUrl(
    { ...event, title: event.title.slice(0, 300), location: event.location?.slice(0, 300) ?? null, address: event.address?.slice(0, 300) ?? null },
    event.permalink,
  );
}
