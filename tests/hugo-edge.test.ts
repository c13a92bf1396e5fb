/**
 * Edge cases of reading, each checked against Hugo itself: a site of small synthetic pages, listed by
 * `hugo list all` and by our reader; title, dates, draft and permalink must agree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from './support/site.js';
import { hugoListAll } from './support/hugo.js';
import { readHugoConfig } from '../src/site/hugo-config.js';
import { readSite } from '../src/site/index.js';
import { runCli } from './support/cli.js';

const pages: Record<string, string> = {
  'content/event/bom-crlf/index.md': '\uFEFF---\r\ntitle: "CRLF and a BOM"\r\ndate: 2024-05-02T10:00:00\r\n---\r\nBody\r\n',
  'content/event/json-fm/index.md': '{\n  "title": "JSON front matter",\n  "date": "2024-05-03T10:00:00+02:00",\n  "slug": "Json Slug"\n}\nBody\n',
  'content/event/toml-quoted.md': '+++\ntitle = "TOML with a quoted date"\ndate = "2024-05-04T10:00:00"\npublishdate = "2024-04-01"\nexpirydate = 2030-01-01T00:00:00Z\n+++\n',
  'content/event/toml-local.md': '+++\ntitle = "TOML local datetime"\ndate = 2024-07-04T18:30:00\ndraft = true\n+++\n',
  'content/event/url-fm/index.md': '---\ntitle: With url\ndate: 2024-05-05\nurl: /seminars/special-talk/\n---\n',
  'content/event/Upper Case Dir/index.md': '---\ntitle: "Spaces & Capitals"\ndate: 2024-05-06T09:00:00Z\n---\n',
  'content/event/yes-draft/index.md': '---\ntitle: YAML 1.1 boolean\ndate: 2024-05-07T09:00:00Z\ndraft: yes\n---\n',
  'content/event/indented/index.md': '---\n  title: Indented front matter\n  date: 2024-05-08T09:00:00+09:00\n---\n',
  'content/event/continued/index.md': '---\ntitle: "A title continued\nat column zero"\ndate: 2024-05-09 09:00:00\n---\n',
  'content/event/no-publish/index.md': '---\ntitle: Falls back to date\ndate: 2024-05-10T09:00:00-05:00\n---\n',
  'content/event/pub-only/index.md': '---\ntitle: Only a publishDate\npublishDate: 2024-05-11T09:00:00Z\nevent_start: 2024-06-11T09:00:00Z\n---\n',
  'content/event/unicode/index.md': '---\ntitle: "Séminaire : l’été à Zürich — 東京"\ndate: 2024-05-12T09:00:00Z\nslug: "été Zürich 東京"\n---\n',
  'content/talk/nested/deeper/index.md': '---\ntitle: Nested talk\ndate: 2024-05-13T09:00:00Z\n---\n',
  'content/talk/single.md': '---\ntitle: "Single file, slug"\ndate: 2024-05-14T09:00:00Z\nslug: my-slug\n---\n',
  'content/talk/_index.md': '---\ntitle: Talks\n---\n',
  'content/events/expired.md': "---\ntitle: 'Expired'\ndate: 2024-05-15T09:00:00Z\nexpiryDate: 2024-05-16T00:00:00Z\n---\n",
  'content/event/lang-bundle/index.en.md': '---\ntitle: Default language suffix on a bundle\ndate: 2024-05-16T09:00:00Z\n---\n',
  'content/event/other-bundle/index.de.md': '---\ntitle: Other language suffix on a bundle\ndate: 2024-05-17T09:00:00Z\n---\n',
  'content/event/single.en.md': '---\ntitle: Default language suffix on a file\ndate: 2024-05-18T09:00:00Z\n---\n',
  'content/event/single.fr.md': '---\ntitle: Unknown language suffix on a file\ndate: 2024-05-19T09:00:00Z\n---\n',
  'content/event/quotes/index.md': '---\ntitle: "It\\\'s Ada\\\'s \\"talk\\" on \\\'quotes\\\'"\nsummary: "Talk by Bo\\\'s friend"\ndate: 2024-05-20T09:00:00Z\n---\n',
  'content/events/pattern-me/index.md': '---\ntitle: "Pattern: The Title!"\ndate: 2023-12-31T23:30:00-02:00\n---\n',
};

const hugoToml = [
  'baseURL = "https://example.org/lab/"',
  'title = "Edge"',
  'timeZone = "America/New_York"',
  'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
  '[permalinks]',
  '  events = "/happenings/:year/:month/:slug/"',
  '  talk = "/t/:filename/"',
  '',
].join('\n');

describe('edge cases against hugo list all', () => {
  const s = makeSite(pages, hugoToml);
  afterAll(() => s.cleanup());

  it('gives ids without extension, /index or the default language', async () => {
    const ours = await readSite(await readHugoConfig(s.dir), { sections: ['event', 'events', 'talk'] });
    const ids = ours.events.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['event/lang-bundle', 'event/other-bundle', 'event/single', 'event/single.fr', 'talk/nested/deeper']));
  });

  it('agrees with Hugo on every page', async () => {
    const hugo = await hugoListAll(s.dir);
    const ours = await readSite(await readHugoConfig(s.dir), { sections: ['event', 'events', 'talk'] });
    const byPath = new Map(ours.events.map((e) => [e.path, e]));
    const listed = hugo.filter((h) => !h.path.endsWith('_index.md'));
    expect(listed.length).toBe(Object.keys(pages).length - 1);
    expect(ours.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const sec = (d: Date | null) => (d ? new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString() : null);
    for (const h of listed) {
      const e = byPath.get(h.path);
      expect(e, h.path).toBeDefined();
      expect({ path: h.path, title: e!.title, date: sec(e!.date), publishDate: sec(e!.publishDate ?? e!.date), expiryDate: sec(e!.expiryDate), draft: e!.draft, permalink: e!.permalink }).toEqual({
        path: h.path,
        title: h.title.replace(/\s+/g, ' ').trim(),
        date: sec(h.date),
        publishDate: sec(h.publishDate),
        expiryDate: sec(h.expiryDate),
        draft: h.draft,
        permalink: h.permalink,
      });
    }
  });
});

/** Every version we read: the events and the translations each carries. */
const allVersions = (events: Array<{ path: string; translations?: unknown[] }>) => events.flatMap((e) => [e, ...((e.translations ?? []) as typeof events)]);

