import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  DEFAULT_SECTIONS,
  checkConfigRules,
  normaliseConfig
} from "./chunk-6FEC6BLK.mjs";
import {
  DateTime,
  FixedOffsetZone,
  IANAZone,
  knownZoneOr,
  writtenZone,
  zoneOfMostPages
} from "./chunk-SIOJ4DF4.mjs";
import {
  CONTENT_EXT,
  checkFields,
  decodePage,
  decoded,
  firstInvalidLine,
  makeWalker,
  parseToml
} from "./chunk-IGII4IPA.mjs";
import {
  parseYaml
} from "./chunk-E2OKCEHU.mjs";
import {
  tuneHeap
} from "./chunk-IANHIJVZ.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import {
  ConfigError
} from "./chunk-VGGN3EEV.mjs";
import {
  inActions,
  workflowCommand
} from "./chunk-6GQ57CJQ.mjs";

// src/context.ts
import path4 from "node:path";

// src/config/read-config.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/site/hugo-config.ts
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var ROOT_NAMES = ["hugo", "config"];
var EXTS = ["toml", "yaml", "yml", "json"];
async function readText(file) {
  try {
    return await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT" || e.code === "EISDIR") return null;
    throw e;
  }
}
function parseConfigText(text, file, rel) {
  const ext = path.extname(file).slice(1);
  try {
    const data = ext === "toml" ? parseToml(text) : ext === "json" ? JSON.parse(text) : parseYaml(text);
    return isObj(data) ? data : {};
  } catch (error) {
    const e = error;
    const where = e.line !== void 0 ? `${rel}:${e.line + 1}:${(e.column ?? 0) + 1}` : rel;
    throw new ConfigError(`${where}: the Hugo configuration cannot be read: ${e.message}`, { cause: error });
  }
}
function lowerKeys(o) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k.toLowerCase()] = v;
  return out;
}
function merge(into, from) {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = isObj(cur) && isObj(v) ? merge({ ...cur }, v) : v;
  }
  return into;
}
async function readHugoConfig(root) {
  let conf = {};
  const files = [];
  let zoneFile = null;
  const noteZone = (data, rel) => {
    if (Object.keys(data).some((k) => k.toLowerCase() === "timezone")) zoneFile = rel;
  };
  for (const name of ROOT_NAMES) {
    const ext = await firstExisting(root, name);
    if (ext) {
      const rel = `${name}.${ext}`;
      conf = lowerKeys(parseConfigText(await readText(path.join(root, rel)), rel, rel));
      noteZone(conf, rel);
      files.push(rel);
      break;
    }
  }
  for (const env of ["_default", "production"]) {
    const dir = path.join(root, "config", env);
    let entries;
    try {
      entries = (await readdir(dir)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      const ext = path.extname(entry).slice(1);
      if (!EXTS.includes(ext)) continue;
      const base = path.basename(entry, "." + ext).toLowerCase();
      const rel = `config/${env}/${entry}`;
      const text = await readText(path.join(dir, entry));
      if (text === null) continue;
      const data = parseConfigText(text, entry, rel);
      conf = ROOT_NAMES.includes(base) ? merge(conf, lowerKeys(data)) : merge(conf, { [base]: data });
      if (ROOT_NAMES.includes(base)) noteZone(data, rel);
      files.push(rel);
    }
  }
  if (files.length === 0)
    throw new ConfigError(
      `${root} is not a Hugo site: no hugo.toml, hugo.yaml, config.toml, config.yaml or config/_default/ found (use --site DIR)`
    );
  const site = siteFromConfig(root, conf, files);
  if (site.timeZone !== null && !knownZoneOr(site.timeZone, (z) => IANAZone.isValidZone(z)))
    throw new ConfigError(
      `${zoneFile ?? files[0]}: timeZone: "${site.timeZone}" is not an IANA time zone (e.g. Europe/London, America/New_York); Hugo would not build the site either`
    );
  return site;
}
async function firstExisting(root, name) {
  for (const ext of EXTS) if (await readText(path.join(root, `${name}.${ext}`)) !== null) return ext;
  return null;
}
var str = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : null;
var bool = (v) => v === true || v === "true";
function siteFromConfig(root, conf, files) {
  let baseURL = str(conf.baseurl) ?? "/";
  if (!baseURL.endsWith("/")) baseURL += "/";
  const build = isObj(conf.build) ? lowerKeys(conf.build) : {};
  const contentDir = str(conf.contentdir) ?? "content";
  const defaultLang = (str(conf.defaultcontentlanguage) ?? "en").toLowerCase();
  const contentDirs = [];
  const languages = isObj(conf.languages) ? conf.languages : null;
  const langEntries = languages ? Object.values(languages) : [];
  if (languages && (langEntries.length > 1 || langEntries.some((l) => isObj(l) && str(lowerKeys(l).contentdir)))) {
    for (const [lang, value] of Object.entries(languages)) {
      const l = isObj(value) ? lowerKeys(value) : {};
      contentDirs.push({ dir: normDir(str(l.contentdir) ?? contentDir), lang: lang.toLowerCase() });
    }
  } else {
    contentDirs.push({ dir: normDir(contentDir), lang: null });
  }
  const languageOrder = languages && contentDirs.some((c) => c.lang) ? sortLanguages(languages) : [defaultLang];
  const permalinks = {};
  if (isObj(conf.permalinks)) {
    for (const [k, v] of Object.entries(conf.permalinks)) {
      if (typeof v === "string") permalinks[k.toLowerCase()] = v;
      else if (k.toLowerCase() === "page" && isObj(v)) {
        for (const [s, p] of Object.entries(v)) if (typeof p === "string") permalinks[s.toLowerCase()] = p;
      }
    }
  }
  const tz = str(conf.timezone);
  return {
    root,
    baseURL,
    title: str(conf.title) ?? "",
    languageCode: str(conf.languagecode) ?? str(conf.locale),
    timeZone: tz,
    contentDirs,
    defaultContentLanguage: defaultLang,
    languages: languageOrder,
    defaultContentLanguageInSubdir: bool(conf.defaultcontentlanguageinsubdir),
    permalinks,
    buildFuture: bool(conf.buildfuture) || bool(build.buildfuture),
    buildDrafts: bool(conf.builddrafts) || bool(build.builddrafts),
    buildExpired: bool(conf.buildexpired) || bool(build.buildexpired),
    configFiles: files
  };
}
function sortLanguages(languages) {
  const weight = (v) => {
    const w = isObj(v) ? Number(lowerKeys(v).weight ?? 0) : 0;
    return Number.isFinite(w) && w > 0 ? w : Infinity;
  };
  return Object.entries(languages).map(([code, v]) => ({ code: code.toLowerCase(), w: weight(v) })).sort((a, b) => a.w - b.w || a.code.localeCompare(b.code)).map((l) => l.code);
}
var normDir = (d) => d.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");

// src/config/read-config.ts
var CANDIDATES = ["announce.config.yaml", "announce.config.yml", "announce.config.json"];
async function readConfig(root, opts) {
  const site = await readHugoConfig(root);
  let file = null;
  let text = null;
  if (opts.configFile) {
    file = path2.resolve(opts.configFile);
    try {
      text = await readFile2(file, "utf8");
    } catch (e) {
      throw new ConfigError(`cannot read the configuration file ${opts.configFile}: ${e.message}`);
    }
  } else {
    for (const name of CANDIDATES) {
      try {
        text = await readFile2(path2.join(root, name), "utf8");
        file = path2.join(root, name);
        break;
      } catch {
      }
    }
  }
  let config;
  let warnings;
  if (file === null || text === null) {
    config = normaliseConfig({}, { siteRoot: site.root, hugoTimeZone: site.timeZone, site, resolve: (r, p) => path2.resolve(r, p) });
    const rules = checkConfigRules(config, {});
    if (rules.errors.length > 0) throw new ConfigError(`the configuration is not valid:
${rules.errors.map((e) => `  ${e}`).join("\n")}`);
    warnings = rules.warnings;
  } else {
    const { parseConfig } = await import("./validate-QHA6QUOG.mjs");
    const shown = path2.relative(process.cwd(), file) || file;
    ({ config, warnings } = parseConfig(text, { shownName: shown, isJson: file.endsWith(".json"), site }));
  }
  if (opts.stateFile) config.state = path2.resolve(opts.stateFile);
  return { config, site, warnings, configFile: file };
}

// src/site/read-site.ts
import * as fs from "node:fs";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path3 from "node:path";

// src/site/read-pages.ts
import { isUtf8 } from "node:buffer";
import { existsSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

// src/content/time.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2}):(\d{2})(\.\d+)?\s?(Z|z|[+-]\d{2}:?\d{2})?)?$/;
var DAY_MONTH_YEAR = /^(\d{2}) ([A-Z][a-z]{2}) (\d{4})$/;
function parseHugoDate(value, zone) {
  if (value === null || value === void 0) return null;
  if (value instanceof Date) return { ok: true, date: value, offsetMinutes: 0, utcMark: false, dateOnly: false };
  if (typeof value !== "string") return { ok: false, error: `expected a date such as 2024-11-21T13:00:00Z, found ${describe(value)}` };
  const text = value.trim();
  if (text === "") return null;
  const m = ISO.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, off] = m;
    const dateOnly = h === void 0;
    if (off !== void 0) {
      const sign = off[0] === "-" ? -1 : 1;
      const offMin = off.toUpperCase() === "Z" ? 0 : sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
      const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.floor(Number(frac) * 1e3) : 0);
      const check = new Date(ms);
      if (check.getUTCMonth() === Number(mo) - 1 && check.getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60 && Number(s) < 60 && Math.abs(offMin) < 24 * 60)
        return { ok: true, date: new Date(ms - offMin * 6e4), offsetMinutes: offMin, utcMark: off.toUpperCase() === "Z", dateOnly };
      return { ok: false, error: `"${text}" is not a real date or time` };
    }
    const dt = DateTime.fromObject(
      {
        year: Number(y),
        month: Number(mo),
        day: Number(d),
        hour: dateOnly ? 0 : Number(h),
        minute: dateOnly ? 0 : Number(mi),
        second: dateOnly ? 0 : Number(s),
        millisecond: frac ? Math.floor(Number(frac) * 1e3) : 0
      },
      { zone }
    );
    if (!dt.isValid) return { ok: false, error: `"${text}" is not a real date or time (${dt.invalidExplanation ?? dt.invalidReason})` };
    return { ok: true, date: dt.toJSDate(), offsetMinutes: null, utcMark: false, dateOnly };
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const dt = DateTime.fromFormat(text, "dd LLL yyyy", { zone, locale: "en" });
    if (dt.isValid) return { ok: true, date: dt.toJSDate(), offsetMinutes: null, utcMark: false, dateOnly: true };
  }
  return { ok: false, error: `"${truncate(text)}" is not a date Hugo reads; write it as 2024-11-21T13:00:00Z, 2024-11-21T13:00:00+01:00 or 2024-11-21` };
}
function describe(v) {
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  return `${typeof v} ${truncate(String(v))}`;
}
var truncate = (s, n = 60) => s.length > n ? s.slice(0, n) + "…" : s;

