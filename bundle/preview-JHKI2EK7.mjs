import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  channelTargets,
  createTransports,
  prepareRun,
  resolveEvent,
  runContextOf
} from "./chunk-T4RTFADA.mjs";
import {
  readLedger
} from "./chunk-PLZKPEHJ.mjs";
import {
  formatProblem,
  loadContext,
  printCommandOr
} from "./chunk-P3AQOZDL.mjs";
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
import {
  ConfigError
} from "./chunk-VGGN3EEV.mjs";
import "./chunk-6GQ57CJQ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/commands/preview.ts
import path from "node:path";
async function previewCommand(opts) {
  if (!opts.outDir && !opts.serve) throw new ConfigError("announce preview needs --out DIR (write files) or --serve (open in a browser)");
  if (opts.port !== void 0 && (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535))
    throw new ConfigError("--port must be a port number (0 for any free port)");
  const [{ collectPreview }, { renderPreviewFiles }, { renderEmail }, { renderSlack }, { readEmailTemplates, BUILTIN_TEMPLATES_DIR }] = await Promise.all([
    import("./collect-GJF7U4DW.mjs"),
    import("./pages-QY23NGUX.mjs"),
    import("./email-DOOJFDLN.mjs"),
    import("./slack-B6DF7RAJ.mjs"),
    import("./templates-7VQPD5E7.mjs")
  ]);
  const outDir = opts.outDir ? path.resolve(opts.outDir) : null;
  let reported = /* @__PURE__ */ new Set();
  const build = async () => {
    const ctx = await loadContext(opts);
    const now = /* @__PURE__ */ new Set();
    for (const p of ctx.problems) {
      const line = formatProblem(p, opts.env);
      now.add(line);
      if (p.severity === "error" && !reported.has(line)) printCommandOr(line, opts, "err");
    }
    reported = now;
    const run = runContextOf(ctx);
    const ledger = await readLedger(run.config.state);
    const targets = channelTargets(await createTransports(run.config, opts.env, opts.channel));
    const only = opts.event ? resolveEvent(run.events, opts.event) : null;
    const mode = only ? { type: "event", id: only.id, force: true } : { type: "run" };
    const templates = readEmailTemplates(run.config.templates);
    const set = await collectPreview({
      ctx: run,
      problems: ctx.problems,
      targets,
      prepared: prepareRun(run, ledger, targets, opts.now, mode),
      now: opts.now,
      only,
      renderEmail: (input) => renderEmail(input, templates),
      renderSlack
    });
    const files = renderPreviewFiles(set, { live: opts.serve });
    if (outDir) await writeFiles(outDir, files);
    return { ctx, files, set };
  };
  const first = await build();
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const planned = first.set.messages.filter((m) => m.source === "plan").length;
  const summary = `${count(planned, "message")} the next run would send, ${count(first.set.upcoming.length, "upcoming talk")}`;
  if (outDir) opts.out(`Preview written to ${path.join(outDir, "index.html")} (${summary}).`);
  if (!opts.serve) return 0;
  const { startPreviewServer } = await import("./serve-6ZDT6ARA.mjs");
  const { site, config } = first.ctx;
  const watch = [
    ...site.contentDirs.map((c) => ({ path: path.resolve(site.root, c.dir), recursive: true })),
    // The site root itself only for its configuration files (Hugo's and ours), not the outbox or public/.
    { path: site.root, recursive: false, names: /^(hugo|config|announce\.config)\.(toml|ya?ml|json)$/ },
    { path: path.join(site.root, "config"), recursive: true },
    { path: BUILTIN_TEMPLATES_DIR, recursive: true },
    ...config.templates ? [{ path: config.templates, recursive: true }] : []
  ];
  if (opts.config) watch.push({ path: path.dirname(path.resolve(opts.config)), recursive: false, names: new RegExp(`^${escapeRe(path.basename(opts.config))}$`) });
  const server = await startPreviewServer({
    port: opts.port ?? 0,
    build: async () => (await build()).files,
    watch,
    log: opts.err
  });
  opts.out(`Preview: ${server.url} (${summary}; re-rendered when a page or template changes; Ctrl-C to stop)`);
  await new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
async function writeFiles(dir, files) {
  const { mkdir, writeFile } = await import("node:fs/promises");
  for (const [rel, file] of files) {
    const target = path.join(dir, ...rel.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.body);
  }
}
export {
  previewCommand
};
