/** The talks of a run, looked up by id, and the talk a deleted page was, as the ledger remembers it. */
import type { Event } from '../content/event.js';
import type { Said } from '../ledger/types.js';

const indexes = new WeakMap<Event[], Map<string, Event>>();

/** Event id → event, built once per list of events rather than once per message. */
export function eventsById(events: Event[]): ReadonlyMap<string, Event> {
  let index = indexes.get(events);
  if (!index) indexes.set(events, (index = new Map(events.map((e) => [e.id, e]))));
  return index;
}

/** A deleted page can only be named from what the ledger says we told people about it. */
export function eventFromSaid(id: string, said: Said): Event {
  const start = new Date(said.start);
  return {
    id,
    path: '',
    section: id.split('/')[0] ?? '',
    lang: null,
    slug: null,
    title: said.title,
    start,
    end: said.end ? new Date(said.end) : null,
    allDay: said.allDay,
    timezone: 'UTC',
    date: start,
    publishDate: null,
    expiryDate: null,
    draft: false,
    cancelled: true,
    permalink: said.permalink,
    location: said.location,
    address: said.address ?? null,
    speakers: said.speakers,
    abstract: null,
    summary: null,
    bio: null,
    eventName: null,
    links: [],
  };
}
