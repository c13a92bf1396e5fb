import { z } from 'zod';

/** What people may write in announce.config.{yaml,yml,json}. Strict: an unknown key is an error. */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, e.g. "08:00"');
const weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const addressList = z.union([z.string().min(1), z.array(z.string().min(1))]);

export const ConfigFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    timezone: z.string().optional().describe('IANA zone for the times in messages; default: Hugo timeZone, else UTC'),
    locale: z.string().optional().describe('BCP 47 locale for dates in messages; default en-GB'),
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
