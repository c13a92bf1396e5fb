import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  cliArgs,
  cliEnv,
  commitLedger,
  commitsLedger,
  errorCommand,
  maskCommand,
  readInputs,
  saveState,
  secretsToMask,
  sends,
  setOutput
} from "./chunk-6THAHHB6.mjs";
import {
  escapeProperty,
  inert,
  unescapeProperty
} from "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/action/main.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path2 from "node:path";
import { fileURLToPath } from "node:url";

// src/action/annotations.ts
import path from "node:path";
var COMMAND = /^::(error|warning|notice)(\s+[^:]*)?::/;
function annotationForWorkspace(line, siteDir, workspace) {
  const m = COMMAND.exec(line);
  if (!m || !m[2]) return line;
  const props = m[2].trim().split(",").map((p) => {
    const eq = p.indexOf("=");
    if (eq < 0 || p.slice(0, eq).trim() !== "file") return p;
    const file = unescapeProperty(p.slice(eq + 1));
    if (path.isAbsolute(file)) return p;
    const rel = path.relative(workspace, path.resolve(siteDir, file)).split(path.sep).join("/");
    return `file=${escapeProperty(rel)}`;
  });
  return `::${m[1]} ${props.join(",")}::${line.slice(m[0].length)}`;
}

// src/action/report.ts
function parseReport(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const outcomes = raw?.outcomes;
  if (!Array.isArray(outcomes)) return null;
  return outcomes.flatMap((o) => {
    if (typeof o !== "object" || o === null) return [];
    const r = o;
    if (typeof r.status !== "string") return [];
    return [
      {
        kind: String(r.kind ?? ""),
        channel: String(r.channel ?? ""),
        events: Array.isArray(r.events) ? r.events.map(String) : [],
        status: r.status,
        detail: typeof r.detail === "string" ? r.detail : null
      }
    ];
  });
}
function countOutcomes(outcomes) {
  return {
    sent: outcomes.filter((o) => o.status === "sent" || o.status === "scheduled").length,
    failed: outcomes.filter((o) => o.status === "failed").length
  };
}
function summaryLines(outcomes) {
  if (outcomes.length === 0) return ["Nothing was due."];
  const lines2 = outcomes.map(
    (o) => `  ${o.status.padEnd(9)} ${o.kind.padEnd(12)} ${o.channel.padEnd(5)} ${o.events.length ? o.events.join(", ") : "(nothing to list)"}${o.detail ? `: ${o.detail}` : ""}`
  );
  const counts = /* @__PURE__ */ new Map();
  for (const o of outcomes) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  return [...lines2, `Total: ${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}.`];
}

// src/action/main.ts
var out = (line) => process.stdout.write(`${inert(line)}
`);
var command = (line) => process.stdout.write(`${line}
`);
function cliPath() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  const bundled = path2.join(here, "announce.mjs");
  return existsSync(bundled) ? bundled : path2.join(here, "..", "cli.js");
}
function lines(stream, emit) {
  return new Promise((resolve) => {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      rest += chunk;
      const parts = rest.split("\n");
      rest = parts.pop();
      for (const p of parts) emit(p);
    });
    stream.on("end", () => {
      if (rest) emit(rest);
      resolve();
    });
  });
}
function runCli(inputs, siteDir, workspace, env) {
  const args = cliArgs(inputs);
  out(`announce ${args.map((a) => /^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)).join(" ")}`);
  const child = spawn(process.execPath, [cliPath(), ...args], { cwd: siteDir, env: cliEnv(inputs, env), stdio: ["ignore", "pipe", "pipe"] });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  const capture = sends(inputs);
  const toWorkspace = (line) => annotationForWorkspace(line, siteDir, workspace);
  let report = "";
  const done = Promise.all([
    lines(child.stdout, (l) => capture ? report += `${l}
` : command(toWorkspace(l))),
    lines(child.stderr, (l) => process.stderr.write(`${toWorkspace(l)}
`))
  ]);
  return new Promise((resolve) => {
    child.on("error", (error) => {
      command(errorCommand(`Could not start announce: ${error.message}`));
      resolve({ code: 70, report: "", signal: null });
    });
    child.on("close", async (code, signal) => {
      await done;
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve({ code: code ?? 128, report, signal });
    });
  });
}
var FAILURE = {
  1: "Some deliveries failed; they were not recorded and the next run retries them.",
  2: "announce exited with code 2: bad usage or configuration (see the log above).",
  3: "announce check found content errors (see the annotations)."
};
var UNREADABLE = "Some pages could not be read (see the annotations); everything else was done and recorded.";
async function main(env = process.env) {
  const parsed = readInputs(env);
  if ("errors" in parsed) {
    for (const e of parsed.errors) command(errorCommand(e));
    for (const [k, v] of [["exit-code", 2], ["sent", 0], ["failed", 0]]) setOutput(k, v, env);
    saveState("ledger", "done", env);
    return 2;
  }
  const inputs = parsed.inputs;
  for (const value of secretsToMask(inputs, env)) command(maskCommand(value));
  const workspace = path2.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const siteDir = path2.resolve(workspace, inputs.site);
  if (!existsSync(siteDir)) {
    command(errorCommand(`Input 'site': no folder ${inputs.site} in the workspace (${workspace}).`));
    for (const [k, v] of [["exit-code", 2], ["sent", 0], ["failed", 0]]) setOutput(k, v, env);
    saveState("ledger", "done", env);
    return 2;
  }
  const commit = commitsLedger(inputs);
  if (commit) saveState("ledger", "pending", env);
  const run = await runCli(inputs, siteDir, workspace, env);
  if (run.signal) {
    command(errorCommand(`announce was stopped (${run.signal}); the post step commits what it recorded.`));
    return 128 + (run.signal === "SIGINT" ? 2 : 15);
  }
  let counts = { sent: 0, failed: 0 };
  if (sends(inputs)) {
    const outcomes = parseReport(run.report);
    if (outcomes) {
      counts = countOutcomes(outcomes);
      if (inputs.args.includes("--json")) out(run.report.trimEnd());
      else for (const l of summaryLines(outcomes)) out(l);
    } else if (run.report.trim()) out(run.report.trimEnd());
  }
  setOutput("exit-code", run.code, env);
  setOutput("sent", counts.sent, env);
  setOutput("failed", counts.failed, env);
  let pushFailed = false;
  if (commit) {
    const result = await commitLedger({ cwd: siteDir, ledger: inputs.ledger, log: out, error: (l) => command(errorCommand(l)), env });
    pushFailed = result === "failed";
  }
  saveState("ledger", "done", env);
  if (run.code !== 0) {
    const message = run.code === 3 && inputs.command !== "check" ? UNREADABLE : FAILURE[run.code];
    command(errorCommand(message ?? `announce exited with code ${run.code} (see the log above).`));
    return run.code;
  }
  return pushFailed ? 1 : 0;
}
process.exitCode = await main();
export {
  main
};
