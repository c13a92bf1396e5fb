/**
 * Time zones when the site names none, and what to suggest: only from the site's own evidence (the
 * offsets its pages write, the places its addresses name, Hugo's languageCode), saying how sure. Pure.
 */
import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import type { Event } from './event.js';

/** The zone a time written with an offset was written in: "UTC+11", "UTC-5", "UTC+5:30"; "UTC" for Z. */
export function writtenZone(offsetMinutes: number): string {
  return FixedOffsetZone.instance(offsetMinutes).name;
}

const isFixed = (zone: string) => /^UTC[+-]/.test(zone);

/**
 * Whether `check` accepts a zone name, asked of ICU's list of canonical names first: that answers at once,
 * while `check` (luxon) makes a date formatter, and the first one of a process starts ICU's date formatting
 * (some 25 ms that a listing of talks written in UTC never needs otherwise). Only another spelling (an alias
 * such as "US/Eastern", another case, luxon's "UTC+2") reaches `check`.
 */
export function knownZoneOr(name: string, check: (name: string) => boolean): boolean {
  return Intl.supportedValuesOf('timeZone').includes(name) || check(name);
}

/**
 * The zone a talk's times are shown in: the display zone, except when neither Hugo nor our config names one and the
 * display zone is only the offset most pages write; then each talk keeps the offset its page wrote ("15:30 UTC+11"
 * for a page written +11:00, even when most pages write +10:00), as the website shows it.
 */
export function eventZone(event: Pick<Event, 'timezone'>, config: { timezone: string; timezoneFrom?: 'config' | 'hugo' | 'pages' | 'default' }): string {
  return config.timezoneFrom === 'pages' && event.timezone ? event.timezone : config.timezone;
}

