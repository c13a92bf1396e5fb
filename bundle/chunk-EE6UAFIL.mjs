import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DateTime,
  FixedOffsetZone,
  IANAZone
} from "./chunk-CJTSQPZE.mjs";

// src/content/zone.ts
function writtenZone(offsetMinutes) {
  return FixedOffsetZone.instance(offsetMinutes).name;
}
var isFixed = (zone) => /^UTC[+-]/.test(zone);
function eventZone(event, config) {
  return config.timezoneFrom === "pages" && event.timezone ? event.timezone : config.timezone;
}
function zoneOfMostPages(events) {
  const counts = /* @__PURE__ */ new Map();
  for (const e of events) if (e.startNotation === "offset" && isFixed(e.timezone)) counts.set(e.timezone, (counts.get(e.timezone) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? { zone: best[0], count: best[1], of: events.length } : null;
}
var zoneNames = null;
var allZones = () => zoneNames ??= Intl.supportedValuesOf?.("timeZone").filter((z) => z.includes("/")) ?? [];
function placeText(events, evidence) {
  const parts = events.flatMap((e) => [e.address, e.location]).filter((s) => !!s);
  const region = /[-_]([A-Za-z]{2})$/.exec(evidence.languageCode ?? "")?.[1];
  if (region) {
    try {
      const name = new Intl.DisplayNames(["en"], { type: "region" }).of(region.toUpperCase());
      if (name) parts.push(name);
    } catch {
    }
  }
  return ` ${parts.join(" ").toLowerCase()} `;
}
function zoneWords(zone) {
  const segments = zone.split("/");
  return [segments[segments.length - 1], segments[0]].map((w) => w.replace(/_/g, " ").toLowerCase());
}
function suggestZone(events, evidence, opts = {}) {
  const written = events.filter((e) => e.startNotation === "offset" && isFixed(e.timezone));
  const places = placeText(events, evidence);
  const fits = (zone) => {
    for (const e of written) if (DateTime.fromJSDate(e.start, { zone }).offset !== FixedOffsetZone.parseSpecifier(e.timezone)?.offset(0)) return false;
    if (opts.needDaylightSaving && new Set(opts.needDaylightSaving.map((e) => DateTime.fromJSDate(e.start, { zone }).offset)).size < 2) return false;
    return true;
  };
  const mentions = (w) => w.length > 2 && places.includes(w) && new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(places);
  const byCity = allZones().filter((z) => mentions(zoneWords(z)[0]));
  const byArea = allZones().filter((z) => mentions(zoneWords(z)[1]));
  const namedFitting = byCity.filter(fits).length > 0 ? byCity.filter(fits) : byArea.filter(fits);
  const offsetsSeen = [...new Set(written.map((e) => e.timezone))].join(", ");
  if (namedFitting.length === 1) {
    const z = namedFitting[0];
    const place = zoneWords(z).find((w) => places.includes(w));
    return { zone: z, sureness: "likely", why: `the site names ${capitalise(place)}${written.length ? ` and its pages write ${offsetsSeen}, as ${z} is on those dates` : ""}` };
  }
  if (namedFitting.length > 1 && namedFitting.length <= 3)
    return { zone: namedFitting[0], sureness: "possibly", why: `the site names places in ${namedFitting.join(", ")}` };
  if (written.length === 0 || opts.needDaylightSaving) return null;
  const fitting = allZones().filter((z) => IANAZone.isValidZone(z) && fits(z));
  if (fitting.length >= 1 && fitting.length <= 3)
    return { zone: fitting[0], sureness: "possibly", why: `its pages write ${offsetsSeen}, which ${fitting.length === 1 ? "only this zone has" : `only ${fitting.join(", ")} have`} on those dates` };
  return null;
}
var capitalise = (s) => s.replace(/\b\w/g, (c) => c.toUpperCase());
function zoneAdvice(events, site, config) {
  const evidence = { languageCode: site.languageCode ?? null };
  const zAdvice = detectZAsLocalTime(events, site.timeZone, config.timezone, evidence);
  if (zAdvice) return zAdvice;
  if (site.timeZone || config.timezoneFrom !== "pages" && config.timezoneFrom !== "default") return null;
  const timed = events.filter((e) => !e.allDay);
  if (timed.length === 0) return null;
  const most = zoneOfMostPages(timed);
  const hugoFile = site.configFiles[0] ?? "hugo.toml";
  const suggestion = suggestZone(timed, evidence);
  const line = (zone) => hugoFile.endsWith(".toml") ? `timeZone = "${zone}"` : hugoFile.endsWith(".json") ? `"timeZone": "${zone}"` : `timeZone: ${zone}`;
  const seen = most ? `times are shown in the offset each page writes (${most.count} of the ${timed.length} ${timed.length === 1 ? "talk" : "talks"} with a time ${most.count === 1 ? "uses" : "use"} ${most.zone}, and the digest runs on ${most.zone})` : "times are shown in UTC, as Hugo reads them";
  const advice = suggestion ? `: ${suggestion.sureness === "likely" ? "it is likely" : "it may be"} ${suggestion.zone} (${suggestion.why}): add ${line(suggestion.zone)} to ${hugoFile}` : `: add ${line("<Area/City>")} to ${hugoFile} with your zone's IANA name (the site does not say where it is)`;
  return `no time zone is set (no timeZone in ${hugoFile}, no timezone in announce.config.yaml): ${seen}, and summer time is never applied${advice}`;
}
function detectZAsLocalTime(events, hugoTimeZone, displayZone, evidence = { languageCode: null }) {
  const zEvents = events.filter((e) => e.startNotation === "Z" && !e.allDay);
  if (zEvents.length < 4) return null;
  const byTime = /* @__PURE__ */ new Map();
  for (const e of zEvents) {
    const t = DateTime.fromJSDate(e.start, { zone: "UTC" }).toFormat("HH:mm");
    byTime.set(t, [...byTime.get(t) ?? [], e]);
  }
  const [time, same] = [...byTime.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  if (same.length < 0.6 * zEvents.length) return null;
  const shownBy = hugoTimeZone ? `Hugo's timeZone ${hugoTimeZone}` : "UTC (no timeZone in the Hugo config)";
  const lead = (where) => `${same.length} of ${zEvents.length} talks start at ${time}Z whether or not daylight saving time is in effect${where}: "Z" seems to be used for local wall-clock time. The website shows them in ${shownBy}, and so do messages, but calendar invitations and Slack's local times will be an hour off in summer. Write the start without "Z" (date: 2024-06-13T13:00:00)`;
  for (const zone of [hugoTimeZone, displayZone].filter((z) => !!z && z !== "UTC" && !isFixed(z))) {
    if (new Set(same.map((e) => DateTime.fromJSDate(e.start, { zone }).offset)).size < 2) continue;
    return `${lead(` in ${zone}`)} and set timeZone = "${zone}" in the Hugo config (and timezone: ${zone} in announce.config.yaml).`;
  }
  if (hugoTimeZone) return null;
  const suggestion = suggestZone(events, evidence, { needDaylightSaving: same });
  if (suggestion)
    return `${lead(` in ${suggestion.zone}, ${suggestion.sureness === "likely" ? "likely" : "possibly"} the site's zone (${suggestion.why})`)} and set timeZone = "${suggestion.zone}" in the Hugo config.`;
  return null;
}

export {
  writtenZone,
  eventZone,
  zoneOfMostPages,
  zoneAdvice
};