// src/content/text.ts
var CONTROLS_EXCEPT_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
var ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
function detach(s) {
  if (s.length < 16) return s;
  const text = s.toWellFormed();
  if (text.length * 2 > DETACH_POOL.length) return Buffer.from(text, "utf16le").toString("utf16le");
  return DETACH_POOL.toString("utf16le", 0, DETACH_POOL.write(text, 0, "utf16le"));
}
var DETACH_POOL = Buffer.allocUnsafe(64 * 1024);
var INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?<![^\x00-\x7F])[\u200C\u200D]|[\u200C\u200D](?![^\x00-\x7F])/g;
var NON_ASCII = /[^\x00-\x7F]/;
function visibleText(s) {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(INVISIBLE, "").normalize("NFC");
}
function normaliseLine(s) {
  return detach(visibleText(s).replace(/\s+/g, " ").replace(ALL_CONTROLS, "").trim());
}
var TO_CLEAN = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2060\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]/;
function cleanText(s) {
  if (!TO_CLEAN.test(s)) return detach((NON_ASCII.test(s) ? s.normalize("NFC") : s).trim());
  const unix = s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
  return detach(visibleText(unix.replace(CONTROLS_EXCEPT_NEWLINES, "")).trim());
}
function capText(s, max) {
  if (s.length <= max) return { text: s, cut: false };
  let end = max - 1;
  const space = s.lastIndexOf(" ", end);
  if (space > max * 0.8) end = space;
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? "")) end--;
  return { text: detach(s.slice(0, end).trimEnd() + "…"), cut: true };
}
function textOf(v) {
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (typeof v === "number") return String(v);
  return null;
}
function isHttpUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
function withoutShortcodes(s) {
  if (!s.includes("{{")) return s;
  let out = "";
  let i = 0;
  for (let open = s.indexOf("{{", i); open !== -1; open = s.indexOf("{{", i)) {
    const delim = s[open + 2];
    if (delim !== "<" && delim !== "%") {
      out += s.slice(i, open + 2);
      i = open + 2;
      continue;
    }
    const close = s.indexOf(delim === "<" ? ">}}" : "%}}", open + 3);
    if (close === -1) break;
    out += s.slice(i, open) + shortcodeText(s.slice(open + 3, close).trim());
    i = close + 3;
  }
  return out + s.slice(i);
}
function shortcodeText(inner) {
  const m = /^(\/?)\s*([\w-]+)\s*(.*)$/s.exec(inner);
  if (!m || m[1] || m[2] !== "mention") return "";
  const arg = /^(?:\w+\s*=\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|(\S+))/.exec(m[3].trim());
  return arg ? arg[1] ?? arg[2] ?? arg[3] ?? arg[4] ?? "" : "";
}
function frontMatterWithoutShortcodes(v, depth = 0) {
  if (typeof v === "string") return withoutShortcodes(v);
  if (depth > 4 || v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map((x) => frontMatterWithoutShortcodes(x, depth + 1));
  const out = {};
  for (const [k, x] of Object.entries(v)) out[k] = frontMatterWithoutShortcodes(x, depth + 1);
  return out;
}

// src/content/speakers.ts
var SUMMARY_LEAD = /^\s*(?:talks?\s+(?:given\s+)?by|vortrag\s+von|expos[ée]\s+de|conf[ée]rence\s+de|pr[ée]sentation\s+de|charla\s+de|ponencia\s+de|presentaci[óo]n\s+de|intervento\s+di|palestra\s+de|lezing\s+door)\s+/i;
var SPEAKER_LINE = /^\*\*\s*(?:invited\s+|guest\s+|keynote\s+)?(speakers?|presenters?|referent(?:in|en|innen)?|sprecher(?:in|innen)?|intervenant(?:e|s|es)?|orat(?:eur|rice)s?|ponentes?|relator(?:e|i)|palestrantes?|sprekers?)\s*:?\s*\*\*\s*:?\s*(.*)$/i;
var BIO_LINE = /^\*\*\s*(?:short\s+)?bio(?:graphy)?\s*:?\s*\*\*\s*:?[ \t]*(.*)$/i;
function* lines(text) {
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    yield { raw: text.slice(start, end).replace(/\r$/, "") };
    start = end + 1;
  }
}
function markedLine(body, re) {
  for (let at = body.indexOf("**"); at !== -1; at = body.indexOf("**", at + 2)) {
    let k = at - 1;
    while (k >= 0 && (body[k] === " " || body[k] === "	")) k--;
    if (k >= 0 && body[k] !== "\n") continue;
    const end = body.indexOf("\n", at);
    const match = re.exec(body.slice(at, end === -1 ? body.length : end).replace(/\r$/, ""));
    if (match) return { match, after: end === -1 ? body.length : end + 1 };
    if (end === -1) break;
    at = end - 1;
  }
  return null;
}
function speakersFromSummary(summary) {
  if (!summary || !SUMMARY_LEAD.test(summary)) return [];
  return parseSpeakerList(summary.replace(SUMMARY_LEAD, ""), true);
}
function speakersFromBody(body) {
  const found = markedLine(body, SPEAKER_LINE);
  if (!found) return [];
  const plural = /(?:s|en|innen|i)$/i.test(found.match[1]) && !/^referent$/i.test(found.match[1]);
  const named = found.match[2].trim() || paragraphs(body, found.after, 3).find((p) => p !== "") || "";
  return parseSpeakerList(withoutShortcodes(named), plural);
}
function speakersFromFrontMatter(fm) {
  const raw = fm.speakers ?? fm.speaker;
  if (raw === void 0 || raw === null || raw === "") return null;
  const items = Array.isArray(raw) ? raw : [raw];
  const out = [];
  for (const item of items) {
    if (typeof item === "string" && item.trim()) out.push(...parseSpeakerList(item, false).slice(0, 1));
    else if (item && typeof item === "object") {
      const o = item;
      const name = typeof o.name === "string" ? normaliseLine(o.name) : "";
      if (!name) continue;
      const aff = o.affiliation ?? o.organization ?? o.institution;
      const url = typeof o.url === "string" ? o.url.trim() : typeof o.link === "string" ? o.link.trim() : "";
      out.push({ name, affiliation: typeof aff === "string" && aff.trim() ? normaliseLine(aff) : null, url: isHttpUrl(url) ? detach(url) : null });
    }
  }
  return out;
}
function parseSpeakerList(text, plural) {
  const line = text.split("\n")[0] ?? "";
  const items = plural ? splitTopLevel(line) : [line];
  const out = [];
  for (const item of items) {
    const p = readItem(item, !plural);
    if (!p || !p.name) continue;
    if (!p.url && /^[a-z]/.test(p.name)) continue;
    out.push({ name: p.name, affiliation: p.affiliation, url: p.url && isHttpUrl(p.url) ? detach(p.url) : null });
  }
  return out;
}
var CONJUNCTION = /\s+(?:and|y|et|und|e)\s+/iy;
function splitTopLevel(s) {
  const parts = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    if (depth === 0) {
      if (c === "," || c === ";" || c === "&") {
        parts.push(s.slice(from, i));
        from = i + 1;
        continue;
      }
      CONJUNCTION.lastIndex = i;
      const word = c === " " || c === "	" ? CONJUNCTION.exec(s) : null;
      if (word) {
        parts.push(s.slice(from, i));
        i += word[0].length - 1;
        from = i + 1;
        continue;
      }
    }
  }
  parts.push(s.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}
