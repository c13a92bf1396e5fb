import { createRequire as __bundleRequire } from 'node:module'; import { fileURLToPath as __bundlePath } from 'node:url'; const require = __bundleRequire(import.meta.url); const __filename = __bundlePath(import.meta.url); const __dirname = __bundlePath(new URL('.', import.meta.url));
import {
  PREVIEW_VERSION
} from "./chunk-CDBN6ZEG.mjs";
import "./chunk-ALNNIUKB.mjs";
import "./chunk-DHLL2WBJ.mjs";
import "./chunk-5TF6PVB2.mjs";

// src/preview/serve.ts
import { readdirSync, watch } from "node:fs";
import path from "node:path";
import { createServer } from "node:http";
async function startPreviewServer(opts) {
  let files = await opts.build();
  let version = 1;
  let failure = null;
  let waiting = [];
  let building = false;
  let dirty = false;
  const rebuild = async () => {
    if (building) {
      dirty = true;
      return;
    }
    building = true;
    try {
      do {
        dirty = false;
        try {
          files = await opts.build();
          failure = null;
          opts.log("Preview rebuilt.");
        } catch (error) {
          failure = error.message;
          opts.log(`Preview not rebuilt: ${failure}`);
        }
        version++;
      } while (dirty);
    } finally {
      building = false;
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  };
  let timer = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void rebuild();
    }, opts.debounceMs ?? 150);
  };
  const trees = opts.watch.map((target) => watchTree(target, schedule));
  let port = 0;
  const server = createServer((req, res) => {
    if (!isOwnHost(req.headers.host, port)) {
      res.writeHead(421, { "content-type": "text/plain; charset=utf-8" }).end(`The preview answers only at 127.0.0.1:${port} or localhost:${port}.
`);
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === "/__preview/version") {
      res.writeHead(200, { "content-type": "text/plain", "cache-control": "no-store" }).end(String(version));
      return;
    }
    let rel = pathname.replace(/^\/+/, "");
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = files.get(rel);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not in the preview: ${pathname}
`);
      return;
    }
    let body = file.type.startsWith("text/html") ? file.body.replaceAll(PREVIEW_VERSION, String(version)) : file.body;
    if (failure && rel === "index.html") {
      const esc = failure.replace(/&/g, "&amp;").replace(/</g, "&lt;");
      body = body.replace(/<body>/, `<body><p style="background:#fbdcdc;padding:8px;font-family:monospace">Preview out of date: ${esc}</p>`);
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? void 0 : body);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = server.address().port;
  return {
    url: `http://127.0.0.1:${port}/`,
    get version() {
      return version;
    },
    rebuilt: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      if (timer) clearTimeout(timer);
      for (const t of trees) t.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
function isOwnHost(host, port) {
  if (!host) return false;
  const m = /^(127\.0\.0\.1|localhost)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!m) return false;
  return m[2] === void 0 ? port === 80 : Number(m[2]) === port;
}
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", ".announce", "public", "resources"]);
var MAX_DIRS = 5e3;
function watchTree(target, onChange) {
  const watchers = /* @__PURE__ */ new Map();
  let closed = false;
  const add = (dir) => {
    if (closed || watchers.has(dir) || watchers.size >= MAX_DIRS) return;
    try {
      const w = watch(dir, { persistent: true }, (event, name) => {
        if (target.names && (!name || !target.names.test(String(name)))) return;
        if (event === "rename" && target.recursive) rescan();
        onChange();
      });
      w.on("error", () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      return;
    }
    if (!target.recursive) return;
    let entries = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory() && !SKIP.has(e.name)) add(path.join(dir, e.name));
  };
  const rescan = () => {
    for (const [dir, w] of watchers) {
      try {
        readdirSync(dir);
      } catch {
        w.close();
        watchers.delete(dir);
      }
    }
    add(target.path);
    for (const dir of [...watchers.keys()]) {
      try {
        for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory() && !SKIP.has(e.name)) add(path.join(dir, e.name));
      } catch {
      }
    }
  };
  add(target.path);
  return {
    close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    }
  };
}
export {
  isOwnHost,
  startPreviewServer
};
