import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { IANAZone } from 'luxon';
import { knownZoneOr } from '../content/zone.js';
import { ConfigError } from '../errors.js';
import { parseYaml } from '../content/yaml.js';
import { parseToml } from '../content/toml.js';
import type { HugoSite } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const ROOT_NAMES = ['hugo', 'config'];
const EXTS = ['toml', 'yaml', 'yml', 'json'];

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw e;
  }
}

function parseConfigText(text: string, file: string, rel: string): Obj {
  const ext = path.extname(file).slice(1);
  try {
    const data = ext === 'toml' ? parseToml(text) : ext === 'json' ? JSON.parse(text) : parseYaml(text);
    return isObj(data) ? data : {};
  } catch (error) {
    const e = error as { line?: number; column?: number; message: string };
    const where = e.line !== undefined ? `${rel}:${e.line + 1}:${(e.column ?? 0) + 1}` : rel;
    throw new ConfigError(`${where}: the Hugo configuration cannot be read: ${e.message}`, { cause: error });
  }
}

/** Hugo's keys are case-insensitive: `baseurl` and `baseURL` are one key. */
function lowerKeys(o: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) out[k.toLowerCase()] = v;
  return out;
}

function merge(into: Obj, from: Obj): Obj {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = isObj(cur) && isObj(v) ? merge({ ...cur }, v) : v;
  }
  return into;
}

/** Reads the site's Hugo configuration the way Hugo finds it: root file, then config/_default and config/production. */
export async function readHugoConfig(root: string): Promise<HugoSite> {
  let conf: Obj = {};
  const files: string[] = [];
  // The file that last set timeZone, to name it in an error.
  let zoneFile: string | null = null;
  const noteZone = (data: Obj, rel: string) => {
    if (Object.keys(data).some((k) => k.toLowerCase() === 'timezone')) zoneFile = rel;
  };
  for (const name of ROOT_NAMES) {
    const ext = await firstExisting(root, name);
    if (ext) {
      const rel = `${name}.${ext}`;
      conf = lowerKeys(parseConfigText((await readText(path.join(root, rel)))!, rel, rel));
      noteZone(conf, rel);
      files.push(rel);
      break;
    }
  }
  for (const env of ['_default', 'production']) {
    const dir = path.join(root, 'config', env);
    let entries: string[];
    try {
      entries = (await readdir(dir)).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      const ext = path.extname(entry).slice(1);
      if (!EXTS.includes(ext)) continue;
      const base = path.basename(entry, '.' + ext).toLowerCase();
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
      `${root} is not a Hugo site: no hugo.toml, hugo.yaml, config.toml, config.yaml or config/_default/ found (use --site DIR)`,
    );
  const site = siteFromConfig(root, conf, files);
  // Once, as the configuration error it is: otherwise every page with a local time would be blamed.
  if (site.timeZone !== null && !knownZoneOr(site.timeZone, (z) => IANAZone.isValidZone(z)))
    throw new ConfigError(
      `${zoneFile ?? files[0]}: timeZone: "${site.timeZone}" is not an IANA time zone (e.g. Europe/London, America/New_York); Hugo would not build the site either`,
    );
  return site;
}

async function firstExisting(root: string, name: string): Promise<string | null> {
  for (const ext of EXTS) if ((await readText(path.join(root, `${name}.${ext}`))) !== null) return ext;
  return null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const bool = (v: unknown): boolean => v === true || v === 'true';

function siteFromConfig(root: string, conf: Obj, files: string[]): HugoSite {
  let baseURL = str(conf.baseurl) ?? '/';
  if (!baseURL.endsWith('/')) baseURL += '/';
  const build = isObj(conf.build) ? lowerKeys(conf.build) : {};
  const contentDir = str(conf.contentdir) ?? 'content';
  const defaultLang = (str(conf.defaultcontentlanguage) ?? 'en').toLowerCase();
  const contentDirs: HugoSite['contentDirs'] = [];
  const languages = isObj(conf.languages) ? conf.languages : null;
  // One language with its own contentDir is still a multilingual layout (content/en/…).
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
  const permalinks: Record<string, string> = {};
  if (isObj(conf.permalinks)) {
    for (const [k, v] of Object.entries(conf.permalinks)) {
      // Hugo ≥ 0.112 nests patterns by kind (permalinks.page.event); 0.111 has them flat.
      if (typeof v === 'string') permalinks[k.toLowerCase()] = v;
      else if (k.toLowerCase() === 'page' && isObj(v))
        for (const [s, p] of Object.entries(v)) if (typeof p === 'string') permalinks[s.toLowerCase()] = p;
    }
  }
  const tz = str(conf.timezone);
  return {
    root,
    baseURL,
    title: str(conf.title) ?? '',
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
    configFiles: files,
  };
}

/** Hugo's order of languages: by weight, a language without a weight after those with one, then by code. */
function sortLanguages(languages: Obj): string[] {
  const weight = (v: unknown) => {
    const w = isObj(v) ? Number(lowerKeys(v).weight ?? 0) : 0;
    return Number.isFinite(w) && w > 0 ? w : Infinity;
  };
  return Object.entries(languages)
    .map(([code, v]) => ({ code: code.toLowerCase(), w: weight(v) }))
    .sort((a, b) => a.w - b.w || a.code.localeCompare(b.code))
    .map((l) => l.code);
}

const normDir = (d: string) => d.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
