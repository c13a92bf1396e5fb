// The reading thread of a large site: whichever thread reads a page, what it gives must be the same (the
// event, its warnings and errors, with their lines), and the CLI must list the same talks with it as
// without it. The thread's module is the built one (dist/), as the CLI runs it.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { makeSite, talkPage } from './support/site.js';
import { runCli } from './support/cli.js';
// @ts-expect-error: the built module (the reading thread runs from dist/), without type declarations
import { readPages, THREAD_FROM_UNITS } from '../dist/site/read-pages.js';
import type { readPages as ReadPages, ReadContext } from '../src/site/read-pages.js';
import { readSite } from '../src/site/read-site.js';
import { readHugoConfig } from '../src/site/hugo-config.js';

const read = readPages as typeof ReadPages;
const sites: Array<{ cleanup: () => void }> = [];
afterAll(() => sites.forEach((s) => s.cleanup()));

const ctx: ReadContext = {
  info: { baseURL: 'https://seminars.example.org/', zone: 'Europe/London', permalinks: {}, authors: new Map([['ada', { name: 'Ada Lovelace', role: null, affiliation: 'Analytical Engines' }]]) },
  placement: { langs: [], defaultContentLanguage: 'en', defaultContentLanguageInSubdir: false, places: [{ dir: 'content', dirLang: null, section: 'event' }] },
};

/** Every kind of page, one a hundred talks, named across the folder so that both threads get some of each. */
function special(i: number): string | Buffer | null {
  const base = { title: `Talk ${i}`, date: '2025-03-01T13:00:00Z' };
  switch ((i / 100) % 8) {
    case 0: return talkPage(base).replace('---\n\n', '---\n') + 'x'.repeat(300 * 1024); // over the limit given below
    case 1: return '---\ntitle: "never closed\ndate: 2025-01-01\n---\n'; // a YAML error, with its line
    case 2: return Buffer.concat([Buffer.from(talkPage(base)), Buffer.from([0xff, 0xfe]), Buffer.from('\nbody\n')]); // not UTF-8
    case 3: return talkPage({ ...base, extra: 'abstract: "About {{< cite x >}} this"' }); // a shortcode in the front matter
    case 4: return talkPage({ ...base, location: 'TBA' }); // a placeholder: a warning that names its line
    case 5: return '---\ntitle: Events\n---\n'; // no date: a listing page, a warning
    case 6: return talkPage({ ...base, extra: 'authors: [ada]' }).replace(/^summary:.*\n/m, ''); // a speaker from an author profile
    default: return null;
  }
}

describe('reading a large site in two threads', () => {
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 2400; i++) {
    // Some 6 KB a page, as real pages with an abstract and a bio.
    const page = (i % 100 === 0 && special(i)) || talkPage({ title: `Talk ${i} “quoted”`, date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}T13:00:00Z` }) + `Talk ${i}. `.repeat(600);
    if (i % 3 === 0) files[`content/event/b${String(i).padStart(4, '0')}/index.md`] = page;
    else if (i % 3 === 1) files[`content/event/${2020 + (i % 5)}/t${i}.md`] = page; // nested folders of plain pages
    else files[`content/event/p${String(i).padStart(4, '0')}.md`] = page;
  }
  files['content/event/b0003/featured.jpg'] = Buffer.from([0xff, 0xd8, 0xff]);
  files['content/event/b0003/slides.pdf'] = '%PDF-1.4';
  files['content/event/b0006/index.de.md'] = talkPage({ title: 'Vortrag', date: '2025-02-01T13:00:00Z' });
  files['content/event/_index.md'] = '---\ntitle: Events\n---\n';
  files['content/event/2021/_index.md'] = '---\ntitle: 2021\n---\n';
  files['content/event/.drafts/hidden.md'] = talkPage({ title: 'hidden', date: '2025-01-01T13:00:00Z' });
  const site = makeSite(files);
  sites.push(site);
  const roots = [{ abs: `${site.dir}/content/event`, rel: 'event' }];
  const byPath = (o: { outcomes: Array<{ path: string }> }) => JSON.stringify([...o.outcomes].sort((a, b) => a.path.localeCompare(b.path)));

  it('gives the same events, warnings and errors as one thread alone, each thread reading some of them', async () => {
    const opts = { maxBytes: 256 * 1024 };
    const alone = await read(fs, roots, ctx, { ...opts, threadFrom: Infinity });
    const both = await read(fs, roots, ctx, { ...opts, threadFrom: 1, waitForThread: true });
    expect(alone.fromThread).toBe(0);
    expect(both.fromThread).toBeGreaterThan(0);
    expect(both.fromThread).toBeLessThan(2401);
    expect(byPath(both)).toEqual(byPath(alone));
    // Hugo's page set: 2,400 pages and the German version; no _index, no hidden folder.
    expect(alone.outcomes).toHaveLength(2401);
    expect(alone.outcomes.some((o) => o.path.includes('_index') || o.path.includes('.drafts'))).toBe(false);
    const problems = alone.outcomes.flatMap((o) => o.problems).map((p) => `${p.line}: ${p.message}`);
    for (const said of ['MB are not read', 'invalid YAML front matter', 'not valid UTF-8', 'TBA'])
      expect(problems.some((p) => p.includes(said)), said).toBe(true);
    const events = alone.outcomes.flatMap((o) => (o.event ? [o.event] : []));
    expect(events.find((e) => e.title === 'Talk 600')?.speakers[0]?.name).toBe('Ada Lovelace');
    expect(events.find((e) => e.title === 'Talk 300')?.abstract).not.toContain('{{');
    expect(events.find((e) => e.path.endsWith('b0003/index.md'))).toBeDefined();
  });

  it('gives the same answer when this thread takes everything before the reading thread starts', async () => {
    const small = roots.map((r) => ({ ...r, abs: `${r.abs}/2021` }));
    const both = await read(fs, small, ctx, { threadFrom: 1 });
    expect(byPath(both)).toEqual(byPath(await read(fs, small, ctx, { threadFrom: Infinity })));
  });
});

describe('announce list on a site large enough for the reading thread', () => {
  it('lists the same talks, in the same order, as reading in one thread', async () => {
    const files: Record<string, string> = {};
    const n = THREAD_FROM_UNITS + 500;
    for (let i = 0; i < n; i++)
      files[`content/event/t${String(i).padStart(5, '0')}/index.md`] = talkPage({
        title: `Talk ${i}`,
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}T${String(9 + (i % 8)).padStart(2, '0')}:00:00Z`,
        speaker: `[Speaker ${i}](https://example.org/s${i}) (University ${i % 7})`,
      });
    files['content/event/t00007/index.md'] = '---\ntitle: "never closed\ndate: 2025-01-01\n---\n';
    const site = makeSite(files);
    sites.push(site);
    const r = await runCli(['list', '--json', '--site', site.dir, '--now', '2025-01-01T00:00:00Z'], { timeoutMs: 60_000 });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('content/event/t00007/index.md:4:1: error: invalid YAML');
    const listed = JSON.parse(r.stdout) as Array<{ id: string; start: string; title: string; speakers: unknown[] }>;
    const alone = await readSite(await readHugoConfig(site.dir), { sections: ['event'], readThreadFrom: Infinity });
    expect(listed).toHaveLength(n - 1);
    expect(listed.map((e) => [e.id, e.start, e.title, e.speakers])).toEqual(alone.events.map((e) => [e.id, e.start.toISOString(), e.title, e.speakers]));
  }, 90_000);
});
