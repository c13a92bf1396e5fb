import { z } from 'zod';
import { LABEL_KEYS, type LabelKey } from '../render/i18n/index.js';

/** What people may write in announce.config.{yaml,yml,json}. Strict: an unknown key is an error. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, e.g. "08:00"');
const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const addressList = z.union([z.string().min(1), z.array(z.string().min(1))]);
const pluralForms = z.strictObject({
  zero: z.string().optional(),
  one: z.string().optional(),
  two: z.string().optional(),
  few: z.string().optional(),
  many: z.string().optional(),
  other: z.string(),
});
const label = z.union([z.string(), pluralForms]);
const labelKey = z.enum(LABEL_KEYS as [LabelKey, ...LabelKey[]]);

export const ConfigFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    timezone: z.string().optional().describe('IANA zone for the times in messages; default: Hugo timeZone, else UTC'),
    locale: z
      .string()
      .optional()
      .describe("BCP 47 locale of messages (labels, dates); labels in en, fr, de, es, it, pt; default: the announced language, else Hugo's defaultContentLanguage or languageCode, else English (en-US, en-CA, en-AU, en-NZ, en-SG or en-IN by the time zone, else en-GB)"),
    labels: z
      .partialRecord(labelKey, label)
      .optional()
      .describe('any label of the messages in your own words (keys as in src/render/i18n/en.ts); {name} slots are filled in; plural labels as { one, other }'),
    sections: z.array(z.string().min(1)).min(1).optional().describe('content sections holding talks; default [event, events, talk]'),
    language: z
      .string()
      .min(1)
      .optional()
      .describe("on a multilingual site, the language whose version of each talk is announced; default: Hugo's defaultContentLanguage, else the talk's first language by weight"),
    state: z.string().optional().describe('ledger file, relative to the site; default .announce/state.json'),
    outbox: z.string().optional().describe('outbox folder, relative to the site; default .announce/outbox'),
    digest: z
      .strictObject({
        enabled: z.boolean().optional(),
        weekday: weekday.optional().describe('day of the weekly digest; default monday'),
        time: time.optional().describe('time of the digest in the display zone; default 08:00'),
        days: z.number().int().min(1).max(60).optional().describe('talks starting within this many days are listed; default 7'),
      })
      .optional(),
    announce: z
      .strictObject({
        mode: z.enum(['digest', 'each']).optional(),
        daysBefore: z.number().int().min(0).max(120).optional(),
        waitForPage: z
          .boolean()
          .optional()
          .describe("announce or list a talk only once its permalink answers (a 404 or 410 holds it back until a later run finds the page); recommended for sites that deploy on push; default false"),
      })
      .optional(),
    updates: z
      .strictObject({
        minor: z
          .enum(['quiet', 'notify'])
          .optional()
          .describe('a minor edit (a title typo fix of at most 2 letters and 10% of the title, or a change only in the abstract or bio): quiet edits the Slack messages and the calendar without an email or a thread reply; notify sends an update as for any change; default quiet'),
      })
      .optional(),
    reminders: z
      .strictObject({
        slack: z.array(z.number().int().min(1).max(10080)).optional().describe('minutes before the start; default [60]'),
        email: z.array(z.number().int().min(1).max(10080)).optional().describe('minutes before the start; default []'),
      })
      .optional(),
    email: z
      .strictObject({
        from: z.string().min(3).optional(),
        to: addressList.optional(),
        cc: addressList.optional(),
        bcc: addressList.optional(),
        replyTo: z.string().optional(),
        subjectPrefix: z.string().optional(),
        listId: z.string().optional(),
        unsubscribe: z.string().optional(),
        deadlineSeconds: z
          .number()
          .int()
          .min(1)
          .max(3600)
          .optional()
          .describe('the longest the email delivery of one run may take over SMTP, connection check included; default 120'),
      })
      .optional(),
    slack: z.strictObject({ channel: z.string().min(1).optional() }).optional(),
    templates: z.string().optional().describe('folder whose MJML templates override the built-in ones'),
    calendar: z
      .strictObject({
        pastDays: z.number().int().min(0).max(3650).optional().describe('the feed (announce calendar) also lists the talks of this many past days; default 90'),
      })
      .optional(),
  })
  .describe('seminar-announcer configuration');

export type ConfigFile = z.infer<typeof ConfigFileSchema>;

export const WEEKDAYS = weekday.options;
