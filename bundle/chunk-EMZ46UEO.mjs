import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DateTime
} from "./chunk-N42HBIFI.mjs";

// src/plan/changes.ts
function describeChanges(before, after, zone, locale) {
  const changes = [];
  const dt = (iso) => DateTime.fromISO(iso, { zone }).setLocale(locale);
  const zoneChanged = (a, b) => a !== null && b !== null && dt(a).toFormat("ZZZZ") !== dt(b).toFormat("ZZZZ");
  const when = (iso, withDay, withZone) => {
    if (iso === null) return "none";
    const d = dt(iso);
    return `${d.toFormat(withDay ? "ccc d LLL HH:mm" : "HH:mm")}${withZone ? ` ${d.toFormat("ZZZZ")}` : ""}`;
  };
  if (before.cancelled && !after.cancelled) changes.push("Going ahead after all (it had been cancelled)");
  if (before.start !== after.start) {
    const sameDay = dt(before.start).hasSame(dt(after.start), "day");
    const zoned = zoneChanged(before.start, after.start);
    changes.push(`Time: ${when(before.start, true, zoned)} → ${when(after.start, !sameDay, zoned)}`);
  } else if (before.end !== after.end) {
    const zoned = zoneChanged(before.end, after.end);
    changes.push(`Ends: ${when(before.end, false, zoned)} → ${when(after.end, false, zoned)}`);
  }
  if (before.location !== after.location) changes.push(`Location: ${before.location ?? "none"} → ${after.location ?? "none"}`);
  if (before.title !== after.title) changes.push(`Title: “${before.title}” → “${after.title}”`);
  const names = (s) => s.speakers.map((p) => p.affiliation ? `${p.name} (${p.affiliation})` : p.name).join(", ") || "none";
  if (names(before) !== names(after)) changes.push(`Speakers: ${names(before)} → ${names(after)}`);
  else if (JSON.stringify(before.speakers) !== JSON.stringify(after.speakers)) changes.push("Speaker details changed");
  return changes;
}

export {
  describeChanges
};
