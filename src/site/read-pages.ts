import { isUtf8 } from 'node:buffer';
import type * as Fs from 'node:fs';
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Event, PageProblem } from '../content/event.js';
import { eventId, parseDecodedPage, parsePage, type PageResult, type PageSiteInfo } from '../content/page.js';
import { decoded } from '../content/front-matter.js';
import { tuneHeap } from '../heap.js';
import { placePage, type Placement } from './place.js';
import { firstInvalidLine } from './utf8.js';
import { makeWalker, type FoundPage, type PageInput, type WalkRoot, type WalkUnit } from './walk.js';

/** Larger files are not seminar pages; reading stops there so one file cannot exhaust memory. */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

export interface PagesRead {
  events: Event[];
  problems: PageProblem[];
}

/** What one page gave: its event (or none) and its problems. */
export interface PageOutcome {
  path: string;
  event: Event | null;
  problems: PageProblem[];
}

/** All that reading a page needs besides the page. */
export interface ReadContext {
  info: PageSiteInfo;
  placement: Placement;
}

/** Decodes and parses one page the walk read. Its text is dropped as soon as it is parsed. */
export function readFound(page: FoundPage, input: PageInput, ctx: ReadContext): PageOutcome {
  const loc = placePage(page, ctx.placement);
  const unread = (message: string): PageOutcome => ({ path: loc.path, event: null, problems: [{ path: loc.path, line: 1, column: 1, message, severity: 'error', eventId: eventId(loc) }] });
  if ('tooLarge' in input) return unread(`the page is ${(input.tooLarge / 1024 / 1024).toFixed(1)} MB; pages over ${MAX_PAGE_BYTES / 1024 / 1024} MB are not read`);
  if ('error' in input) return unread(`cannot read the page: ${input.error}`);
  let r: PageResult;
  let invalidUtf8Line: number | null;
  if ('bytes' in input) {
    const { bytes } = input;
    r = parsePage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), loc, ctx.info);
    invalidUtf8Line = r.event && !isUtf8(bytes) ? firstInvalidLine(bytes) : null;
  } else {
    r = parseDecodedPage('split' in input.decoded ? decoded(input.decoded) : input.decoded, loc, ctx.info);
    invalidUtf8Line = input.invalidUtf8Line;
  }
  if (!r.event) return { path: loc.path, event: null, problems: r.problems };
  const problems: PageProblem[] = [];
  if (invalidUtf8Line !== null)
    problems.push({
      path: loc.path,
      line: invalidUtf8Line,
      column: 1,
      message: 'the page is not valid UTF-8 (saved in another encoding?): what cannot be read shows as "\uFFFD" in messages; save the file as UTF-8',
      severity: 'warning',
    });
  problems.push(...r.warnings);
  return { path: loc.path, event: r.event, problems };
}

/** Events and problems in path order, whatever order the pages were read in. */
export function collectOutcomes(outcomes: PageOutcome[]): PagesRead {
  outcomes.sort((a, b) => a.path.localeCompare(b.path));
  const events: Event[] = [];
  const problems: PageProblem[] = [];
  for (const o of outcomes) {
    if (o.event) events.push(o.event);
    problems.push(...o.problems);
  }
  return { events, problems };
}

/**
 * Below this many pieces (pages and folders directly under the sections), the reading thread costs more
 * than it saves: it takes some 70 ms and 15 MB to start.
 */
export const THREAD_FROM_UNITS = 1024;

/** Batches on their way from the reading thread at most: bounds how far it runs ahead. */
const MAX_IN_FLIGHT = 8;
const PAGES_A_BATCH = 16;
/** How long this thread waits for a reading thread that has stopped answering. */
const STALL_MS = 60_000;

/** ctl: [the reading thread's state, 1 once it runs (2: not waited for), batches in flight]. */
const STATE = 0;
const STARTED = 1;
const IN_FLIGHT = 2;
const RUNNING = 0;
const FAILED = 2;

/** What the reading thread is given. */
export interface ReaderData {
  units: WalkUnit[];
  maxBytes: number;
  taken: Int32Array;
  ctl: Int32Array;
  port: MessagePort;
  pagesABatch: number;
  maxInFlight: number;
}

export type ReaderBatch = Array<[FoundPage, PageInput]> | { error: string };

/**
 * The reading thread's module beside this one: dist/site/reader-thread.js, or bundle/reader-thread.mjs in
 * the action's bundle (which leaves this module's import.meta.url alone); none when the sources run as
 * TypeScript (the tests), which then read in one thread.
 */
function readerThreadFile(): URL | null {
  for (const name of ['./reader-thread.js', './reader-thread.mjs']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(url)) return url;
  }
  return null;
}

