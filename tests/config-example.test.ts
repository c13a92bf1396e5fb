/**
 * docs/announce.config.example.yaml shows every configuration key, commented out, each with its explanation; and
 * the schema URL that README.md and the example give editors is the schema's own $id. When a key is added to the
 * configuration, the example must show it (the test names it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../src/config/json-schema.js';
import { ConfigFileSchema } from '../src/config/schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const text = readFileSync(path.join(ROOT, 'docs/announce.config.example.yaml'), 'utf8');

/** The example with its commented-out keys, list items and nested explanations uncommented by one level. */
const uncommented = text
  .split('\n')
  .map((l) => l.replace(/^# ( *(?:[A-Za-z$][\w$]*:(?: .*)?|- .*|# .*))$/, '$1'))
  .join('\n');

type JsonSchema = { properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };
/** Every key path of the schema (`digest.weekday`), objects and their properties. */
function paths(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([k, s]) => [`${prefix}${k}`, ...paths(s, `${prefix}${k}.`)]);
}
const has = (obj: unknown, p: string) =>
  p.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' && k in o ? (o as Record<string, unknown>)[k] : undefined), obj) !== undefined;

describe('docs/announce.config.example.yaml', () => {
  const parsed = yaml.load(uncommented);

  it('is a valid configuration once uncommented', () => {
    const r = ConfigFileSchema.safeParse(parsed);
    expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
  });

  it('shows every key of the configuration', () => {
    const missing = paths(configJsonSchema() as JsonSchema).filter((p) => p !== '$schema' && !has(parsed, p));
    expect(missing, 'add these keys to docs/announce.config.example.yaml, each with a comment').toEqual([]);
  });

  it('explains each top-level key in a comment just above it', () => {
    const lines = text.split('\n');
    const keys = lines.map((l, i) => [l, i] as const).filter(([l]) => /^# [A-Za-z$][\w$]*:/.test(l));
    expect(keys.length).toBeGreaterThan(5);
    for (const [line, i] of keys) {
      const above = lines[i - 1] ?? '';
      expect(/^# \S/.test(above) && !/^# [A-Za-z$][\w$]*:/.test(above), `no explanation above ${line}`).toBe(true);
    }
  });
});

describe('the schema URL for editors', () => {
  const schema = configJsonSchema() as { $id: string; title: string };
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const line = /^# yaml-language-server: \$schema=(\S+)$/m;

  it('is the same in README.md and in the example, and is the schema $id with <owner> to replace', () => {
    const inReadme = line.exec(readme)?.[1];
    const inExample = line.exec(text)?.[1];
    expect(inReadme).toBeDefined();
    expect(inExample).toBe(inReadme);
    expect(inReadme!.replace('<owner>', 'seminar-announcer')).toBe(schema.$id);
    expect(schema.title).toBeTruthy();
  });

  it('points at a tag of this repository and at the committed schema file', () => {
    const m = /^https:\/\/raw\.githubusercontent\.com\/[^/]+\/seminar-announcer\/(v\d+)\/(.+)$/.exec(schema.$id);
    expect(m, schema.$id).not.toBeNull();
    expect(existsSync(path.join(ROOT, m![2]!))).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    expect(pkg.repository.url).toContain(new URL(schema.$id).pathname.split('/').slice(1, 3).join('/'));
  });
});
