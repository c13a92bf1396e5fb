import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  commitLedger,
  commitsLedger,
  errorCommand,
  getState,
  readInputs
} from "./chunk-6THAHHB6.mjs";
import {
  inert
} from "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/action/post.ts
import path from "node:path";
var out = (line) => process.stdout.write(`${inert(line)}
`);
var command = (line) => process.stdout.write(`${line}
`);
async function post(env = process.env) {
  const parsed = readInputs(env);
  if ("errors" in parsed || !commitsLedger(parsed.inputs) || getState("ledger", env) === "done") return 0;
  out("The run was stopped before its ledger was committed: committing what it recorded.");
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const result = await commitLedger({
    cwd: path.resolve(workspace, parsed.inputs.site),
    ledger: parsed.inputs.ledger,
    log: out,
    error: (l) => command(errorCommand(l)),
    pushUnpushed: true,
    env
  });
  return result === "failed" ? 1 : 0;
}
process.exitCode = await post();
export {
  post
};