/**
 * Every page under the roots, read and parsed. A large site gets a second thread that reads and decodes
 * pages (front matter split and parsed, the slowest step): it takes pieces of the walk from the front,
 * this thread from the back, and while it starts (some 70 ms) or has nothing ready, this thread reads for
 * itself. Parsing the decoded page into an event stays here: handing events over (parsing them there
 * too) was measured slower, as this thread then spends its time making them anew from the copies.
 * Outcomes come in any order; the caller sorts.
 */
export async function readPages(
  fs: typeof Fs,
  roots: WalkRoot[],
  ctx: ReadContext,
  opts: {
    threadFrom?: number;
    maxBytes?: number;
    /** Read nothing here until the reading thread runs (tests: both threads then surely read some pages). */
    waitForThread?: boolean;
  } = {},
): Promise<{ outcomes: PageOutcome[]; fromThread: number }> {
  const maxBytes = opts.maxBytes ?? MAX_PAGE_BYTES;
  const walker = makeWalker(fs, maxBytes);
  const units = walker.units(roots);
  const outcomes: PageOutcome[] = [];
  const sink = (page: FoundPage, input: PageInput) => outcomes.push(readFound(page, input, ctx));
  const file = units.length >= (opts.threadFrom ?? THREAD_FROM_UNITS) ? readerThreadFile() : null;
  if (!file) {
    for (const u of units) walker.walkUnit(u, sink);
    return { outcomes, fromThread: 0 };
  }
  const taken = new Int32Array(new SharedArrayBuffer(units.length * 4));
  const ctl = new Int32Array(new SharedArrayBuffer(3 * 4));
  const { port1, port2 } = new MessageChannel();
  const data: ReaderData = { units, maxBytes, taken, ctl, port: port2, pagesABatch: PAGES_A_BATCH, maxInFlight: MAX_IN_FLIGHT };
  const worker = new Worker(file, { workerData: data, transferList: [port2] });
  // A thread that cannot start takes nothing, and this one reads everything: its error is no failure of the
  // reading (one it meets once running is handed over through the port).
  worker.on('error', () => {});
  let back = units.length - 1;
  const claimBack = () => {
    while (back >= 0) {
      const i = back--;
      if (Atomics.compareExchange(taken, i, 0, 1) === 0) return i;
    }
    return -1;
  };
  let fromThread = 0;
  const take = (batch: ReaderBatch) => {
    if (!Array.isArray(batch)) throw new Error(`the thread reading the pages failed: ${batch.error}`);
    Atomics.sub(ctl, IN_FLIGHT, 1);
    Atomics.notify(ctl, IN_FLIGHT);
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i]!;
      // Each page let go of as soon as it is parsed: a young-generation collection copies whatever is alive.
      batch[i] = undefined!;
      outcomes.push(readFound(item[0], item[1], ctx));
    }
    fromThread += batch.length;
  };
  let waitedSince = 0;
  try {
    for (;;) {
      const received = receiveMessageOnPort(port1);
      if (received) {
        take(received.message as ReaderBatch);
        waitedSince = 0;
        continue;
      }
      const state = Atomics.load(ctl, STATE);
      if (state !== RUNNING) {
        // The thread posts its last batch before it says it is done: one more look.
        const last = receiveMessageOnPort(port1);
        if (last) take(last.message as ReaderBatch);
        else if (state === FAILED) throw new Error('the thread reading the pages failed');
        else return { outcomes, fromThread };
        continue;
      }
      const i = opts.waitForThread && Atomics.load(ctl, STARTED) === 0 ? -2 : claimBack();
      if (i === -2) {
        Atomics.wait(ctl, STARTED, 0, 50);
        continue;
      }
      if (i >= 0) {
        // Starting a thread sets V8's process-wide flags anew, and it puts the heap tuning back only
        // once it runs: until then this thread's young generation would grow (8 MB more at the end).
        // Every fourth piece is often enough (a collection comes every 20 or so) and costs 15 ms less.
        if ((i & 3) === 0 && Atomics.load(ctl, STARTED) === 0) tuneHeap();
        walker.walkUnit(units[i]!, sink);
        continue;
      }
      // Everything is taken. A reading thread that has not started (or could not) has taken nothing and is not waited for.
      if (Atomics.compareExchange(ctl, STARTED, 0, 2) !== 1) return { outcomes, fromThread };
      waitedSince ||= Date.now();
      if (Date.now() - waitedSince > STALL_MS) throw new Error(`the thread reading the pages stopped answering for ${STALL_MS / 1000} s`);
      Atomics.wait(ctl, IN_FLIGHT, 0, 50);
    }
  } finally {
    port1.close();
    void worker.terminate();
  }
}
