import { DateTime } from 'luxon';
import type { GlobalOptions } from './options.js';
import { loadContext } from '../context.js';
import { publishState } from '../content/publish.js';
import { eventZone } from '../content/zone.js';
import type { Event } from '../content/event.js';
import type { HugoSite } from '../site/types.js';
import { formatProblem, printCommandOr } from './problems.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The stable JSON shape of SPEC.md ("announce list --json"), plus a few extra fields. */
export function eventToJson(e: Event, site: HugoSite, now: Date) {
  const state = publishState(e, site, now);
  return {
    id: e.id,
    path: e.path,
    title: e.title,
    start: iso(e.start),
    end: iso(e.end),
    allDay: e.allDay,
    timezone: e.timezone,
    date: iso(e.date),
    publishDate: iso(e.publishDate ?? e.date),
    expiryDate: iso(e.expiryDate),
    draft: e.draft,
    cancelled: e.cancelled,
    published: state === 'published',
    publishState: state,
    permalink: e.permalink,
    location: e.location,
    address: e.address,
    speakers: e.speakers,
    abstract: e.abstract,
    bio: e.bio,
    eventName: e.eventName,
    lang: e.lang,
    links: e.links,
    // The other language versions of this talk (a multilingual site), which are not announced themselves.
    translations: (e.translations ?? []).map((t) => ({ id: t.id, lang: t.lang, path: t.path, title: t.title, permalink: t.permalink })),
  };
}

export async function listCommand(opts: GlobalOptions): Promise<number> {
  const ctx = await loadContext(opts);
  // Pages that were skipped are named; placeholder warnings belong to `announce check`.
  for (const p of ctx.problems) if (p.severity === 'error') printCommandOr(formatProblem(p, opts.env), opts, 'err');
  if (opts.json) {
    // One event a line, written as it goes: a site of 10,000 talks never becomes one giant string.
    if (ctx.events.length === 0) opts.out('[]');
    const write = opts.writeOut ?? (async (chunk: string) => opts.out(chunk));
    let chunk: string[] = [];
    for (const [i, e] of ctx.events.entries()) {
      chunk.push(`${i === 0 ? '[\n' : ''}${JSON.stringify(eventToJson(e, ctx.site, opts.now))}${i === ctx.events.length - 1 ? '\n]' : ','}`);
      // 16 lines (some 40 KB) a write: a longer chunk is a string in V8's large-object space, and
      // allocating those forces full collections of the heap that holds every event (0.3 s more at 64).
      if (chunk.length === 16 || i === ctx.events.length - 1) {
        await write(chunk.join('\n'));
        chunk = [];
      }
    }
    return 0;
  }
  const zone = ctx.config.timezone;
  const rows = ctx.events.map((e) => {
    // An all-day date is a calendar date of the page's zone: another zone could show the day before.
    // With no zone named anywhere, each time is shown in the offset its page wrote (e.timezone).
    const start = DateTime.fromJSDate(e.start, { zone: e.allDay ? e.timezone : eventZone(e, ctx.config) }).setLocale(ctx.config.locale);
    const when = e.allDay ? start.toFormat('ccc d LLL yyyy') + ' (all day)' : start.toFormat('ccc d LLL yyyy HH:mm ZZZZ');
    const state = publishState(e, ctx.site, opts.now);
    const status = e.cancelled ? 'cancelled' : state === 'published' ? (e.start < opts.now ? 'past' : 'published') : state === 'future' ? `not yet public (publishDate ${DateTime.fromJSDate(e.publishDate ?? e.date, { zone }).toFormat('d LLL yyyy HH:mm')})` : state;
    const speaker = e.speakers.map((s) => s.name).join(', ') || '—';
    return [e.id, when, truncate(e.title, 60), truncate(speaker, 30), status];
  });
  const header = ['ID', 'WHEN', 'TITLE', 'SPEAKER', 'STATUS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  opts.out(line(header));
  for (const r of rows) opts.out(line(r));
  opts.out(`${ctx.events.length} event${ctx.events.length === 1 ? '' : 's'} in ${ctx.config.sections.join(', ')}; times in ${zone}${ctx.problems.some((p) => p.severity === 'error') ? `; ${ctx.problems.filter((p) => p.severity === 'error').length} page(s) skipped (see above)` : ''}`);
  return 0;
}

const truncate = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
