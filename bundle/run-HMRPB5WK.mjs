import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  renderStepSummary,
  renderSummary,
  reportJson
} from "./chunk-CQMFXF2E.mjs";
import {
  createTransports,
  eventMode,
  executeRun,
  runContextOf
} from "./chunk-XQOHUNHJ.mjs";
import "./chunk-OSOX6IYM.mjs";
import "./chunk-4OIKCMEC.mjs";
import {
  readContext
} from "./chunk-QOQ242YI.mjs";
import {
  memoryLedger,
  openLedger,
  readLedger
} from "./chunk-67NEM4DK.mjs";
import "./chunk-C2MT5J4X.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-VRJ3Q27L.mjs";
import "./chunk-MSTK5WUB.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-56XBPTCR.mjs";
import "./chunk-N42HBIFI.mjs";
import "./chunk-KERNIMOT.mjs";
import {
  scrub
} from "./chunk-XI3I5RXC.mjs";
import "./chunk-2M5JV6TR.mjs";
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
      import("./email-APUDEP7E.mjs"),
      import("./slack-AIM6CHFV.mjs"),
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
  return report.exitCode;
}
function numberFrom(v) {
  const n = v === void 0 ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : void 0;
}
export {
  digestCommand,
  runCommand
};
