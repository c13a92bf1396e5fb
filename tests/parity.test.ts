/**
 * The parity script (`npm run parity -- DIR`, scripts/parity.mjs) on a small corpus written for the
 * project, laid out as the real one is (one folder per site: content/ and _site_config.*): it must agree
 * with `hugo list all` on every field, print the figures, and fail on a disagreement.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { corpusParity } from '../scripts/parity.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const SCRIPT = path.resolve(here, '../scripts/parity.mjs');

/** Sites modelled on real seminar sites: a YAML group series, an old TOML club, a bilingual lab. */
const corpus: Record<string, Record<string, string>> = {
  'group__nlp-seminars': {
    '_site_config.yaml': 'baseURL: https://nlp.example.ac.uk/\ntitle: NLP group\n',
    'content/event/2024-03-07/index.md':
      '---\ntitle: "Seminar: \\"Words, vectors and the \\\'long tail\\\'\\""\nevent: NLP Seminar\nlocation: Room 0.01\nsummary: Talk by [Ada Byron](https://ada.example.org) (Analytical Engines)\ndate: 2024-03-07T13:00:00Z\ndate_end: 2024-03-07T14:00:00Z\nall_day: false\npublishDate: 2024-02-20T00:00:00Z\nauthors: [organiser]\n---\n\nAbstract text.\n',
    'content/event/2024-04-11/index.md':
      "---\n  title: 'Indented front matter'\n  date: '2024-04-11T13:00:00Z'\n  draft: true\n---\n",
    'content/event/_index.md': '---\ntitle: Events\n---\n',
  },
  'club__coding-club': {
    '_site_config.toml': 'baseURL = "https://club.example.es/"\ntitle = "Club"\ntimeZone = "Europe/Madrid"\n[permalinks]\n  talk = "/sesiones/:year/:slug/"\n',
    'content/talk/sesion-r.md': '+++\ntitle = "Sesión: R y tidyverse"\ndate = 2019-05-10\ntime_start = 2019-05-10T18:00:00\nall_day = true\n+++\nlocation = "Aula 2.1.C"\n',
    'content/talk/quoted-date.md': '+++\ntitle = "Fecha entre comillas"\ndate = "2019-06-14T17:30:00"\npublishdate = "2019-06-01"\n+++\n',
  },
  'lab__bilingual-lab': {
    '_site_config.toml': 'baseURL = "https://lab.example.cl/"\ntitle = "Lab"\ndefaultContentLanguage = "en"\n',
    'content/en/event/talk1/index.md': "---\ntitle: 'Networks of cities'\ndate: '2023-09-01'\nvenue: Campus\n---\n",
    'content/es/event/talk1/index.md': "---\ntitle: 'Redes de ciudades'\ndate: '2023-09-01'\n---\n",
    'content/en/event/talk2/index.md': "---\ntitle: 'Mobility'\ndate: '2023-10-02T15:00:00Z'\n---\n",
  },
};

function writeCorpus(sites: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
  for (const [site, files] of Object.entries(sites))
    for (const [rel, text] of Object.entries(files)) {
      const abs = path.join(dir, site, rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  return dir;
}

describe('npm run parity -- DIR', () => {
  const dir = writeCorpus(corpus);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('agrees with hugo list all on every field of every page of a corpus', async () => {
    const r = await corpusParity(dir);
    expect(r.sites).toEqual(Object.keys(corpus).sort());
    expect(r.mismatches).toEqual([]);
    expect(r.pagesCompared).toBe(7);
    for (const t of Object.values(r.tally)) expect(t).toEqual({ agree: 7, total: 7 });
  }, 120_000);

  it('prints the agreement per field and exits 0 when every page agrees', async () => {
    const { stdout } = await run('node', [SCRIPT, dir]);
    expect(stdout).toContain('Parity with hugo list all over 7 pages in 3 sites:');
    expect(stdout).toMatch(/permalink\s+7\/7 \(100\.0 %\)/);
  }, 120_000);

  it('exits 1 and names the page when Hugo lists a page we do not read', async () => {
    // Hugo reads Org-mode content files; we read Markdown and HTML only.
    const other = writeCorpus({ 'org__site': { '_site_config.toml': 'baseURL = "https://org.example.org/"\n', 'content/event/a.org': '#+TITLE: Org talk\n#+DATE: 2024-05-01\n' } });
    try {
      const err = await run('node', [SCRIPT, other]).then(() => null, (e: { code: number; stdout: string }) => e);
      expect(err?.code).toBe(1);
      expect(err?.stdout).toContain('org__site/content/event/a.org: listed by Hugo, not read by us');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);

  it('exits 2 for a folder that holds no site', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
    try {
      const err = await run('node', [SCRIPT, empty]).then(() => null, (e: { code: number; stderr: string }) => e);
      expect(err?.code).toBe(2);
      expect(err?.stderr).toContain('holds no site');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