function readItem(item, single) {
  let s = item.trim().replace(/^\[(\[)/, "$1");
  let name = "";
  let url = null;
  const link = markdownLink(s);
  if (link) {
    name = link.text;
    url = link.url || null;
    s = s.slice(link.length).trim();
  } else {
    const m = /^([^(,]+)/.exec(s);
    if (!m) return null;
    name = m[1];
    s = s.slice(m[0].length).trim();
  }
  let affiliation = null;
  const paren = /^\(([^]*)\)/.exec(balancedParen(s));
  if (paren) affiliation = paren[1].trim() || null;
  else if (single && s.startsWith(",")) affiliation = s.slice(1).trim() || null;
  name = normaliseLine(name.replace(/[*_]/g, ""));
  return { name, url, affiliation: affiliation ? normaliseLine(affiliation.replace(/\*\*/g, "")) : null };
}
function markdownLink(s) {
  if (s[0] !== "[") return null;
  const close = s.indexOf("]");
  if (close === -1 || s[close + 1] !== "(") return null;
  const end = s.indexOf(")", close + 2);
  if (end === -1) return null;
  const url = s.slice(close + 2, end);
  if (/\s/.test(url)) return null;
  return { text: s.slice(1, close), url, length: end + 1 };
}
function balancedParen(s) {
  if (!s.startsWith("(")) return "";
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && --depth === 0) return s.slice(0, i + 1);
  }
  return "";
}
function bioFromBody(body) {
  const found = markedLine(body, BIO_LINE);
  if (!found) return null;
  let text = (found.match[1] ?? "").trim();
  const [first, second] = paragraphs(body, found.after, 2);
  if (first) text = text ? `${text}
${first}` : first;
  else if (!text) text = second ?? "";
  return text || null;
}
function paragraphs(text, start, count) {
  const out = [];
  let current = [];
  let inSeparator = false;
  for (const { raw } of lines(text.slice(start))) {
    if (raw.trim() !== "") {
      current.push(raw);
      inSeparator = false;
    } else if (!inSeparator) {
      out.push(current.join("\n").trim());
      if (out.length === count) return out;
      current = [];
      inSeparator = true;
    }
  }
  out.push(current.join("\n").trim());
  return out.slice(0, count);
}
function authorProfile(fm) {
  const name = typeof fm.title === "string" ? normaliseLine(withoutShortcodes(fm.title)) : "";
  if (!name) return null;
  const orgs = Array.isArray(fm.organizations) ? fm.organizations : [];
  const first = orgs[0] && typeof orgs[0] === "object" ? orgs[0].name : typeof orgs[0] === "string" ? orgs[0] : null;
  const role = typeof fm.role === "string" ? normaliseLine(fm.role) : "";
  return { name, role: role || null, affiliation: typeof first === "string" && first.trim() ? normaliseLine(first) : null };
}
function speakersFromAuthors(authors, profiles) {
  if (!Array.isArray(authors)) return [];
  const out = [];
  for (const a of authors) {
    if (typeof a !== "string" || !a.trim()) continue;
    const id = a.trim();
    const profile = profiles.get(id) ?? profiles.get(id.toLowerCase());
    if (profile) out.push({ name: profile.name, affiliation: profile.affiliation, url: null, ...profile.role ? { role: profile.role } : {} });
    else if (/\s/.test(id) && new RegExp("\\p{Lu}", "u").test(id)) out.push({ name: normaliseLine(id), affiliation: null, url: null });
  }
  return out;
}

// src/content/permalink.ts
function hugoUnicodeSanitize(s) {
  let out = "";
  let hyphen = false;
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const r = chars[i];
    const allowed = "./\\_#+~@".includes(r) || /[\p{L}\p{Nd}\p{M}]/u.test(r) || r === "%" && i + 2 < chars.length && /[0-9a-fA-F]/.test(chars[i + 1]) && /[0-9a-fA-F]/.test(chars[i + 2]);
    if (allowed) {
      if (hyphen) {
        out += "-";
        hyphen = false;
      }
      out += r;
    } else if (out.length > 0 && (r === "-" || /\s/u.test(r))) {
      hyphen = true;
    }
  }
  return out;
}
var pathSanitized = (s) => hugoUnicodeSanitize(s).toLowerCase();
function goEscapePath(path5) {
  if (/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%[\]]*$/.test(path5) && !/%(?![0-9A-Fa-f]{2})/.test(path5)) return path5;
  let out = "";
  for (const byte of Buffer.from(path5, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~$&+,/:;=@]/.test(c)) out += c;
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var pad = (n, w = 2) => String(n).padStart(w, "0");
function expandPattern(pattern, p) {
  const d = p.date;
  const base = p.contentPath.split("/");
  const fileName = p.bundle ? base[base.length - 2] : base[base.length - 1];
  const urlize = (s) => pathSanitized(s);
  const tokens = {
    year: () => d ? pad(d.year, 4) : "0001",
    month: () => d ? pad(d.month) : "01",
    monthname: () => d ? d.setLocale("en").toFormat("LLLL").toLowerCase() : "january",
    day: () => d ? pad(d.day) : "01",
    weekday: () => d ? String(d.weekday % 7) : "1",
    weekdayname: () => d ? d.setLocale("en").toFormat("cccc").toLowerCase() : "monday",
    yearday: () => d ? String(d.ordinal) : "1",
    section: () => p.section,
    sections: () => base.slice(0, p.bundle ? -2 : -1).join("/"),
    title: () => urlize(p.title),
    slug: () => urlize(p.slug ?? p.title),
    slugorfilename: () => urlize(p.slug ?? fileName),
    filename: () => urlize(fileName),
    contentbasename: () => urlize(fileName)
  };
  return pattern.replace(/:([a-z]+)/g, (whole, name) => tokens[name] ? tokens[name]() : whole);
}
function buildPermalink(p) {
  let rel;
  if (p.url) {
    rel = p.url.startsWith("/") ? p.url : "/" + p.url;
    if (p.langPrefix) rel = `/${p.langPrefix}${rel}`;
  } else {
    if (p.pattern) {
      rel = expandPattern(p.pattern, p);
    } else {
      const parts = p.contentPath.split("/");
      if (p.bundle) parts.pop();
      if (p.slug) parts[parts.length - 1] = p.slug;
      rel = "/" + parts.join("/") + "/";
    }
    rel = rel.split("/").map((seg) => pathSanitized(seg)).join("/");
    if (!rel.startsWith("/")) rel = "/" + rel;
    if (!rel.endsWith("/") && !/\.[a-z0-9]+$/i.test(rel)) rel += "/";
    rel = rel.replace(/\/{2,}/g, "/");
    if (p.langPrefix) rel = `/${p.langPrefix}${rel}`;
  }
  return joinBase(p.baseURL, goEscapePath(rel));
}
function joinBase(baseURL, rel) {
  return baseURL.replace(/\/+$/, "") + rel;
}

