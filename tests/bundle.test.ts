/**
 * The committed bundle is what the action runs (action.yml `runs.main`), so it must be what the sources build:
 * rebuild it into a temporary folder and compare it, file by file, with bundle/ (GitHub's "check dist" convention;
 * CI's check-dist job does the same with `git diff`).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIX = 'Run `npm run bundle` and commit bundle/ (the action runs the committed bundle, not the sources).';
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function build(): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'bundle-check-'));
  temps.push(out);
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--out', out], { cwd: ROOT, timeout: 120_000 });
  return out;
}

const files = (dir: string) => readdirSync(dir).sort();

describe('bundle/ (what the action runs)', () => {
  it('is exactly what `npm run bundle` builds from the sources', async () => {
    const built = await build();
    const committed = path.join(ROOT, 'bundle');
    const want = files(built);
    const have = files(committed);
    const missing = want.filter((f) => !have.includes(f));
    const extra = have.filter((f) => !want.includes(f));
    const changed = want.filter((f) => have.includes(f) && !readFileSync(path.join(built, f)).equals(readFileSync(path.join(committed, f))));
    const problems = [
      ...missing.map((f) => `missing: bundle/${f}`),
      ...extra.map((f) => `not built from the sources: bundle/${f}`),
      ...changed.map((f) => `differs: bundle/${f}`),
    ];
    expect(problems, `bundle/ is out of date with the sources. ${FIX}\n${problems.join('\n')}`).toEqual([]);
  }, 180_000);

  it('holds the entries action.yml names, and no source maps', () => {
    const action = yaml.load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'), { schema: yaml.JSON_SCHEMA }) as { runs: { main: string; post: string } };
    const have = files(path.join(ROOT, 'bundle'));
    for (const entry of [action.runs.main, action.runs.post, 'bundle/announce.mjs']) expect(have).toContain(path.basename(entry));
    expect(have.filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});
