/**
 * A newcomer's first minutes: clone the repository (its committed HEAD) into a temporary folder, run the
 * README's quick-start command there with no secrets, and find the outbox files the README promises.
 * The command is read from the README itself (the first ```sh block under "Quick start"), so the test
 * follows the README rather than a copy of it. Slow: `npm ci` in the clone (from npm's cache).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 8 * 60_000;

/** The first ```sh (or bash/shell) block after a "Quick start" heading, without comments. */
export function quickStartCommand(readme: string): string {
  const heading = /^#{1,6}\s+quick[ -]?start\b.*$/im.exec(readme);
  if (!heading) throw new Error('README.md has no "Quick start" heading');
  const after = readme.slice(heading.index + heading[0].length);
  const block = /^```(?:sh|bash|shell|console)\s*\n([\s\S]*?)^```/m.exec(after);
  if (!block) throw new Error('README.md has no ```sh block under "Quick start"');
  const lines = block[1]!
    .split('\n')
    .map((l) => l.replace(/^\$\s+/, '').trimEnd())
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (lines.length === 0) throw new Error('the quick-start block is empty');
  return lines.join('\n');
}

describe('quickStartCommand', () => {
  it('takes the first sh block under the Quick start heading', () => {
    const readme = '# x\n```sh\nnot this\n```\n## Quick start\n\nSome words.\n\n```sh\n# a comment\n$ npm ci && npm run announce -- --now 2024-11-18T08:00:00Z\n```\n\n```sh\nnpm test\n```\n';
    expect(quickStartCommand(readme)).toBe('npm ci && npm run announce -- --now 2024-11-18T08:00:00Z');
    expect(() => quickStartCommand('# nothing here\n')).toThrow(/Quick start/);
  });
});

describe('the README quick start on a fresh clone', () => {
  let clone: string;
  let result: { code: number | null; stdout: string; stderr: string };
  let command: string;

  beforeAll(async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'quickstart-'));
    clone = path.join(base, 'seminar-announcer');
    // What is committed, not the working tree: a newcomer gets the repository, not our edits.
    await promisify(execFile)('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], { timeout: 120_000 });
    command = quickStartCommand(await readFile(path.join(clone, 'README.md'), 'utf8'));
    result = await new Promise((resolve, reject) => {
      const child = spawn('bash', ['-eo', 'pipefail', '-c', command], {
        cwd: clone,
        // No secrets, no inherited npm or CI settings beyond using npm's cache when it can.
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? os.tmpdir(),
          LANG: 'C.UTF-8',
          npm_config_prefer_offline: 'true',
          npm_config_audit: 'false',
          npm_config_fund: 'false',
          npm_config_update_notifier: 'false',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true, // its own process group, so a timeout can stop npm and everything it started
      });
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
        reject(new Error(`the quick start did not finish within ${INSTALL_TIMEOUT_MS / 1000} s\n${stdout}\n${stderr}`));
      }, INSTALL_TIMEOUT_MS);
      child.once('error', reject);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }, INSTALL_TIMEOUT_MS + 180_000);

  afterAll(async () => {
    if (clone) await rm(path.dirname(clone), { recursive: true, force: true });
  });

  it('is an install and a run of the main job', () => {
    expect(command).toMatch(/\bnpm ci\b/);
    expect(command).toMatch(/\bannounce\b/);
  });

  it('succeeds with no secrets', () => {
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  });

  it('writes the emails (.eml and .html) and the Slack messages (.json) to the outbox', async () => {
    const outbox = path.join(clone, '.announce/outbox');
    expect(existsSync(outbox), `${result.stdout}\n${result.stderr}`).toBe(true);
    const files = await readdir(outbox, { recursive: true });
    const eml = files.filter((f) => f.endsWith('.eml'));
    expect(eml.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.json')).length).toBeGreaterThan(0);
    // The README promises the weekly digest at this clock.
    const emails = await Promise.all(eml.map((f) => readFile(path.join(outbox, f), 'utf8')));
    expect(emails.some((e) => /^X-Announce-Kind: digest$/im.test(e))).toBe(true);
  });

  it('records what it "sent" in the ledger, and nothing on a second run', async () => {
    const ledger = JSON.parse(await readFile(path.join(clone, '.announce/state.json'), 'utf8')) as { version: number; deliveries: Record<string, unknown> };
    expect(ledger.version).toBe(1);
    expect(Object.keys(ledger.deliveries).length).toBeGreaterThan(0);
    // Running the same command again sends nothing new: the outbox keeps the same files.
    const before = (await readdir(path.join(clone, '.announce/outbox'), { recursive: true })).sort();
    const again = await promisify(execFile)(process.execPath, ['dist/cli.js', '--now', '2024-11-18T08:00:00Z'], {
      cwd: clone,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir() },
      timeout: 60_000,
    });
    expect(again.stderr).not.toMatch(/error/i);
    expect((await readdir(path.join(clone, '.announce/outbox'), { recursive: true })).sort()).toEqual(before);
  });
});