describe('a bilingual site against hugo list all', () => {
  // Modelled on lab sites with English and German pages side by side in one content folder.
  const bilingual: Record<string, string> = {
    'content/event/graphs/index.en.md': '---\ntitle: Graph talk\ndate: 2025-05-09T15:30:00\nlocation: Room 1\n---\n',
    'content/event/graphs/index.de.md': '---\ntitle: Graphenvortrag\ndate: 2025-05-09T15:30:00\nlocation: Raum 1\n---\n',
    'content/event/no-suffix/index.md': '---\ntitle: No suffix\ndate: 2025-05-10T15:30:00\n---\n',
    'content/event/no-suffix/index.de.md': '---\ntitle: Ohne Suffix\ndate: 2025-05-10T15:30:00\n---\n',
    'content/event/nur-deutsch/index.de.md': '---\ntitle: Nur Deutsch\ndate: 2025-05-11T15:30:00\n---\n',
    'content/event/single.en.md': '---\ntitle: Single file\ndate: 2025-05-12T15:30:00\n---\n',
    'content/event/single.de.md': '---\ntitle: Einzeldatei\ndate: 2025-05-12T15:30:00\n---\n',
    'content/event/keyed/index.en.md': '---\ntitle: Keyed\ntranslationKey: keyed-talk\ndate: 2025-05-13T15:30:00\n---\n',
    'content/event/verschluesselt/index.de.md': '---\ntitle: Verschlüsselt\ntranslationKey: keyed-talk\ndate: 2025-05-13T15:30:00\n---\n',
    'content/event/french/index.fr.md': '---\ntitle: French, not a language of the site\ndate: 2025-05-14T15:30:00\n---\n',
  };
  const toml = [
    'baseURL = "https://lab.example.de/"',
    'title = "Lab"',
    'defaultContentLanguage = "en"',
    'timeZone = "Europe/Berlin"',
    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
    '[languages.en]',
    '  weight = 2',
    '[languages.de]',
    '  weight = 1',
    '',
  ].join('\n');
  const s = makeSite(bilingual, toml);
  afterAll(() => s.cleanup());

  it('Hugo lists both languages; we list one talk per group, in the default language when it has one', async () => {
    const hugo = await hugoListAll(s.dir);
    expect(hugo).toHaveLength(Object.keys(bilingual).length);
    const ours = await readSite(await readHugoConfig(s.dir), { sections: ['event'] });
    expect(ours.events.map((e) => [e.id, e.lang, e.permalink])).toEqual([
      ['event/graphs', 'en', 'https://lab.example.de/event/graphs/'],
      ['event/no-suffix', 'en', 'https://lab.example.de/event/no-suffix/'],
      ['event/nur-deutsch.de', 'de', 'https://lab.example.de/de/event/nur-deutsch/'],
      ['event/single', 'en', 'https://lab.example.de/event/single/'],
      ['event/keyed', 'en', 'https://lab.example.de/event/keyed/'],
      ['event/french', 'en', 'https://lab.example.de/event/french/'],
    ]);
    expect(ours.events[0]!.translations?.map((t) => t.id)).toEqual(['event/graphs.de']);
    // Every version, announced or not, is the page Hugo lists.
    const byPath = new Map(allVersions(ours.events).map((e) => [e.path, e as (typeof ours.events)[number]]));
    expect([...byPath.keys()].sort()).toEqual(hugo.map((h) => h.path).sort());
    for (const h of hugo) expect({ path: h.path, title: byPath.get(h.path)!.title, permalink: byPath.get(h.path)!.permalink, date: byPath.get(h.path)!.date.toISOString() }).toEqual({ path: h.path, title: h.title, permalink: h.permalink, date: h.date!.toISOString() });
  });

  it('announces the German versions when the configuration says language: de; check prints each line once', async () => {
    s.write('announce.config.yaml', 'language: de\n');
    const list = await runCli(['list', '--json', '--site', s.dir, '--now', '2025-05-01T00:00:00Z']);
    expect(list.code).toBe(0);
    const events = JSON.parse(list.stdout) as Array<{ id: string; permalink: string; title: string }>;
    expect(events.map((e) => e.id)).toEqual(['event/graphs.de', 'event/no-suffix.de', 'event/nur-deutsch.de', 'event/single.de', 'event/verschluesselt.de', 'event/french']);
    expect(events[0]).toMatchObject({ title: 'Graphenvortrag', permalink: 'https://lab.example.de/de/event/graphs/' });
    // The versions not announced are named with the one that is.
    expect((events[0] as unknown as { translations: unknown[] }).translations).toEqual([
      { id: 'event/graphs', lang: 'en', path: 'content/event/graphs/index.en.md', title: expect.any(String), permalink: 'https://lab.example.de/event/graphs/' },
    ]);
    expect((events.find((e) => e.id === 'event/nur-deutsch.de') as unknown as { translations: unknown[] }).translations).toEqual([]);
    const check = await runCli(['check', '--site', s.dir, '--now', '2025-05-01T00:00:00Z']);
    const lines = check.stdout.split('\n').filter((l) => l.includes('warning'));
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines).size).toBe(lines.length);
    expect(check.stdout).not.toMatch(/graphs\/index\.en\.md/);
    s.write('announce.config.yaml', 'language: fr\n');
    const bad = await runCli(['list', '--site', s.dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/language: "fr" is not a language of the site \(de, en\)/);
    s.remove('announce.config.yaml');
  });

  it('with a content folder per language, a talk only in the second language is announced in it', async () => {
    const perLang = makeSite(
      {
        'content/es/event/talk1/index.md': "---\ntitle: 'Redes de ciudades'\ndate: '2023-09-01T15:00:00Z'\n---\n",
        'content/en/event/talk1/index.md': "---\ntitle: 'Networks of cities'\ndate: '2023-09-01T15:00:00Z'\n---\n",
        'content/es/event/talk2/index.md': "---\ntitle: 'Solo en español'\ndate: '2023-10-02T15:00:00Z'\n---\n",
      },
      'baseURL = "https://lab.example.cl/"\ntitle = "Lab"\ndefaultContentLanguage = "en"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[languages.en]\n  contentDir = "content/en"\n  weight = 1\n[languages.es]\n  contentDir = "content/es"\n  weight = 2\n',
    );
    try {
      const hugo = await hugoListAll(perLang.dir);
      const ours = await readSite(await readHugoConfig(perLang.dir), { sections: ['event'] });
      expect(ours.events.map((e) => [e.id, e.title, e.permalink])).toEqual([
        ['event/talk1', 'Networks of cities', 'https://lab.example.cl/event/talk1/'],
        ['event/talk2.es', 'Solo en español', 'https://lab.example.cl/es/event/talk2/'],
      ]);
      expect(allVersions(ours.events).map((e) => e.path).sort()).toEqual(hugo.map((h) => h.path).sort());
      for (const e of allVersions(ours.events) as typeof ours.events) expect(e.permalink).toBe(hugo.find((h) => h.path === e.path)!.permalink);
    } finally {
      perLang.cleanup();
    }
  });
});
