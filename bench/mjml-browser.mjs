// node bench/mjml-browser.mjs (after `npm run build`): mjml-browser (the same MJML engine, built without its
// file-system parts), which we use, against mjml, which we used before, for
//   1. output: every HTML file of `announce preview` on the sample site (every message kind), rendered by the
//      CLI with each engine: identical or not;
//   2. start-up: a fresh Node that loads the engine and renders one message (median of runs);
//   3. install size: `npm install --omit=dev` of the engine alone into an empty folder.
// This installs both engines into temporary folders with npm, from the registry (or npm's cache), at the
// version we depend on. mjml-browser needs `cheerio` beside it (it is external to its bundle and not declared):
// it is installed with the cheerio range of our package.json, which declares it for the same reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const req = createRequire(path.join(root, 'package.json'));
const version = req('mjml-browser/package.json').version;
const cheerio = req('./package.json').dependencies.cheerio;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function install(dir, specs) {
  writeFileSync(path.join(dir, 'package.json'), '{"name":"engine","version":"1.0.0","private":true}\n');
  execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', ...specs], { cwd: dir, stdio: 'ignore' });
  const kb = Number(execFileSync('du', ['-sk', path.join(dir, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
  const count = JSON.parse(execFileSync('npm', ['ls', '--all', '--json', '--omit=dev'], { cwd: dir, encoding: 'utf8' }));
  const names = new Set();
  const walk = (deps) => Object.entries(deps ?? {}).forEach(([n, d]) => (names.add(n), walk(d.dependencies)));
  walk(count.dependencies);
  return { mb: kb / 1024, packages: names.size };
}

const base = mkdtempSync(path.join(os.tmpdir(), 'mjml-engines-'));
try {
  const engines = {
    mjml: { dir: path.join(base, 'mjml'), specs: [`mjml@${version}`], module: 'mjml' },
    'mjml-browser': { dir: path.join(base, 'browser'), specs: [`mjml-browser@${version}`, `cheerio@${cheerio}`], module: 'mjml-browser' },
  };
  for (const e of Object.values(engines)) {
    execFileSync('mkdir', ['-p', e.dir]);
    e.size = install(e.dir, e.specs);
    e.entry = createRequire(path.join(e.dir, 'package.json')).resolve(e.module);
  }

  // 1. Output. `announce preview --out` (the CLI, dist/cli.js) renders the next run's messages, an announcement of
  // every upcoming talk and a sample of every message kind, once with each engine: `mjml-browser` is resolved to
  // that engine by a module resolution hook. Every HTML file of the two previews is compared.
  const renderAll = (entry, name) => {
    const hook = path.join(base, `hook-${name}.mjs`);
    const register = path.join(base, `register-${name}.mjs`);
    writeFileSync(
      hook,
      `export async function resolve(s, c, next) { return s === 'mjml-browser' ? { url: ${JSON.stringify(pathToFileURL(entry).href)}, shortCircuit: true } : next(s, c); }\n`,
    );
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
    const out = path.join(base, `preview-${name}`);
    execFileSync(process.execPath, ['--import', pathToFileURL(register).href, path.join(root, 'dist/cli.js'), 'preview', '--out', out, '--site', root, '--now', '2024-11-18T08:00:00Z'], { stdio: 'ignore' });
    const html = {};
    for (const f of readdirSync(out, { recursive: true })) if (String(f).endsWith('.html')) html[f] = readFileSync(path.join(out, f), 'utf8');
    return html;
  };
  const a = renderAll(engines.mjml.entry, 'mjml');
  const b = renderAll(engines['mjml-browser'].entry, 'browser');
  const keys = Object.keys(a);
  const differing = [...new Set([...keys, ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
  const emails = keys.filter((k) => /email/.test(k)).length;
  console.log(`1. Output (announce preview of the sample site): ${keys.length} HTML files, ${emails} of them emails (every kind, desktop and phone), ${keys.length - differing.length} identical, ${differing.length} different`);
  for (const k of differing.slice(0, 5)) {
    const i = [...(a[k] ?? '')].findIndex((ch, n) => ch !== (b[k] ?? '')[n]);
    console.log(`   ${k}: first difference at character ${i}: mjml …${JSON.stringify(a[k].slice(i - 40, i + 60))}…`);
    console.log(`   ${' '.repeat(k.length)}  mjml-browser …${JSON.stringify(b[k].slice(i - 40, i + 60))}…`);
  }

  // 2. Start-up: load the engine and render a small document, in a fresh process.
  const doc = '<mjml><mj-body><mj-section><mj-column><mj-text>Hello</mj-text></mj-column></mj-section></mj-body></mjml>';
  const time = (entry) => {
    const script = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(entry).href)}); const f = m.default?.default ?? m.default ?? m;
      const t1 = performance.now(); await f(${JSON.stringify(doc)}, { validationLevel: 'strict' }); const t2 = performance.now();
      process.stdout.write(JSON.stringify([t1 - t0, t2 - t1]));`;
    const runs = Array.from({ length: RUNS }, () => JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout));
    const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    return { load: med(runs.map((r) => r[0])), render: med(runs.map((r) => r[1])) };
  };
  console.log(`2. Start-up (median of ${RUNS}): load the engine, then render one small message`);
  for (const [name, e] of Object.entries(engines)) {
    const t = time(e.entry);
    console.log(`   ${name.padEnd(13)} load ${t.load.toFixed(0)} ms, first render ${t.render.toFixed(0)} ms`);
  }
  console.log(`3. Install size (npm install --omit=dev of the engine alone, ${version})`);
  for (const [name, e] of Object.entries(engines))
    console.log(`   ${name.padEnd(13)} ${e.size.mb.toFixed(1)} MB, ${e.size.packages} packages (${e.specs.join(' ')})`);
  if (differing.length) process.exitCode = 1;
} finally {
  rmSync(base, { recursive: true, force: true });
}

