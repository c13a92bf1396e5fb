import { DateTime, FixedOffsetZone } from 'luxon';
import type { Event, EventLink, PageProblem } from './event.js';
import { checkFields, decodePage, type Decoded, type DecodeFailure, type FrontMatter } from './front-matter.js';
import { parseHugoDate, truncate, type DateReading } from './time.js';
import { capText, cleanText, detach, frontMatterWithoutShortcodes, isHttpUrl, normaliseLine, textOf, withoutShortcodes } from './text.js';
import { bioFromBody, speakersFromAuthors, speakersFromBody, speakersFromFrontMatter, speakersFromSummary, type AuthorProfile } from './speakers.js';
import { buildPermalink } from './permalink.js';
import { writtenZone } from './zone.js';

/** Where a page sits in the site, decided by the walker. */
export interface PageLocation {
  /** Relative to the site root, forward slashes. */
  path: string;
  /** Under the content directory, without extension: `event/foo/index` or `event/foo`. */
  contentPath: string;
  bundle: boolean;
  section: string;
  lang: string | null;
  /** URL prefix for a non-default language ("de"), else null. */
  langPrefix: string | null;
  /** True for a page in a language other than the site's default: its id then ends in `.<lang>`. */
  translation: boolean;
  /** A leaf bundle's other files and folders (its resources), by name. */
  resources?: string[];
}

export interface PageSiteInfo {
  baseURL: string;
  /** True when neither Hugo nor the configuration names a zone: each event keeps the offset it was written with. */
  zoneFromOffsets?: boolean;
  /** Hugo's buildFuture: a page is then published before its publishDate. */
  buildFuture?: boolean;
  /** Author profiles by id (content/authors/<id>/_index.md), for `authors: [id]`. */
  authors?: ReadonlyMap<string, AuthorProfile>;
  /** Zone for dates without an offset: Hugo's timeZone, else UTC. */
  zone: string;
  permalinks: Record<string, string>;
}

export { MAX_FRONT_MATTER_BYTES } from './front-matter.js';

export type PageResult = { event: Event; warnings: PageProblem[] } | { event: null; problems: PageProblem[] };

type Fm = FrontMatter;

/**
 * Parses one page into an Event, or explains (with line and column) why it cannot be read. Pure.
 * Three steps: decode (front matter as data), fields (each key of the shape it must have, then the
 * event's fields read from them), lint (warnings about a page that reads but would announce badly).
 */
export function parsePage(text: string, loc: PageLocation, site: PageSiteInfo): PageResult {
  return parseDecodedPage(decodePage(text), loc, site);
}

/** `parsePage` from its first step's result, for a page decoded elsewhere (the reading thread of a large site). */
export function parseDecodedPage(decoded: Decoded | Pick<DecodeFailure, 'ok' | 'line' | 'column' | 'message'>, loc: PageLocation, site: PageSiteInfo): PageResult {
  const fail = (line: number, column: number, message: string): PageResult => ({
    event: null,
    problems: [{ path: loc.path, line: line + 1, column: column + 1, message, severity: 'error', eventId: eventId(loc) }],
  });
  if (!decoded.ok) return fail(decoded.line, decoded.column, decoded.message);
  const shape = checkFields(decoded.fm);
  if (!shape.ok) return fail(decoded.keyLine(shape.key), 0, shape.message);
  const read = eventFields(decoded, loc, site);
  if ('error' in read) return fail(read.line, 0, read.error);
  if ('notATalk' in read)
    // A warning, not an error: listing pages and drafts have no date, and Hugo builds them fine. The
    // event id tells a run that the page is still there (a talk whose date was removed is not cancelled).
    return { event: null, problems: [{ path: loc.path, line: read.line + 1, column: 1, message: read.notATalk, severity: 'warning', eventId: eventId(loc) }] };
  return { event: read.event, warnings: lintEvent(read.event, read.keys, decoded, loc) };
}