// src/content/page.ts
function parsePage(text, loc, site) {
  return parseDecodedPage(decodePage(text), loc, site);
}
function parseDecodedPage(decoded2, loc, site) {
  const fail = (line, column, message) => ({
    event: null,
    problems: [{ path: loc.path, line: line + 1, column: column + 1, message, severity: "error", eventId: eventId(loc) }]
  });
  if (!decoded2.ok) return fail(decoded2.line, decoded2.column, decoded2.message);
  const shape = checkFields(decoded2.fm);
  if (!shape.ok) return fail(decoded2.keyLine(shape.key), 0, shape.message);
  const read = eventFields(decoded2, loc, site);
  if ("error" in read) return fail(read.line, 0, read.error);
  if ("notATalk" in read)
    return { event: null, problems: [{ path: loc.path, line: read.line + 1, column: 1, message: read.notATalk, severity: "warning", eventId: eventId(loc) }] };
  return { event: read.event, warnings: lintEvent(read.event, read.keys, decoded2, loc) };
}
var FIELD_CAPS = { line: 500, text: 2e4, speakers: 20, links: 30 };
function capFields(event) {
  const capped = [];
  const cap = (field, key, max) => {
    const v = event[field];
    if (typeof v !== "string") return;
    const r = capText(v, max);
    if (r.cut) {
      event[field] = r.text;
      capped.push({ key, field, length: v.length, max });
    }
  };
  cap("title", "title", FIELD_CAPS.line);
  cap("location", "location", FIELD_CAPS.line);
  cap("address", "address", FIELD_CAPS.line);
  cap("eventName", "event", FIELD_CAPS.line);
  cap("abstract", "abstract", FIELD_CAPS.text);
  cap("summary", "summary", FIELD_CAPS.text);
  cap("bio", "bio", FIELD_CAPS.text);
  for (const sp of event.speakers) {
    sp.name = capText(sp.name, FIELD_CAPS.line).text;
    if (sp.affiliation) sp.affiliation = capText(sp.affiliation, FIELD_CAPS.line).text;
  }
  if (event.speakers.length > FIELD_CAPS.speakers) {
    capped.push({ key: "speakers", field: "speakers", length: event.speakers.length, max: FIELD_CAPS.speakers });
    event.speakers = event.speakers.slice(0, FIELD_CAPS.speakers);
  }
  if (event.links.length > FIELD_CAPS.links) {
    capped.push({ key: "links", field: "links", length: event.links.length, max: FIELD_CAPS.links });
    event.links = event.links.slice(0, FIELD_CAPS.links);
  }
  return capped;
}
function eventFields(decoded2, loc, site) {
  const { split, keyLine } = decoded2;
  const fm = split.frontMatter.includes("{{") ? frontMatterWithoutShortcodes(decoded2.fm) : decoded2.fm;
  const dates = {};
  const readings = {};
  for (const key of ["date", "publishdate", "pubdate", "published", "lastmod", "modified", "expirydate", "unpublishdate", "event_start", "event_end", "date_end", "time_start", "time_end"]) {
    const v = fm[key];
    if (key === "published" && typeof v === "boolean") continue;
    const r = parseHugoDate(v, site.zone);
    if (r === null) continue;
    if (!r.ok) return { error: `${key}: ${r.error}`, line: keyLine(key) };
    dates[key] = r.date;
    readings[key] = r;
  }
  const dateInOwnZone = (key) => {
    const offset = readings[key].offsetMinutes;
    return DateTime.fromJSDate(dates[key], { zone: offset === null ? site.zone : FixedOffsetZone.instance(offset) });
  };
  const first = (...keys2) => {
    for (const k of keys2) if (dates[k]) return { key: k, date: dates[k] };
    return null;
  };
  const pageDate = first("date", "publishdate", "pubdate", "published", "lastmod", "modified");
  const startOf = first("event_start", "time_start", "date");
  if (!startOf) {
    const isDraft = fm.draft !== void 0 && toBool(fm.draft);
    return {
      notATalk: isDraft ? "a draft without a date: not announced; give date: 2024-11-21T13:00:00Z (or event_start:) when it is ready" : `no talk date: give the start as date: 2024-11-21T13:00:00Z (or event_start:); until then the page is not announced${pageDate ? ` (Hugo dates the page by its ${pageDate.key}, which is not when the talk is)` : ""}`,
      line: split.frontMatterLine
    };
  }
  const publish = first("publishdate", "pubdate", "published", "date");
  const expiry = first("expirydate", "unpublishdate");
  const endOf = first("event_end", "date_end", "time_end");
  const rawTitle = textOf(fm.title);
  const title = rawTitle === null ? "" : normaliseLine(rawTitle);
  const slugRaw = textOf(fm.slug);
  const slug = slugRaw === null ? null : detach(slugRaw.trim());
  const url = textOf(fm.url);
  const draft = fm.draft !== void 0 ? toBool(fm.draft) : typeof fm.published === "boolean" ? !fm.published : false;
  const status = textOf(fm.status)?.toLowerCase();
  const cancelled = toBool(fm.cancelled) || toBool(fm.canceled) || status === "cancelled" || status === "canceled";
  const allDayFlag = fm.event_all_day ?? fm.all_day;
  const startReading = readings[startOf.key];
  const allDay = toBool(allDayFlag) || startReading.dateOnly && allDayFlag === void 0;
  const permalink = buildPermalink({
    baseURL: site.baseURL,
    contentPath: loc.contentPath,
    bundle: loc.bundle,
    section: loc.section,
    slug,
    url,
    title: rawTitle ?? "",
    date: pageDate && site.permalinks[loc.section] ? dateInOwnZone(pageDate.key) : null,
    pattern: site.permalinks[loc.section] ?? null,
    langPrefix: loc.langPrefix
  });
  const summary = textOf(fm.summary);
  const body = split.body;
  const fromSummary = speakersFromSummary(summary);
  let speakers = speakersFromFrontMatter(fm) ?? (fromSummary.length > 0 ? fromSummary : speakersFromBody(body));
  if (speakers.length === 0) speakers = speakersFromAuthors(fm.authors, site.authors ?? NO_AUTHORS);
  const abstract = textOf(fm.abstract) ?? textOf(fm.abstract_short);
  const bioFound = bioFromBody(body);
  const bioRaw = bioFound === null ? null : withoutShortcodes(bioFound);
  const event = {
    id: eventId(loc),
    path: loc.path,
    section: loc.section,
    lang: loc.lang,
    slug,
    title,
    start: startOf.date,
    end: endOf?.date ?? null,
    allDay,
    // With no zone named anywhere, a time written with an offset is shown in that offset ("UTC+11").
    timezone: site.zoneFromOffsets && startReading.offsetMinutes !== null && !startReading.utcMark ? writtenZone(startReading.offsetMinutes) : site.zone,
    date: pageDate?.date ?? startOf.date,
    publishDate: publish?.date ?? null,
    expiryDate: expiry?.date ?? null,
    draft,
    cancelled,
    permalink,
    location: optionalLine(fm.location ?? fm.venue),
    address: addressOf(fm.address),
    speakers,
    abstract: abstract === null ? null : cleanText(abstract),
    summary: summary === null ? null : cleanText(summary),
    bio: bioRaw === null ? null : cleanText(bioRaw),
    eventName: optionalLine(fm.event_name ?? fm.event),
    links: linksOf(fm, { permalink, baseURL: site.baseURL, resources: loc.resources ?? [] })
  };
  if (loc.lang !== null) {
    const key = textOf(fm.translationkey);
    event.translationKey = key ? `key:${key.trim()}` : `path:${loc.section}:${loc.bundle ? loc.contentPath.replace(/\/index$/, "") : loc.contentPath}`;
  }
  event.startNotation = startReading.utcMark ? "Z" : startReading.offsetMinutes !== null ? "offset" : "local";
  const publishReading = publish && publish.key !== "date" ? readings[publish.key] : void 0;
  const keys = {
    end: endOf?.key ?? null,
    start: startOf.key,
    capped: capFields(event),
    dateOnlyStart: startReading.dateOnly && allDayFlag === void 0 ? typeof fm[startOf.key] === "string" ? fm[startOf.key].trim() : null : null,
    publishedWithTalk: !publish || publish.key === "date",
    // Zones are consulted only for a publishDate less than a day before the start (rare).
    publishAtMidnightOfTalkDay: !!publishReading && startOf.date.getTime() - publish.date.getTime() >= 0 && startOf.date.getTime() - publish.date.getTime() < 864e5 && isMidnight(dateInOwnZone(publish.key)) && sameDay(dateInOwnZone(publish.key), dateInOwnZone(startOf.key)),
    buildFuture: site.buildFuture === true
  };
  return { event, keys };
}
function lintEvent(event, keys, decoded2, loc) {
  const warn = (key, message) => ({
    path: loc.path,
    line: (key ? decoded2.keyLine(key) : decoded2.split.frontMatterLine) + 1,
    column: 1,
    message,
    severity: "warning"
  });
  const { title, speakers } = event;
  const warnings = [];
  if (!title) warnings.push(warn("title", "the page has no title: messages would show an empty headline"));
  else if (PLACEHOLDER.test(title)) warnings.push(warn("title", `the title "${truncate(title)}" looks like a placeholder; announcements would go out with it`));
  if (speakers.length === 0)
    warnings.push(warn("summary", 'no speaker found: add speakers: [{name, affiliation, url}], or a summary "Talk by [Name](url) (Affiliation)"'));
  else if (speakers.some((sp) => PLACEHOLDER.test(sp.name))) warnings.push(warn("summary", "the speaker looks like a placeholder (TBA)"));
  if (!event.location) warnings.push(warn("location", 'no location: add location: "Room, Building" (or "Online")'));
  else if (PLACEHOLDER.test(event.location)) warnings.push(warn("location", `the location "${event.location}" looks like a placeholder`));
  if (event.end && event.end.getTime() < event.start.getTime())
    warnings.push(warn(keys.end, `the end (${event.end.toISOString()}) is before the start (${event.start.toISOString()})`));
  if (keys.dateOnlyStart !== null)
    warnings.push(
      warn(
        keys.start,
        `${keys.start}: ${keys.dateOnlyStart} has no time: the talk is announced as an all-day event; give the time as ${keys.start}: ${keys.dateOnlyStart}T15:00:00 (or all_day: true to keep it all day)`
      )
    );
  if (keys.start === "date" && keys.publishedWithTalk && !keys.buildFuture)
    warnings.push(
      warn(
        "date",
        "no publishDate: Hugo publishes this page only when its date, the talk start, has come, so the talk is never announced before it starts; add publishDate: (when the page may go public, e.g. two weeks before)"
      )
    );
  if (keys.publishAtMidnightOfTalkDay)
    warnings.push(warn("publishdate", "publishDate is 00:00 on the day of the talk: it is first announced that morning, hours before it starts; give an earlier publishDate"));
  for (const c of keys.capped)
    warnings.push(
      warn(
        c.key,
        c.field === "speakers" || c.field === "links" ? `${c.length} ${c.field}: messages carry the first ${c.max}` : `${c.key} is ${c.length.toLocaleString("en")} characters long: messages carry the first ${c.max.toLocaleString("en")}`
      )
    );
  return warnings;
}
var NO_AUTHORS = /* @__PURE__ */ new Map();
var sameDay = (a, b) => a.hasSame(b.setZone(a.zone), "day");
var isMidnight = (d) => d.hour === 0 && d.minute === 0;
var PLACEHOLDER = /^(?:.*\b(?:tba|tbd|tbc|to be (?:announced|determined|confirmed)|placeholder|untitled)\b.*|\?+|-+|xxx+)$/i;
function eventId(loc) {
  const id = loc.bundle ? loc.contentPath.replace(/\/index$/, "") : loc.contentPath;
  return loc.translation && loc.lang ? `${id}.${loc.lang}` : id;
}
function toBool(v) {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return ["true", "1", "t", "yes"].includes(v.trim().toLowerCase());
  return false;
}
function optionalLine(v) {
  const t = textOf(v);
  if (t === null) return null;
  const s = normaliseLine(t);
  return s === "" ? null : s;
}
function addressOf(v) {
  if (typeof v === "string") return optionalLine(v);
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const o = v;
  const parts = ["street", "city", "region", "postcode", "country"].map((k) => optionalLine(o[k])).filter((s) => !!s);
  return parts.length > 0 ? parts.join(", ") : null;
}
var LINK_KEYS = [
  ["url_slides", "Slides"],
  ["url_video", "Video"],
  ["url_code", "Code"],
  ["url_pdf", "PDF"],
  ["url_poster", "Poster"],
  ["url_dataset", "Dataset"],
  ["url_project", "Project"],
  ["url_source", "Source"]
];
function linksOf(fm, where) {
  const { permalink } = where;
  const links = [{ name: "Event page", url: permalink }];
  const add = (name, raw) => {
    const t = textOf(raw);
    if (!t) return;
    const resolved = resolveUrl(t.trim(), where);
    if (resolved && !links.some((l) => l.url === resolved)) links.push({ name: normaliseLine(name) || "Link", url: resolved });
  };
  for (const [key, name] of LINK_KEYS) add(name, fm[key]);
  const eventUrl = textOf(fm.event_url);
  if (eventUrl) add(optionalLine(fm.event_name ?? fm.event) ? truncate(optionalLine(fm.event_name ?? fm.event), 40) : "Event", eventUrl);
  for (const key of ["links", "url_custom"]) {
    const list = fm[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!item || typeof item !== "object") continue;
      const o = item;
      add(textOf(o.name) ?? textOf(o.type) ?? "Link", o.url);
    }
  }
  return links;
}
function resolveUrl(u, where) {
  if (/^mailto:[^\s]+@[^\s]+$/i.test(u)) return u;
  try {
    let base = where.permalink;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith("/") && !u.startsWith("#")) {
      const first = u.replace(/^\.\//, "").split(/[/?#]/)[0];
      if (!where.resources.includes(decodeURIComponent(first))) base = new URL(where.baseURL, "https://localhost/").toString();
    }
    const abs = new URL(u, base).toString();
    return isHttpUrl(abs) ? abs : null;
  } catch {
    return null;
  }
}

