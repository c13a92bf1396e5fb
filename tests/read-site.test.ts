import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSite, talkPage } from './support/site.js';
import { runCli } from './support/cli.js';
import { parsePage, type PageLocation } from '../src/content/page.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(here, '..');
/** The page the project was started from, kept byte for byte in the sample site. */
const SEED = readFileSync(path.join(REPO, 'content/event/2024-11-21/index.md'), 'utf8');

const loc = (p = 'content/event/x/index.md'): PageLocation => ({
  path: p,
  contentPath: p.replace(/^content\//, '').replace(/\.md$/, ''),
  bundle: p.endsWith('/index.md'),
  section: p.split('/')[1]!,
  lang: null,
  langPrefix: null,
  translation: false,
});
const site = { baseURL: 'https://seminars.example.org/', zone: 'Europe/London', permalinks: {} };

describe('the seed page, read from the sample site', () => {
  it('gives the title, times, location, permalink and speaker of SPEC.md', async () => {
    const r = await runCli(['list', '--json', '--site', REPO, '--now', '2024-11-14T09:00:00Z']);
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const seed = events.find((e) => e.id === 'event/2024-11-21')!;
    expect(seed).toMatchObject({
      path: 'content/event/2024-11-21/index.md',
      title: `Seminar: "The 'BERT moment' for Music - MERT: Large-Scale Self-supervised Training for Acoustic Music Understanding "`,
      start: '2024-11-21T13:00:00.000Z',
      end: '2024-11-21T14:00:00.000Z',
      publishDate: '2024-11-08T00:00:00.000Z',
      expiryDate: null,
      location: 'Abacws',
      permalink: 'https://seminars.example.org/event/2024-11-21/',
      published: true,
      draft: false,
      cancelled: false,
      allDay: false,
      timezone: 'Europe/London',
      speakers: [{ name: 'Chenghua Lin', affiliation: 'University of Manchester', url: 'https://chenghua-lin.github.io/' }],
    });
    expect(String(seed.abstract)).toContain('MARBLE');
  });

  it('reads the bio paragraph and keeps control characters out', () => {
    const r = parsePage(SEED, loc('content/event/2024-11-21/index.md'), site);
    expect(r.event?.bio).toMatch(/^Chenghua Lin is Professor of Natural Language Processing/);
    const latex = parsePage('---\ntitle: "On \\emph{words}"\ndate: 2024-11-21T13:00:00Z\n---\n', loc(), site);
    expect(latex.event?.title).toBe('On mph{words}');
    expect(latex.event?.title).not.toMatch(/[\u0000-\u001f]/);
  });

  it('reads both schemas, TOML, all-day and two speakers from the sample site', async () => {
    const r = await runCli(['list', '--json', '--site', REPO, '--now', '2024-11-18T08:00:00Z']);
    const byId = new Map((JSON.parse(r.stdout) as Array<Record<string, any>>).map((e) => [e.id, e]));
    expect(byId.get('event/2024-11-26-retrieval')).toMatchObject({ start: '2024-11-26T16:00:00.000Z', end: '2024-11-26T17:00:00.000Z', date: '2024-11-12T09:00:00.000Z', eventName: 'NLP Seminar Series' });
    expect(byId.get('event/2024-11-26-retrieval')!.bio).toMatch(/^Priya Raman is a lecturer/);
    expect(byId.get('event/2024-11-20-hackathon')).toMatchObject({ allDay: true, start: '2024-11-20T00:00:00.000Z', permalink: 'https://seminars.example.org/event/2024-11-20-hackathon/' });
    expect(byId.get('event/2024-11-19-multilingual-llms')!.speakers.map((s: { name: string }) => s.name)).toEqual(['Ana Ferreira', 'Kenji Sato']);
    expect(byId.get('event/2024-11-19-multilingual-llms')!.address).toBe('Senghennydd Road, Cardiff, CF24 4AG, United Kingdom');
    expect(byId.get('event/2024-11-22-late-addition')).toMatchObject({ published: false, publishState: 'future' });
  });
});

describe('times as Hugo reads them', () => {
  const page = (date: string) => parsePage(`---\ntitle: t\ndate: ${date}\n---\n`, loc(), site).event!.start.toISOString();
  it('keeps an explicit offset and reads zone-less times in the site zone', () => {
    expect(page('2024-06-13T13:00:00Z')).toBe('2024-06-13T13:00:00.000Z');
    expect(page('2024-06-13T13:00:00+02:00')).toBe('2024-06-13T11:00:00.000Z');
    expect(page('"2024-06-13T13:00:00"')).toBe('2024-06-13T12:00:00.000Z'); // BST
    expect(page('2024-12-13T13:00:00')).toBe('2024-12-13T13:00:00.000Z'); // GMT
    expect(page('2024-06-13')).toBe('2024-06-12T23:00:00.000Z');
    expect(page('2024-06-13 13:00:00 +0200')).toBe('2024-06-13T11:00:00.000Z');
  });
});

describe('bad pages are named with their line and skipped; every other page is still listed', () => {
  const good = talkPage({ title: 'A good talk', date: '2024-11-21T13:00:00Z' });
  const bomb = ['---', 'title: bomb', 'date: 2024-11-21T13:00:00Z', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
  bomb.push('---', '');
  const cases: Record<string, { text: string | Buffer; expect: RegExp }> = {
    'bad-yaml': { text: '---\ntitle: "unclosed\ndate: 2024-11-21T13:00:00Z\nlocation: [a\n---\n', expect: /bad-yaml\/index\.md:\d+:\d+: error: invalid YAML front matter/ },
    'bad-toml': { text: '+++\ntitle = "t"\ndate = \n+++\n', expect: /bad-toml\/index\.md:3:\d+: error: invalid TOML front matter/ },
    'never-closed': { text: '---\ntitle: t\ndate: 2024-11-21T13:00:00Z\n', expect: /never-closed\/index\.md:1:1: error: .*never closed/ },
    empty: { text: '', expect: /empty\/index\.md:1:1: error: the page is empty/ },
    binary: { text: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff, 0xfe]), expect: /binary\/index\.md:2:1: error: .*binary/ },
    'alias-bomb': { text: bomb.join('\n'), expect: /alias-bomb\/index\.md:\d+:\d+: error: .*alias bomb/ },
    'huge-field': { text: `---\ntitle: t\ndate: 2024-11-21T13:00:00Z\nabstract: "${'x'.repeat(3 * 1024 * 1024)}"\n---\n`, expect: /huge-field\/index\.md:2:1: error: the front matter is 3\.0 MB/ },
    'wrong-type': { text: '---\ntitle: [a, b]\ndate: 2024-11-21T13:00:00Z\n---\n', expect: /wrong-type\/index\.md:2:1: error: title: expected text, found a list/ },
    'impossible-date': { text: '---\ntitle: t\ndate: 2024-02-30T13:00:00Z\n---\n', expect: /impossible-date\/index\.md:3:1: error: date: "2024-02-30T13:00:00Z" is not a real date/ },
  };
  const files: Record<string, string | Buffer> = { 'content/event/good/index.md': good };
  for (const [name, c] of Object.entries(cases)) files[`content/event/${name}/index.md`] = c.text;
  const s = makeSite(files);
  afterAll(() => s.cleanup());

  it('lists the good page, names each bad one, and prints no stack trace', async () => {
    const started = process.hrtime.bigint();
    const r = await runCli(['list', '--json', '--site', s.dir, '--now', '2024-11-14T09:00:00Z']);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(r.code).toBe(0);
    const events = JSON.parse(r.stdout) as Array<{ id: string }>;
    expect(events.map((e) => e.id)).toEqual(['event/good']);
    for (const [name, c] of Object.entries(cases)) expect(r.stderr, name).toMatch(c.expect);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(ms).toBeLessThan(30_000); // the bomb is refused, not expanded
  });

  it('check exits 3 and reports every problem; list stays usable', async () => {
    const r = await runCli(['check', '--site', s.dir, '--now', '2024-11-14T09:00:00Z']);
    expect(r.code).toBe(3);
    for (const [name, c] of Object.entries(cases)) expect(r.stdout, name).toMatch(c.expect);
    const gh = await runCli(['check', '--site', s.dir, '--now', '2024-11-14T09:00:00Z'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(gh.stdout).toMatch(/^::error file=content\/event\/wrong-type\/index\.md,line=2,col=1::title: expected text/m);
  });
});

describe('check warns about placeholders, missing speaker or location, and an end before the start', () => {
  const s = makeSite({
    'content/event/tba/index.md': talkPage({ title: 'TBA', date: '2024-11-21T13:00:00Z' }),
    'content/event/nospeaker/index.md': '---\ntitle: A talk\ndate: 2024-11-22T13:00:00Z\n---\n',
    'content/event/backwards/index.md': talkPage({ title: 'Backwards', date: '2024-11-23T13:00:00Z', end: '2024-11-23T12:00:00Z' }),
    'content/event/old-tba/index.md': talkPage({ title: 'TBA', date: '2020-11-21T13:00:00Z' }),
  });
  afterAll(() => s.cleanup());
  it('exits 0 with warnings for upcoming talks only', async () => {
    const r = await runCli(['check', '--site', s.dir, '--now', '2024-11-14T09:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tba\/index\.md:2:1: warning: the title "TBA" looks like a placeholder/);
    expect(r.stdout).toMatch(/nospeaker\/index\.md:\d+:1: warning: no speaker found/);
    expect(r.stdout).toMatch(/nospeaker\/index\.md:\d+:1: warning: no location/);
    expect(r.stdout).toMatch(/backwards\/index\.md:4:1: warning: the end .* is before the start/);
    expect(r.stdout).not.toMatch(/old-tba/);
  });
});

describe('configuration errors name the file and the key, exit 2', () => {
  const s = makeSite({
    'content/event/a/index.md': talkPage({ title: 'A', date: '2024-11-21T13:00:00Z' }),
    'announce.config.yaml': 'timezone: Mars/Olympus\ndigest:\n  weekday: someday\n  colour: blue\nreminders:\n  slack: "60"\n',
  });
  afterAll(() => s.cleanup());
  it('lists every problem at once', async () => {
    const r = await runCli(['list', '--site', s.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/announce\.config\.yaml: digest\.weekday: /);
    expect(r.stderr).toMatch(/announce\.config\.yaml: unknown key "colour" in digest/);
    expect(r.stderr).toMatch(/announce\.config\.yaml: reminders\.slack: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('names an unknown time zone', async () => {
    s.write('announce.config.yaml', 'timezone: Mars/Olympus\n');
    const r = await runCli(['list', '--site', s.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/timezone: "Mars\/Olympus" is not an IANA time zone/);
  });
  it('says when the folder is not a Hugo site', async () => {
    const r = await runCli(['list', '--site', path.join(s.dir, 'content')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a Hugo site/);
  });
});

describe('the list for people', () => {
  const s = makeSite({
    'content/event/allday/index.md': '---\ntitle: Workshop day\ndate: 2024-07-05\nall_day: true\npublishDate: 2024-01-01T00:00:00Z\n---\n',
    'content/event/evening/index.md': talkPage({ title: 'Evening talk', date: '2024-07-05T18:00:00+01:00' }),
    'announce.config.yaml': 'timezone: America/New_York\n',
  });
  afterAll(() => s.cleanup());
  it('shows times in the display zone, and an all-day talk on its own calendar day', async () => {
    const r = await runCli(['list', '--site', s.dir, '--now', '2024-06-01T00:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/event\/allday\s+Fri 5 Jul 2024 \(all day\)/);
    expect(r.stdout).toMatch(/event\/evening\s+Fri 5 Jul 2024 13:00 EDT/); // English as written in New York: its own zone name, not an offset
  });
});

describe('usage errors', () => {
  it('exit 2 on every command, like bad configuration', async () => {
    for (const args of [['list', '--bogus'], ['plan', '--channel', 'fax'], ['run', '--now', 'notadate'], ['--bogus']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });
});

describe('options before or after the subcommand', () => {
  const s = makeSite({ 'content/event/a/index.md': talkPage({ title: 'Talk A', date: '2024-11-21T13:00:00Z' }) });
  afterAll(() => s.cleanup());
  it('are read in either place: `announce --dry-run digest` sends and records nothing', async () => {
    const before = await runCli(['--site', s.dir, '--dry-run', 'digest', '--now', '2024-11-18T09:00:00Z']);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toMatch(/Dry run/);
    expect(existsSync(path.join(s.dir, '.announce'))).toBe(false);
    const json = await runCli(['--json', '--site', s.dir, 'list', '--now', '2024-11-18T09:00:00Z']);
    expect(JSON.parse(json.stdout).map((e: { id: string }) => e.id)).toEqual(['event/a']);
  });
});

describe("`\\'` inside double quotes, as Hugo accepts it", () => {
  it('is read in every value that has it, and other escapes stay escapes', async () => {
    const { parseYaml } = await import('../src/content/yaml.js');
    expect(parseYaml(`a: "It\\'s \\"x\\" and \\'y\\'"\nb: "Bo\\'s\\tz"\nc: 'back\\slash'\n`)).toEqual({
      a: `It's "x" and 'y'`,
      b: "Bo's\tz",
      c: 'back\\slash',
    });
  });
  it('reads a front matter with hundreds of such values, as Hugo does (in one pass: see hostile-pages.test.ts)', async () => {
    const { parseYaml } = await import('../src/content/yaml.js');
    const text = Array.from({ length: 300 }, (_, i) => `k${i}: "v\\'${i}"`).join('\n');
    const data = parseYaml(text) as Record<string, string>;
    expect(Object.keys(data)).toHaveLength(300);
    expect(data.k299).toBe("v'299");
  });
});