/** What lint needs to know of how the page wrote its dates, and the fields cut to their cap. */
interface SourceKeys {
  end: string | null;
  start: string;
  /** The start as written when it is a date without a time (and all_day is not said), else null. */
  dateOnlyStart: string | null;
  /** No publishDate: the page is published when its date (the talk start, on legacy pages) comes. */
  publishedWithTalk: boolean;
  publishAtMidnightOfTalkDay: boolean;
  buildFuture: boolean;
  capped: Array<{ key: string; field: string; length: number; max: number }>;
}

/**
 * What one field can carry into a message. A real title is under 300 characters and an abstract a few
 * thousand; a page that holds more (by mistake, or by design: 300,000 characters in a title) is cut
 * here, with a warning, so that no renderer is handed megabytes of one value.
 */
export const FIELD_CAPS = { line: 500, text: 20_000, speakers: 20, links: 30 } as const;

function capFields(event: Event): SourceKeys['capped'] {
  const capped: SourceKeys['capped'] = [];
  const cap = <K extends 'title' | 'location' | 'address' | 'eventName' | 'abstract' | 'summary' | 'bio'>(field: K, key: string, max: number) => {
    const v = event[field];
    if (typeof v !== 'string') return;
    const r = capText(v, max);
    if (r.cut) {
      (event[field] as string) = r.text;
      capped.push({ key, field, length: v.length, max });
    }
  };
  cap('title', 'title', FIELD_CAPS.line);
  cap('location', 'location', FIELD_CAPS.line);
  cap('address', 'address', FIELD_CAPS.line);
  cap('eventName', 'event', FIELD_CAPS.line);
  cap('abstract', 'abstract', FIELD_CAPS.text);
  cap('summary', 'summary', FIELD_CAPS.text);
  cap('bio', 'bio', FIELD_CAPS.text);
  for (const sp of event.speakers) {
    sp.name = capText(sp.name, FIELD_CAPS.line).text;
    if (sp.affiliation) sp.affiliation = capText(sp.affiliation, FIELD_CAPS.line).text;
  }
  if (event.speakers.length > FIELD_CAPS.speakers) {
    capped.push({ key: 'speakers', field: 'speakers', length: event.speakers.length, max: FIELD_CAPS.speakers });
    event.speakers = event.speakers.slice(0, FIELD_CAPS.speakers);
  }
  if (event.links.length > FIELD_CAPS.links) {
    capped.push({ key: 'links', field: 'links', length: event.links.length, max: FIELD_CAPS.links });
    event.links = event.links.slice(0, FIELD_CAPS.links);
  }
  return capped;
}

