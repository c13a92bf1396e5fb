import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { parseYaml } from '../content/yaml.js';
import type { HugoSite } from '../site/types.js';
import { ConfigFileSchema } from './schema.js';
import { normaliseConfig, type Config } from './config.js';
import { checkConfigRules } from './rules.js';

/** Parses and validates the text of a configuration file. Pure: errors are thrown as one ConfigError listing all. */
export function parseConfig(
  text: string,
  opts: { shownName: string; isJson: boolean; site: HugoSite },
): { config: Config; warnings: string[] } {
  let data: unknown;
  try {
    data = opts.isJson ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const e = error as { line?: number; column?: number; message: string };
    const where = e.line !== undefined ? `${opts.shownName}:${e.line + 1}:${(e.column ?? 0) + 1}` : opts.shownName;
    throw new ConfigError(`${where}: not valid ${opts.isJson ? 'JSON' : 'YAML'}: ${e.message}`, { cause: error });
  }
  if (data === null || data === undefined) data = {};
  const parsed = ConfigFileSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${opts.shownName}: ${describeIssue(issue)}`);
    throw new ConfigError(`the configuration is not valid:\n${lines.join('\n')}`, { cause: parsed.error });
  }
  const config = normaliseConfig(parsed.data, {
    siteRoot: opts.site.root,
    hugoTimeZone: opts.site.timeZone,
    site: opts.site,
    resolve: (rootDir, p) => path.resolve(rootDir, p),
  });
  const { errors, warnings } = checkConfigRules(config, parsed.data);
  if (errors.length > 0)
    throw new ConfigError(`the configuration is not valid:\n${errors.map((e) => `  ${opts.shownName}: ${e}`).join('\n')}`);
  return { config, warnings };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? ` in ${key}` : '';
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
  }
  return `${key}: ${issue.message}`;
}
