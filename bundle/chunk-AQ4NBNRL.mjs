import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  formatProblem,
  loadContext,
  printCommandOr,
  problemsToShow
} from "./chunk-P3AQOZDL.mjs";

// src/commands/read-context.ts
async function readContext(opts) {
  const ctx = await loadContext(opts);
  for (const w of ctx.configWarnings) opts.err(`warning: ${w}`);
  for (const p of problemsToShow(ctx.problems, ctx.events, opts.now)) printCommandOr(formatProblem(p, opts.env), opts, "err");
  return ctx;
}

export {
  readContext
};
