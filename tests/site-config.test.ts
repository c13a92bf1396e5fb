/**
 * Mistakes in the site's configuration are configuration errors (exit 2, said once, nothing sent), from
 * `list`, `check` and `run` alike: a misspelt Hugo timeZone, a content folder or a section that is not there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { makeSite, talkPage } from './support/site.js';
import { runCli } from './support/cli.js';

const NOW = '2024-11-18T08:00:00Z';
const talks = {
  'content/event/2024-11-21/index.md': talkPage({ title: 'Music models', date: '2024-11-21T13:00:00' }),
  'content/event/2024-11-28/index.md': talkPage({ title: 'Speech models', date: '2024-11-28T13:00:00' }),
  'content/event/2024-12-05/index.md': talkPage({ title: 'Vision models', date: '2024-12-05T13:00:00' }),
};
const outboxFiles = (dir: string) => {
  try {
    return readdirSync(path.join(dir, '.announce/outbox')).sort();
  } catch {
    return [];
  }
};

describe('a misspelt Hugo timeZone', () => {
  const s = makeSite(talks, 'baseURL = "https://seminars.example.org/"\ntitle = "Seminar"\ntimeZone = "Europe/Lodnon"\n');
  afterAll(() => s.cleanup());

  for (const command of [['list'], ['check'], ['run']]) {
    it(`is one configuration error naming hugo.toml, not an error on every page (${command[0]}, no announce.config)`, async () => {
      const r = await runCli([...command, '--site', s.dir, '--now', NOW]);
      expect(r.code).toBe(2);
      expect(r.stderr.match(/Europe\/Lodnon/g)).toHaveLength(1);
      expect(r.stderr).toMatch(/hugo\.toml: timeZone: "Europe\/Lodnon" is not an IANA time zone/);
      expect(r.stderr + r.stdout).not.toMatch(/index\.md/);
      expect(outboxFiles(s.dir)).toEqual([]);
    });
  }
});

describe('a content folder or a section that does not exist', () => {
  const s = makeSite(talks, 'baseURL = "https://seminars.example.org/"\ntitle = "Seminar"\ntimeZone = "Europe/London"\n');
  afterAll(() => s.cleanup());

  it('stops list, check and run (exit 2, nothing sent) when contentDir is misspelt after talks were announced', async () => {
    const first = await runCli(['--site', s.dir, '--now', NOW]);
    expect(first.code).toBe(0);
    const sent = outboxFiles(s.dir);
    expect(sent.length).toBeGreaterThan(0);
    s.write('hugo.toml', 'baseURL = "https://seminars.example.org/"\ntitle = "Seminar"\ntimeZone = "Europe/London"\ncontentDir = "contnet"\n');
    for (const command of [['list'], ['check'], ['run'], ['plan']]) {
      const r = await runCli([...command, '--site', s.dir, '--now', '2024-11-19T08:00:00Z']);
      expect(r.code, command[0]).toBe(2);
      expect(r.stderr).toMatch(/the content folder contnet\/ does not exist .*: check contentDir in hugo\.toml/);
      expect(r.stdout).not.toMatch(/0 events read/);
    }
    expect(outboxFiles(s.dir)).toEqual(sent);
  });

  it('stops them when a section named in the configuration is not there', async () => {
    s.write('hugo.toml', 'baseURL = "https://seminars.example.org/"\ntitle = "Seminar"\ntimeZone = "Europe/London"\n');
    s.write('announce.config.yaml', 'sections: [talks]\n');
    for (const command of [['list'], ['check'], ['run']]) {
      const r = await runCli([...command, '--site', s.dir, '--now', '2024-11-19T08:00:00Z']);
      expect(r.code, command[0]).toBe(2);
      expect(r.stderr).toMatch(/the section talks named in sections: of the configuration does not exist in content\//);
    }
    s.remove('announce.config.yaml');
  });

  it('stops them when none of the default sections is there', async () => {
    const other = makeSite({ 'content/seminar/a/index.md': talkPage({ title: 'A', date: '2024-11-21T13:00:00' }) });
    try {
      const r = await runCli(['check', '--site', other.dir, '--now', NOW]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/none of the sections event, events, talk exists in content\/: name the folder .* with sections: \[<folder>\]/);
    } finally {
      other.cleanup();
    }
  });
});
