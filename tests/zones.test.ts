/**
 * Time zones when neither Hugo nor the configuration names one: each time keeps the offset it was
 * written with, the digest clock follows the offset most pages write, and `check` says once that no
 * zone is set, suggesting one only from the site's own evidence.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from './support/site.js';
import { runCli } from './support/cli.js';
import { readConfig } from '../src/config/read-config.js';
import { loadContext } from '../src/context.js';

const page = (date: string, address: string) =>
  `---\ntitle: "Talk on ${date}"\ndate: '${date}'\npublishDate: 2025-01-01T00:00:00Z\nlocation: "B080.09.012"\naddress:\n${address}\nsummary: Talk by Ada Lovelace (Engines)\n---\n`;
const NO_ZONE = 'baseURL = "https://seminars.example.edu.au/"\ntitle = "Seminar"\n';

describe('a site that names no zone, writing offsets (a Melbourne seminar)', () => {
  const melbourne = '  city: Melbourne\n  country: Australia';
  const s = makeSite(
    {
      'content/event/march/index.md': page('2025-03-07T15:30:00+11:00', melbourne),
      'content/event/may/index.md': page('2025-05-09T15:30:00+10:00', melbourne),
      'content/event/may2/index.md': page('2025-05-16T15:30:00+10:00', melbourne),
    },
    NO_ZONE,
  );
  afterAll(() => s.cleanup());

  it('gives each event the offset it was written in, and the display zone of most pages', async () => {
    const ctx = await loadContext({ site: s.dir });
    expect(ctx.events.map((e) => e.timezone)).toEqual(['UTC+11', 'UTC+10', 'UTC+10']);
    expect(ctx.config).toMatchObject({ timezone: 'UTC+10', timezoneFrom: 'pages' });
  });

  it('list shows 15:30 in each page’s offset, not 04:30 UTC', async () => {
    const r = await runCli(['list', '--site', s.dir, '--now', '2025-01-01T00:00:00Z']);
    expect(r.stdout).toMatch(/Fri 7 Mar 2025 15:30 UTC\+11/);
    expect(r.stdout).toMatch(/Fri 9 May 2025 15:30 UTC\+10/);
  });

  it('check warns once that no zone is set, with the offset seen and the line to add, naming Melbourne as likely', async () => {
    const r = await runCli(['check', '--site', s.dir, '--now', '2025-01-01T00:00:00Z']);
    const lines = r.stdout.split('\n').filter((l) => l.includes('no time zone is set'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/2 of the 3 talks with a time use UTC\+10/);
    expect(lines[0]).toMatch(/it is likely Australia\/Melbourne \(the site names Melbourne .*\): add timeZone = "Australia\/Melbourne" to hugo\.toml/);
  });

  it('says nothing of zones once Hugo names one', async () => {
    s.write('hugo.toml', NO_ZONE + 'timeZone = "Australia/Melbourne"\n');
    const r = await runCli(['check', '--site', s.dir, '--now', '2025-01-01T00:00:00Z']);
    expect(r.stdout).not.toMatch(/time zone/);
    const { config } = await readConfig(s.dir, {});
    expect(config).toMatchObject({ timezone: 'Australia/Melbourne', timezoneFrom: 'hugo' });
    s.write('hugo.toml', NO_ZONE);
  });
});

describe('the zone hint names a zone only from the site’s evidence', () => {
  it('a Singapore seminar writing 14:00Z all term is not told Europe/London; Singapore is named from its addresses', async () => {
    const sg = '  city: Singapore\n  country: Singapore';
    const files = Object.fromEntries(
      ['2024-01-11', '2024-02-15', '2024-03-21', '2024-04-18', '2024-06-13', '2024-09-12', '2024-10-17', '2024-11-14'].map((d) => [`content/event/${d}/index.md`, page(`${d}T14:00:00Z`, sg)]),
    );
    const s = makeSite(files, 'baseURL = "https://seminars.example.sg/"\ntitle = "Seminar"\n');
    try {
      const r = await runCli(['check', '--site', s.dir, '--now', '2024-01-01T00:00:00Z']);
      expect(r.stdout).not.toMatch(/Europe\/London/);
      expect(r.stdout).toMatch(/no time zone is set .*times are shown in UTC, as Hugo reads them.*it is likely Asia\/Singapore \(the site names Singapore\)/);
    } finally {
      s.cleanup();
    }
  });

  it('a UK seminar writing 13:00Z all year with London addresses gets the Z-as-local advice for Europe/London', async () => {
    const files = Object.fromEntries(
      ['2024-01-11', '2024-02-15', '2024-03-14', '2024-05-16', '2024-06-13', '2024-10-10', '2024-11-14'].map((d) => [`content/event/${d}/index.md`, page(`${d}T13:00:00Z`, '  city: London\n  country: United Kingdom')]),
    );
    const s = makeSite(files, 'baseURL = "https://seminars.example.ac.uk/"\ntitle = "Seminar"\n');
    try {
      const r = await runCli(['check', '--site', s.dir, '--now', '2024-01-01T00:00:00Z']);
      expect(r.stdout).toMatch(/7 of 7 talks start at 13:00Z whether or not daylight saving time is in effect in Europe\/London, likely the site's zone/);
    } finally {
      s.cleanup();
    }
  });

  it('with no place named and offsets many zones share, it only says that no zone is set', async () => {
    const s = makeSite({ 'content/event/a/index.md': page('2025-05-09T15:30:00+02:00', '  city: Somewhere') }, NO_ZONE);
    try {
      const r = await runCli(['check', '--site', s.dir, '--now', '2025-01-01T00:00:00Z']);
      expect(r.stdout).toMatch(/no time zone is set .*: add timeZone = "<Area\/City>" to hugo\.toml with your zone's IANA name \(the site does not say where it is\)/);
    } finally {
      s.cleanup();
    }
  });
});
