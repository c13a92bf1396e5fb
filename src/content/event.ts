/** What the rest of the pipeline knows about one talk, after reading its page as Hugo does. */

export interface Speaker {
  name: string;
  affiliation: string | null;
  /** http(s) URL of the speaker's page, or null. */
  url: string | null;
  /** The role an author profile gives ("Professor of …"), when the speaker came from one. */
  role?: string;
}

export interface EventLink {
  /** "Event page", "Slides", "Video", "Code", "PDF", or the `links[].name` of the page. */
  name: string;
  /** Absolute http(s) or mailto URL (relative page resources are resolved against the permalink). */
  url: string;
}

export interface Event {
  /** Path under the content directory without extension or `/index`, e.g. `event/mert-seminar`.
   *  A translation carries its language: `event/mert-seminar.de`. */
  id: string;
  /** Path of the page file relative to the site root, with forward slashes. */
  path: string;
  /** First directory under the content directory (Hugo's section). */
  section: string;
  /** Language code when the site is multilingual, else null. */
  lang: string | null;
  /** Front matter `slug`, or null. */
  slug: string | null;
  /** Whitespace-normalised title with control characters removed. */
  title: string;
  /** Talk start (an instant). */
  start: Date;
  /** Talk end, or null when the page gives none. */
  end: Date | null;
  allDay: boolean;
  /** IANA zone in which times without an offset were read (Hugo's timeZone, else "UTC"). */
  timezone: string;
  /** Hugo's .Date (the page date; for legacy pages the talk start). */
  date: Date;
  publishDate: Date | null;
  expiryDate: Date | null;
  draft: boolean;
  cancelled: boolean;
  /** Absolute URL exactly as Hugo builds it. */
  permalink: string;
  /** Venue name (`location`, else `venue`), or null. */
  location: string | null;
  /** Postal address joined into one line (`address` map or string), or null. */
  address: string | null;
  speakers: Speaker[];
  /** Markdown (or HTML) abstract, or null. */
  abstract: string | null;
  /** Page summary (Markdown), or null. */
  summary: string | null;
  /** Speaker bio from a "**Bio:**" paragraph of the body, or null. */
  bio: string | null;
  /** Name of the series / conference (`event` or `event_name`), or null. */
  eventName: string | null;
  /** Event page, slides, video, code, pdf, custom links; http(s)/mailto only. */
  links: EventLink[];
  /** How the page wrote the start: with `Z`, with a numeric offset, or as local time (read in Hugo's
   *  timeZone). `check` uses it to spot `Z` written for local wall-clock time. */
  startNotation?: 'Z' | 'offset' | 'local';
  /** On a multilingual site: what makes pages translations of one another (`translationKey`, else the
   *  content path without the language). */
  translationKey?: string;
  /** The other language versions of this talk (same translation group), in the site's language order. */
  translations?: Event[];
}

/** A problem found while reading a page; `line`/`column` are 1-based in the page file. */
export interface PageProblem {
  path: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  /** For a page that could not be read (an error): the id its event would have, so it is not taken for deleted. */
  eventId?: string;
}
