import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  decodePage,
  firstInvalidLine,
  makeWalker
} from "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import {
  tuneHeap
} from "./chunk-IANHIJVZ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/site/reader-thread.ts
import * as fs from "node:fs";
import { workerData } from "node:worker_threads";
import { isUtf8 } from "node:buffer";
var { units, maxBytes, taken, ctl, port, pagesABatch, maxInFlight } = workerData;
tuneHeap();
if (Atomics.compareExchange(ctl, 1, 0, 1) === 0) {
  try {
    const walker = makeWalker(fs, maxBytes);
    let batch = [];
    const post = () => {
      for (let n; (n = Atomics.load(ctl, 2)) >= maxInFlight; ) Atomics.wait(ctl, 2, n);
      Atomics.add(ctl, 2, 1);
      port.postMessage(batch);
      Atomics.notify(ctl, 2);
      batch = [];
    };
    for (let i = 0; i < units.length && Atomics.compareExchange(taken, i, 0, 1) === 0; i++)
      walker.walkUnit(units[i], (page, input) => {
        if ("bytes" in input) {
          const { bytes } = input;
          const d = decodePage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"));
          const plain = d.ok ? { split: d.split, fm: d.fm } : { ok: false, line: d.line, column: d.column, message: d.message };
          input = { decoded: plain, invalidUtf8Line: isUtf8(bytes) ? null : firstInvalidLine(bytes) };
        }
        batch.push([page, input]);
        if (batch.length >= pagesABatch) post();
      });
    if (batch.length > 0) post();
    Atomics.store(ctl, 0, 1);
  } catch (error) {
    port.postMessage({ error: error?.message ?? String(error) });
    Atomics.store(ctl, 0, 2);
  }
  Atomics.notify(ctl, 2);
}
port.unref();
