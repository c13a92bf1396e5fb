import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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
    // Into one reused buffer one byte larger than the limit: no stat, no allocation per page, and a file
    // that fills it is too large (reading stops there, whatever its size).
    const buf = (readBuffer ??= Buffer.allocUnsafe(MAX_PAGE_BYTES + 1));
    let length = 0;
    for (let n; length < buf.length && (n = readSync(fd, buf, length, buf.length - length, null)) > 0; ) length += n;
    if (length > MAX_PAGE_BYTES) {
      const { size } = fstatSync(fd);
      return { error: `the page is ${(size / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1024 / 1024} MB are not read` };
    }
    return { text: buf.toString('utf8', 0, length) };
  } catch (e) {
    return { error: `cannot read the page: ${(e as Error).message}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

let readBuffer: Buffer | undefined;
