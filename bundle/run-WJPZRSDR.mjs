import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  renderStepSummary,
  renderSummary,
  reportJson
} from "./chunk-ORUJQ3PK.mjs";
import {
  createTransports,
  eventMode,
  executeRun,
  runContextOf
} from "./chunk-YFV5KWEO.mjs";
import "./chunk-BKY52WK7.mjs";
import "./chunk-EMZ46UEO.mjs";
import {
  readContext
} from "./chunk-GCCG56GQ.mjs";
import {
  memoryLedger,
  openLedger,
  readLedger
} from "./chunk-TOVP57TV.mjs";
import "./chunk-BUHB3PLS.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-VRJ3Q27L.mjs";
import "./chunk-ALQVV7UP.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-56XBPTCR.mjs";
import "./chunk-N42HBIFI.mjs";
import "./chunk-F22J53AL.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/commands/run.ts
import { appendFile } from "node:fs/promises";
async function runCommand(opts) {
  const ctx = await readContext(opts);
  return run(ctx, opts, opts.event === void 0 ? { type: "run" } : eventMode(ctx, opts.event, opts.now, opts.force));
}
async function digestCommand(opts) {
  const ctx = await readContext(opts);
  return run(ctx, opts, { type: "digest", force: opts.force });
}
async function run(ctx, opts, mode) {
  const { mailer, slack } = await createTransports(ctx.config, opts.env, opts.channel);
  let ledger;
  if (opts.dryRun) ledger = memoryLedger(await readLedger(ctx.config.state));
  else
    ledger = await openLedger(ctx.config.state, {
      staleMs: numberFrom(opts.env.ANNOUNCE_LOCK_STALE_MS),
      waitMs: numberFrom(opts.env.ANNOUNCE_LOCK_WAIT_MS)
    });
  let report;
  try {
    const [{ renderEmail }, { renderSlack }, { readEmailTemplates }] = await Promise.all([
      import("./email-RWDQS52T.mjs"),
      import("./slack-SQMZSDEN.mjs"),
      import("./templates-GIFYQBUL.mjs")
    ]);
    const templates = readEmailTemplates(ctx.config.templates);
    const deps = {
      mailer,
      slack,
      ledger,
      renderEmail: (input) => renderEmail(input, templates),
      renderSlack,
      clock: () => /* @__PURE__ */ new Date(),
      warn: (l) => opts.err(`warning: ${l}`)
    };
    report = await executeRun(runContextOf(ctx), { mode, now: opts.now, dryRun: opts.dryRun }, deps);
  } finally {
    await ledger.close();
    await mailer?.close().catch(() => void 0);
  }
  for (const note of report.recovered) opts.err(`recovered: ${note}`);
  if (opts.json) opts.out(JSON.stringify(reportJson(report), null, 2));
  else for (const line of renderSummary(report)) opts.out(line);
  const stepSummary = opts.env.GITHUB_STEP_SUMMARY;
  if (stepSummary) {
    try {
      await appendFile(stepSummary, scrub(renderStepSummary(report), opts.env));
    } catch (error) {
      opts.err(`warning: cannot write GITHUB_STEP_SUMMARY: ${error.message}`);
    }
  }
  return exitCodeWith(report.exitCode, unreadablePages(ctx, opts));
}
function unreadablePages(ctx, opts) {
  const pages = new Set(ctx.problems.filter((p) => p.severity === "error").map((p) => p.path)).size;
  if (pages > 0)
    opts.err(
      `announce: ${pages} page${pages === 1 ? "" : "s"} could not be read (named above): ${pages === 1 ? "its talk waits" : "their talks wait"} until ${pages === 1 ? "it reads" : "they read"} again; exit 3.`
    );
  return pages;
}
function exitCodeWith(runCode, unreadable) {
  if (runCode === 2 || unreadable === 0) return runCode;
  return 3;
}
function numberFrom(v) {
  const n = v === void 0 ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
export {
  digestCommand,
  runCommand
};
