#!/usr/bin/env node
// `announce` (npx announce, npm run announce): runs the compiled CLI, dist/cli.js. In a clone of the repository,
// where dist/ is not committed and `npm ci` no longer builds it (the package builds on `prepack`, so that installing
// it never needs the dev dependencies), it first compiles src/ when dist/cli.js is missing or older than a source.
// An installed package has no src/: nothing is checked there.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const src = path.join(root, 'src');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (existsSync(src) && (!existsSync(cli) || newestSource(src) > statSync(cli).mtimeMs)) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    process.stderr.write('announce: dist/ is not built and TypeScript is not installed: run `npm ci` first.\n');
    process.exit(2);
  }
  process.stderr.write('announce: compiling src/ into dist/ (once after each change)…\n');
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 2);
}
await import(pathToFileURL(cli).href);
