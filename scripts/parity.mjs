#!/usr/bin/env node
/**
 * Parity with Hugo over a corpus of real sites: `npm run parity -- DIR`.
 *
 * DIR holds one folder per site: its `content/` and `_site_config.*` (the site's Hugo config, of which
 * baseURL, timeZone, permalinks and the languages are used). Each becomes a throwaway Hugo site (bodies
 * dropped, since they call theme shortcodes); `hugo list all` and our reader must agree on title, dates,
 * draft state and permalink of every page Hugo lists in an event section. Prints the agreement per field
 * and every disagreement; exits 1 on any disagreement, 2 when DIR holds no site. Reads the built reader
 * (dist/), so `npm run parity` builds first.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { hugoListAll } from './hugo-list.mjs';
import { readHugoConfig } from '../dist/site/hugo-config.js';
import { readSite } from '../dist/site/index.js';
import { splitPage } from '../dist/content/split.js';
import { parseYaml } from '../dist/content/yaml.js';
import { parseToml } from '../dist/content/toml.js';

const SECTIONS = ['event', 'events', 'talk', 'talks', 'seminar'];
const LANGS = new Set(['en', 'es', 'zh', 'ko', 'de', 'fr', 'it', 'pt', 'ja', 'nl']);
export const FIELDS = ['title', 'date', 'publishDate', 'expiryDate', 'draft', 'permalink'];

function readSiteConfig(dir) {
  const conf = {};
  for (const name of readdirSync(dir).filter((n) => n.startsWith('_site_config')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const data = name.endsWith('.toml') ? parseToml(text) : parseYaml(text);
    for (const [k, v] of Object.entries(data ?? {})) conf[k.toLowerCase()] = v;
  }
  return conf;
}

function stripBodies(dir) {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) stripBodies(p);
    else if (/\.(md|markdown)$/.test(entry)) {
      const text = readFileSync(p, 'utf8');
      try {
        const split = splitPage(text);
        if (split.format !== 'none') writeFileSync(p, text.slice(0, text.length - split.body.length));
      } catch {
        /* a page we cannot split stays as it is: Hugo decides */
      }
    }
  }
}

function buildSite(src) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parity-'));
  cpSync(path.join(src, 'content'), path.join(dir, 'content'), { recursive: true });
  stripBodies(path.join(dir, 'content'));
  const real = readSiteConfig(src);
  const top = readdirSync(path.join(dir, 'content'));
  const langDirs = top.filter((d) => LANGS.has(d) && statSync(path.join(dir, 'content', d)).isDirectory());
  const config = {
    baseURL: real.baseurl,
    title: 'parity',
    disableKinds: ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404'],
  };
  if (real.timezone) config.timeZone = real.timezone;
  if (real.permalinks) config.permalinks = real.permalinks;
  if (langDirs.length > 0) {
    const def = String(real.defaultcontentlanguage ?? 'en');
    config.defaultContentLanguage = langDirs.includes(def) ? def : langDirs[0];
    config.defaultContentLanguageInSubdir = real.defaultcontentlanguageinsubdir === true;
    config.languages = Object.fromEntries(langDirs.map((l, i) => [l, { contentDir: `content/${l}`, weight: i + 1 }]));
  }
  writeFileSync(path.join(dir, 'hugo.json'), JSON.stringify(config, null, 2));
  const sectionRoots = langDirs.length > 0 ? langDirs.map((l) => `content/${l}`) : ['content'];
  const sections = SECTIONS.filter((s) => sectionRoots.some((r) => existsSync(path.join(dir, r, s))));
  return { dir, sections };
}

/** Hugo prints whole seconds. */
const sec = (d) => (d ? new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString() : null);

/** Every page version we read: the events and the other-language versions each one carries. */
function pagesWeRead(reading) {
  const out = [];
  for (const e of reading.events) {
    out.push(e);
    for (const t of e.translations ?? []) out.push(t);
  }
  return out;
}

