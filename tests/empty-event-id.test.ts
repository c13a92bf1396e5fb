/** `--event` with an id that names nothing (empty, blank, only slashes) is bad usage, never a selection. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, makeSite, runCli, type TempSite } from './run-support.js';

let site: TempSite;
beforeAll(async () => {
  site = await makeSite('email: { from: "Seminars <seminars@example.org>", to: list@example.org }\n');
  // One talk, without a slug: an empty id would match its (empty) slug.
  await site.writeTalk('only', { title: 'The Only Talk', date: '2024-11-21T13:00:00Z' });
});
afterAll(() => site.remove());

const outbox = () => {
  const dir = path.join(site.root, '.announce', 'outbox');
  return existsSync(dir) ? readdirSync(dir) : [];
};

describe('--event with an empty id', () => {
  for (const id of ['', ' ', '//', ' / ']) {
    for (const command of [[], ['run'], ['plan'], ['preview']]) {
      it(`announce ${[...command, '--event', JSON.stringify(id)].join(' ')}: exit 2, nothing selected or sent`, async () => {
        const args = [...command, '--site', site.root, '--now', '2024-11-18T09:00:00Z', `--event=${id}`];
        if (command[0] === 'preview') args.push('--out', path.join(site.root, 'preview'));
        const res = await runCli(args, cleanEnv());
        expect(res.code).toBe(2);
        expect(res.stderr).toMatch(/event id is empty/);
        expect(res.stdout).not.toMatch(/only/);
        expect(outbox()).toEqual([]);
        expect(existsSync(path.join(site.root, 'preview'))).toBe(false);
      });
    }
  }
  it('a real id still selects the talk', async () => {
    const res = await runCli(['plan', '--site', site.root, '--now', '2024-11-18T09:00:00Z', '--event', 'only'], cleanEnv());
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/announcement .* event\/only/);
  });
});