// src/site/place.ts
function placePage(page, p) {
  const { dir, dirLang, section } = p.places[page.root];
  const multilingual = p.langs.length > 0;
  let noExt = page.rel.replace(CONTENT_EXT, "");
  let pageLang = dirLang;
  const langSuffix = /\.([a-z]{2,3}(?:-[a-z]+)?)$/i.exec(noExt);
  const suffixLang = langSuffix?.[1].toLowerCase();
  if (langSuffix && suffixLang && (p.langs.includes(suffixLang) || suffixLang === p.defaultContentLanguage || page.bundleIndex)) {
    if (multilingual && p.langs.includes(suffixLang)) pageLang = suffixLang;
    noExt = noExt.slice(0, -langSuffix[0].length);
  }
  const translation = multilingual && pageLang !== null && pageLang !== p.defaultContentLanguage;
  const inSubdir = p.langs.length > 1 && pageLang !== null && (translation || p.defaultContentLanguageInSubdir);
  return {
    path: `${dir}/${page.rel}`,
    contentPath: noExt,
    bundle: page.bundleIndex,
    section,
    lang: multilingual ? pageLang : null,
    langPrefix: inSubdir ? pageLang : null,
    translation,
    ...page.resources.length > 0 ? { resources: page.resources } : {}
  };
}

