import path from 'node:path';
import type { Config } from './config/config.js';
import type { Event, PageProblem } from './content/event.js';
import type { HugoSite } from './site/index.js';
import { readConfig } from './config/read-config.js';
import { readSite } from './site/index.js';
import { zoneOfMostPages } from './content/zone.js';

/** What every command starts from: the configuration, the Hugo site, its events and the pages that failed. */
export interface Context {
  config: Config;
  site: HugoSite;
  events: Event[];
  problems: PageProblem[];
  /** Config warnings (not errors: errors throw ConfigError). */
  configWarnings: string[];
}

/** Where to read from: the site root, and the configuration and ledger files when they are not the defaults. */
export interface ContextRequest {
  site: string;
  config?: string;
  state?: string;
}

/** Reads config and site. Throws ConfigError (exit 2) for bad usage or configuration; bad pages are problems. */
export async function loadContext(opts: ContextRequest): Promise<Context> {
  const root = path.resolve(opts.site);
  const { config, site, warnings } = await readConfig(root, { configFile: opts.config, stateFile: opts.state });
  const reading = await readSite(site, { sections: config.sections, language: config.language, zoneConfigured: config.timezoneFrom !== 'default' });
  // No zone named anywhere: the digest clock and the times shown follow the offset most pages write.
  const pagesZone = config.timezoneFrom === 'default' ? zoneOfMostPages(reading.events) : null;
  if (pagesZone) Object.assign(config, { timezone: pagesZone.zone, timezoneFrom: 'pages' });
  return { config, site, events: reading.events, problems: reading.problems, configWarnings: warnings };
}
