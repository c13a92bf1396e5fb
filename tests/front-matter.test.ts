/** The first steps of reading a page: decode (front matter as data) and the shape check of its fields. */
import { describe, expect, it } from 'vitest';
import { checkFields, decodePage, received } from '../src/content/front-matter.js';
import { parsePage, type PageLocation } from '../src/content/page.js';

const loc: PageLocation = { path: 'content/event/x/index.md', contentPath: 'event/x/index', bundle: true, section: 'event', lang: null, langPrefix: null, translation: false };
const site = { baseURL: 'https://seminars.example.org/', zone: 'Europe/London', permalinks: {} };

describe('decode', () => {
  it('gives the data with lower-cased keys and the line of each key', () => {
    const d = decodePage('\n---\ntitle: T\nPublishDate: 2024-01-01\n---\nBody\n');
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.fm).toEqual({ title: 'T', publishdate: '2024-01-01' });
    expect(d.keyLine('publishdate')).toBe(3);
    expect(d.split.body).toBe('Body\n');
  });

  it('keeps the parser error as the cause of an invalid YAML or TOML front matter', () => {
    const y = decodePage('---\ntitle: "unclosed\ndate: 2024-11-21\n---\n');
    expect(y.ok).toBe(false);
    if (y.ok) return;
    expect(y.message).toMatch(/^invalid YAML front matter: /);
    expect((y.cause as Error).name).toBe('YAMLException');
    const t = decodePage('+++\ntitle = "t"\ndate = \n+++\n');
    expect(t.ok || (t.cause as Error).constructor.name).toBe('TomlError');
  });

  it('says what it received when the front matter is not a map', () => {
    const d = decodePage('---\n- a\n- b\n---\n');
    expect(!d.ok && d.message).toBe('the front matter must be a map of keys (title: …, date: …), not a list: ["a","b"]');
  });
});

describe('the shape of each field', () => {
  it('names the key, the shape it expects with a line to copy, and an excerpt of what it received', () => {
    const r = checkFields({ title: ['Graphs', 'and more graphs'], date: '2024-11-21' });
    expect(r).toEqual({ ok: false, key: 'title', message: 'title: expected text, found a list: ["Graphs","and more graphs"]; write it as title: "The talk title"' });
    const d = checkFields({ title: 'T', date: { start: '2024-11-21' } });
    expect(!d.ok && d.message).toBe('date: expected a date such as 2024-11-21T13:00:00Z, found a map: {"start":"2024-11-21"}; write it as date: 2024-11-21T13:00:00Z');
  });

  it('cuts a long received value to a short excerpt', () => {
    const long = received(Array.from({ length: 500 }, (_, i) => `item ${i}`));
    expect(long.length).toBeLessThan(80);
    expect(long).toMatch(/^a list: \["item 0","item 1",.*…$/);
  });

  it('accepts absent, empty, text, numbers and a boolean published', () => {
    expect(checkFields({ title: 2024, slug: null, location: '', published: false, date: '2024-11-21' })).toEqual({ ok: true });
  });

  it('is the error of parsePage, at the line of the key', () => {
    const r = parsePage('---\ndate: 2024-11-21T13:00:00Z\nlocation:\n  room: 1\n---\n', loc, site);
    expect(r.event).toBeNull();
    if (r.event) return;
    expect(r.problems[0]).toMatchObject({ line: 3, message: 'location: expected text, found a map: {"room":1}; write it as location: "Room 0.01, Main Building"' });
  });
});

describe('TOML errors as they are', () => {
  it('an unterminated string is reported as such, at its opening quote, not as "control characters"', () => {
    const d = decodePage('+++\ntitle = "Sesión de R\ndate = 2019-05-10\n+++\n');
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.message).toBe('invalid TOML front matter: the string opened with " is not closed on its line: add the closing " (or use """ … """ for text on several lines)');
    expect([d.line, d.column]).toEqual([1, 8]);
  });
});