/** Compares one site folder of the corpus with Hugo; adds to `result`. */
async function compareSite(siteDir, siteName, result) {
  const { dir, sections } = buildSite(siteDir);
  try {
    const hugo = await hugoListAll(dir);
    const ours = await readSite(await readHugoConfig(dir), { sections });
    const read = pagesWeRead(ours);
    const byPath = new Map(read.map((e) => [e.path, e]));
    const problemByPath = new Map(ours.problems.map((p) => [p.path, p]));
    const inSections = hugo.filter((h) => {
      const rel = h.path.replace(/^content\/(?:[a-z]{2}\/)?/, '');
      return sections.includes(rel.split('/')[0]) && !/(^|\/)_index\.[a-z]+$/.test(h.path);
    });
    for (const h of inSections) {
      const key = `${siteName}/${h.path}`;
      const e = byPath.get(h.path);
      if (!e) {
        // A page without a talk date is not a talk (Hugo may still date it by its publishDate).
        const problem = problemByPath.get(h.path);
        if (problem && (h.date === null || /^(no talk date|a draft without a date)/.test(problem.message))) {
          result.skipped.push(`${key}: no talk date: reported by check, not an event`);
          continue;
        }
        result.mismatches.push(`${key}: listed by Hugo, not read by us (${problemByPath.get(h.path)?.message ?? 'not found'})`);
        continue;
      }
      result.pagesCompared++;
      const cmp = {
        title: [h.title.replace(/\s+/g, ' ').trim(), e.title],
        date: [sec(h.date), sec(e.date)],
        publishDate: [sec(h.publishDate), sec(e.publishDate ?? e.date)],
        expiryDate: [sec(h.expiryDate), sec(e.expiryDate)],
        draft: [h.draft, e.draft],
        permalink: [h.permalink, e.permalink],
      };
      for (const f of FIELDS) {
        result.tally[f].total++;
        if (cmp[f][0] === cmp[f][1]) result.tally[f].agree++;
        else result.mismatches.push(`${key} ${f}: hugo=${JSON.stringify(cmp[f][0])} ours=${JSON.stringify(cmp[f][1])}`);
      }
    }
    // And nothing we read is invisible to Hugo.
    const hugoPaths = new Set(hugo.map((h) => h.path));
    for (const e of read) if (!hugoPaths.has(e.path)) result.mismatches.push(`${siteName}/${e.path}: read by us, not listed by Hugo`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Compares every site of `corpusDir` with Hugo.
 * @param {string} corpusDir
 * @returns {Promise<{ sites: string[], pagesCompared: number, tally: Record<string, { agree: number, total: number }>, mismatches: string[], skipped: string[] }>}
 */
export async function corpusParity(corpusDir) {
  const sites = readdirSync(corpusDir)
    .filter((d) => statSync(path.join(corpusDir, d)).isDirectory() && existsSync(path.join(corpusDir, d, 'content')))
    .sort();
  const result = { sites, pagesCompared: 0, tally: Object.fromEntries(FIELDS.map((f) => [f, { agree: 0, total: 0 }])), mismatches: [], skipped: [] };
  for (const name of sites) await compareSite(path.join(corpusDir, name), name, result);
  return result;
}

/** The report printed by the command. */
export function formatParity(r) {
  const lines = FIELDS.map((f) => `  ${f.padEnd(12)} ${r.tally[f].agree}/${r.tally[f].total} (${((100 * r.tally[f].agree) / Math.max(1, r.tally[f].total)).toFixed(1)} %)`);
  const out = [`Parity with hugo list all over ${r.pagesCompared} pages in ${r.sites.length} sites:`, ...lines];
  if (r.skipped.length) out.push('Listed by Hugo in an event section but not events (reported by check):', ...r.skipped.map((s) => `  ${s}`));
  if (r.mismatches.length) out.push(`${r.mismatches.length} disagreement(s):`, ...r.mismatches.map((s) => `  ${s}`));
  return out.join('\n');
}

async function main(argv) {
  const dir = argv[0];
  if (!dir || argv.length > 1) {
    console.error('usage: npm run parity -- DIR   (DIR: one folder per site, each with content/ and _site_config.*)');
    return 2;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`parity: ${dir} is not a folder`);
    return 2;
  }
  const r = await corpusParity(path.resolve(dir));
  if (r.sites.length === 0) {
    console.error(`parity: ${dir} holds no site (a folder with content/)`);
    return 2;
  }
  console.log(formatParity(r));
  return r.mismatches.length === 0 && r.pagesCompared > 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      process.exit(1);
    },
  );
}
