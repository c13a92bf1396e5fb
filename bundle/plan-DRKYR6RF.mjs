import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  pendingNotes,
  planJson,
  renderPlan
} from "./chunk-ORUJQ3PK.mjs";
import {
  channelTargets,
  createTransports,
  eventMode,
  prepareRun,
  runContextOf
} from "./chunk-YFV5KWEO.mjs";
import "./chunk-BKY52WK7.mjs";
import "./chunk-EMZ46UEO.mjs";
import {
  readContext
} from "./chunk-GCCG56GQ.mjs";
import {
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
  const { actions } = prepareRun(ctx, ledger, targets, opts.now, mode);
  await transports.mailer?.close();
  const notes = pendingNotes(actions, ledger.pending, targets);
  if (opts.json) opts.out(JSON.stringify(actions.map((a) => ({ ...planJson(a), ...notes.has(a.key) ? { pending: true } : {} })), null, 2));
  else for (const line of renderPlan(actions, opts.now, notes)) opts.out(line);
  return 0;
}
export {
  planCommand
};
