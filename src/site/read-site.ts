import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Event, PageProblem } from '../content/event.js';
import type { PageSiteInfo } from '../content/page.js';
import { readAndParse, type PageJob } from './read-pages.js';
import { oneVersionPerTalk } from '../content/translations.js';
import { decodePage } from '../content/front-matter.js';
import { authorProfile, type AuthorProfile } from '../content/speakers.js';
import type { HugoSite } from './types.js';
import { ConfigError } from '../errors.js';
import { DEFAULT_SECTIONS } from '../config/config.js';

export interface SiteReading {
  site: HugoSite;
  events: Event[];
  /** Pages that could not be read (skipped) and warnings, in path order. */
  problems: PageProblem[];
}

const CONTENT_EXT = /\.(md|markdown|html|htm)$/i;

/** Reads every event page of the site's `sections`. Never throws for a bad page: it becomes a problem. */
/**
 * One thread on purpose: worker threads were measured on 10,000 pages at 5 % faster (each starts cold
 * and the events must be copied back) for 45 % more memory.
 */
export async function readSite(site: HugoSite, opts: { sections: string[]; language?: string | null; zoneConfigured?: boolean }): Promise<SiteReading> {
  assertContentExists(site, opts.sections);
  const language = opts.language?.toLowerCase() ?? null;
  if (language && !site.languages.includes(language))
    throw new ConfigError(`language: "${opts.language}" is not a language of the site (${site.languages.join(', ')}); name one of them, or leave language out`);
  const pages = findEventPages(site, opts.sections);
  const info: PageSiteInfo = {
    baseURL: site.baseURL,
    zone: site.timeZone ?? 'UTC',
    zoneFromOffsets: site.timeZone === null && !opts.zoneConfigured,
    permalinks: site.permalinks,
    buildFuture: site.buildFuture,
    authors: readAuthorProfiles(site),
  };
  const read = readAndParse(pages, info);
  // A talk and its translations are one talk, announced once, in one language.
  const order = [...new Set([language, site.defaultContentLanguage, ...site.languages].filter((l): l is string => !!l))];
  const { events, hidden } = oneVersionPerTalk(read.events, order);
  // Warnings about a version that is not announced would be noise; errors stay (Hugo would fail).
  const problems = read.problems.filter((p) => p.severity === 'error' || !hidden.has(p.path));
  events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.id.localeCompare(b.id));
  return { site, events, problems };
}

/**
 * A content folder or a section that is not there is a typo in the configuration, not a site without
 * talks: read as "no talks", it would cancel every talk already announced. So it stops every command
 * (exit 2) before anything is planned. Of the default sections, one is enough; a section named in the
 * configuration must exist.
 */
export function assertContentExists(site: HugoSite, sections: string[]): void {
  const missingDirs = site.contentDirs.filter((c) => !isDir(path.join(site.root, c.dir)));
  if (missingDirs.length > 0) {
    const where = site.configFiles[0] ?? 'the Hugo configuration';
    const names = missingDirs.map((c) => `${c.dir}/${c.lang ? ` (language ${c.lang})` : ''}`).join(', ');
    throw new ConfigError(
      `the content folder ${names} does not exist in ${site.root}: check contentDir in ${where}` +
        (site.contentDirs.length > missingDirs.length ? '' : ' (Hugo reads content/ when contentDir is not set)'),
    );
  }
  const exists = (section: string) => site.contentDirs.some((c) => isDir(path.join(site.root, c.dir, section)));
  const dirs = site.contentDirs.map((c) => `${c.dir}/`).join(', ');
  const isDefault = sections.length === DEFAULT_SECTIONS.length && sections.every((s, i) => s === DEFAULT_SECTIONS[i]);
  if (isDefault) {
    if (!sections.some(exists))
      throw new ConfigError(
        `none of the sections ${sections.join(', ')} exists in ${dirs}: name the folder that holds the talks with sections: [<folder>] in announce.config.yaml`,
      );
    return;
  }
  const missing = sections.filter((s) => !exists(s));
  if (missing.length > 0)
    throw new ConfigError(
      `the section${missing.length === 1 ? '' : 's'} ${missing.join(', ')} named in sections: of the configuration ${missing.length === 1 ? 'does' : 'do'} not exist in ${dirs}: check the folder names`,
    );
}

/**
 * Hugo's page set for the given sections: a leaf bundle's `index.*` is its page and everything else in
 * it is a resource; `_index.*` is a section list, not a talk; other content files are pages.
 */
