/** `check` notices a series whose talks fall on the digest's own day, after its time, and says which day to pick. */
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../src/commands/check.js';
import { runCommand } from '../src/commands/run.js';
import type { GlobalOptions, RunOptions } from '../src/commands/options.js';
import { digestDayAdvice } from '../src/content/checks.js';
import { cleanEnv } from './run-support.js';
import { aConfig, anEvent } from './support/builders.js';
import { makeSite, talkPage } from './support/site.js';

const talks = (...starts: string[]) => starts.map((s, i) => anEvent({ id: `event/t${i}`, start: new Date(s) }));
// Mondays 14:00 in London (GMT in November), and one Thursday.
const MONDAYS = ['2024-11-04T14:00:00Z', '2024-11-11T14:00:00Z', '2024-11-18T14:00:00Z', '2024-11-25T14:00:00Z', '2024-11-21T14:00:00Z'];

describe('digestDayAdvice', () => {
  it('warns when most talks start on the digest weekday after its time, and suggests the Friday before a Monday', () => {
    const advice = digestDayAdvice(talks(...MONDAYS), aConfig());
    expect(advice).toMatch(/^4 of 5 talks start on Mondays after 08:00 \(Europe\/London\), the digest's own day: each is first announced only hours before it starts\./);
    expect(advice).toMatch(/Set digest\.weekday: friday .*the sunday before is a weekend day/);
  });

  it('suggests the day before when that is a weekday', () => {
    const wednesdays = talks('2024-11-06T15:00:00Z', '2024-11-13T15:00:00Z', '2024-11-20T15:00:00Z');
    const c = aConfig();
    expect(digestDayAdvice(wednesdays, { ...c, digest: { ...c.digest, weekday: 3 } })).toMatch(/Wednesdays after 08:00.*digest\.weekday: tuesday .*\(the day before\)/);
  });

  it('says nothing for a habit of fewer than 3 talks or under half of them, before the digest hour, or when the digest does not announce', () => {
    const c = aConfig();
    expect(digestDayAdvice(talks(...MONDAYS.slice(0, 2)), c)).toBeNull();
    expect(digestDayAdvice(talks(...MONDAYS.slice(0, 3), '2024-11-21T14:00:00Z', '2024-11-22T14:00:00Z', '2024-11-28T14:00:00Z', '2024-11-29T14:00:00Z'), c)).toBeNull();
    expect(digestDayAdvice(talks('2024-11-04T07:30:00Z', '2024-11-11T07:30:00Z', '2024-11-18T07:30:00Z'), c)).toBeNull();
    expect(digestDayAdvice(talks(...MONDAYS), { ...c, digest: { ...c.digest, enabled: false } })).toBeNull();
    expect(digestDayAdvice(talks(...MONDAYS), { ...c, announce: { ...c.announce, mode: 'each' } })).toBeNull();
    expect(digestDayAdvice(talks(...MONDAYS), { ...c, digest: { ...c.digest, weekday: 5 } })).toBeNull();
  });

  it('reads the day and hour in the display zone (02:00Z on a Monday is 10:00 in Singapore, before 08:00 in London)', () => {
    const mondays = talks('2024-11-04T02:00:00Z', '2024-11-11T02:00:00Z', '2024-11-18T02:00:00Z');
    expect(digestDayAdvice(mondays, aConfig({ timezone: 'Asia/Singapore' }))).toMatch(/3 of 3 talks start on Mondays after 08:00 \(Asia\/Singapore\)/);
    expect(digestDayAdvice(mondays, aConfig())).toBeNull();
  });
});

describe('announce check', () => {
  it('prints the advice as a warning', async () => {
    const site = makeSite(Object.fromEntries(MONDAYS.map((d, i) => [`content/event/t${i}/index.md`, talkPage({ title: `Talk ${i}`, date: d })])));
    try {
      const out: string[] = [];
      const code = await checkCommand({
        site: site.dir,
        now: new Date('2024-11-01T12:00:00Z'),
        dryRun: false,
        json: false,
        env: cleanEnv(),
        out: (l) => out.push(l),
        err: () => undefined,
      } as GlobalOptions);
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(/warning: 4 of 5 talks start on Mondays after 08:00 .*Set digest\.weekday: friday/);
    } finally {
      site.cleanup();
    }
  });
});

describe('the run', () => {
  it('gives the advice with the first digest of a term, not every week', async () => {
    const mondays = ['2024-11-04T14:00:00Z', '2024-11-11T14:00:00Z', '2024-11-18T14:00:00Z', '2025-01-13T14:00:00Z', '2025-01-20T14:00:00Z'];
    const site = makeSite(Object.fromEntries(mondays.map((d, i) => [`content/event/t${i}/index.md`, talkPage({ title: `Talk ${i}`, date: d })])));
    try {
      const run = async (now: string) => {
        const err: string[] = [];
        const code = await runCommand({
          site: site.dir,
          now: new Date(now),
          dryRun: false,
          json: false,
          force: false,
          env: cleanEnv(),
          out: () => undefined,
          err: (l) => err.push(l),
        } as RunOptions);
        expect(code).toBe(0);
        return err.join('\n');
      };
      const advice = /warning: 5 of 5 talks start on Mondays after 08:00 .*digest\.weekday: friday/;
      expect(await run('2024-11-04T08:05:00Z')).toMatch(advice);
      expect(await run('2024-11-04T08:35:00Z')).not.toMatch(advice);
      expect(await run('2024-11-11T08:05:00Z')).not.toMatch(advice);
      // After the winter break, the first digest of the new term says it again.
      expect(await run('2025-01-13T08:05:00Z')).toMatch(advice);
    } finally {
      site.cleanup();
    }
  });
});
