import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  workflowCommand
} from "./chunk-6GQ57CJQ.mjs";

// src/action/git.ts
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
var COMMIT_MESSAGE = "announce: record deliveries";
var BOT_NAME = "github-actions[bot]";
var BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com";
function git(cwd, args, env) {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
async function commitLedger(opts) {
  const env = opts.env ?? process.env;
  const run = (...args) => git(opts.cwd, args, env);
  const attempts = opts.attempts ?? 5;
  const delay = opts.retryDelayMs ?? 3e3;
  const files = [];
  for (const f of [opts.ledger, `${opts.ledger}.journal`]) {
    if (existsSync(path.resolve(opts.cwd, f)) || (await run("ls-files", "--error-unmatch", "--", f)).code === 0) files.push(f);
  }
  if (files.length === 0) {
    opts.log("No ledger yet: nothing to commit.");
    return "no-ledger";
  }
  await run("config", "user.name", BOT_NAME);
  await run("config", "user.email", BOT_EMAIL);
  const add = await run("add", "-f", "-A", "--", ...files);
  if (add.code !== 0) {
    opts.error(`Could not stage the ledger: ${add.stderr.trim()}`);
    return "failed";
  }
  if ((await run("diff", "--cached", "--quiet")).code === 0) {
    const ahead = opts.pushUnpushed ? await run("rev-list", "--count", "@{upstream}..HEAD") : null;
    if (!ahead || ahead.code !== 0 || Number(ahead.stdout.trim()) === 0) {
      opts.log("Ledger unchanged.");
      return "unchanged";
    }
    opts.log("The ledger commit of the stopped run is not on the remote yet: pushing it.");
  } else {
    const commit = await run("commit", "-q", "-m", COMMIT_MESSAGE);
    if (commit.code !== 0) {
      opts.error(`Could not commit the ledger: ${(commit.stderr || commit.stdout).trim()}`);
      return "failed";
    }
  }
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const push = await run("push", "-q");
    if (push.code === 0) {
      opts.log("Ledger pushed.");
      return "pushed";
    }
    opts.log(`Push rejected (attempt ${attempt} of ${attempts}); rebasing onto the remote branch. ${push.stderr.trim()}`);
    if (attempt === attempts) break;
    await new Promise((r) => setTimeout(r, attempt * delay));
    const pull = await run("pull", "--rebase", "-q");
    if (pull.code !== 0) {
      await run("rebase", "--abort");
      opts.error(`Could not rebase the ledger commit onto the remote branch; resolve it by hand. ${pull.stderr.trim()}`);
      return "failed";
    }
  }
  opts.error(`Could not push the ledger after ${attempts} attempts; the next run would repeat this run's deliveries.`);
  return "failed";
}

// src/action/inputs.ts
var COMMANDS = ["run", "digest", "plan", "list", "check", "preview", "calendar"];
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(env, name, fallback, errors) {
  const v = input(env, name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  errors.push(`Input '${name}' must be true or false, not '${v}'.`);
  return fallback;
}
function splitArgs(text) {
  const args = [];
  let current = null;
  let quote = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current ??= "";
    } else if (/\s/.test(ch)) {
      if (current !== null) args.push(current);
      current = null;
    } else {
      current = (current ?? "") + ch;
    }
  }
  if (quote) return { error: `Input 'args' has an unterminated ${quote} quote: ${text}` };
  if (current !== null) args.push(current);
  return { args };
}
function readInputs(env) {
  const errors = [];
  const command = input(env, "command") || "run";
  if (!COMMANDS.includes(command))
    errors.push(`Unknown command '${command}' (${COMMANDS.slice(0, -1).join(", ")} or ${COMMANDS[COMMANDS.length - 1]}).`);
  const split = splitArgs(input(env, "args"));
  if ("error" in split) errors.push(split.error);
  const inputs = {
    site: input(env, "site") || ".",
    command,
    event: input(env, "event"),
    force: booleanInput(env, "force", false, errors),
    dryRun: booleanInput(env, "dry-run", false, errors),
    config: input(env, "config"),
    args: "args" in split ? split.args : [],
    commitLedger: booleanInput(env, "commit-ledger", true, errors),
    ledger: input(env, "ledger") || ".announce/state.json",
    smtpUrl: input(env, "smtp-url"),
    slackBotToken: input(env, "slack-bot-token"),
    slackWebhookUrl: input(env, "slack-webhook-url")
  };
  return errors.length > 0 ? { errors } : { inputs };
}
var sends = (inputs) => inputs.command === "run" || inputs.command === "digest";
var commitsLedger = (inputs) => inputs.commitLedger && sends(inputs) && !inputs.dryRun;
function cliArgs(inputs) {
  return [
    inputs.command,
    ...inputs.event ? [`--event=${inputs.event}`] : [],
    ...inputs.force ? ["--force"] : [],
    ...inputs.dryRun ? ["--dry-run"] : [],
    ...inputs.config ? [`--config=${inputs.config}`] : [],
    ...inputs.args,
    ...sends(inputs) && !inputs.args.includes("--json") ? ["--json"] : []
  ];
}
function cliEnv(inputs, env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (!k.startsWith("INPUT_")) out[k] = v;
  if (inputs.smtpUrl) out.SMTP_URL = inputs.smtpUrl;
  if (inputs.slackBotToken) out.SLACK_BOT_TOKEN = inputs.slackBotToken;
  if (inputs.slackWebhookUrl) out.SLACK_WEBHOOK_URL = inputs.slackWebhookUrl;
  return out;
}
function secretsToMask(inputs, env) {
  const smtp = inputs.smtpUrl || env.SMTP_URL || "";
  const values = [inputs.smtpUrl, inputs.slackBotToken, inputs.slackWebhookUrl];
  try {
    const url = new URL(smtp);
    if (url.password) values.push(url.password, decodeURIComponent(url.password));
  } catch {
  }
  return [...new Set(values.filter((v) => v.length >= 4))];
}

// src/action/runner.ts
import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
function appendTo(fileVar, name, value, env) {
  const file = env[fileVar];
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
var setOutput = (name, value, env = process.env) => appendTo("GITHUB_OUTPUT", name, String(value), env);
var saveState = (name, value, env = process.env) => appendTo("GITHUB_STATE", name, value, env);
var getState = (name, env = process.env) => env[`STATE_${name}`] ?? "";
var errorCommand = (message) => workflowCommand("error", message);
var maskCommand = (value) => workflowCommand("add-mask", value);

export {
  commitLedger,
  readInputs,
  sends,
  commitsLedger,
  cliArgs,
  cliEnv,
  secretsToMask,
  setOutput,
  saveState,
  getState,
  errorCommand,
  maskCommand
};
