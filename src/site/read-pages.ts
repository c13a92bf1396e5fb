import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Event, PageProblem } from '../content/event.js';
import { parsePage, type PageLocation, type PageSiteInfo } from '../content/page.js';

/** Larger files are not seminar pages; reading stops there so one file cannot exhaust memory. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export interface PageJob {
  abs: string;
  loc: PageLocation;
}

export interface PagesRead {
  events: Event[];
  problems: PageProblem[];
  /** How many threads read the pages. */
  threads: number;
}

/**
 * Reads and parses pages in this thread. The file system is read synchronously on purpose: for
 * thousands of small pages the promise machinery costs more than the reads, and each text is dropped
 * as soon as it is parsed.
 */
export function readAndParse(jobs: PageJob[], info: PageSiteInfo): PagesRead {
  const events: Event[] = [];
  const problems: PageProblem[] = [];
  for (const job of jobs) {
    const t = readPageText(job.abs);
    if ('error' in t) {
      problems.push({ path: job.loc.path, line: 1, column: 1, message: t.error, severity: 'error' });
      continue;
    }
    const r = parsePage(t.text, job.loc, info);
    if (r.event) {
      events.push(r.event);
      problems.push(...r.warnings);
    } else problems.push(...r.problems);
  }
  return { events, problems, threads: 1 };
}

function readPageText(abs: string): { text: string } | { error: string } {
  let fd: number | null = null;
  try {
    fd = openSync(abs, 'r');
    const { size } = fstatSync(fd);
    if (size > MAX_PAGE_BYTES)
      return { error: `the page is ${(size / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1024 / 1024} MB are not read` };
    return { text: readFileSync(fd, 'utf8') };
  } catch (e) {
    return { error: `cannot read the page: ${(e as Error).message}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Below this many pages a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 1500;
const WORKER_URL = new URL('./parse-worker.js', import.meta.url);

/**
 * Reads pages on every core for large sites; the result is the same as readAndParse's, in the same
 * order. Falls back to this thread when workers are unavailable (e.g. running from TypeScript sources).
 */
export async function readPages(jobs: PageJob[], info: PageSiteInfo, opts: { parallel?: boolean } = {}): Promise<PagesRead> {
  const cores = Math.min(availableParallelism(), 4);
  const parallel = opts.parallel ?? jobs.length >= PARALLEL_THRESHOLD;
  if (!parallel || cores < 2 || !existsSync(WORKER_URL)) return readAndParse(jobs, info);
  const size = Math.ceil(jobs.length / cores);
  const shares = Array.from({ length: cores }, (_, i) => jobs.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  // The main thread takes the last share itself instead of idling while the workers run.
  const mine = shares.pop()!;
  const pending = shares.map(
    (share) =>
      new Promise<PagesRead>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: { jobs: share, info } });
        worker.once('message', (m: PagesRead) => resolve(m));
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`a page-reading worker stopped with code ${code}`)));
      }),
  );
  const own = readAndParse(mine, info);
  const results = [...(await Promise.all(pending)), own];
  return { events: results.flatMap((r) => r.events), problems: results.flatMap((r) => r.problems), threads: results.length };
}