/** Step 2, after the shape check: the event's fields from the front matter. */
function eventFields(
  decoded: Decoded,
  loc: PageLocation,
  site: PageSiteInfo,
): { event: Event; keys: SourceKeys } | { error: string; line: number } | { notATalk: string; line: number } {
  const { split, keyLine } = decoded;
  // Shortcodes out of every text value here, so that no renderer ever sees one.
  const fm = split.frontMatter.includes('{{') ? frontMatterWithoutShortcodes(decoded.fm) : decoded.fm;
  const dates: Record<string, Date | null> = {};
  const readings: Record<string, Extract<DateReading, { ok: true }>> = {};
  for (const key of ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified', 'expirydate', 'unpublishdate', 'event_start', 'event_end', 'date_end', 'time_start', 'time_end']) {
    const v = fm[key];
    if (key === 'published' && typeof v === 'boolean') continue;
    const r = parseHugoDate(v, site.zone);
    if (r === null) continue;
    if (!r.ok) return { error: `${key}: ${r.error}`, line: keyLine(key) };
    dates[key] = r.date;
    readings[key] = r;
  }
  // The date in the zone it was written in, for :year/:month/:day; only patterns need it.
  const dateInOwnZone = (key: string): DateTime => {
    const offset = readings[key]!.offsetMinutes;
    return DateTime.fromJSDate(dates[key]!, { zone: offset === null ? site.zone : FixedOffsetZone.instance(offset) });
  };
  const first = (...keys: string[]) => {
    for (const k of keys) if (dates[k]) return { key: k, date: dates[k]! };
    return null;
  };
  const pageDate = first('date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified');
  // The talk's start is never Hugo's fallback page date (publishDate, lastmod): that is when the page
  // goes public or changed, not when anyone speaks.
  const startOf = first('event_start', 'time_start', 'date');
  if (!startOf) {
    const isDraft = fm.draft !== undefined && toBool(fm.draft);
    return {
      notATalk: isDraft
        ? 'a draft without a date: not announced; give date: 2024-11-21T13:00:00Z (or event_start:) when it is ready'
        : `no talk date: give the start as date: 2024-11-21T13:00:00Z (or event_start:); until then the page is not announced${pageDate ? ` (Hugo dates the page by its ${pageDate.key}, which is not when the talk is)` : ''}`,
      line: split.frontMatterLine,
    };
  }
  const publish = first('publishdate', 'pubdate', 'published', 'date');
  const expiry = first('expirydate', 'unpublishdate');
  const endOf = first('event_end', 'date_end', 'time_end');

  const rawTitle = textOf(fm.title);
  const title = rawTitle === null ? '' : normaliseLine(rawTitle);
  const slugRaw = textOf(fm.slug);
  const slug = slugRaw === null ? null : detach(slugRaw.trim());
  const url = textOf(fm.url);
  const draft = fm.draft !== undefined ? toBool(fm.draft) : typeof fm.published === 'boolean' ? !fm.published : false;
  const status = textOf(fm.status)?.toLowerCase();
  const cancelled = toBool(fm.cancelled) || toBool(fm.canceled) || status === 'cancelled' || status === 'canceled';
  const allDayFlag = fm.event_all_day ?? fm.all_day;
  const startReading = readings[startOf.key]!;
  // A date without a time is a day, not midnight: an all-day talk (no time shown, no hour-before reminder).
  const allDay = toBool(allDayFlag) || (startReading.dateOnly && allDayFlag === undefined);

  const permalink = buildPermalink({
    baseURL: site.baseURL,
    contentPath: loc.contentPath,
    bundle: loc.bundle,
    section: loc.section,
    slug,
    url,
    title: rawTitle ?? '',
    date: pageDate && site.permalinks[loc.section] ? dateInOwnZone(pageDate.key) : null,
    pattern: site.permalinks[loc.section] ?? null,
    langPrefix: loc.langPrefix,
  });

  const summary = textOf(fm.summary);
  const body = split.body;
  const fromSummary = speakersFromSummary(summary);
  // Front matter first, then the summary and body lines, then `authors` (on some sites the organiser).
  let speakers = speakersFromFrontMatter(fm) ?? (fromSummary.length > 0 ? fromSummary : speakersFromBody(body));
  if (speakers.length === 0) speakers = speakersFromAuthors(fm.authors, site.authors ?? NO_AUTHORS);
  const abstract = textOf(fm.abstract) ?? textOf(fm.abstract_short);
  const bioFound = bioFromBody(body);
  const bioRaw = bioFound === null ? null : withoutShortcodes(bioFound);

  const event: Event = {
    id: eventId(loc),
    path: loc.path,
    section: loc.section,
    lang: loc.lang,
    slug,
    title,
    start: startOf.date,
    end: endOf?.date ?? null,
    allDay,
    // With no zone named anywhere, a time written with an offset is shown in that offset ("UTC+11").
    timezone: site.zoneFromOffsets && startReading.offsetMinutes !== null && !startReading.utcMark ? writtenZone(startReading.offsetMinutes) : site.zone,
    date: pageDate?.date ?? startOf.date,
    publishDate: publish?.date ?? null,
    expiryDate: expiry?.date ?? null,
    draft,
    cancelled,
    permalink,
    location: optionalLine(fm.location ?? fm.venue),
    address: addressOf(fm.address),
    speakers,
    abstract: abstract === null ? null : cleanText(abstract),
    summary: summary === null ? null : cleanText(summary),
    bio: bioRaw === null ? null : cleanText(bioRaw),
    eventName: optionalLine(fm.event_name ?? fm.event),
    links: linksOf(fm, { permalink, baseURL: site.baseURL, resources: loc.resources ?? [] }),
  };
  if (loc.lang !== null) {
    const key = textOf(fm.translationkey);
    event.translationKey = key ? `key:${key.trim()}` : `path:${loc.section}:${loc.bundle ? loc.contentPath.replace(/\/index$/, '') : loc.contentPath}`;
  }
  event.startNotation = startReading.utcMark ? 'Z' : startReading.offsetMinutes !== null ? 'offset' : 'local';

  const publishReading = publish && publish.key !== 'date' ? readings[publish.key] : undefined;
  const keys: SourceKeys = {
    end: endOf?.key ?? null,
    start: startOf.key,
    capped: capFields(event),
    dateOnlyStart: startReading.dateOnly && allDayFlag === undefined ? (typeof fm[startOf.key] === 'string' ? (fm[startOf.key] as string).trim() : null) : null,
    publishedWithTalk: !publish || publish.key === 'date',
    // Zones are consulted only for a publishDate less than a day before the start (rare).
    publishAtMidnightOfTalkDay:
      !!publishReading &&
      startOf.date.getTime() - publish!.date.getTime() >= 0 &&
      startOf.date.getTime() - publish!.date.getTime() < 86_400_000 &&
      isMidnight(dateInOwnZone(publish!.key)) &&
      sameDay(dateInOwnZone(publish!.key), dateInOwnZone(startOf.key)),
    buildFuture: site.buildFuture === true,
  };
  return { event, keys };
}

