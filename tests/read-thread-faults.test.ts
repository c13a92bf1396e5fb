// When the reading thread of a large site goes wrong. One that cannot start (its module throws as it loads,
// as a Node without worker support or a damaged install would) must cost nothing but time: this thread reads
// every page itself. One that fails once it runs must stop the reading with its reason, not leave pages out.
// The built module runs here with its thread module swapped: a copy of dist/ inside the repository, so that
// its packages still resolve from node_modules.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite, talkPage } from './support/site.js';
import type { readPages as ReadPages, ReadContext } from '../src/site/read-pages.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const copies: string[] = [];
const sites: Array<{ cleanup: () => void }> = [];
afterAll(() => {
  copies.forEach((d) => rmSync(d, { recursive: true, force: true }));
  sites.forEach((s) => s.cleanup());
});

/** dist/ with site/reader-thread.js replaced by `thread`, and its readPages. */
async function readPagesWithThread(thread: string): Promise<typeof ReadPages> {
  fs.mkdirSync(path.join(ROOT, 'test-artifacts'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, 'test-artifacts', 'reader-fault-'));
  copies.push(dir);
  // src/ too, for the source maps of dist/ (which the test runner reads).
  for (const f of ['dist', 'src']) cpSync(path.join(ROOT, f), path.join(dir, f), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'site', 'reader-thread.js'), thread);
  const mod = (await import(pathToFileURL(path.join(dir, 'dist', 'site', 'read-pages.js')).href)) as { readPages: typeof ReadPages };
  return mod.readPages;
}

const ctx: ReadContext = {
  info: { baseURL: 'https://seminars.example.org/', zone: 'Europe/London', permalinks: {}, authors: new Map() },
  placement: { langs: [], defaultContentLanguage: 'en', defaultContentLanguageInSubdir: false, places: [{ dir: 'content', dirLang: null, section: 'event' }] },
};

const files: Record<string, string> = {};
for (let i = 0; i < 2000; i++) files[`content/event/t${String(i).padStart(4, '0')}/index.md`] = talkPage({ title: `Talk ${i}`, date: '2025-03-01T13:00:00Z' });
const site = makeSite(files);
sites.push(site);
const roots = [{ abs: `${site.dir}/content/event`, rel: 'event' }];

describe('a reading thread that cannot start', () => {
  it('is not waited for: this thread reads every page, with the same result as alone', async () => {
    const read = await readPagesWithThread("throw new Error('this thread cannot start');\n");
    const alone = await read(fs, roots, ctx, { threadFrom: Infinity });
    const r = await read(fs, roots, ctx, { threadFrom: 1 });
    expect(r.fromThread).toBe(0);
    expect(r.outcomes).toHaveLength(2000);
    expect(r.outcomes.every((o) => o.event !== null && o.problems.length === 0)).toBe(true);
    const byPath = (o: { outcomes: Array<{ path: string }> }) => JSON.stringify([...o.outcomes].sort((a, b) => a.path.localeCompare(b.path)));
    expect(byPath(r)).toEqual(byPath(alone));
  });
});

describe('a reading thread that fails once it runs', () => {
  it('stops the reading with the thread’s reason', async () => {
    // What reader-thread.js does when something other than a page goes wrong: says so on the port, then marks itself failed.
    const read = await readPagesWithThread(
      [
        "import { workerData } from 'node:worker_threads';",
        'const { ctl, port } = workerData;',
        'Atomics.store(ctl, 1, 1);',
        "port.postMessage({ error: 'the disk went away' });",
        'Atomics.store(ctl, 0, 2);',
        'Atomics.notify(ctl, 2);',
        'port.unref();',
        '',
      ].join('\n'),
    );
    await expect(read(fs, roots, ctx, { threadFrom: 1, waitForThread: true })).rejects.toThrow('the thread reading the pages failed: the disk went away');
  });
});
