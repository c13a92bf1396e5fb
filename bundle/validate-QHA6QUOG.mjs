import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  external_exports
} from "./chunk-DHFTH2S5.mjs";
import {
  checkConfigRules,
  normaliseConfig
} from "./chunk-6FEC6BLK.mjs";
import {
  LABEL_KEYS
} from "./chunk-SIOJ4DF4.mjs";
import {
  parseYaml
} from "./chunk-E2OKCEHU.mjs";
import {
  ConfigError
} from "./chunk-VGGN3EEV.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/config/validate.ts
import path from "node:path";

// src/config/schema.ts
var time = external_exports.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, e.g. "08:00"');
var weekday = external_exports.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
var addressList = external_exports.union([external_exports.string().min(1), external_exports.array(external_exports.string().min(1))]);
var pluralForms = external_exports.strictObject({
  zero: external_exports.string().optional(),
  one: external_exports.string().optional(),
  two: external_exports.string().optional(),
  few: external_exports.string().optional(),
  many: external_exports.string().optional(),
  other: external_exports.string()
});
var label = external_exports.union([external_exports.string(), pluralForms]);
var labelKey = external_exports.enum(LABEL_KEYS);
var ConfigFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  timezone: external_exports.string().optional().describe("IANA zone for the times in messages; default: Hugo timeZone, else UTC"),
  locale: external_exports.string().optional().describe("BCP 47 locale of messages (labels, dates); labels in en, fr, de, es, it, pt; default: the announced language, else Hugo's defaultContentLanguage or languageCode, else English (en-US, en-CA, en-AU, en-NZ, en-SG or en-IN by the time zone, else en-GB)"),
  labels: external_exports.partialRecord(labelKey, label).optional().describe("any label of the messages in your own words (keys as in src/render/i18n/en.ts); {name} slots are filled in; plural labels as { one, other }"),
  sections: external_exports.array(external_exports.string().min(1)).min(1).optional().describe("content sections holding talks; default [event, events, talk]"),
  language: external_exports.string().min(1).optional().describe("on a multilingual site, the language whose version of each talk is announced; default: Hugo's defaultContentLanguage, else the talk's first language by weight"),
  state: external_exports.string().optional().describe("ledger file, relative to the site; default .announce/state.json"),
  outbox: external_exports.string().optional().describe("outbox folder, relative to the site; default .announce/outbox"),
  digest: external_exports.strictObject({
    enabled: external_exports.boolean().optional(),
    weekday: weekday.optional().describe("day of the weekly digest; default monday"),
    time: time.optional().describe("time of the digest in the display zone; default 08:00"),
    days: external_exports.number().int().min(1).max(60).optional().describe("talks starting within this many days are listed; default 7")
  }).optional(),
  announce: external_exports.strictObject({
    mode: external_exports.enum(["digest", "each"]).optional(),
    daysBefore: external_exports.number().int().min(0).max(120).optional(),
    waitForPage: external_exports.boolean().optional().describe("announce or list a talk only once its permalink answers (a 404 or 410 holds it back until a later run finds the page); recommended for sites that deploy on push; default false")
  }).optional(),
  updates: external_exports.strictObject({
    minor: external_exports.enum(["quiet", "notify"]).optional().describe("a minor edit (a title typo fix of at most 2 letters and 10% of the title, or a change only in the abstract or bio): quiet edits the Slack messages and the calendar without an email or a thread reply; notify sends an update as for any change; default quiet")
  }).optional(),
  reminders: external_exports.strictObject({
    slack: external_exports.array(external_exports.number().int().min(1).max(10080)).optional().describe("minutes before the start; default [60]"),
    email: external_exports.array(external_exports.number().int().min(1).max(10080)).optional().describe("minutes before the start; default []")
  }).optional(),
  email: external_exports.strictObject({
    from: external_exports.string().min(3).optional(),
    to: addressList.optional(),
    cc: addressList.optional(),
    bcc: addressList.optional(),
    replyTo: external_exports.string().optional(),
    subjectPrefix: external_exports.string().optional(),
    listId: external_exports.string().optional(),
    unsubscribe: external_exports.string().optional(),
    deadlineSeconds: external_exports.number().int().min(1).max(3600).optional().describe("the longest the email delivery of one run may take over SMTP, connection check included; default 120")
  }).optional(),
  slack: external_exports.strictObject({ channel: external_exports.string().min(1).optional() }).optional(),
  templates: external_exports.string().optional().describe("folder whose MJML templates override the built-in ones"),
  calendar: external_exports.strictObject({
    pastDays: external_exports.number().int().min(0).max(3650).optional().describe("the feed (announce calendar) also lists the talks of this many past days; default 90")
  }).optional()
}).describe("seminar-announcer configuration");
var WEEKDAYS = weekday.options;

// src/config/validate.ts
function parseConfig(text, opts) {
  let data;
  try {
    data = opts.isJson ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const e = error;
    const where = e.line !== void 0 ? `${opts.shownName}:${e.line + 1}:${(e.column ?? 0) + 1}` : opts.shownName;
    throw new ConfigError(`${where}: not valid ${opts.isJson ? "JSON" : "YAML"}: ${e.message}`, { cause: error });
  }
  if (data === null || data === void 0) data = {};
  const parsed = ConfigFileSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${opts.shownName}: ${describeIssue(issue)}`);
    throw new ConfigError(`the configuration is not valid:
${lines.join("\n")}`, { cause: parsed.error });
  }
  const config = normaliseConfig(parsed.data, {
    siteRoot: opts.site.root,
    hugoTimeZone: opts.site.timeZone,
    site: opts.site,
    resolve: (rootDir, p) => path.resolve(rootDir, p)
  });
  const { errors, warnings } = checkConfigRules(config, parsed.data);
  if (errors.length > 0)
    throw new ConfigError(`the configuration is not valid:
${errors.map((e) => `  ${opts.shownName}: ${e}`).join("\n")}`);
  return { config, warnings };
}
function describeIssue(issue) {
  const key = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in ${key}` : "";
    return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}${where}`;
  }
  return `${key}: ${issue.message}`;
}
export {
  parseConfig
};
