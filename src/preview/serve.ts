/**
 * `--serve`: the preview files from memory on 127.0.0.1, rebuilt when a page, the configuration or a
 * template changes. Only loopback: the preview shows unpublished pages.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PREVIEW_VERSION, type PreviewFiles } from './pages.js';

export interface WatchTarget {
  path: string;
  recursive: boolean;
  /** Only changes to these names count (for a folder that also holds other things, such as the site root). */
  names?: RegExp;
}

export interface PreviewServerOptions {
  port: number;
  /** Builds every file of the preview; a failure is shown in the browser and the previous files stay. */
  build: () => Promise<PreviewFiles>;
  watch: WatchTarget[];
  debounceMs?: number;
  log: (line: string) => void;
}

export interface PreviewServer {
  url: string;
  /** How many times the preview was built (the pages poll it to reload). */
  readonly version: number;
  /** Resolves after the next rebuild (for tests and callers that changed a file themselves). */
  rebuilt(): Promise<void>;
  close(): Promise<void>;
}

export async function startPreviewServer(opts: PreviewServerOptions): Promise<PreviewServer> {
  let files: PreviewFiles = await opts.build();
  let version = 1;
  let failure: string | null = null;
  let waiting: Array<() => void> = [];

  // One build at a time; changes during a build cause one more build after it.
  let building = false;
  let dirty = false;
  const rebuild = async (): Promise<void> => {
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
          opts.log('Preview rebuilt.');
        } catch (error) {
          failure = (error as Error).message;
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

  let timer: NodeJS.Timeout | null = null;
  const schedule = () => {
    // Editors write a file in several steps (and git checks out many): wait for the burst to end.
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void rebuild();
    }, opts.debounceMs ?? 150);
  };

  const trees = opts.watch.map((target) => watchTree(target, schedule));

  let port = 0;
  const server: Server = createServer((req, res) => {
    if (!isOwnHost(req.headers.host, port)) {
      // DNS rebinding: a web page whose name now points at 127.0.0.1 would read previews of unpublished talks.
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end(`The preview answers only at 127.0.0.1:${port} or localhost:${port}.\n`);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname === '/__preview/version') {
      res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(String(version));
      return;
    }
    let rel = pathname.replace(/^\/+/, '');
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = files.get(rel);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not in the preview: ${pathname}\n`);
      return;
    }
    let body = file.type.startsWith('text/html') ? file.body.replaceAll(PREVIEW_VERSION, String(version)) : file.body;
    if (failure && rel === 'index.html') {
      // Keep the last good preview, with the reason it is not current on top.
      const esc = failure.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      body = body.replace(/<body>/, `<body><p style="background:#fbdcdc;padding:8px;font-family:monospace">Preview out of date: ${esc}</p>`);
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    get version() {
      return version;
    },
    rebuilt: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: async () => {
      if (timer) clearTimeout(timer);
      for (const t of trees) t.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Whether a request's Host header names this server as the browser reached it: 127.0.0.1 or localhost at the port it
 * listens on (no port only for port 80). Any other name reached it through a DNS record the preview does not trust.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = /^(127\.0\.0\.1|localhost)(?::(\d{1,5}))?$/i.exec(host.trim());
  if (!m) return false;
  return m[2] === undefined ? port === 80 : Number(m[2]) === port;
}

/** Folders not worth watching under a watched tree. */
const SKIP = new Set(['node_modules', '.git', '.announce', 'public', 'resources']);
const MAX_DIRS = 5000;

/**
 * Watches a folder, and with `recursive` every folder below it, calling `onChange` on any change.
 * One plain (non-recursive) watcher per folder rather than `fs.watch({ recursive })`, whose Linux support
 * in Node 20 is recent and emulated in JavaScript; plain inotify watchers on each folder are the
 * long-standing path. A created or renamed entry triggers a rescan, so new page bundles are watched too.
 */
function watchTree(target: WatchTarget, onChange: () => void): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const add = (dir: string) => {
    if (closed || watchers.has(dir) || watchers.size >= MAX_DIRS) return;
    try {
      const w = watch(dir, { persistent: true }, (event, name) => {
        if (target.names && (!name || !target.names.test(String(name)))) return;
        if (event === 'rename' && target.recursive) rescan();
        onChange();
      });
      // A watched folder that is removed: forget it (a rescan adds it back if it returns).
      w.on('error', () => {
        w.close();
        watchers.delete(dir);
      });
      watchers.set(dir, w);
    } catch {
      return; // a folder that does not exist (no templates override): nothing to watch
    }
    if (!target.recursive) return;
    let entries: import('node:fs').Dirent[] = [];
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
        /* removed meanwhile */
      }
    }
  };
  add(target.path);
  return {
    close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
