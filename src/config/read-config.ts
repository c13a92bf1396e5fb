import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { readHugoConfig } from '../site/hugo-config.js';
import type { HugoSite } from '../site/types.js';
import { normaliseConfig, type Config } from './config.js';
import { checkConfigRules } from './rules.js';

const CANDIDATES = ['announce.config.yaml', 'announce.config.yml', 'announce.config.json'];

/**
 * Reads the Hugo configuration and the announce configuration (or the embedded defaults when there is
 * none). Every problem of the announce configuration is reported at once, naming the file and the key.
 */
export async function readConfig(
  root: string,
  opts: { configFile?: string; stateFile?: string },
): Promise<{ config: Config; site: HugoSite; warnings: string[]; configFile: string | null }> {
  const site = await readHugoConfig(root);
  let file: string | null = null;
  let text: string | null = null;
  if (opts.configFile) {
    file = path.resolve(opts.configFile);
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read the configuration file ${opts.configFile}: ${(e as Error).message}`);
    }
  } else {
    for (const name of CANDIDATES) {
      try {
        text = await readFile(path.join(root, name), 'utf8');
        file = path.join(root, name);
        break;
      } catch {
        /* try the next name */
      }
    }
  }
  let config: Config;
  let warnings: string[];
  if (file === null || text === null) {
    // No file: the embedded defaults need no validation, and zod (slow to load) stays unloaded.
    config = normaliseConfig({}, { siteRoot: site.root, hugoTimeZone: site.timeZone, site, resolve: (r, p) => path.resolve(r, p) });
    const rules = checkConfigRules(config, {});
    if (rules.errors.length > 0) throw new ConfigError(`the configuration is not valid:\n${rules.errors.map((e) => `  ${e}`).join('\n')}`);
    warnings = rules.warnings;
  } else {
    const { parseConfig } = await import('./validate.js');
    const shown = path.relative(process.cwd(), file) || file;
    ({ config, warnings } = parseConfig(text, { shownName: shown, isJson: file.endsWith('.json'), site }));
  }
  if (opts.stateFile) config.state = path.resolve(opts.stateFile);
  return { config, site, warnings, configFile: file };
}

