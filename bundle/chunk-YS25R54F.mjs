import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  scrub
} from "./chunk-X2VH6H4T.mjs";
import {
  checkConfigRules,
  normaliseConfig
} from "./chunk-YEW735IV.mjs";
import {
  ConfigError
} from "./chunk-2M5JV6TR.mjs";
import {
  parseToml,
  readSite
} from "./chunk-VG3RP6FZ.mjs";
import {
  parseYaml
} from "./chunk-MCZYSA2I.mjs";

// src/context.ts
import path3 from "node:path";

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
  for (const name of ROOT_NAMES) {
    const ext = await firstExisting(root, name);
    if (ext) {
      const rel = `${name}.${ext}`;
      conf = lowerKeys(parseConfigText(await readText(path.join(root, rel)), rel, rel));
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
      files.push(rel);
    }
  }
  if (files.length === 0)
    throw new ConfigError(
      `${root} is not a Hugo site: no hugo.toml, hugo.yaml, config.toml, config.yaml or config/_default/ found (use --site DIR)`
    );
  return siteFromConfig(root, conf, files);
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
    timeZone: tz,
    contentDirs,
    defaultContentLanguage: defaultLang,
    defaultContentLanguageInSubdir: bool(conf.defaultcontentlanguageinsubdir),
    permalinks,
    buildFuture: bool(conf.buildfuture) || bool(build.buildfuture),
    buildDrafts: bool(conf.builddrafts) || bool(build.builddrafts),
    buildExpired: bool(conf.buildexpired) || bool(build.buildexpired),
    configFiles: files
  };
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
    config = normaliseConfig({}, { siteRoot: site.root, hugoTimeZone: site.timeZone, resolve: (r, p) => path2.resolve(r, p) });
    ({ warnings } = checkConfigRules(config, {}));
  } else {
    const { parseConfig } = await import("./validate-6JJTONJX.mjs");
    const shown = path2.relative(process.cwd(), file) || file;
    ({ config, warnings } = parseConfig(text, { shownName: shown, isJson: file.endsWith(".json"), site }));
  }
  if (opts.stateFile) config.state = path2.resolve(opts.stateFile);
  return { config, site, warnings, configFile: file };
}

// src/context.ts
async function loadContext(opts) {
  const root = path3.resolve(opts.site);
  const { config, site, warnings } = await readConfig(root, { configFile: opts.config, stateFile: opts.state });
  const reading = await readSite(site, { sections: config.sections });
  return { config, site, events: reading.events, problems: reading.problems, configWarnings: warnings };
}

// src/commands/problems.ts
function formatProblem(p, env) {
  if (env.GITHUB_ACTIONS === "true") {
    const msg = p.message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    return scrub(`::${p.severity} file=${p.path},line=${p.line},col=${p.column}::${msg}`, env);
  }
  return scrub(`${p.path}:${p.line}:${p.column}: ${p.severity}: ${p.message}`, env);
}
function problemsToShow(problems, events, now) {
  const upcoming = new Set(events.filter((e) => (e.end ?? e.start).getTime() >= now.getTime()).map((e) => e.path));
  return problems.filter((p) => p.severity === "error" || upcoming.has(p.path));
}

export {
  loadContext,
  formatProblem,
  problemsToShow
};
