import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DateTime,
  knownZoneOr,
  languageOf,
  makeLabels
} from "./chunk-SIOJ4DF4.mjs";

// src/config/config.ts
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var DEFAULT_SECTIONS = ["event", "events", "talk"];
var list = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
function defaultLocale(language, site, zone = null) {
  const code = site?.languageCode?.replace(/_/g, "-") ?? null;
  const lang = (language ?? (site && site.defaultContentLanguage !== "en" ? site.defaultContentLanguage : null) ?? (code ? languageOf(code) : null) ?? "en").toLowerCase();
  const base = languageOf(lang);
  if (base === "en" && zone) return englishOf(zone);
  if (code && languageOf(code) === base && code.includes("-")) return code;
  if (base === "en") return "en-GB";
  return lang;
}
function englishOf(zone) {
  if (!zone) return "en-GB";
  if (/^(America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal)|Canada\/)/.test(zone)) return "en-CA";
  if (/^(America\/|US\/|Pacific\/Honolulu$)/.test(zone)) return "en-US";
  if (/^(Australia\/)/.test(zone)) return "en-AU";
  if (/^Pacific\/(Auckland|Chatham)$|^NZ$/.test(zone)) return "en-NZ";
  if (/^(Asia\/Singapore|Singapore)$/.test(zone)) return "en-SG";
  if (/^Asia\/(Kolkata|Calcutta)$/.test(zone)) return "en-IN";
  return "en-GB";
}
function normaliseConfig(file, opts) {
  const r = (p) => opts.resolve(opts.siteRoot, p);
  const locale = file.locale ?? defaultLocale(file.language ?? null, opts.site, file.timezone ?? opts.hugoTimeZone);
  const labels = file.labels ?? {};
  return {
    timezone: file.timezone ?? opts.hugoTimeZone ?? "UTC",
    timezoneFrom: file.timezone ? "config" : opts.hugoTimeZone ? "hugo" : "default",
    locale,
    labels,
    sections: file.sections ?? DEFAULT_SECTIONS,
    language: file.language ?? null,
    state: r(file.state ?? ".announce/state.json"),
    outbox: r(file.outbox ?? ".announce/outbox"),
    digest: {
      enabled: file.digest?.enabled ?? true,
      weekday: WEEKDAYS.indexOf(file.digest?.weekday ?? "monday") + 1,
      time: file.digest?.time ?? "08:00",
      days: file.digest?.days ?? 7
    },
    announce: { mode: file.announce?.mode ?? "digest", daysBefore: file.announce?.daysBefore ?? 7, waitForPage: file.announce?.waitForPage ?? false },
    updates: { minor: file.updates?.minor ?? "quiet" },
    reminders: { slack: file.reminders?.slack ?? [60], email: file.reminders?.email ?? [] },
    email: {
      from: file.email?.from ?? "Seminar announcements <seminar@example.org>",
      to: list(file.email?.to ?? "seminar-list@example.org"),
      cc: list(file.email?.cc),
      bcc: list(file.email?.bcc),
      replyTo: file.email?.replyTo ?? null,
      subjectPrefix: file.email?.subjectPrefix ?? `[${makeLabels(locale, labels).t("seminar")}]`,
      listId: file.email?.listId ?? null,
      unsubscribe: file.email?.unsubscribe ?? null,
      deadlineSeconds: file.email?.deadlineSeconds ?? 120
    },
    slack: { channel: file.slack?.channel ?? "#seminars" },
    templates: file.templates ? r(file.templates) : null,
    calendar: { pastDays: file.calendar?.pastDays ?? 90 }
  };
}

// src/config/rules.ts
var validZone = (c) => knownZoneOr(c.timezone, (z) => DateTime.now().setZone(z).isValid) ? null : { error: `timezone: "${c.timezone}" is not an IANA time zone (e.g. Europe/London)` };
var validLocale = (c) => {
  try {
    Intl.getCanonicalLocales(c.locale);
    return null;
  } catch {
    return { error: `locale: "${c.locale}" is not a BCP 47 locale (e.g. en-GB)` };
  }
};
var emailHasRecipients = (c, f) => f.email && c.email.to.length + c.email.cc.length + c.email.bcc.length === 0 ? { error: "email: give at least one recipient in email.to, email.cc or email.bcc" } : null;
var announcedOnTheDay = (c) => c.announce.daysBefore === 0 && !c.digest.enabled ? {
  warning: `announce.daysBefore is 0 and the digest is off: each talk is announced only on its day (from 00:00 ${c.timezone}), hours before it starts`
} : null;
var RULES = [validZone, validLocale, emailHasRecipients, announcedOnTheDay];
function checkConfigRules(config, file) {
  const errors = [];
  const warnings = [];
  for (const rule of RULES) {
    const r = rule(config, file);
    if (r?.error) errors.push(r.error);
    if (r?.warning) warnings.push(r.warning);
  }
  return { errors, warnings };
}

export {
  DEFAULT_SECTIONS,
  normaliseConfig,
  checkConfigRules
};