// src/site/read-pages.ts
var MAX_PAGE_BYTES = 4 * 1024 * 1024;
function readFound(page, input, ctx) {
  const loc = placePage(page, ctx.placement);
  const unread = (message) => ({ path: loc.path, event: null, problems: [{ path: loc.path, line: 1, column: 1, message, severity: "error", eventId: eventId(loc) }] });
  if ("tooLarge" in input) return unread(`the page is ${(input.tooLarge / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1024 / 1024} MB are not read`);
  if ("error" in input) return unread(`cannot read the page: ${input.error}`);
  let r;
  let invalidUtf8Line;
  if ("bytes" in input) {
    const { bytes } = input;
    r = parsePage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"), loc, ctx.info);
    invalidUtf8Line = r.event && !isUtf8(bytes) ? firstInvalidLine(bytes) : null;
  } else {
    r = parseDecodedPage("split" in input.decoded ? decoded(input.decoded) : input.decoded, loc, ctx.info);
    invalidUtf8Line = input.invalidUtf8Line;
  }
  if (!r.event) return { path: loc.path, event: null, problems: r.problems };
  const problems = [];
  if (invalidUtf8Line !== null)
    problems.push({
      path: loc.path,
      line: invalidUtf8Line,
      column: 1,
      message: 'the page is not valid UTF-8 (saved in another encoding?): what cannot be read shows as "�" in messages; save the file as UTF-8',
      severity: "warning"
    });
  problems.push(...r.warnings);
  return { path: loc.path, event: r.event, problems };
}
function collectOutcomes(outcomes) {
  outcomes.sort((a, b) => a.path.localeCompare(b.path));
  const events = [];
  const problems = [];
  for (const o of outcomes) {
    if (o.event) events.push(o.event);
    problems.push(...o.problems);
  }
  return { events, problems };
}
var THREAD_FROM_UNITS = 1024;
var MAX_IN_FLIGHT = 8;
var PAGES_A_BATCH = 16;
var STALL_MS = 6e4;
var STATE = 0;
var STARTED = 1;
var IN_FLIGHT = 2;
var RUNNING = 0;
var FAILED = 2;
function readerThreadFile() {
  for (const name of ["./reader-thread.js", "./reader-thread.mjs"]) {
    const url = new URL(name, import.meta.url);
    if (existsSync(url)) return url;
  }
  return null;
}
async function readPages(fs2, roots, ctx, opts = {}) {
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  const walker = makeWalker(fs2, maxBytes);
  const units = walker.units(roots);
  const outcomes = [];
  const sink = (page, input) => outcomes.push(readFound(page, input, ctx));
  const file = units.length >= (opts.threadFrom ?? THREAD_FROM_UNITS) ? readerThreadFile() : null;
  if (!file) {
    for (const u of units) walker.walkUnit(u, sink);
    return { outcomes, fromThread: 0 };
  }
  const taken = new Int32Array(new SharedArrayBuffer(units.length * 4));
  const ctl = new Int32Array(new SharedArrayBuffer(3 * 4));
  const { port1, port2 } = new MessageChannel();
  const data = { units, maxBytes, taken, ctl, port: port2, pagesABatch: PAGES_A_BATCH, maxInFlight: MAX_IN_FLIGHT };
  const worker = new Worker(file, { workerData: data, transferList: [port2] });
  worker.on("error", () => {
  });
  let back = units.length - 1;
  const claimBack = () => {
    while (back >= 0) {
      const i = back--;
      if (Atomics.compareExchange(taken, i, 0, 1) === 0) return i;
    }
    return -1;
  };
  let fromThread = 0;
  const take = (batch) => {
    if (!Array.isArray(batch)) throw new Error(`the thread reading the pages failed: ${batch.error}`);
    Atomics.sub(ctl, IN_FLIGHT, 1);
    Atomics.notify(ctl, IN_FLIGHT);
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i];
      batch[i] = void 0;
      outcomes.push(readFound(item[0], item[1], ctx));
    }
    fromThread += batch.length;
  };
  let waitedSince = 0;
  try {
    for (; ; ) {
      const received = receiveMessageOnPort(port1);
      if (received) {
        take(received.message);
        waitedSince = 0;
        continue;
      }
      const state = Atomics.load(ctl, STATE);
      if (state !== RUNNING) {
        const last = receiveMessageOnPort(port1);
        if (last) take(last.message);
        else if (state === FAILED) throw new Error("the thread reading the pages failed");
        else return { outcomes, fromThread };
        continue;
      }
      const i = opts.waitForThread && Atomics.load(ctl, STARTED) === 0 ? -2 : claimBack();
      if (i === -2) {
        Atomics.wait(ctl, STARTED, 0, 50);
        continue;
      }
      if (i >= 0) {
        if ((i & 3) === 0 && Atomics.load(ctl, STARTED) === 0) tuneHeap();
        walker.walkUnit(units[i], sink);
        continue;
      }
      if (Atomics.compareExchange(ctl, STARTED, 0, 2) !== 1) return { outcomes, fromThread };
      waitedSince ||= Date.now();
      if (Date.now() - waitedSince > STALL_MS) throw new Error(`the thread reading the pages stopped answering for ${STALL_MS / 1e3} s`);
      Atomics.wait(ctl, IN_FLIGHT, 0, 50);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
}

// src/content/translations.ts
function oneVersionPerTalk(events, order) {
  if (!events.some((e) => e.lang !== null)) return { events, hidden: /* @__PURE__ */ new Set() };
  const rank = (e) => {
    const i = e.lang === null ? -1 : order.indexOf(e.lang);
    return i === -1 ? order.length : i;
  };
  const groups = /* @__PURE__ */ new Map();
  for (const e of events) {
    const key = e.translationKey ?? e.id;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  const chosen = [];
  const hidden = /* @__PURE__ */ new Set();
  for (const versions of groups.values()) {
    versions.sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
    const [first, ...others] = versions;
    if (others.length > 0) first.translations = others;
    for (const o of others) hidden.add(o.path);
    chosen.push(first);
  }
  return { events: chosen, hidden };
}

// src/site/read-site.ts
async function readSite(site, opts) {
  assertContentExists(site, opts.sections);
  const language = opts.language?.toLowerCase() ?? null;
  if (language && !site.languages.includes(language))
    throw new ConfigError(`language: "${opts.language}" is not a language of the site (${site.languages.join(", ")}); name one of them, or leave language out`);
  const info = {
    baseURL: site.baseURL,
    zone: site.timeZone ?? "UTC",
    zoneFromOffsets: site.timeZone === null && !opts.zoneConfigured,
    permalinks: site.permalinks,
    buildFuture: site.buildFuture,
    authors: readAuthorProfiles(site)
  };
  const read = await readEventPages(site, opts.sections, info, opts.readThreadFrom);
  const order = [...new Set([language, site.defaultContentLanguage, ...site.languages].filter((l) => !!l))];
  const { events, hidden } = oneVersionPerTalk(read.events, order);
  const problems = read.problems.filter((p) => p.severity === "error" || !hidden.has(p.path));
  events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  return { site, events, problems };
}
function assertContentExists(site, sections) {
  const missingDirs = site.contentDirs.filter((c) => !isDir(path3.join(site.root, c.dir)));
  if (missingDirs.length > 0) {
    const where = site.configFiles[0] ?? "the Hugo configuration";
    const names = missingDirs.map((c) => `${c.dir}/${c.lang ? ` (language ${c.lang})` : ""}`).join(", ");
    throw new ConfigError(
      `the content folder ${names} does not exist in ${site.root}: check contentDir in ${where}` + (site.contentDirs.length > missingDirs.length ? "" : " (Hugo reads content/ when contentDir is not set)")
    );
  }
  const exists = (section) => site.contentDirs.some((c) => isDir(path3.join(site.root, c.dir, section)));
  const dirs = site.contentDirs.map((c) => `${c.dir}/`).join(", ");
  const isDefault = sections.length === DEFAULT_SECTIONS.length && sections.every((s, i) => s === DEFAULT_SECTIONS[i]);
  if (isDefault) {
    if (!sections.some(exists))
      throw new ConfigError(
        `none of the sections ${sections.join(", ")} exists in ${dirs}: name the folder that holds the talks with sections: [<folder>] in announce.config.yaml`
      );
    return;
  }
  const missing = sections.filter((s) => !exists(s));
  if (missing.length > 0)
    throw new ConfigError(
      `the section${missing.length === 1 ? "" : "s"} ${missing.join(", ")} named in sections: of the configuration ${missing.length === 1 ? "does" : "do"} not exist in ${dirs}: check the folder names`
    );
}
async function readEventPages(site, sections, info, readThreadFrom) {
  const { roots, placement } = pageRoots(site, sections);
  const { outcomes } = await readPages(fs, roots, { info, placement }, { threadFrom: readThreadFrom });
  return collectOutcomes(outcomes);
}
function pageRoots(site, sections) {
  const roots = [];
  const places = [];
  const dirs = /* @__PURE__ */ new Map();
  for (const { dir, lang } of site.contentDirs) dirs.set(dir, [...dirs.get(dir) ?? [], lang]);
  for (const [dir, dirLangs] of dirs) {
    const dirLang = dirLangs.length === 1 ? dirLangs[0] : dirLangs.includes(site.defaultContentLanguage) ? site.defaultContentLanguage : dirLangs[0];
    for (const section of sections) {
      const sectionDir = path3.join(site.root, dir, section);
      if (!isDir(sectionDir)) continue;
      roots.push({ abs: sectionDir, rel: section });
      places.push({ dir, dirLang, section });
    }
  }
  const langs = [...new Set(site.contentDirs.map((c) => c.lang).filter((l) => !!l))];
  return { roots, placement: { langs, defaultContentLanguage: site.defaultContentLanguage, defaultContentLanguageInSubdir: site.defaultContentLanguageInSubdir, places } };
}
function readAuthorProfiles(site) {
  const profiles = /* @__PURE__ */ new Map();
  for (const dir of new Set(site.contentDirs.map((c) => c.dir))) {
    const authorsDir = path3.join(site.root, dir, "authors");
    let ids;
    try {
      ids = readdirSync(authorsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      continue;
    }
    for (const id of ids) {
      for (const name of ["_index.md", "index.md"]) {
        let text;
        try {
          text = readFileSync(path3.join(authorsDir, id, name), "utf8");
        } catch {
          continue;
        }
        const decoded2 = decodePage(text);
        const profile = decoded2.ok ? authorProfile(decoded2.fm) : null;
        if (profile && !profiles.has(id)) profiles.set(id, profile);
        break;
      }
    }
  }
  return profiles;
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// src/context.ts
async function loadContext(opts) {
  const root = path4.resolve(opts.site);
  const { config, site, warnings } = await readConfig(root, { configFile: opts.config, stateFile: opts.state });
  const reading = await readSite(site, { sections: config.sections, language: config.language, zoneConfigured: config.timezoneFrom !== "default" });
  const pagesZone = config.timezoneFrom === "default" ? zoneOfMostPages(reading.events) : null;
  if (pagesZone) Object.assign(config, { timezone: pagesZone.zone, timezoneFrom: "pages" });
  return { config, site, events: reading.events, problems: reading.problems, configWarnings: warnings };
}

// src/commands/problems.ts
function formatProblem(p, env) {
  if (inActions(env)) return scrub(workflowCommand(p.severity, p.message, { file: p.path, line: p.line, col: p.column }), env);
  return scrub(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`, env);
}
function printCommandOr(line, opts, stream) {
  if (inActions(opts.env) && opts.command) opts.command(line, stream);
  else opts[stream](line);
}
function problemsToShow(problems, events, now) {
  const upcoming = new Set(events.filter((e) => (e.end ?? e.start).getTime() >= now.getTime()).map((e) => e.path));
  const talks = new Set(events.flatMap((e) => [e.path, ...(e.translations ?? []).map((t) => t.path)]));
  return problems.filter((p) => p.severity === "error" || upcoming.has(p.path) || !talks.has(p.path));
}

export {
  loadContext,
  formatProblem,
  printCommandOr,
  problemsToShow
};
