import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));

// src/heap.ts
import v8 from "node:v8";
function tuneHeap() {
  v8.setFlagsFromString("--semi-space-growth-factor=1 --no-parallel-scavenge");
}

export {
  tuneHeap
};
