import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Event, PageProblem } from '../content/event.js';
import { eventId, parsePage, type PageLocation, type PageSiteInfo } from '../content/page.js';

/** Larger files are not seminar pages; reading stops there so one file cannot exhaust memory. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export interface PageJob {
  abs: string;
  loc: PageLocation;
}

export interface PagesRead {
  events: Event[];
  problems: PageProblem[];
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
      problems.push({ path: job.loc.path, line: 1, column: 1, message: t.error, severity: 'error', eventId: eventId(job.loc) });
      continue;
    }
    const r = parsePage(t.text, job.loc, info);
    if (r.event) {
      events.push(r.event);
      problems.push(...r.warnings);
    } else problems.push(...r.problems);
  }
  return { events, problems };
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
