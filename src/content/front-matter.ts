/**
 * The first two steps of reading a page: decode (split the file where Hugo does, parse its YAML, TOML or
 * JSON) and fields (check the values against the shape each key must have). Pure.
 *
 * The shape is a small declarative schema rather than zod: zod takes some 300 ms to load, and `announce
 * list` on a small site must start in a fraction of that. Errors say, as changesets' do, which key was
 * wrong, what it expects (with an example to copy) and an excerpt of what was received; a parser's own
 * error is kept as the cause.
 */
import { splitPage, SplitError, type SplitPage } from './split.js';
import { parseYaml, YamlSyntaxError } from './yaml.js';
import { parseToml, TomlSyntaxError } from './toml.js';

/** Limits that keep one hostile page from stalling or exhausting a run. */
export const MAX_FRONT_MATTER_BYTES = 512 * 1024;

export type FrontMatter = Record<string, unknown>;

/** A reason a page cannot be read, at a 0-based line and column of the page. */
export interface DecodeFailure {
  ok: false;
  line: number;
  column: number;
  message: string;
  cause?: unknown;
}

export interface Decoded {
  ok: true;
  split: SplitPage;
  /** Keys lower-cased, as Hugo's front matter keys are case-insensitive (publishdate = publishDate). */
  fm: FrontMatter;
  /** 0-based line of the page on which `key` is written (the front matter's first line when it is not found). */
  keyLine: (key: string) => number;
}

const failure = (line: number, column: number, message: string, cause?: unknown): DecodeFailure => ({ ok: false, line, column, message, cause });

/** Step 1: the page text → its front matter as data, or why it cannot be read. */
export function decodePage(text: string): Decoded | DecodeFailure {
  if (!/\S/.test(text)) return failure(0, 0, 'the page is empty: it needs front matter with at least a title and a date');
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return failure(text.slice(0, nul).split('\n').length - 1, 0, 'the page contains binary data (a NUL byte); save it as UTF-8 text');

  let split: SplitPage;
  try {
    split = splitPage(text);
  } catch (e) {
    if (e instanceof SplitError) return failure(e.line, e.column, e.message, e);
    throw e;
  }
  if (split.format === 'none') return failure(0, 0, 'the page has no front matter: start it with "---", then title: and date:, then "---"');
  // At most three bytes a character: most front matter is measured without encoding it.
  const bytes = split.frontMatter.length * 3 <= MAX_FRONT_MATTER_BYTES ? 0 : Buffer.byteLength(split.frontMatter);
  if (bytes > MAX_FRONT_MATTER_BYTES)
    return failure(
      split.frontMatterLine,
      0,
      `the front matter is ${(bytes / 1024 / 1024).toFixed(1)} MB; at most ${MAX_FRONT_MATTER_BYTES / 1024} KB is read (move long text into the page body)`,
    );

  let data: unknown;
  try {
    data = split.format === 'yaml' ? parseYaml(split.frontMatter) : split.format === 'toml' ? parseToml(split.frontMatter) : JSON.parse(split.frontMatter);
  } catch (e) {
    if (e instanceof YamlSyntaxError || e instanceof TomlSyntaxError)
      return failure(split.frontMatterLine + e.line, e.column, `invalid ${split.format.toUpperCase()} front matter: ${e.message}${unclosedHint(e.message)}`, e.cause ?? e);
    if (e instanceof SyntaxError) return failure(split.frontMatterLine, 0, `invalid JSON front matter: ${e.message}`, e);
    throw e;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data))
    return failure(split.frontMatterLine, 0, `the front matter must be a map of keys (title: …, date: …), not ${received(data)}`);

  const fm: FrontMatter = {};
  for (const [k, v] of Object.entries(data as FrontMatter)) fm[k.toLowerCase()] = v;
  return decoded({ split, fm });
}

/** What decoding gives, as plain data (the reading thread of a large site decodes pages and hands this over). */
export type DecodedData = Pick<Decoded, 'split' | 'fm'>;

/** A page decoded elsewhere (`DecodedData`), ready for the next steps. */
export function decoded({ split, fm }: DecodedData): Decoded {
  let lines: string[] | undefined;
  // Only a page with a warning or an error needs its lines.
  const keyLine = (key: string) => split.frontMatterLine + findKeyLine((lines ??= split.frontMatter.split('\n')), key);
  return { ok: true, split, fm, keyLine };
}

