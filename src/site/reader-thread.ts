/**
 * The reading thread of a large site (see `readPages`): takes pieces of the walk from the front, reads
 * their pages and decodes them (the front matter split and parsed, the slowest step), and hands them over
 * in batches through a message port that the other thread polls. A page's errors are the page's; anything
 * else stops this thread and is handed over.
 */
import * as fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import { isUtf8 } from 'node:buffer';
import { decodePage } from '../content/front-matter.js';
import { tuneHeap } from '../heap.js';
import type { ReaderData } from './read-pages.js';
import { firstInvalidLine } from './utf8.js';
import { makeWalker, type FoundPage, type PageInput } from './walk.js';

const { units, maxBytes, taken, ctl, port, pagesABatch, maxInFlight } = workerData as ReaderData;
// Starting a thread sets V8's process-wide flags anew: the heap tuning is applied again.
tuneHeap();

// Runs unless the other thread has given up waiting for it to start.
if (Atomics.compareExchange(ctl, 1, 0, 1) === 0) {
  try {
    const walker = makeWalker(fs, maxBytes);
    let batch: Array<[FoundPage, PageInput]> = [];
    const post = () => {
      // Waits while enough is on its way, so that this thread cannot run far ahead of the other.
      for (let n; (n = Atomics.load(ctl, 2)) >= maxInFlight; ) Atomics.wait(ctl, 2, n);
      Atomics.add(ctl, 2, 1);
      port.postMessage(batch);
      Atomics.notify(ctl, 2);
      batch = [];
    };
    for (let i = 0; i < units.length && Atomics.compareExchange(taken, i, 0, 1) === 0; i++)
      walker.walkUnit(units[i]!, (page, input) => {
        if ('bytes' in input) {
          const { bytes } = input;
          const d = decodePage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'));
          // Plain data for the port: the parser's own error (the cause) stays here; the page is told its message and place.
          const plain = d.ok ? { split: d.split, fm: d.fm } : { ok: false as const, line: d.line, column: d.column, message: d.message };
          input = { decoded: plain, invalidUtf8Line: isUtf8(bytes) ? null : firstInvalidLine(bytes) };
        }
        batch.push([page, input]);
        if (batch.length >= pagesABatch) post();
      });
    if (batch.length > 0) post();
    Atomics.store(ctl, 0, 1);
  } catch (error) {
    port.postMessage({ error: (error as Error)?.message ?? String(error) });
    Atomics.store(ctl, 0, 2);
  }
  Atomics.notify(ctl, 2);
}
// What was posted is on its way already; the port must not keep the thread alive.
port.unref();
