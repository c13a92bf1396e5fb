/**
 * Hostile pages: reading stays linear in the page size and bounded in memory. Each pathological page is
 * timed against a plain page of the same size read the same way (a ratio, never a wall-clock limit).
 */
import { describe, expect, it } from 'vitest';
import { parsePage, type PageLocation } from '../src/content/page.js';
import { parseYaml, unescapeQuotedApostrophes, MAX_EXPANDED_CHARS } from '../src/content/yaml.js';

const loc: PageLocation = { path: 'content/event/x/index.md', contentPath: 'event/x/index', bundle: true, section: 'event', lang: null, langPrefix: null, translation: false };
const site = { baseURL: 'https://seminars.example.org/', zone: 'Europe/London', permalinks: {} };
const head = '---\ntitle: "A talk"\ndate: 2024-11-21T13:00:00Z\nlocation: Abacws\n---\n';

/** The fastest of a few runs, in ms. */
function fastest(f: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** A plain page whose body has `size` characters of ordinary prose. */
const PROSE = 'Words of an ordinary abstract, with a [link](https://example.org) (and a note).\n';
const plainBody = (size: number) => PROSE.repeat(Math.ceil(size / PROSE.length)).slice(0, size);

/**
 * How much longer the hostile body takes than a plain one of the same size that starts with `plainLead`
 * (a line of the same kind written normally). The old patterns took seconds here (a ratio in the
 * thousands); a linear reader stays within a small factor, whatever the noise of a loaded machine.
 */
function ratio(hostileBody: string, plainLead = ''): number {
  const hostile = head + hostileBody;
  const plain = head + plainLead + plainBody(hostileBody.length - plainLead.length);
  expect(plain.length).toBe(hostile.length);
  parsePage(plain, loc, site);
  parsePage(hostile, loc, site);
  const h = fastest(() => parsePage(hostile, loc, site), 9);
  const p = fastest(() => parsePage(plain, loc, site), 9);
  return h / Math.max(p, 0.05);
}

describe('reading is linear in the page size', () => {
  it('a speaker link of many "()" pairs (exponential for a nested pattern)', () => {
    const body = `**Speaker:** [${'()'.repeat(24)}\n\n**Invited Speaker:** [${'()'.repeat(24)}x\n`;
    expect(ratio(body.padEnd(20_000, ' '), '**Speaker:** [Ada Lovelace](https://ada.example.org) (Engines)\n\n')).toBeLessThan(50);
  });

  it('a summary "Talk by" followed by many "()" pairs', () => {
    const page = `---\ntitle: T\ndate: 2024-11-21T13:00:00Z\nsummary: "Talk by [${'()'.repeat(24)}"\n---\n`;
    const plain = `---\ntitle: T\ndate: 2024-11-21T13:00:00Z\nsummary: "Talk by [Ada Lovelace](https://ada.example) (Engines)${' '.repeat(48 - 44)}"\n---\n`;
    expect(fastest(() => parsePage(page, loc, site), 9) / Math.max(fastest(() => parsePage(plain, loc, site), 9), 0.05)).toBeLessThan(50);
  });

  it('tens of thousands of blank lines (quadratic for a multi-line ^\\s* pattern)', () => {
    const body = ' \n'.repeat(40_000) + '**Bio:**\nA bio.\n';
    expect(ratio(body)).toBeLessThan(50);
  });

  it("hundreds of values with \\' in double quotes (one re-parse each, before)", () => {
    const pad = 'x'.repeat(2400);
    const values = (n: number, escaped: boolean) =>
      Array.from({ length: n }, (_, i) => `k${i}: "it${escaped ? "\\'" : "'"}s value ${i} ${pad}"`).join('\n') + '\n';
    const hostile = values(199, true);
    const plain = values(199, false);
    expect(hostile.length - plain.length).toBe(199);
    const r = fastest(() => parseYaml(hostile), 3) / fastest(() => parseYaml(plain), 3);
    expect(r).toBeLessThan(6);
    expect((parseYaml(hostile) as Record<string, string>).k198).toMatch(/^it's value 198 x/);
  });
});

describe("\\' in double quotes, found in one pass", () => {
  it('rewrites it in double-quoted values only: not in plain, single-quoted or block scalars, nor in comments', () => {
    const src = [
      'title: "Seminar: \\"The \\\'BERT moment\\\' for Music\\""',
      "plain: it\\'s plain # and a \"comment\\'\"",
      "single: 'a\\'''",
      'block: |',
      '  "in a block \\\'"',
      '',
      '  more',
      'after: "Ada\\\'s"',
      'list: ["x\\\'y", z]',
    ].join('\n');
    const data = parseYaml(src) as Record<string, unknown>;
    expect(data).toEqual({
      title: 'Seminar: "The \'BERT moment\' for Music"',
      plain: "it\\'s plain",
      single: "a\\'",
      block: '"in a block \\\'"\n\nmore\n',
      after: "Ada's",
      list: ["x'y", 'z'],
    });
    expect(unescapeQuotedApostrophes(src).at.size).toBe(4);
  });
});

describe('YAML aliases are bounded by the text they expand to', () => {
  it('refuses a page whose anchor of two 100 KB strings is used 20,000 times, naming it; the next page reads', () => {
    const big = 'y'.repeat(100_000);
    const fm = `title: Wide\ndate: 2024-11-21T13:00:00Z\nperson: &p {name: "${big}", affiliation: "${big}"}\nspeakers: [${Array(20_000).fill('*p').join(', ')}]\n`;
    const before = process.memoryUsage().heapUsed;
    const r = parsePage(`---\n${fm}---\n`, loc, site);
    expect(r.event).toBeNull();
    expect(!r.event && r.problems[0]!.message).toMatch(/aliases \(\*name\) expand to more than 2 MB of text/);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
    expect(parsePage(head, loc, site).event?.title).toBe('A talk');
  });

  it('reads a page whose aliases stay small (a merge key, a repeated short value)', () => {
    const r = parseYaml('base: &b {city: Cardiff}\naddress: {<<: *b, street: Queen\'s Buildings}\nalso: *b\n');
    expect(r).toEqual({ base: { city: 'Cardiff' }, address: { city: 'Cardiff', street: "Queen's Buildings" }, also: { city: 'Cardiff' } });
    expect(MAX_EXPANDED_CHARS).toBeGreaterThan(512 * 1024);
  });
});

describe('what one field can carry', () => {
  it('cuts a 300,000-character title and a 3.5 MB bio, with a warning naming the key', () => {
    const title = 'Graphs '.repeat(43_000);
    const bio = 'A long life. '.repeat(270_000);
    const r = parsePage(`---\ntitle: "${title}"\ndate: 2024-11-21T13:00:00Z\nlocation: Abacws\n---\n**Bio:** ${bio}\n`, loc, site);
    expect(r.event!.title.length).toBeLessThanOrEqual(500);
    expect(r.event!.title).toMatch(/^Graphs Graphs .*Graphs…$/);
    expect(r.event!.bio!.length).toBeLessThanOrEqual(20_000);
    const messages = r.event ? r.warnings.map((w) => w.message) : [];
    expect(messages).toContain('title is 300,999 characters long: messages carry the first 500');
    expect(messages.some((m) => /^bio is [\d,]+ characters long: messages carry the first 20,000$/.test(m))).toBe(true);
  });

  it('keeps the first 20 of 5,000 speakers', () => {
    const speakers = Array.from({ length: 5000 }, (_, i) => `  - name: Speaker ${i}`).join('\n');
    const r = parsePage(`---\ntitle: Panel\ndate: 2024-11-21T13:00:00Z\nlocation: Abacws\nspeakers:\n${speakers}\n---\n`, loc, site);
    expect(r.event!.speakers).toHaveLength(20);
    expect(r.event ? r.warnings.map((w) => w.message) : []).toContain('5000 speakers: messages carry the first 20');
  });
});

describe('text as a reader sees it', () => {
  it('removes zero-width and bidi control characters and composes accents, so an invisible edit is no change', () => {
    const page = (title: string, location: string) => `---\ntitle: "${title}"\ndate: 2024-11-21T13:00:00Z\nlocation: "${location}"\nsummary: "Talk by Zo\u0065\u0301 Ba\u200Bker (Universit\u00e9)"\n---\n`;
    const clean = parsePage(page('Fuzzing compilers', 'Room 1'), loc, site).event!;
    const edited = parsePage(page('Fuzz\u200Bing\u2060 com\uFEFFpilers', 'Room \u202E1\u202C'), loc, site).event!;
    expect(edited.title).toBe(clean.title);
    expect(edited.location).toBe('Room 1');
    expect(edited.speakers[0]).toMatchObject({ name: 'Zo\u00e9 Baker', affiliation: 'Universit\u00e9' });
  });

  it('keeps a zero-width non-joiner inside a Persian word and a joiner inside an emoji sequence', () => {
    const r = parsePage('---\ntitle: "می\u200Cخواهم \uD83D\uDC69\u200D\uD83D\uDD2C"\ndate: 2024-11-21T13:00:00Z\n---\n', loc, site);
    expect(r.event!.title).toBe('می\u200Cخواهم \uD83D\uDC69\u200D\uD83D\uDD2C');
  });
});
