import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { CalendarOptions } from './options.js';
import { planFeed, renderFeed } from '../calendar/index.js';
import { ConfigError } from '../errors.js';
import { calendarUid } from '../render/ics.js';
import { readLedger } from '../ledger/index.js';
import { siteInfoOf } from '../model.js';
import { readContext } from './read-context.js';

/**
 * `announce calendar [--out FILE]`: the series' iCalendar feed, on stdout or written to FILE (atomically, so a web
 * server or a commit never sees half a file). Reads the ledger for the invitations' SEQUENCEs; writes nothing else.
 */
export async function calendarCommand(opts: CalendarOptions): Promise<number> {
  if (opts.json && !opts.outFile) throw new ConfigError('announce calendar --json needs --out FILE: the feed itself would be stdout');
  const ctx = await readContext(opts);
  // Read, never locked or written: the feed changes nothing.
  const ledger = await readLedger(ctx.config.state);
  const site = siteInfoOf(ctx.site);
  const entries = planFeed(ctx.events, ledger, ctx.site, ctx.config, opts.now);
  const ics = renderFeed(entries, { site, config: ctx.config });
  if (!opts.outFile) {
    await opts.writeRaw(ics);
    return 0;
  }
  const file = path.resolve(opts.outFile);
  if (!opts.dryRun) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, ics);
  }
  const cancelled = entries.filter((e) => e.event.cancelled).length;
  if (opts.json)
    opts.out(
      JSON.stringify(
        {
          file,
          written: !opts.dryRun,
          events: entries.map((e) => ({
            id: e.event.id,
            uid: calendarUid(e.event, site.host),
            sequence: e.sequence,
            status: e.event.cancelled ? 'cancelled' : 'confirmed',
          })),
        },
        null,
        2,
      ),
    );
  else
    opts.out(
      `${opts.dryRun ? 'Dry run: would write' : 'Wrote'} ${file}: ${entries.length} talk${entries.length === 1 ? '' : 's'}` +
        (cancelled ? ` (${cancelled} cancelled)` : '') +
        `, the last ${ctx.config.calendar.pastDays} days and all to come.`,
    );
  const url = opts.json ? null : publishedUrl(file, ctx.site.root, site.baseURL);
  if (url) {
    opts.out(`Subscribe: webcal://${url.slice(url.indexOf('://') + 3)}`);
    opts.out(`Google Calendar: https://calendar.google.com/calendar/render?cid=${encodeURIComponent(url.replace(/^https?:/, 'webcal:'))}`);
  }
  return 0;
}

/**
 * Where the website will serve a feed written into its `static/` (copied as it is by Hugo) or `public/` (the
 * built site), or null for a file elsewhere.
 */
export function publishedUrl(file: string, siteRoot: string, baseURL: string): string | null {
  for (const dir of ['static', 'public']) {
    const rel = path.relative(path.join(siteRoot, dir), file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      try {
        return new URL(rel.split(path.sep).map(encodeURIComponent).join('/'), baseURL.endsWith('/') ? baseURL : `${baseURL}/`).href;
      } catch {
        return null;
      }
    }
  }
  return null;
}
