import * as fs from 'node:fs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Event, PageProblem } from '../content/event.js';
import type { PageSiteInfo } from '../content/page.js';
import { collectOutcomes, readPages, type PagesRead } from './read-pages.js';
import type { Placement } from './place.js';
import type { WalkRoot } from './walk.js';
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


/** Reads every event page of the site's `sections`. Never throws for a bad page: it becomes a problem. */
export async function readSite(site: HugoSite, opts: { sections: string[]; language?: string | null; zoneConfigured?: boolean; readThreadFrom?: number }): Promise<SiteReading> {
  assertContentExists(site, opts.sections);
  const language = opts.language?.toLowerCase() ?? null;
  if (language && !site.languages.includes(language))
    throw new ConfigError(`language: "${opts.language}" is not a language of the site (${site.languages.join(', ')}); name one of them, or leave language out`);
  const info: PageSiteInfo = {
    baseURL: site.baseURL,
    zone: site.timeZone ?? 'UTC',
    zoneFromOffsets: site.timeZone === null && !opts.zoneConfigured,
    permalinks: site.permalinks,
    buildFuture: site.buildFuture,
    authors: readAuthorProfiles(site),
  };
  const read = await readEventPages(site, opts.sections, info, opts.readThreadFrom);
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

/** Every event page of the sections, read and parsed (see `readPages`), in path order. */
export async function readEventPages(site: HugoSite, sections: string[], info: PageSiteInfo, readThreadFrom?: number): Promise<PagesRead> {
  const { roots, placement } = pageRoots(site, sections);
  const { outcomes } = await readPages(fs, roots, { info, placement }, { threadFrom: readThreadFrom });
  return collectOutcomes(outcomes);
}

/** The folders to walk (each section of each content folder), and how a page found in one is placed. */
function pageRoots(site: HugoSite, sections: string[]): { roots: WalkRoot[]; placement: Placement } {
  const roots: WalkRoot[] = [];
  const places: Placement['places'] = [];
  // Languages that share a content folder (suffixes tell them apart) walk it once.
  const dirs = new Map<string, Array<string | null>>();
  for (const { dir, lang } of site.contentDirs) dirs.set(dir, [...(dirs.get(dir) ?? []), lang]);
  for (const [dir, dirLangs] of dirs) {
    // A page without a language suffix is in the folder's language; in a shared folder, the default one.
    const dirLang = dirLangs.length === 1 ? dirLangs[0]! : dirLangs.includes(site.defaultContentLanguage) ? site.defaultContentLanguage : dirLangs[0]!;
    for (const section of sections) {
      const sectionDir = path.join(site.root, dir, section);
      if (!isDir(sectionDir)) continue;
      roots.push({ abs: sectionDir, rel: section });
      places.push({ dir, dirLang, section });
    }
  }
  const langs = [...new Set(site.contentDirs.map((c) => c.lang).filter((l): l is string => !!l))];
  return { roots, placement: { langs, defaultContentLanguage: site.defaultContentLanguage, defaultContentLanguageInSubdir: site.defaultContentLanguageInSubdir, places } };
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
