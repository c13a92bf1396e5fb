import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
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
  for (let i = 0; i < jobs.length; i++) {
    if (i % 64 === 0) holdYoungGeneration();
    const job = jobs[i]!;
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

/**
 * Reading thousands of pages makes much short-lived text, while every event read stays alive until the
 * end. A young generation of 1 MB (V8's start) is collected some 700 times over 10,000 pages, and each
 * collection copies what is still alive: a quarter of the listing's time. Left to double, it reaches
 * 32 MB and the listing peaks above 150 MB. So it may grow as V8 likes up to 16 MB (where it
 * usually is once the modules are loaded), and no further: some 90 collections, a peak near 135 MB
 * (measured by `npm run bench`). A flag that only tunes growth can be set while running; the size
 * flags cannot.
 */
function holdYoungGeneration(): void {
  if (youngHeld) return;
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (young && young.space_size >= YOUNG_GENERATION_BYTES) {
    setFlagsFromString('--semi-space-growth-factor=1');
    youngHeld = true;
  }
}

const YOUNG_GENERATION_BYTES = 16 * 1024 * 1024;
let youngHeld = false;

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
