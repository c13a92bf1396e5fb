/**
 * A Node 24 binary, for running the action as GitHub-hosted runners do (`runs.using: node24`):
 *   1. ANNOUNCE_TEST_NODE24, if set (.ci/run sets it to the npm `node@24` package's binary);
 *   2. this process's own Node, if it is a 24;
 *   3. a `node@24` package that `npm exec --package=node@24` left in npm's cache (~/.npm/_npx);
 *   4. else this process's Node, and `note` says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface NodeBinary {
  path: string;
  version: string;
  /** How it was found, for the test's output. */
  note: string;
}

function versionOf(bin: string): string | null {
  try {
    return execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return null;
  }
}

export function findNode24(): NodeBinary {
  const explicit = process.env.ANNOUNCE_TEST_NODE24;
  if (explicit) {
    const v = versionOf(explicit);
    if (v?.startsWith('v24.')) return { path: explicit, version: v, note: `Node ${v} from ANNOUNCE_TEST_NODE24` };
  }
  if (process.version.startsWith('v24.')) return { path: process.execPath, version: process.version, note: `Node ${process.version} (this process)` };
  const npx = path.join(process.env.npm_config_cache ?? path.join(os.homedir(), '.npm'), '_npx');
  if (existsSync(npx)) {
    for (const dir of readdirSync(npx)) {
      const bin = path.join(npx, dir, 'node_modules', 'node', 'bin', 'node');
      const v = existsSync(bin) ? versionOf(bin) : null;
      if (v?.startsWith('v24.')) return { path: bin, version: v, note: `Node ${v} from npm's cache (the node@24 package)` };
    }
  }
  return {
    path: process.execPath,
    version: process.version,
    note: `no Node 24 found (ANNOUNCE_TEST_NODE24, or \`npm exec --package=node@24\`): this machine's Node ${process.version}`,
  };
}