/** The fixed-offset zone most pages were written in (by talks), or null when none wrote an offset. */
export function zoneOfMostPages(events: Event[]): { zone: string; count: number; of: number } | null {
  const counts = new Map<string, number>();
  for (const e of events) if (e.startNotation === 'offset' && isFixed(e.timezone)) counts.set(e.timezone, (counts.get(e.timezone) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { zone: best[0], count: best[1], of: events.length } : null;
}

/** What the site says about where it is. */
export interface ZoneEvidence {
  /** Hugo's languageCode or locale ("en-SG"), if any. */
  languageCode: string | null;
}

export interface ZoneSuggestion {
  zone: string;
  /** "likely": a place of the site and every offset agree; "possibly": only the offsets, or several zones fit. */
  sureness: 'likely' | 'possibly';
  why: string;
}

let zoneNames: string[] | null = null;
const allZones = (): string[] =>
  (zoneNames ??= (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone').filter((z) => z.includes('/')) ?? []);

/** Words of the site's places: addresses, locations, and the country of its languageCode. */
function placeText(events: Event[], evidence: ZoneEvidence): string {
  const parts = events.flatMap((e) => [e.address, e.location]).filter((s): s is string => !!s);
  const region = /[-_]([A-Za-z]{2})$/.exec(evidence.languageCode ?? '')?.[1];
  if (region) {
    try {
      const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(region.toUpperCase());
      if (name) parts.push(name);
    } catch {
      /* not a region code */
    }
  }
  return ` ${parts.join(' ').toLowerCase()} `;
}

/** The zone's city ("Melbourne") and area ("Australia") as people write them. */
function zoneWords(zone: string): string[] {
  const segments = zone.split('/');
  return [segments[segments.length - 1]!, segments[0]!].map((w) => w.replace(/_/g, ' ').toLowerCase());
}

/**
 * A zone for the site, from its own evidence only: zones in which every written offset was the offset
 * on its date, narrowed by a city or country the site names. Null when the evidence names none.
 * `needDaylightSaving`: only zones that change offset between the given events' dates.
 */
export function suggestZone(events: Event[], evidence: ZoneEvidence, opts: { needDaylightSaving?: Event[] } = {}): ZoneSuggestion | null {
  const written = events.filter((e) => e.startNotation === 'offset' && isFixed(e.timezone));
  const places = placeText(events, evidence);
  const fits = (zone: string) => {
    for (const e of written) if (DateTime.fromJSDate(e.start, { zone }).offset !== FixedOffsetZone.parseSpecifier(e.timezone)?.offset(0)) return false;
    if (opts.needDaylightSaving && new Set(opts.needDaylightSaving.map((e) => DateTime.fromJSDate(e.start, { zone }).offset)).size < 2) return false;
    return true;
  };
  const mentions = (w: string) => w.length > 2 && places.includes(w) && new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(places);
  // A city the site names beats a country or continent it names.
  const byCity = allZones().filter((z) => mentions(zoneWords(z)[0]!));
  const byArea = allZones().filter((z) => mentions(zoneWords(z)[1]!));
  const namedFitting = byCity.filter(fits).length > 0 ? byCity.filter(fits) : byArea.filter(fits);
  const offsetsSeen = [...new Set(written.map((e) => e.timezone))].join(', ');
  if (namedFitting.length === 1) {
    const z = namedFitting[0]!;
    const place = zoneWords(z).find((w) => places.includes(w))!;
    return { zone: z, sureness: 'likely', why: `the site names ${capitalise(place)}${written.length ? ` and its pages write ${offsetsSeen}, as ${z} is on those dates` : ''}` };
  }
  if (namedFitting.length > 1 && namedFitting.length <= 3)
    return { zone: namedFitting[0]!, sureness: 'possibly', why: `the site names places in ${namedFitting.join(', ')}` };
  if (written.length === 0 || opts.needDaylightSaving) return null;
  // Offsets alone: a suggestion only when few zones fit them all.
  const fitting = allZones().filter((z) => IANAZone.isValidZone(z) && fits(z));
  if (fitting.length >= 1 && fitting.length <= 3)
    return { zone: fitting[0]!, sureness: 'possibly', why: `its pages write ${offsetsSeen}, which ${fitting.length === 1 ? 'only this zone has' : `only ${fitting.join(', ')} have`} on those dates` };
  return null;
}

const capitalise = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());

/**
 * `check`'s word on zones, once for the site: with no zone set anywhere, that none is set (the offset
 * the pages use, the line to add, a zone only when the site's evidence names one); or, when pages
 * write local wall-clock times with `Z`, that pattern.
 */
export function zoneAdvice(
  events: Event[],
  site: { timeZone: string | null; languageCode?: string | null; configFiles: string[] },
  config: { timezone: string; timezoneFrom?: 'config' | 'hugo' | 'pages' | 'default' },
): string | null {
  const evidence: ZoneEvidence = { languageCode: site.languageCode ?? null };
  const zAdvice = detectZAsLocalTime(events, site.timeZone, config.timezone, evidence);
  if (zAdvice) return zAdvice;
  if (site.timeZone || (config.timezoneFrom !== 'pages' && config.timezoneFrom !== 'default')) return null;
  const timed = events.filter((e) => !e.allDay);
  if (timed.length === 0) return null;
  const most = zoneOfMostPages(timed);
  const hugoFile = site.configFiles[0] ?? 'hugo.toml';
  const suggestion = suggestZone(timed, evidence);
  const line = (zone: string) => (hugoFile.endsWith('.toml') ? `timeZone = "${zone}"` : hugoFile.endsWith('.json') ? `"timeZone": "${zone}"` : `timeZone: ${zone}`);
  const seen = most
    ? `times are shown in the offset each page writes (${most.count} of the ${timed.length} ${timed.length === 1 ? 'talk' : 'talks'} with a time ${most.count === 1 ? 'uses' : 'use'} ${most.zone}, and the digest runs on ${most.zone})`
    : 'times are shown in UTC, as Hugo reads them';
  const advice = suggestion
    ? `: ${suggestion.sureness === 'likely' ? 'it is likely' : 'it may be'} ${suggestion.zone} (${suggestion.why}): add ${line(suggestion.zone)} to ${hugoFile}`
    : `: add ${line('<Area/City>')} to ${hugoFile} with your zone's IANA name (the site does not say where it is)`;
  return `no time zone is set (no timeZone in ${hugoFile}, no timezone in announce.config.yaml): ${seen}, and summer time is never applied${advice}`;
}

/**
 * Finds the pattern of a site that writes local wall-clock times with `Z` (a UK seminar at 13:00Z all
 * year round): most starts share one UTC time of day across both sides of a daylight-saving change of
 * the zone the organiser lives in. The zone comes from the configuration or the site's own evidence,
 * never from a guess. Returns advice, or null when the pattern is not there.
 */
export function detectZAsLocalTime(events: Event[], hugoTimeZone: string | null, displayZone: string, evidence: ZoneEvidence = { languageCode: null }): string | null {
  const zEvents = events.filter((e) => e.startNotation === 'Z' && !e.allDay);
  if (zEvents.length < 4) return null;
  const byTime = new Map<string, Event[]>();
  for (const e of zEvents) {
    const t = DateTime.fromJSDate(e.start, { zone: 'UTC' }).toFormat('HH:mm');
    byTime.set(t, [...(byTime.get(t) ?? []), e]);
  }
  const [time, same] = [...byTime.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  if (same.length < 0.6 * zEvents.length) return null;
  const shownBy = hugoTimeZone ? `Hugo's timeZone ${hugoTimeZone}` : 'UTC (no timeZone in the Hugo config)';
  const lead = (where: string) =>
    `${same.length} of ${zEvents.length} talks start at ${time}Z whether or not daylight saving time is in effect${where}: ` +
    `"Z" seems to be used for local wall-clock time. The website shows them in ${shownBy}, and so do messages, but ` +
    `calendar invitations and Slack's local times will be an hour off in summer. Write the start without "Z" (date: 2024-06-13T13:00:00)`;
  // A configured zone with daylight saving in which these dates fall on both sides of a change.
  for (const zone of [hugoTimeZone, displayZone].filter((z): z is string => !!z && z !== 'UTC' && !isFixed(z))) {
    if (new Set(same.map((e) => DateTime.fromJSDate(e.start, { zone }).offset)).size < 2) continue;
    return `${lead(` in ${zone}`)} and set timeZone = "${zone}" in the Hugo config (and timezone: ${zone} in announce.config.yaml).`;
  }
  if (hugoTimeZone) return null;
  const suggestion = suggestZone(events, evidence, { needDaylightSaving: same });
  if (suggestion)
    return `${lead(` in ${suggestion.zone}, ${suggestion.sureness === 'likely' ? 'likely' : 'possibly'} the site's zone (${suggestion.why})`)} and set timeZone = "${suggestion.zone}" in the Hugo config.`;
  // No zone with daylight saving that the site names: no pattern to see (a zone without daylight saving
  // shows none), and no zone is guessed.
  return null;
}
