/**
 * A clone pulled to a version with a new dependency, run before `npm ci`: `npx announce` compiles src/ first and the
 * compiler only says "Cannot find module"; the launcher then names what is missing and the fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

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
