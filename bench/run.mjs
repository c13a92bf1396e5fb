// npm run bench: figures as ratios against references measured in the same run, on the same machine.
//  1. `announce list --json` on a generated site of 10,000 talks vs `hugo list all` on it (+ peak memory);
//  2. `announce list` on the sample site vs `node -e 0` (start-up: heavy modules must not load);
//  3. delivery: bench/deliver.mjs (1,000 talks due at once vs 100, outbox and local SMTP);
//  4. the action: bench/action.mjs (a tick of the committed bundle on Node 24 vs `node -e 0`, and the old composite's npm ci).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSite } from './gen-site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/cli.js');
const N = Number(process.env.BENCH_TALKS ?? 10_000);
// Node flags from the CLI's shebang, so the bench runs it exactly as `npx announce` does.
const shebang = readFileSync(cli, 'utf8').split('\n', 1)[0];
const nodeFlags = shebang.includes(' node ') ? shebang.split(' node ')[1].trim().split(/\s+/) : [];
// Hugo's own time varies by a fifth between runs on a shared machine: nine alternating runs give a steady median.
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
// Start-ups take a tenth of a second, and `node -e 0` varies by a third between runs here: more runs, as cheap as one listing.
const START_RUNS = Math.max(RUNS, 15);

function time(cmd, args) {
  // The output goes to a file, read after the clock stops. Through a pipe the command would wait on its
  // reader, this process, whose collecting of 26 MB of JSON (page faults, copies) is no part of the
  // command's time: measured here, it added some 0.1 s to the listing and nothing to Hugo's 1.5 MB.
  const sink = path.join(dir, 'stdout');
  const fd = openSync(sink, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', fd, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(fd);
  const stderr = r.stderr?.toString('utf8') ?? '';
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${stderr.slice(-500)}`);
  const rss = /__MAXRSS_KB=(\d+)/.exec(stderr);
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : null, stdout: readFileSync(sink, 'utf8') };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Medians of `n` runs of each command, the commands taking turns. */
function benchAlternating(commands, n = RUNS) {
  for (const [, cmd, args] of commands) time(cmd, args); // warm the file cache
  const runs = commands.map(() => []);
  for (let i = 0; i < n; i++) commands.forEach(([, cmd, args], k) => runs[k].push(time(cmd, args)));
  return commands.map(([label], k) => ({ label, ms: median(runs[k].map((r) => r.ms)), rssMB: runs[k][0].rssMB, out: runs[k][0].stdout }));
}

const bench = (label, cmd, args) => benchAlternating([[label, cmd, args]])[0];
const fmt = (ms) => `${ms.toFixed(0)} ms`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'announce-bench-'));
try {
  console.log(`Generating a site of ${N} talks…`);
  generateSite(dir, N);

  // Alternating, so that a slow spell of this shared machine falls on both alike.
  const [hugo, ours] = benchAlternating([
    ['hugo list all', 'hugo', ['list', 'all', '--source', dir]],
    ['announce list --json', process.execPath, [...nodeFlags, '--require', path.join(root, 'bench/maxrss.cjs'), cli, 'list', '--json', '--site', dir, '--now', '2024-06-01T00:00:00Z']],
  ]);
  const listed = JSON.parse(ours.out).length;
  const hugoListed = hugo.out.trim().split('\n').length - 1;
  if (listed !== N || hugoListed !== N) throw new Error(`expected ${N} talks, hugo listed ${hugoListed}, we listed ${listed}`);
  const floor = bench('floor: walk + read + js-yaml only', process.execPath, [path.join(root, 'bench/floor.mjs'), dir]);
  const ratio = ours.ms / hugo.ms;
  console.log(`\n1. ${N} talks (median of ${RUNS}, runs alternating):`);
  console.log(`   hugo list all          ${fmt(hugo.ms)}`);
  console.log(`   announce list --json   ${fmt(ours.ms)}   peak memory ${ours.rssMB.toFixed(0)} MB`);
  console.log(`   ratio ${ratio.toFixed(2)} × Hugo (goal ≤ 0.50)   memory ${ours.rssMB.toFixed(0)} MB (goal < 150 MB)`);
  console.log(`   floor: walk, read and js-yaml alone, in one thread ${fmt(floor.ms)} = ${(floor.ms / hugo.ms).toFixed(2)} × Hugo (what one Node thread reading these pages pays)`);

  const [node0, sample] = benchAlternating([
    ['node -e 0', process.execPath, ['-e', '0']],
    ['announce list (sample site)', process.execPath, [...nodeFlags, cli, 'list', '--site', root, '--now', '2024-11-18T08:00:00Z']],
  ], START_RUNS);
  console.log(`\n2. Start-up on the sample site (median of ${START_RUNS}, runs alternating):`);
  console.log(`   node -e 0              ${fmt(node0.ms)}`);
  console.log(`   announce list          ${fmt(sample.ms)}`);
  console.log(`   ratio ${(sample.ms / node0.ms).toFixed(2)} × node -e 0 (goal ≤ 2.5)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const deliver = path.join(root, 'bench/deliver.mjs');
if (existsSync(deliver)) {
  console.log('\n3. Delivery:');
  const r = spawnSync(process.execPath, [deliver], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

const action = path.join(root, 'bench/action.mjs');
if (existsSync(action)) {
  console.log('\n4. The GitHub Action:');
  const r = spawnSync(process.execPath, [action], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}

const digest = path.join(root, 'bench/digest.mjs');
if (existsSync(digest)) {
  console.log('\n5. Digest size (weeks of 8, 20 and 60 talks):');
  const r = spawnSync(process.execPath, [digest], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
