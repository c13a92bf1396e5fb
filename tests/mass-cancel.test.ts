/**
 * One typo must not cancel every announced talk: a run that would cancel more than half of the announced upcoming
 * talks, and more than two, stops (exit 2) before sending anything on any channel, says what it would cancel and how
 * to confirm; `plan` shows the same; --allow-mass-cancel sends them. The real CLI, email and Slack to the outbox.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

const MONDAY = '2024-11-18T09:00:00Z';
const TUESDAY = '2024-11-19T09:00:00Z';
const CONFIG = `
digest: { weekday: monday, time: "08:00" }
email: { from: "Seminars <seminars@example.org>", to: list@example.org }
slack: { channel: "#seminars" }
`;
const TALKS = ['a', 'b', 'c', 'd'];

let site: TempSite;
beforeEach(async () => {
  site = await makeSite(CONFIG);
  for (const [i, name] of TALKS.entries())
    await site.writeTalk(name, { title: `Talk ${name}`, date: `2024-11-2${i}T13:00:00Z`, date_end: `2024-11-2${i}T14:00:00Z` });
});
afterEach(async () => {
  await site.remove();
});

const env = cleanEnv();
const cli = (args: string[], now = TUESDAY) => runCli([...args, '--site', site.root, '--now', now], env);
const outbox = async () => (await readdir(path.join(site.root, '.announce', 'outbox'), { recursive: true })).filter((f) => f.endsWith('.json') || f.endsWith('.eml')).sort();

async function announced(): Promise<string[]> {
  const r = await cli(['run'], MONDAY);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return outbox();
}

describe('the mass-cancellation guard', () => {
  it('three of four talks gone at once: exit 2, nothing sent on either channel, the error lists them and says how to confirm', async () => {
    const before = await announced();
    expect(before.length).toBeGreaterThanOrEqual(2);
    for (const name of ['a', 'b', 'c']) await site.removeTalk(name);

    const r = await cli(['run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('would cancel most of the announced upcoming talks');
    expect(r.stderr).toMatch(/email \(\w+\): 3 of 4 announced upcoming talks: event\/a, event\/b, event\/c/);
    expect(r.stderr).toMatch(/slack \(outbox\): 3 of 4/);
    expect(r.stderr).toContain('--allow-mass-cancel');
    expect(await outbox()).toEqual(before);
    // The bare command (announce) and --dry-run stop the same way.
    expect((await cli([])).code).toBe(2);
    expect((await cli(['run', '--dry-run'])).code).toBe(2);

    const plan = await cli(['plan']);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('The run would stop here and send nothing');
    expect(plan.stdout).toMatch(/cancellation/);
    expect((await cli(['plan', '--allow-mass-cancel'])).code).toBe(0);

    const confirmed = await cli(['run', '--allow-mass-cancel']);
    expect(confirmed.code, confirmed.stdout + confirmed.stderr).toBe(0);
    const sent = (await outbox()).filter((f) => !before.includes(f));
    expect(sent.filter((f) => /cancel/i.test(f))).toHaveLength(6);
    expect((await cli(['run'])).code).toBe(0);
  }, 90_000);

  it('two talks gone (not more than two), or a minority: cancelled as usual', async () => {
    await announced();
    for (const name of ['a', 'b']) await site.removeTalk(name);
    const r = await cli(['run']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.match(/cancellation/g)?.length).toBe(4);
  }, 60_000);
});
