// npm run bundle: builds the GitHub Action's committed bundle, bundle/, from the sources with esbuild.
//
//   bundle/action.mjs   the action's `main` (src/action/main.ts): reads the inputs, runs announce.mjs, commits the ledger
//   bundle/post.mjs     its `post` (src/action/post.ts): commits a ledger that a cancelled run left uncommitted
//   bundle/reader-thread.mjs  the second thread that reads a large site's pages (src/site/reader-thread.ts)
//   bundle/announce.mjs the CLI (src/cli.ts) with every dependency; its commands are loaded lazily, as in dist/
//   bundle/*-<hash>.mjs the chunks they share or load lazily
//
// The action runs from a checkout of this repository with no `npm ci`: the bundle must need nothing but Node and
// the committed templates/ folder. CI rebuilds it and fails when the result differs from what is committed
// (tests/bundle.test.ts), so the build must be deterministic: no absolute paths, no timestamps, no source maps,
// esbuild pinned to one version. `node scripts/bundle.mjs --out DIR` builds elsewhere (the check does).
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outdir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(root, 'bundle');

/**
 * `import.meta.url` of a source module is the URL of the file it was compiled from (src/…/x.ts), not the bundle's:
 * the template loader finds templates/ relative to its own source (`../../../templates/`), which only holds at the
 * source's place. The action's own modules (src/action/) are exempt: they look for their siblings in bundle/; so is
 * src/site/read-pages.ts, which starts its reading thread from bundle/reader-thread.mjs.
 * Every output file sits directly in bundle/ (no chunk folder), so one relative path is right for all of them.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const rel = path.relative(root, args.path).split(path.sep).join('/');
      if (!text.includes('import.meta.url') || rel.startsWith('src/action/') || rel === 'src/site/read-pages.ts') return { contents: text, loader: 'ts' };
      const fromBundle = JSON.stringify(`../${rel}`);
      return { contents: text.replaceAll('import.meta.url', `new URL(${fromBundle}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * `await import('@slack/web-api')` of a CommonJS package gives its named exports in Node (it reads them from the
 * module's source), but a split chunk of esbuild's exports only `default` for it, and `{ WebClient }` would be
 * undefined. Each package loaded that way goes through a small ES module that re-exports, under their own names,
 * the exports the package has when required here, as Node would.
 */
const namedCjsExports = {
  name: 'named-cjs-exports',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind !== 'dynamic-import' || args.path.startsWith('node:')) return undefined;
      return { path: args.path, namespace: 'cjs-named', pluginData: { resolveDir: args.resolveDir } };
    });
    build.onLoad({ filter: /.*/, namespace: 'cjs-named' }, (args) => {
      const spec = JSON.stringify(args.path);
      let names;
      try {
        names = Object.keys(createRequire(path.join(args.pluginData.resolveDir, 'x.js'))(args.path)).filter((n) => n !== 'default' && n !== '__esModule');
      } catch (error) {
        if (error?.code !== 'ERR_REQUIRE_ESM') throw error;
        return { contents: `export * from ${spec};`, resolveDir: args.pluginData.resolveDir }; // an ES module: nothing to do
      }
      // require(): module.exports itself, as Node's `default` of a CommonJS module (an import would follow __esModule).
      const lines = [`const m = require(${spec});`, 'export default m;'];
      names.sort().forEach((n, i) => lines.push(`const e${i} = m[${JSON.stringify(n)}];`, `export { e${i} as ${JSON.stringify(n)} };`));
      return { contents: lines.join('\n'), resolveDir: args.pluginData.resolveDir };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { announce: 'src/cli.ts', action: 'src/action/main.ts', post: 'src/action/post.ts', 'reader-thread': 'src/site/reader-thread.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  // The action runs on Node 24; the same bundle still runs on the oldest Node that package.json promises.
  target: 'node20',
  format: 'esm',
  // Lazy `import()`s stay lazy: `announce check` never parses the Slack SDK, `list` never parses MJML.
  splitting: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies inside an ES module: `require` for Node's own modules and `__filename`/`__dirname`
  // (write-file-atomic hashes `__filename` into its temporary names).
  banner: {
    js: [
      "import { createRequire as __bundleRequire } from 'node:module';",
      "import { fileURLToPath as __bundlePath } from 'node:url';",
      'const require = __bundleRequire(import.meta.url);',
      'const __filename = __bundlePath(import.meta.url);',
      "const __dirname = __bundlePath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  // cosmiconfig (through htmlnano) requires TypeScript only to read a TypeScript config file, which no site has:
  // left out, it would be 9 MB of the bundle.
  external: ['typescript'],
  legalComments: 'eof',
  charset: 'utf8',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  plugins: [sourceUrls, namedCjsExports],
});

const files = Object.entries(result.metafile.outputs);
const total = files.reduce((n, [, o]) => n + o.bytes, 0);
console.log(`bundle: ${files.length} files, ${(total / 1024 / 1024).toFixed(1)} MB in ${path.relative(process.cwd(), outdir) || '.'}`);
