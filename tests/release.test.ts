/**
 * What a release needs, checked before anyone tags: the release notes script (run by release.yml on a vX.Y.Z
 * tag) on a changelog it can and cannot release, and the package that `npm pack` would publish.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notesForTag, releaseNotes } from '../scripts/release-notes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
type Notes = { notes?: string; error?: string };
const notes = releaseNotes as (changelog: string, version: string) => Notes;
const forTag = notesForTag as (tag: string, o: { changelog: string; packageVersion: string }) => Notes;

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '- Something not yet released.',
  '',
  '## [1.2.0] - 2027-01-05',
  '',
  '### Added',
  '',
  '- A feature.',
  '',
  '## [1.1.0]',
  '',
  '- An undated one.',
  '',
  '## [1.0.0] - 2026-12-01',
  '',
  '## [0.9.0] - 2026-11-01',
  '',
  '- The last one.',
  '',
  '[1.2.0]: https://example.org/compare/v1.1.0...v1.2.0',
  '',
].join('\n');

describe('release notes from CHANGELOG.md', () => {
  it('are the section of the tagged version, without the headings of the others or the link list', () => {
    expect(notes(CHANGELOG, '1.2.0')).toEqual({ notes: '### Added\n\n- A feature.\n' });
    expect(notes(CHANGELOG, '0.9.0')).toEqual({ notes: '- The last one.\n' });
  });
  it('refuse a version with no section, no date, or nothing in it, saying what to write', () => {
    expect(notes(CHANGELOG, '2.0.0').error).toMatch(/no "## \[2\.0\.0\] - YYYY-MM-DD" section/);
    expect(notes(CHANGELOG, '1.1.0').error).toMatch(/needs its date/);
    expect(notes(CHANGELOG, '1.0.0').error).toMatch(/section is empty/);
  });
  it('need a vX.Y.Z tag that matches package.json', () => {
    expect(forTag('v1.2.0', { changelog: CHANGELOG, packageVersion: '1.2.0' }).notes).toBeDefined();
    expect(forTag('v1.2.0', { changelog: CHANGELOG, packageVersion: '1.1.0' }).error).toMatch(/package\.json says 1\.1\.0/);
    expect(forTag('v1', { changelog: CHANGELOG, packageVersion: '1.2.0' }).error).toMatch(/not a release tag/);
  });
  it("work on this repository's CHANGELOG.md for the version in package.json", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = forTag(`v${pkg.version}`, { changelog: readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), packageVersion: pkg.version });
    expect(r.error).toBeUndefined();
    expect(r.notes!.length).toBeGreaterThan(20);
  });
});

describe('the npm package', () => {
  it('has the metadata, builds on prepack (not on install), and ships no source maps without their sources', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | string | string[]>;
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    for (const k of ['repository', 'homepage', 'bugs', 'keywords']) expect(pkg[k], k).toBeTruthy();
    const scripts = pkg.scripts as Record<string, string>;
    expect(scripts.prepare).toBeUndefined(); // `npm ci --omit=dev` must work: nothing compiles on install
    expect(scripts.prepack).toMatch(/tsc -p tsconfig\.json --sourceMap false/);
    // What `npm pack` would put in the tarball, from package.json's `files` (without running prepack).
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, timeout: 60_000 });
    const files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/announce.js', 'LICENSE', 'CHANGELOG.md', 'README.md', 'templates/digest.mjml', 'schema/announce.config.schema.json']));
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('bundle/') || f.startsWith('dist/action/'))).toEqual([]);
  }, 60_000);
});
