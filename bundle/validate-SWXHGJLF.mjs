import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  external_exports
} from "./chunk-DHFTH2S5.mjs";
import {
  checkConfigRules,
  normaliseConfig,
  parseYaml
} from "./chunk-56XBPTCR.mjs";
import "./chunk-N42HBIFI.mjs";
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
var ConfigFileSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  timezone: external_exports.string().optional().describe("IANA zone for the times in messages; default: Hugo timeZone, else UTC"),
  locale: external_exports.string().optional().describe("BCP 47 locale for dates in messages; default en-GB"),
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
    daysBefore: external_exports.number().int().min(0).max(120).optional()
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
    unsubscribe: external_exports.string().optional()
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
