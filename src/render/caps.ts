/**
 * Size caps of what a message carries, at the render boundary: whatever a page holds (reading already refuses the
 * absurd: see content/), no email grows past a sane size and no Subject past a readable line. A cut field ends in an
 * ellipsis, and a cut abstract or bio links to the talk's page for the rest. Pure.
 */
import type { Event } from '../content/event.js';
import type { MessageInput } from './types.js';

/** Characters: a title, an abstract and a bio as messages show them; a Subject line. */
export const CAPS = { title: 500, abstract: 50_000, bio: 20_000, summary: 2_000, short: 500, subject: 150 } as const;

/**
 * The first `max` characters (code points, never half a surrogate pair) of `text`, cut at a word boundary when one is
 * near, with `…`; the text itself when it fits.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max + 1));
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/** A Markdown field cut to `max`, with a link to the page for the rest (when there is a page). */
function capMarkdown(text: string | null, max: number, permalink: string): string | null {
  if (text === null || text.length <= max) return text;
  const more = /^https?:\/\//.test(permalink) ? `\n\n[Read more on the talk's page](${permalink})` : '';
  return `${capText(text, max)}${more}`;
}

const capShort = (text: string | null, max: number = CAPS.short): string | null => (text === null ? null : capText(text, max));

/** An event with every field a message shows cut to its cap. */
export function capEvent(e: Event): Event {
  return {
    ...e,
    title: capText(e.title, CAPS.title),
    location: capShort(e.location),
    address: capShort(e.address),
    eventName: capShort(e.eventName),
    summary: capShort(e.summary, CAPS.summary),
    abstract: capMarkdown(e.abstract, CAPS.abstract, e.permalink),
    bio: capMarkdown(e.bio, CAPS.bio, e.permalink),
    speakers: e.speakers.slice(0, 50).map((s) => ({ ...s, name: capText(s.name, CAPS.short), affiliation: capShort(s.affiliation) })),
    links: e.links.slice(0, 50).map((l) => ({ ...l, name: capText(l.name, CAPS.short) })),
  };
}

/** The input with its events capped (as many as before: the cast keeps the kind's arity, which map does not type). */
export const capInput = (input: MessageInput): MessageInput => ({ ...input, events: input.events.map(capEvent) }) as MessageInput;

/**
 * A Subject: one readable line of at most CAPS.subject characters, with an ellipsis when cut. Well within RFC 5322's
 * 998-octet line limit even before folding, which nodemailer does for a long encoded header.
 */
export const capSubject = (subject: string): string => capText(subject, CAPS.subject);