export function findEventPages(site: HugoSite, sections: string[]): PageJob[] {
  const found: PageJob[] = [];
  const langs = new Set(site.contentDirs.map((c) => c.lang).filter((l): l is string => !!l));
  const multilingual = langs.size > 0;
  // Languages that share a content folder (suffixes tell them apart) walk it once.
  const dirs = new Map<string, Array<string | null>>();
  for (const { dir, lang } of site.contentDirs) dirs.set(dir, [...(dirs.get(dir) ?? []), lang]);
  for (const [dir, dirLangs] of dirs) {
    // A page without a language suffix is in the folder's language; in a shared folder, the default one.
    const dirLang = dirLangs.length === 1 ? dirLangs[0]! : dirLangs.includes(site.defaultContentLanguage) ? site.defaultContentLanguage : dirLangs[0]!;
    const contentRoot = path.join(site.root, dir);
    for (const section of sections) {
      const sectionDir = path.join(contentRoot, section);
      if (!isDir(sectionDir)) continue;
      walk(sectionDir, `${section}`, (abs, relContent, isBundleIndex, resources) => {
        let noExt = relContent.replace(CONTENT_EXT, '');
        let pageLang = dirLang;
        // index.de.md is the German translation when German is a language of the site.
        const langSuffix = /\.([a-z]{2,3}(?:-[a-z]+)?)$/i.exec(noExt);
        const suffixLang = langSuffix?.[1]!.toLowerCase();
        // Hugo reads a language suffix it knows (a configured language, or the default one on a
        // one-language site: foo.en.md is foo) and keeps any other in the name (foo.fr.md is foo.fr,
        // in the folder's language); a bundle's index.<anything>.md is the bundle's page either way.
        if (langSuffix && suffixLang && (langs.has(suffixLang) || suffixLang === site.defaultContentLanguage || isBundleIndex)) {
          if (multilingual && langs.has(suffixLang)) pageLang = suffixLang;
          noExt = noExt.slice(0, -langSuffix[0].length);
        }
        const translation = multilingual && pageLang !== null && pageLang !== site.defaultContentLanguage;
        // Hugo puts the default language in a subdirectory only when the site has more than one.
        const inSubdir = langs.size > 1 && pageLang !== null && (translation || site.defaultContentLanguageInSubdir);
        found.push({
          abs,
          loc: {
            path: `${dir}/${relContent}`,
            contentPath: noExt,
            bundle: isBundleIndex,
            section,
            lang: multilingual ? pageLang : null,
            langPrefix: inSubdir ? pageLang : null,
            translation,
            ...(resources.length > 0 ? { resources } : {}),
          },
        });
      });
    }
  }
  found.sort((a, b) => a.loc.path.localeCompare(b.loc.path));
  return found;
}

/**
 * Hugo Blox author profiles: `authors/<id>/_index.md` (or `index.md`) in each content folder. A profile
 * that cannot be read is skipped: it only names speakers that nothing else names.
 */
function readAuthorProfiles(site: HugoSite): Map<string, AuthorProfile> {
  const profiles = new Map<string, AuthorProfile>();
  for (const dir of new Set(site.contentDirs.map((c) => c.dir))) {
    const authorsDir = path.join(site.root, dir, 'authors');
    let ids: string[];
    try {
      ids = readdirSync(authorsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      continue;
    }
    for (const id of ids) {
      for (const name of ['_index.md', 'index.md']) {
        let text: string;
        try {
          text = readFileSync(path.join(authorsDir, id, name), 'utf8');
        } catch {
          continue;
        }
        const decoded = decodePage(text);
        const profile = decoded.ok ? authorProfile(decoded.fm) : null;
        if (profile && !profiles.has(id)) profiles.set(id, profile);
        break;
      }
    }
  }
  return profiles;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `rel` is `dir` relative to the content directory, with forward slashes. A leaf bundle's page gets the
 * names of the bundle's other files and folders: its resources.
 */
function walk(dir: string, rel: string, visit: (abs: string, rel: string, bundleIndex: boolean, resources: string[]) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  const files = entries.filter((e) => e.isFile() && CONTENT_EXT.test(e.name));
  const isIndex = (name: string) => /^index(\.[a-z-]+)?\.(md|markdown|html|htm)$/i.test(name);
  if (files.some((e) => isIndex(e.name))) {
    // A leaf bundle: its index files are pages (one per language); the rest are resources.
    const resources = entries.filter((e) => !isIndex(e.name) && !e.name.startsWith('.')).map((e) => e.name);
    for (const f of files) if (isIndex(f.name)) visit(path.join(dir, f.name), `${rel}/${f.name}`, true, resources);
    return;
  }
  for (const f of files) {
    if (f.name.startsWith('_index.')) continue;
    visit(path.join(dir, f.name), `${rel}/${f.name}`, false, []);
  }
  for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) walk(path.join(dir, e.name), `${rel}/${e.name}`, visit);
}
