// node bench/mjml-browser.mjs (after `npm run build`): mjml-browser (the same MJML engine, built without its
// file-system parts) against mjml, the dependency we use, for
//   1. output: the HTML of every message kind, for every talk of the sample site, rendered by our own pipeline
//      (dist/render/email) with each engine: identical or not;
//   2. start-up: a fresh Node that loads the engine and renders one message (median of runs);
//   3. install size: `npm install --omit=dev` of the engine alone into an empty folder.
// mjml-browser is not a dependency: this installs both engines into temporary folders with npm, from the
// registry (or npm's cache), at mjml's own version. mjml-browser needs `cheerio` beside it (it is external to
// its bundle and not declared), so it is installed with the cheerio version mjml uses.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const req = createRequire(path.join(root, 'package.json'));
const version = req('mjml/package.json').version;
const cheerio = req('mjml-core/package.json').dependencies.cheerio;
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

  // 1. Output. A child process per engine renders every kind for every sample talk through dist/render/email,
  // with `mjml` resolved to that engine (a module resolution hook), and prints the HTML as JSON.
  const renderAll = (entry) => {
    const hook = path.join(base, `hook-${path.basename(path.dirname(path.dirname(entry)))}.mjs`);
    writeFileSync(
      hook,
      `export async function resolve(s, c, next) { return s === 'mjml' ? { url: ${JSON.stringify(pathToFileURL(entry).href)}, shortCircuit: true } : next(s, c); }\n`,
    );
    const script = `
      import { register } from 'node:module';
      register(${JSON.stringify(pathToFileURL(hook).href)});
      const { loadContext } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/context.js')).href)});
      const { renderEmail } = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/render/email/index.js')).href)});
      const now = new Date('2024-11-18T08:00:00Z');
      const ctx = await loadContext({ site: ${JSON.stringify(root)} });
      const site = { title: ctx.site.title, baseURL: ctx.site.baseURL, host: new URL(ctx.site.baseURL).host };
      const out = {};
      for (const kind of ['announcement', 'digest', 'reminder', 'update', 'cancellation']) {
        const groups = kind === 'digest' ? [ctx.events] : ctx.events.map((e) => [e]);
        for (const events of groups) {
          const r = await renderEmail({ kind, events, config: ctx.config, site, now,
            period: kind === 'digest' ? { from: now, to: new Date(now.getTime() + 7 * 864e5) } : undefined,
            changes: kind === 'update' ? ['Time changed'] : undefined, minutesBefore: kind === 'reminder' ? 60 : undefined,
            sequence: Object.fromEntries(events.map((e) => [e.id, kind === 'announcement' ? 0 : 1])) });
          out[kind + ':' + events.map((e) => e.id).join('+')] = r.html;
        }
      }
      process.stdout.write(JSON.stringify(out));`;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  };
  const a = renderAll(engines.mjml.entry);
  const b = renderAll(engines['mjml-browser'].entry);
  const keys = Object.keys(a);
  const differing = keys.filter((k) => a[k] !== b[k]);
  console.log(`1. Output: ${keys.length} emails (5 kinds × the sample talks), ${keys.length - differing.length} identical, ${differing.length} different`);
  for (const k of differing.slice(0, 5)) {
    const i = [...a[k]].findIndex((ch, n) => ch !== b[k][n]);
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