/** Step 3: warnings about a page that reads but would announce badly (`check` shows them). */
function lintEvent(event: Event, keys: SourceKeys, decoded: Decoded, loc: PageLocation): PageProblem[] {
  const warn = (key: string | null, message: string): PageProblem => ({
    path: loc.path,
    line: (key ? decoded.keyLine(key) : decoded.split.frontMatterLine) + 1,
    column: 1,
    message,
    severity: 'warning',
  });
  const { title, speakers } = event;
  const warnings: PageProblem[] = [];
  if (!title) warnings.push(warn('title', 'the page has no title: messages would show an empty headline'));
  else if (PLACEHOLDER.test(title)) warnings.push(warn('title', `the title "${truncate(title)}" looks like a placeholder; announcements would go out with it`));
  if (speakers.length === 0)
    warnings.push(warn('summary', 'no speaker found: add speakers: [{name, affiliation, url}], or a summary "Talk by [Name](url) (Affiliation)"'));
  else if (speakers.some((sp) => PLACEHOLDER.test(sp.name))) warnings.push(warn('summary', 'the speaker looks like a placeholder (TBA)'));
  if (!event.location) warnings.push(warn('location', 'no location: add location: "Room, Building" (or "Online")'));
  else if (PLACEHOLDER.test(event.location)) warnings.push(warn('location', `the location "${event.location}" looks like a placeholder`));
  if (event.end && event.end.getTime() < event.start.getTime())
    warnings.push(warn(keys.end, `the end (${event.end.toISOString()}) is before the start (${event.start.toISOString()})`));
  if (keys.dateOnlyStart !== null)
    warnings.push(
      warn(
        keys.start,
        `${keys.start}: ${keys.dateOnlyStart} has no time: the talk is announced as an all-day event; give the time as ${keys.start}: ${keys.dateOnlyStart}T15:00:00 (or all_day: true to keep it all day)`,
      ),
    );
  if (keys.start === 'date' && keys.publishedWithTalk && !keys.buildFuture)
    warnings.push(
      warn(
        'date',
        'no publishDate: Hugo publishes this page only when its date, the talk start, has come, so the talk is never announced before it starts; add publishDate: (when the page may go public, e.g. two weeks before)',
      ),
    );
  if (keys.publishAtMidnightOfTalkDay)
    warnings.push(warn('publishdate', 'publishDate is 00:00 on the day of the talk: it is first announced that morning, hours before it starts; give an earlier publishDate'));
  for (const c of keys.capped)
    warnings.push(
      warn(
        c.key,
        c.field === 'speakers' || c.field === 'links'
          ? `${c.length} ${c.field}: messages carry the first ${c.max}`
          : `${c.key} is ${c.length.toLocaleString('en')} characters long: messages carry the first ${c.max.toLocaleString('en')}`,
      ),
    );
  return warnings;
}

