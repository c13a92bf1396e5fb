/**
 * A page that cannot be read fails the run visibly: everything else is done and recorded, the page is named
 * (path:line:column, an annotation in GitHub Actions), and the exit code is 3 so the workflow turns red.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const CONFIG = `
digest: { weekday: monday, time: "08:00" }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
`;
let site: TempSite;
beforeEach(async () => {
  site = await makeSite(CONFIG);
  await site.writeTalk('good', { title: 'Good talk', date: '2024-11-21T13:00:00Z' });
  await site.writeTalk('broken', { title: 'Broken talk', date: '2024-11-22T13:00:00Z' });
  // An organiser's typo: a tab-indented key and an unclosed quote.
  await writeFile(path.join(site.root, 'content/event/broken/index.md'), '---\ntitle: "Broken talk\ndate: 2024-11-22T13:00:00Z\n\tlocation: x\n---\n');
});
afterEach(async () => {
  await site.remove();
});

describe('a run with a page it cannot read', () => {
  it('does everything else, records it, names the page and exits 3', async () => {
    const r = await runCli(['--site', site.root, '--now', '2024-11-18T08:05:00Z', '--channel', 'email'], cleanEnv({ GITHUB_ACTIONS: 'true' }));
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toMatch(/sent\s+digest 2024-11-18\s+email event\/good/);
    expect(r.stderr).toMatch(/::error file=content\/event\/broken\/index\.md,line=\d+/);
    expect(r.stderr).toMatch(/1 page could not be read \(named above\): its talk waits until it reads again; exit 3\./);
    const ledger = JSON.parse(await readFile(site.state, 'utf8'));
    expect(Object.keys(ledger.deliveries)).toEqual(['digest:2024-11-18:email:outbox']);

    // Fixed: the talk comes back on its own (the digest left it out), and the run is green again.
    await site.writeTalk('broken', { title: 'Broken talk', date: '2024-11-22T13:00:00Z' });
    const fixed = await runCli(['--site', site.root, '--now', '2024-11-18T09:05:00Z', '--channel', 'email'], cleanEnv());
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/sent\s+announcement\s+email event\/broken/);
  });

  it('a configuration failure still says 2', async () => {
    await writeFile(path.join(site.root, 'announce.config.yaml'), 'digest: { weekday: someday }\n');
    const r = await runCli(['--site', site.root, '--now', '2024-11-18T08:05:00Z'], cleanEnv());
    expect(r.code).toBe(2);
  });
});
