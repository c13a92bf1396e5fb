import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  dateText
} from "./chunk-DG736ZTJ.mjs";
import {
  DateTime,
  makeLabels
} from "./chunk-SIOJ4DF4.mjs";

// src/plan/changes.ts
function describeChanges(before, after, zone, locale, labels = {}) {
  const changes = [];
  const l = makeLabels(locale, labels);
  const dt = (iso) => DateTime.fromISO(iso, { zone }).setLocale(locale);
  const zoneChanged = (a, b) => a !== null && b !== null && dt(a).toFormat("ZZZZ") !== dt(b).toFormat("ZZZZ");
  const when = (iso, withDay, withZone) => {
    if (iso === null) return l.t("none");
    const d = dt(iso);
    return `${withDay ? `${dateText(d, "short")} ` : ""}${d.toFormat("HH:mm")}${withZone ? ` ${d.toFormat("ZZZZ")}` : ""}`;
  };
  if (before.cancelled && !after.cancelled) changes.push(l.t("changeGoingAhead"));
  if (before.start !== after.start) {
    const sameDay = dt(before.start).hasSame(dt(after.start), "day");
    const zoned = zoneChanged(before.start, after.start);
    changes.push(l.t("changeTime", { from: when(before.start, true, zoned), to: when(after.start, !sameDay, zoned) }));
  } else if (before.end !== after.end) {
    const zoned = zoneChanged(before.end, after.end);
    changes.push(l.t("changeEnds", { from: when(before.end, false, zoned), to: when(after.end, false, zoned) }));
  }
  if (before.location !== after.location) changes.push(l.t("changeLocation", { from: before.location ?? l.t("none"), to: after.location ?? l.t("none") }));
  if (before.title !== after.title) changes.push(l.t("changeTitle", { from: before.title, to: after.title }));
  const names = (s) => s.speakers.map((p) => p.affiliation ? `${p.name} (${p.affiliation})` : p.name).join(", ") || l.t("none");
  if (names(before) !== names(after)) changes.push(l.t("changeSpeakers", { from: names(before), to: names(after) }));
  else if (JSON.stringify(before.speakers) !== JSON.stringify(after.speakers)) changes.push(l.t("changeSpeakerDetails"));
  if (before.details !== void 0 && after.details !== void 0 && before.details !== after.details) changes.push(l.t("changeDetails"));
  return changes;
}

export {
  describeChanges
};