const NO_AUTHORS: ReadonlyMap<string, AuthorProfile> = new Map();

const sameDay = (a: DateTime, b: DateTime) => a.hasSame(b.setZone(a.zone), 'day');
const isMidnight = (d: DateTime) => d.hour === 0 && d.minute === 0;

const PLACEHOLDER = /^(?:.*\b(?:tba|tbd|tbc|to be (?:announced|determined|confirmed)|placeholder|untitled)\b.*|\?+|-+|xxx+)$/i;

/** The event id of the page at `loc`: its content path without extension or `/index` (and `.lang` for a translation). */
export function eventId(loc: PageLocation): string {
  const id = loc.bundle ? loc.contentPath.replace(/\/index$/, '') : loc.contentPath;
  return loc.translation && loc.lang ? `${id}.${loc.lang}` : id;
}

function toBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return ['true', '1', 't', 'yes'].includes(v.trim().toLowerCase());
  return false;
}

function optionalLine(v: unknown): string | null {
  const t = textOf(v);
  if (t === null) return null;
  const s = normaliseLine(t);
  return s === '' ? null : s;
}

function addressOf(v: unknown): string | null {
  if (typeof v === 'string') return optionalLine(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Fm;
  const parts = ['street', 'city', 'region', 'postcode', 'country'].map((k) => optionalLine(o[k])).filter((s): s is string => !!s);
  return parts.length > 0 ? parts.join(', ') : null;
}

const LINK_KEYS: Array<[string, string]> = [
  ['url_slides', 'Slides'],
  ['url_video', 'Video'],
  ['url_code', 'Code'],
  ['url_pdf', 'PDF'],
  ['url_poster', 'Poster'],
  ['url_dataset', 'Dataset'],
  ['url_project', 'Project'],
  ['url_source', 'Source'],
];

function linksOf(fm: Fm, where: LinkBase): EventLink[] {
  const { permalink } = where;
  const links: EventLink[] = [{ name: 'Event page', url: permalink }];
  const add = (name: string, raw: unknown) => {
    const t = textOf(raw);
    if (!t) return;
    const resolved = resolveUrl(t.trim(), where);
    if (resolved && !links.some((l) => l.url === resolved)) links.push({ name: normaliseLine(name) || 'Link', url: resolved });
  };
  for (const [key, name] of LINK_KEYS) add(name, fm[key]);
  const eventUrl = textOf(fm.event_url);
  if (eventUrl) add(optionalLine(fm.event_name ?? fm.event) ? truncate(optionalLine(fm.event_name ?? fm.event)!, 40) : 'Event', eventUrl);
  for (const key of ['links', 'url_custom']) {
    const list = fm[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Fm;
      add(textOf(o.name) ?? textOf(o.type) ?? 'Link', o.url);
    }
  }
  return links;
}

/** What a relative link is resolved against. */
interface LinkBase {
  permalink: string;
  baseURL: string;
  resources: string[];
}

/**
 * Absolute http(s)/mailto URL, or null for anything else. As the theme does: a value naming a resource
 * of the page bundle (`slides.pdf`, `files/x.pdf`) links to that file under the page; any other relative
 * value is relative to the site root (Hugo's relURL: `uploads/x.pdf` is `<baseURL>uploads/x.pdf`).
 */
function resolveUrl(u: string, where: LinkBase): string | null {
  if (/^mailto:[^\s]+@[^\s]+$/i.test(u)) return u;
  try {
    let base = where.permalink;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('/') && !u.startsWith('#')) {
      const first = u.replace(/^\.\//, '').split(/[/?#]/)[0]!;
      if (!where.resources.includes(decodeURIComponent(first))) base = new URL(where.baseURL, 'https://localhost/').toString();
    }
    const abs = new URL(u, base).toString();
    return isHttpUrl(abs) ? abs : null;
  } catch {
    return null;
  }
}

