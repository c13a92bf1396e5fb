import type { ConfigFile } from './schema.js';
import { languageOf, makeLabels, type LabelOverrides } from '../render/i18n/index.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The normalised configuration every other part of the program reads. */
export interface Config {
  /** Display zone for messages (IANA, or a fixed offset such as "UTC+11" when only the pages say). */
  timezone: string;
  /** Where the display zone came from: announce.config, Hugo's timeZone, the offset most pages write, or UTC by default. */
  timezoneFrom: 'config' | 'hugo' | 'pages' | 'default';
  /** BCP 47 locale of messages: their labels (a catalogue per language) and dates. */
  locale: string;
  /** The configuration's own words for labels, over the locale's catalogue. */
  labels: LabelOverrides;
  sections: string[];
  /** On a multilingual site, the language announced (a Hugo language code), or null for Hugo's default. */
  language: string | null;
  /** Ledger path, absolute. */
  state: string;
  /** Outbox folder, absolute. */
  outbox: string;
  digest: { enabled: boolean; weekday: number /* 1 = Monday … 7 = Sunday (luxon) */; time: string; days: number };
  /** `waitForPage`: a talk whose permalink answers 404/410 is not announced or listed yet (see src/run/page-waits.ts). */
  announce: { mode: 'digest' | 'each'; daysBefore: number; waitForPage: boolean };
  /** `minor`: what a minor edit (see src/plan/minor.ts) sends: `quiet` edits Slack and the calendar only. */
  updates: { minor: 'quiet' | 'notify' };
  reminders: { slack: number[]; email: number[] };
  email: {
    from: string;
    to: string[];
    cc: string[];
    bcc: string[];
    replyTo: string | null;
    subjectPrefix: string;
    listId: string | null;
    unsubscribe: string | null;
    /** The whole SMTP delivery of one run, connection check included (seconds). */
    deadlineSeconds: number;
  };
  slack: { channel: string };
  /** Folder of MJML overrides, absolute, or null. */
  templates: string | null;
  /** The iCalendar feed (`announce calendar`): past talks of the last `pastDays` days stay in it. */
  calendar: { pastDays: number };
}

export const DEFAULT_SECTIONS = ['event', 'events', 'talk'];

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** What the Hugo site says about its language. */
export interface SiteLanguage {
  defaultContentLanguage: string;
  languageCode?: string | null;
}

/**
 * The locale of messages when the configuration names none: the language announced (`language`), else Hugo's
 * defaultContentLanguage when it is not Hugo's default "en", else the language of Hugo's languageCode; with the
 * region of languageCode when it is that language ("fr-CA"). English follows the display zone (englishOf).
 */
export function defaultLocale(language: string | null, site: SiteLanguage | undefined, zone: string | null = null): string {
  const code = site?.languageCode?.replace(/_/g, '-') ?? null;
  const lang = (language ?? (site && site.defaultContentLanguage !== 'en' ? site.defaultContentLanguage : null) ?? (code ? languageOf(code) : null) ?? 'en').toLowerCase();
  const base = languageOf(lang);
  // English follows the zone first: many sites keep Hugo's sample languageCode "en-us" wherever they are.
  if (base === 'en' && zone) return englishOf(zone);
  if (code && languageOf(code) === base && code.includes('-')) return code;
  if (base === 'en') return 'en-GB';
  return lang;
}

/**
 * English as it is written where the talks happen, so that times carry the zone names people there read ("EST",
 * "AEDT", "SGT"); en-GB names them by offset ("GMT-5", "GMT+11"). en-GB elsewhere, as it always was here.
 */
function englishOf(zone: string | null): string {
  if (!zone) return 'en-GB';
  if (/^(America\/(Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal)|Canada\/)/.test(zone)) return 'en-CA';
  if (/^(America\/|US\/|Pacific\/Honolulu$)/.test(zone)) return 'en-US';
  if (/^(Australia\/)/.test(zone)) return 'en-AU';
  if (/^Pacific\/(Auckland|Chatham)$|^NZ$/.test(zone)) return 'en-NZ';
  if (/^(Asia\/Singapore|Singapore)$/.test(zone)) return 'en-SG';
  if (/^Asia\/(Kolkata|Calcutta)$/.test(zone)) return 'en-IN';
  return 'en-GB';
}

/** Fills defaults and resolves paths; `hugoTimeZone` is the site's Hugo timeZone, if any; `site` its language. */
export function normaliseConfig(
  file: ConfigFile,
  opts: { siteRoot: string; hugoTimeZone: string | null; site?: SiteLanguage; resolve: (root: string, p: string) => string },
): Config {
  const r = (p: string) => opts.resolve(opts.siteRoot, p);
  const locale = file.locale ?? defaultLocale(file.language ?? null, opts.site, file.timezone ?? opts.hugoTimeZone);
  const labels: LabelOverrides = file.labels ?? {};
  return {
    timezone: file.timezone ?? opts.hugoTimeZone ?? 'UTC',
    timezoneFrom: file.timezone ? 'config' : opts.hugoTimeZone ? 'hugo' : 'default',
    locale,
    labels,
    sections: file.sections ?? DEFAULT_SECTIONS,
    language: file.language ?? null,
    state: r(file.state ?? '.announce/state.json'),
    outbox: r(file.outbox ?? '.announce/outbox'),
    digest: {
      enabled: file.digest?.enabled ?? true,
      weekday: WEEKDAYS.indexOf(file.digest?.weekday ?? 'monday') + 1,
      time: file.digest?.time ?? '08:00',
      days: file.digest?.days ?? 7,
    },
    announce: { mode: file.announce?.mode ?? 'digest', daysBefore: file.announce?.daysBefore ?? 7, waitForPage: file.announce?.waitForPage ?? false },
    updates: { minor: file.updates?.minor ?? 'quiet' },
    reminders: { slack: file.reminders?.slack ?? [60], email: file.reminders?.email ?? [] },
    email: {
      from: file.email?.from ?? 'Seminar announcements <seminar@example.org>',
      to: list(file.email?.to ?? 'seminar-list@example.org'),
      cc: list(file.email?.cc),
      bcc: list(file.email?.bcc),
      replyTo: file.email?.replyTo ?? null,
      subjectPrefix: file.email?.subjectPrefix ?? `[${makeLabels(locale, labels).t('seminar')}]`,
      listId: file.email?.listId ?? null,
      unsubscribe: file.email?.unsubscribe ?? null,
      deadlineSeconds: file.email?.deadlineSeconds ?? 120,
    },
    slack: { channel: file.slack?.channel ?? '#seminars' },
    templates: file.templates ? r(file.templates) : null,
    calendar: { pastDays: file.calendar?.pastDays ?? 90 },
  };
}