/** 0-based line of `key` in the front matter lines (YAML `key:` or TOML `key =`), else 0. */
function findKeyLine(lines: string[], key: string): number {
  const re = new RegExp(`^\\s*["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[:=]`, 'i');
  const i = lines.findIndex((l) => re.test(l));
  return i === -1 ? 0 : i;
}

/** What one key must hold. A key that is absent, null or empty text is always allowed. */
interface FieldRule {
  /** "text", "a date", …: said in the error. */
  expected: string;
  /** A line to copy, said in the error. */
  example: string;
  accepts: (v: unknown) => boolean;
}

const isText = (v: unknown) => typeof v === 'string' || typeof v === 'number';
const text = (example: string): FieldRule => ({ expected: 'text', example, accepts: isText });
const date = (key: string): FieldRule => ({
  expected: 'a date such as 2024-11-21T13:00:00Z',
  example: `${key}: 2024-11-21T13:00:00Z`,
  accepts: (v) => typeof v === 'string' || v instanceof Date,
});

const DATE_KEYS = ['date', 'publishdate', 'pubdate', 'lastmod', 'modified', 'expirydate', 'unpublishdate', 'event_start', 'event_end', 'date_end', 'time_start', 'time_end'] as const;

/**
 * The keys whose shape is checked: a value of another shape there would be shown wrongly or read as
 * something else, so the page is refused with a message saying what to write. Other keys are read
 * leniently (a list where a map was expected is ignored), as the theme does.
 */
export const FRONT_MATTER_SCHEMA: Record<string, FieldRule> = {
  title: text('title: "The talk title"'),
  slug: text('slug: "my-talk"'),
  url: text('url: /event/my-talk/'),
  location: text('location: "Room 0.01, Main Building"'),
  summary: text('summary: "Talk by [Name](https://…) (Affiliation)"'),
  abstract: text('abstract: "What the talk is about."'),
  ...Object.fromEntries(DATE_KEYS.map((k) => [k, date(k)])),
  // `published` is a date in Hugo, or a boolean (the inverse of draft) in some themes.
  published: { ...date('published'), accepts: (v) => typeof v === 'string' || v instanceof Date || typeof v === 'boolean' },
};

const SCHEMA_ENTRIES = Object.entries(FRONT_MATTER_SCHEMA);

export interface FieldFailure {
  ok: false;
  key: string;
  message: string;
}

/** Step 2: every checked key holds a value of its shape, or the first that does not, with what it received. */
export function checkFields(fm: FrontMatter, schema: Record<string, FieldRule> = FRONT_MATTER_SCHEMA): { ok: true } | FieldFailure {
  for (const [key, rule] of schema === FRONT_MATTER_SCHEMA ? SCHEMA_ENTRIES : Object.entries(schema)) {
    const v = fm[key];
    if (v === undefined || v === null || v === '' || rule.accepts(v)) continue;
    return { ok: false, key, message: `${key}: expected ${rule.expected}, found ${received(v)}; write it as ${rule.example}` };
  }
  return { ok: true };
}

/** "a list: ["a","b"]", "a map: {"x":1}", "true": the kind of a value and a short excerpt of it. */
export function received(v: unknown): string {
  const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);
  if (Array.isArray(v)) return `a list: ${excerpt(JSON.stringify(v) ?? '[]')}`;
  if (v instanceof Date) return `a date: ${v.toISOString()}`;
  if (v !== null && typeof v === 'object') return `a map: ${excerpt(JSON.stringify(v) ?? '{}')}`;
  if (typeof v === 'string') return `the text ${excerpt(JSON.stringify(v))}`;
  return `${typeof v} ${excerpt(String(v))}`;
}

/**
 * The parser notices a quote or bracket left open only where the front matter ends, and names that line: the
 * mistake is on an earlier one, which the message then says.
 */
function unclosedHint(message: string): string {
  const what = /end of the stream within a (double quoted scalar|single quoted scalar|flow collection)/.exec(message)?.[1];
  if (!what) return '';
  const opened = what === 'flow collection' ? 'a [ or { is' : what === 'double quoted scalar' ? 'a " is' : "a ' is";
  return ` (${opened} opened on an earlier line and never closed)`;
}
