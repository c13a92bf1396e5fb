import { isUtf8 } from 'node:buffer';
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
      if (t.invalidUtf8Line !== null)
        problems.push({
          path: job.loc.path,
          line: t.invalidUtf8Line,
          column: 1,
          message: 'the page is not valid UTF-8 (saved in another encoding?): what cannot be read shows as "\uFFFD" in messages; save the file as UTF-8',
          severity: 'warning',
        });
      problems.push(...r.warnings);
    } else problems.push(...r.problems);
  }
  return { events, problems };
}

function readPageText(abs: string): { text: string; invalidUtf8Line: number | null } | { error: string } {
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
    const bytes = buf.subarray(0, length);
    return { text: buf.toString('utf8', 0, length), invalidUtf8Line: isUtf8(bytes) ? null : firstInvalidLine(bytes) };
  } catch (e) {
    return { error: `cannot read the page: ${(e as Error).message}` };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

let readBuffer: Buffer | undefined;

/** The 1-based line of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return line;
    // Only the continuation bytes are checked (overlong and surrogate forms are rare enough to be named by isUtf8 alone).
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += need + 1;
  }
  return line;
}
