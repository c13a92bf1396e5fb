/**
 * Clones that are not fully installed. One pulled to a version with a new dependency, run before `npm ci`:
 * `npx announce` compiles src/ first and the compiler only says "Cannot find module"; the launcher then names what
 * is missing and the fix. One with no dev dependencies at all (no TypeScript to build dist/): the launcher runs the
 * committed bundle, which needs nothing but Node.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'stale-install-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a clone whose node_modules predates a new dependency', () => {
  it('compiles, fails, and says which dependency is missing and to run npm ci', () => {
    for (const f of ['bin', 'src', 'templates', 'package.json', 'tsconfig.json']) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
    // The install from before the pull: every package but one the sources now import.
    mkdirSync(path.join(dir, 'node_modules'));
    for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (name !== 'unhomoglyph') symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
    }
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'announce.js'), 'list'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/announce: unhomoglyph is not installed \(the dependencies changed since the last install\): run `npm ci` first\./);
  }, 150_000);
});

describe('a clone with no node_modules and no dist/', () => {
  it('runs the committed bundle and lists the sample site', () => {
    // Its own temporary folder: the test above leaves a node_modules in `dir`, where Node would find a TypeScript.
    const bare = mkdtempSync(path.join(os.tmpdir(), 'bare-clone-'));
    onTestFinished(() => rmSync(bare, { recursive: true, force: true }));
    for (const f of ['bin', 'bundle', 'src', 'templates', 'content', 'hugo.toml', 'package.json', 'tsconfig.json']) {
      cpSync(path.join(ROOT, f), path.join(bare, f), { recursive: true });
    }
    expect(existsSync(path.join(bare, 'node_modules'))).toBe(false);
    const r = spawnSync(process.execPath, [path.join(bare, 'bin', 'announce.js'), 'list', '--json'], { cwd: bare, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).not.toMatch(/TypeScript is not installed/);
    expect(r.status).toBe(0);
    const events = JSON.parse(r.stdout) as { id: string; speakers: { name: string }[] }[];
    const seed = events.find((e) => e.id === 'event/2024-11-21');
    expect(seed?.speakers.map((s) => s.name)).toEqual(['Chenghua Lin']);
    expect(existsSync(path.join(bare, 'dist'))).toBe(false);
  }, 90_000);
});
