#!/usr/bin/env node
// `announce` (npx announce, npm run announce): runs the compiled CLI, dist/cli.js. In a clone of the repository,
// where dist/ is not committed and `npm ci` no longer builds it (the package builds on `prepack`, so that installing
// it never needs the dev dependencies), it first compiles src/ when dist/cli.js is missing or older than a source.
// An installed package has no src/: nothing is checked there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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

/** The dependencies package.json names that node_modules does not hold. */
function missingDependencies() {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  return names.filter((name) => !existsSync(path.join(root, 'node_modules', name, 'package.json')));
}

/** The compiler, or null when the dev dependencies are not installed. */
function typescript() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

let entry = cli;
if (existsSync(src) && (!existsSync(cli) || newestSource(src) > statSync(cli).mtimeMs)) {
  const tsc = typescript();
  const bundled = path.join(root, 'bundle', 'announce.mjs');
  if (tsc) {
    process.stderr.write('announce: compiling src/ into dist/ (once after each change)…\n');
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
    if (r.status !== 0) {
      // After a pull that added a dependency the compiler only says "Cannot find module": name the fix.
      const missing = missingDependencies();
      if (missing.length) process.stderr.write(`announce: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed (the dependencies changed since the last install): run \`npm ci\` first.\n`);
      process.exit(r.status ?? 2);
    }
  } else if (existsSync(bundled)) {
    // A clone with no dev dependencies (no `npm ci`, or `--omit=dev`): the committed bundle needs nothing but Node
    // (CI checks that it is what the sources build).
    entry = bundled;
  } else {
    process.stderr.write('announce: dist/ is not built and TypeScript is not installed: run `npm ci` first.\n');
    process.exit(2);
  }
}
await import(pathToFileURL(entry).href);
