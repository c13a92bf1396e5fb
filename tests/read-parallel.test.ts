/** Large sites are read on every core; the result must be exactly the single-threaded one. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateSite } from '../bench/gen-site.mjs';

// The built modules: workers run compiled JavaScript, as the CLI does.
const dist = (p: string) => path.resolve(__dirname, '../dist', p);

describe('reading pages in worker threads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'announce-parallel-'));
  generateSite(dir, 300);
  writeFileSync(path.join(dir, 'content/event/talk-00007/index.md'), '---\ntitle: [broken\n---\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same events and problems, in the same order, as one thread', async () => {
    const { readHugoConfig } = await import(dist('site/hugo-config.js'));
    const { readSite } = await import(dist('site/index.js'));
    const site = await readHugoConfig(dir);
    const one = await readSite(site, { sections: ['event'], parallel: false });
    const many = await readSite(site, { sections: ['event'], parallel: true });
    expect(one.events).toHaveLength(299);
    expect(one.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { path: string }) => p.path)).toEqual(['content/event/talk-00007/index.md']);
    expect(many.events).toEqual(one.events);
    expect(many.problems).toEqual(one.problems);
    expect(many.events[0].start).toBeInstanceOf(Date);
    expect(one.threads).toBe(1);
    expect(many.threads).toBe(Math.min(os.availableParallelism(), 4));
  });
});
