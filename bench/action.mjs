// The action's tick, as a GitHub-hosted runner runs it (node24, the committed bundle, no install step), against
// `node -e 0` in the same run; and beside it what the old composite action paid before its run on every tick:
// `npm ci` of its own checkout (which also compiled the CLI through `prepare`).
//   - the action folder is `git archive HEAD` (only what is committed), outside the workspace;
//   - the workspace is a clone of a bare origin holding the sample site; no secrets, so messages go to the outbox;
//   - "first tick": the Monday digest is due, it is written and the ledger committed and pushed;
//   - "idle tick": nothing is due (most ticks of a cron), median of BENCH_RUNS.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Node 24 as the runner has it: ANNOUNCE_TEST_NODE24, this Node if it is 24, a node@24 in npm's cache, else this Node. */
function node24() {
  const version = (bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const candidates = [process.env.ANNOUNCE_TEST_NODE24, process.execPath];
  const npx = path.join(os.homedir(), '.npm', '_npx');
  if (existsSync(npx)) for (const d of readdirSync(npx)) candidates.push(path.join(npx, d, 'node_modules', 'node', 'bin', 'node'));
  for (const c of candidates) if (c && existsSync(c) && version(c).startsWith('v24.')) return { bin: c, version: version(c) };
  return { bin: process.execPath, version: `${process.version} (no Node 24 found)` };
}

function time(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const du = (dir) => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;

const base = mkdtempSync(path.join(os.tmpdir(), 'announce-bench-action-'));
try {
  const { bin, version } = node24();
  const actionDir = path.join(base, '_actions', 'seminar-announcer');
  mkdirSync(actionDir, { recursive: true });
  execFileSync('bash', ['-c', `git archive --format=tar HEAD | tar -x -C "${actionDir}"`], { cwd: root });

  const origin = path.join(base, 'origin.git');
  const seed = path.join(base, 'seed');
  const workspace = path.join(base, 'workspace');
  git(base, 'init', '-q', '--bare', '-b', 'main', origin);
  git(base, 'clone', '-q', origin, seed);
  cpSync(path.join(root, 'content'), path.join(seed, 'content'), { recursive: true });
  cpSync(path.join(root, 'hugo.toml'), path.join(seed, 'hugo.toml'));
  writeFileSync(path.join(seed, '.gitignore'), '.announce/\n');
  git(seed, 'add', '.');
  git(seed, '-c', 'user.name=s', '-c', 'user.email=s@example.org', 'commit', '-q', '-m', 'site');
  git(seed, 'push', '-q', 'origin', 'main');
  git(base, 'clone', '-q', origin, workspace);

  const tick = (now) => {
    const out = path.join(base, 'github-output');
    writeFileSync(out, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...{ GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace },
      ...{ GITHUB_OUTPUT: out, GITHUB_STATE: path.join(base, 'github-state'), GITHUB_STEP_SUMMARY: path.join(base, 'summary') },
      ...{ INPUT_SITE: '.', INPUT_COMMAND: 'run', INPUT_ARGS: `--now ${now}`, 'INPUT_COMMIT-LEDGER': 'true', INPUT_LEDGER: '.announce/state.json' },
    };
    return time(bin, [path.join(actionDir, 'bundle', 'action.mjs')], { cwd: workspace, env });
  };

  const node0 = median(Array.from({ length: RUNS }, () => time(bin, ['-e', '0']).ms));
  const first = tick('2024-11-18T08:00:00Z');
  if (!first.stdout.includes('Ledger pushed.')) throw new Error(`the first tick pushed no ledger:\n${first.stdout}`);
  tick('2024-11-18T08:30:00Z'); // warm the file cache
  const idle = median(Array.from({ length: RUNS }, (_, i) => tick(`2024-11-18T09:0${i}:00Z`).ms));

  console.log(`The action's tick on ${version} (median of ${RUNS}; the first tick once):`);
  console.log(`   node -e 0                         ${fmt(node0)}`);
  console.log(`   idle tick (nothing due)           ${fmt(idle)}   ${(idle / node0).toFixed(1)} × node -e 0`);
  console.log(`   first tick (digest, ledger push)  ${fmt(first.ms)}   ${(first.ms / node0).toFixed(1)} × node -e 0`);

  // The old composite action: its checkout was installed with `npm ci` (and compiled by `prepare`) on every tick.
  const composite = git(root, 'log', '--format=%H', '-S', 'using: composite', '--', 'action.yml')
    .split('\n')
    .find((h) => h && git(root, 'show', `${h}:action.yml`).includes('using: composite'));
  if (composite) {
    const old = path.join(base, 'composite');
    mkdirSync(old);
    execFileSync('bash', ['-c', `git archive --format=tar ${composite} | tar -x -C "${old}"`], { cwd: root });
    const ci = time('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: old, env: { ...process.env, npm_config_update_notifier: 'false' } });
    const packages = readdirSync(path.join(old, 'node_modules')).length;
    console.log(`The old composite action's install step, before its run (commit ${composite.slice(0, 7)}, npm's cache warm):`);
    console.log(`   npm ci (+ tsc through prepare)    ${fmt(ci.ms)}   ${(ci.ms / idle).toFixed(0)} × the idle tick; node_modules ${du(path.join(old, 'node_modules')).toFixed(0)} MB (${packages} top-level entries)`);
  }
  console.log(`   the action's own folder: ${du(path.join(actionDir, 'bundle')).toFixed(1)} MB of bundle/, nothing installed`);
} finally {
  rmSync(base, { recursive: true, force: true });
}
