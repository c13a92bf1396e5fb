import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  pageRequester,
  pendingNotes,
  planJson,
  renderPlan
} from "./chunk-XZJ3TP6R.mjs";
import {
  readContext
} from "./chunk-AQ4NBNRL.mjs";
import "./chunk-R5UR4G63.mjs";
import {
  channelTargets,
  createTransports,
  describeMassCancel,
  describePageWarning,
  describeWait,
  eventMode,
  prepareRun,
  readPageChecks,
  runContextOf
} from "./chunk-T4RTFADA.mjs";
import {
  readLedger
} from "./chunk-PLZKPEHJ.mjs";
import "./chunk-P3AQOZDL.mjs";
import "./chunk-4GXARHDK.mjs";
import "./chunk-ZJI3GMAH.mjs";
import "./chunk-F7YHUHAU.mjs";
import "./chunk-L6LAZ5CX.mjs";
import "./chunk-HHIG7DP2.mjs";
import "./chunk-DHFTH2S5.mjs";
import "./chunk-6FEC6BLK.mjs";
import "./chunk-DG736ZTJ.mjs";
import "./chunk-SIOJ4DF4.mjs";
import "./chunk-H2CRAU5Q.mjs";
import "./chunk-IGII4IPA.mjs";
import "./chunk-E2OKCEHU.mjs";
import "./chunk-IANHIJVZ.mjs";
import "./chunk-DHLL2WBJ.mjs";
import "./chunk-XI3I5RXC.mjs";
import "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/commands/plan.ts
async function planCommand(opts) {
  const ctx = runContextOf(await readContext(opts));
  const ledger = await readLedger(ctx.config.state);
  const transports = await createTransports(ctx.config, opts.env, opts.channel);
  const mode = opts.event === void 0 ? { type: "run" } : eventMode(ctx, opts.event, opts.now, opts.force);
  const targets = channelTargets(transports);
  const checks = await readPageChecks(ctx, ledger, targets, opts.now, mode, pageRequester(opts.env));
  const { actions, pages, massCancel } = prepareRun(ctx, ledger, targets, opts.now, mode, checks);
  for (const w of pages.warnings) opts.err(`warning: ${describePageWarning(w)}`);
  await transports.mailer?.close();
  const stops = massCancel.length > 0 && !opts.allowMassCancel;
  if (stops) opts.err(`announce: ${describeMassCancel(massCancel).replace("Nothing was sent.", "The run would stop here and send nothing.")}`);
  const notes = pendingNotes(actions, ledger.pending, targets);
  if (opts.json) opts.out(JSON.stringify(actions.map((a) => ({ ...planJson(a), ...notes.has(a.key) ? { pending: true } : {} })), null, 2));
  else for (const line of renderPlan(actions, opts.now, notes)) opts.out(line);
  for (const w of pages.waiting) (opts.json ? opts.err : opts.out)(`waiting: ${describeWait(w)}`);
  return stops ? 2 : 0;
}
export {
  planCommand
};
