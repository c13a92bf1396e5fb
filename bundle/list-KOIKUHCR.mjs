import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  formatProblem,
  loadContext,
  printCommandOr
} from "./chunk-P3AQOZDL.mjs";
import {
  publishState
} from "./chunk-ZJI3GMAH.mjs";
import "./chunk-6FEC6BLK.mjs";
import {
  DateTime,
  eventZone
} from "./chunk-SIOJ4DF4.mjs";
import "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import "./chunk-IANHIJVZ.mjs";
import "./chunk-XI3I5RXC.mjs";
import "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/commands/list.ts
var iso = (d) => d ? d.toISOString() : null;
function eventToJson(e, site, now) {
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
    published: state === "published",
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
    translations: (e.translations ?? []).map((t) => ({ id: t.id, lang: t.lang, path: t.path, title: t.title, permalink: t.permalink }))
  };
}
async function listCommand(opts) {
  const ctx = await loadContext(opts);
  for (const p of ctx.problems) if (p.severity === "error") printCommandOr(formatProblem(p, opts.env), opts, "err");
  if (opts.json) {
    if (ctx.events.length === 0) opts.out("[]");
    const write = opts.writeOut ?? (async (chunk2) => opts.out(chunk2));
    let chunk = [];
    for (const [i, e] of ctx.events.entries()) {
      chunk.push(`${i === 0 ? "[\n" : ""}${JSON.stringify(eventToJson(e, ctx.site, opts.now))}${i === ctx.events.length - 1 ? "\n]" : ","}`);
      if (chunk.length === 16 || i === ctx.events.length - 1) {
        await write(chunk.join("\n"));
        chunk = [];
      }
    }
    return 0;
  }
  const zone = ctx.config.timezone;
  const rows = ctx.events.map((e) => {
    const start = DateTime.fromJSDate(e.start, { zone: e.allDay ? e.timezone : eventZone(e, ctx.config) }).setLocale(ctx.config.locale);
    const when = e.allDay ? start.toFormat("ccc d LLL yyyy") + " (all day)" : start.toFormat("ccc d LLL yyyy HH:mm ZZZZ");
    const state = publishState(e, ctx.site, opts.now);
    const status = e.cancelled ? "cancelled" : state === "published" ? e.start < opts.now ? "past" : "published" : state === "future" ? `not yet public (publishDate ${DateTime.fromJSDate(e.publishDate ?? e.date, { zone }).toFormat("d LLL yyyy HH:mm")})` : state;
    const speaker = e.speakers.map((s) => s.name).join(", ") || "—";
    return [e.id, when, truncate(e.title, 60), truncate(speaker, 30), status];
  });
  const header = ["ID", "WHEN", "TITLE", "SPEAKER", "STATUS"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => i === cells.length - 1 ? c : c.padEnd(widths[i])).join("  ");
  opts.out(line(header));
  for (const r of rows) opts.out(line(r));
  opts.out(`${ctx.events.length} event${ctx.events.length === 1 ? "" : "s"} in ${ctx.config.sections.join(", ")}; times in ${zone}${ctx.problems.some((p) => p.severity === "error") ? `; ${ctx.problems.filter((p) => p.severity === "error").length} page(s) skipped (see above)` : ""}`);
  return 0;
}
var truncate = (s, n) => s.length > n ? s.slice(0, n - 1) + "…" : s;
export {
  eventToJson,
  listCommand
};
