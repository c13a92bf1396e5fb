/**
 * Parity with Hugo: every corpus site becomes a throwaway Hugo site (its content, bodies dropped since
 * they call theme shortcodes, and a minimal config with the real baseURL, timeZone, permalinks and
 * languages); `hugo list all` and our reader must agree on every page Hugo lists in an event section.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hugoListAll } from './support/hugo.js';
import { readHugoConfig } from '../src/site/hugo-config.js';
import { readSite } from '../src/site/index.js';
import { splitPage } from '../src/content/split.js';
import { parseYaml } from '../src/content/yaml.js';
import { parseToml } from '../src/content/toml.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CORPUS = path.resolve(here, '../../shared/corpus');
const SECTIONS = ['event', 'events', 'talk', 'talks', 'seminar'];
const LANGS = new Set(['en', 'es', 'zh', 'ko', 'de', 'fr', 'it', 'pt', 'ja', 'nl']);

/** Pages where we knowingly differ from Hugo, with the reason. Keyed by site/path. */
const EXCEPTIONS: Record<string, string> = {};

function readSiteConfig(dir: string): Record<string, unknown> {
  const conf: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.startsWith('_site_config')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    const data = (name.endsWith('.toml') ? parseToml(text) : parseYaml(text)) as Record<string, unknown>;
    for (const [k, v] of Object.entries(data ?? {})) conf[k.toLowerCase()] = v;
  }
  return conf;
}

function stripBodies(dir: string): void {
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

function buildSite(siteName: string): { dir: string; sections: string[] } {
  const src = path.join(CORPUS, siteName);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parity-'));
  cpSync(path.join(src, 'content'), path.join(dir, 'content'), { recursive: true });
  stripBodies(path.join(dir, 'content'));
  const real = readSiteConfig(src);
  const top = readdirSync(path.join(dir, 'content'));
  const langDirs = top.filter((d) => LANGS.has(d) && statSync(path.join(dir, 'content', d)).isDirectory());
  const config: Record<string, unknown> = {
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

const sites = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => statSync(path.join(CORPUS, d)).isDirectory()).sort() : [];
const FIELDS = ['title', 'date', 'publishDate', 'expiryDate', 'draft', 'permalink'] as const;
const tally = Object.fromEntries(FIELDS.map((f) => [f, { agree: 0, total: 0 }])) as Record<(typeof FIELDS)[number], { agree: number; total: number }>;
const mismatches: string[] = [];
let pagesCompared = 0;
const skipped: string[] = [];

describe('parity with `hugo list all` on the corpus', () => {
  it('has the corpus', () => expect(sites.length).toBeGreaterThanOrEqual(20));

  for (const siteName of sites) {
    it(`agrees with Hugo on ${siteName}`, async () => {
      const { dir, sections } = buildSite(siteName);
      try {
        const hugo = await hugoListAll(dir);
        const site = await readHugoConfig(dir);
        const ours = await readSite(site, { sections });
        const byPath = new Map(ours.events.map((e) => [e.path, e]));
        const problemByPath = new Map(ours.problems.map((p) => [p.path, p]));
        const inSections = hugo.filter((h) => {
          const rel = h.path.replace(/^content\/(?:[a-z]{2}\/)?/, '');
          return sections.includes(rel.split('/')[0]!) && !/(^|\/)_index\.[a-z]+$/.test(h.path);
        });
        for (const h of inSections) {
          const key = `${siteName}/${h.path}`;
          const e = byPath.get(h.path);
          if (!e) {
            const why = EXCEPTIONS[key] ?? (problemByPath.get(h.path) && h.date === null ? 'no date: reported, not an event' : undefined);
            if (why) {
              skipped.push(`${key}: ${why}`);
              continue;
            }
            mismatches.push(`${key}: listed by Hugo, not read by us (${problemByPath.get(h.path)?.message ?? 'not found'})`);
            continue;
          }
          pagesCompared++;
          // Hugo prints whole seconds.
          const sec = (d: Date | null) => (d ? new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString() : null);
          const cmp: Record<(typeof FIELDS)[number], [unknown, unknown]> = {
            title: [h.title.replace(/\s+/g, ' ').trim(), e.title],
            date: [sec(h.date), sec(e.date)],
            publishDate: [sec(h.publishDate), sec(e.publishDate ?? e.date)],
            expiryDate: [sec(h.expiryDate), sec(e.expiryDate)],
            draft: [h.draft, e.draft],
            permalink: [h.permalink, e.permalink],
          };
          for (const f of FIELDS) {
            tally[f].total++;
            if (cmp[f][0] === cmp[f][1]) tally[f].agree++;
            else if (!EXCEPTIONS[`${key}#${f}`]) mismatches.push(`${key} ${f}: hugo=${JSON.stringify(cmp[f][0])} ours=${JSON.stringify(cmp[f][1])}`);
          }
        }
        // And nothing we read is invisible to Hugo.
        const hugoPaths = new Set(hugo.map((h) => h.path));
        for (const e of ours.events) if (!hugoPaths.has(e.path)) mismatches.push(`${siteName}/${e.path}: read by us, not listed by Hugo`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  }

  it('agrees on every field of every page (prints the agreement per field)', () => {
    const lines = FIELDS.map((f) => `  ${f.padEnd(12)} ${tally[f].agree}/${tally[f].total} (${((100 * tally[f].agree) / Math.max(1, tally[f].total)).toFixed(1)} %)`);
    console.log(`Parity with hugo list all over ${pagesCompared} pages in ${sites.length} sites:\n${lines.join('\n')}`);
    if (skipped.length) console.log(`Listed by Hugo in an event section but not events (reported by check):\n  ${skipped.join('\n  ')}`);
    if (mismatches.length) console.log(mismatches.join('\n'));
    expect(pagesCompared).toBeGreaterThan(350);
    expect(mismatches).toEqual([]);
  });
});
