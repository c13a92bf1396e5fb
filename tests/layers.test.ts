/**
 * The shape of the pipeline, checked on the sources: the pure middle (src/content, src/plan, src/render, src/calendar) reaches
 * no file system, network, process or delivery code through any chain of imports, and only the CLI depends on
 * the commands. Type-only imports are erased at run time and are not followed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

interface ModuleImports {
  /** Relative imports, resolved to files under src/. */
  local: string[];
  /** Packages and node builtins, as written. */
  external: string[];
  /** Every specifier, type-only ones included. */
  all: string[];
}

function importsOf(file: string): ModuleImports {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: ModuleImports = { local: [], external: [], all: [] };
  const add = (specifier: string, typeOnly: boolean) => {
    out.all.push(specifier);
    if (typeOnly) return;
    if (specifier.startsWith('.')) out.local.push(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
    else out.external.push(specifier);
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause;
      const typeOnly = node.isTypeOnly || (!!named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) add(arg.text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath ?? (e as { path?: string }).path ?? dir, e.name));
}

/** Every module reachable from `roots` through imports that exist at run time, with the chain that reaches it. */
function reachable(roots: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(roots.map((r) => [r, [r]]));
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    for (const next of importsOf(file).local) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

const rel = (f: string) => path.relative(SRC, f).split(path.sep).join('/');
const PURE_ROOTS = ['content', 'plan', 'render', 'calendar'].flatMap((d) => filesUnder(path.join(SRC, d))).concat(['model.ts', 'samples.ts'].map((f) => path.join(SRC, f)));
/** What the pure middle may use besides itself: the shared model, the error classes, ledger keys and types. */
const PURE_ALSO = new Set(['model.ts', 'samples.ts', 'errors.ts', 'ledger/keys.ts', 'ledger/types.ts', 'ledger/told.ts']);
const isPure = (f: string) => /^(content|plan|render|calendar)\//.test(rel(f)) || PURE_ALSO.has(rel(f));
/** Packages that do I/O: none of them belongs in the pure middle. */
const IO_PACKAGES = /^(nodemailer|@slack\/|proper-lockfile|write-file-atomic|commander)/;
/** Node builtins that compute without touching the world (hashing Message-IDs and keys). */
const PURE_BUILTINS = new Set(['node:crypto']);

describe('layers', () => {
  const chains = reachable(PURE_ROOTS);

  it('the pure middle imports only pure modules of our own, directly or through another module', () => {
    const outside = [...chains.entries()].filter(([f]) => !isPure(f)).map(([, chain]) => chain.map(rel).join(' → '));
    expect(outside).toEqual([]);
  });

  it('nor any builtin or package that reads files, talks to the network or sends', () => {
    const found: string[] = [];
    for (const [file, chain] of chains) {
      for (const x of importsOf(file).external) {
        const builtin = x.startsWith('node:') || ['fs', 'path', 'net', 'http', 'https', 'child_process', 'url', 'os'].includes(x.split('/')[0]!);
        if ((builtin && !PURE_BUILTINS.has(x)) || IO_PACKAGES.test(x)) found.push(`${chain.map(rel).join(' → ')} imports ${x}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('and reads neither the process nor the wall clock: the clock is an argument', () => {
    const found: string[] = [];
    for (const file of chains.keys()) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const m of text.matchAll(/\bprocess\.\w+|new Date\(\)|Date\.now\(\)/g)) found.push(`${rel(file)}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('only the CLI depends on the commands (not the preview, the context or the run)', () => {
    const found: string[] = [];
    for (const file of filesUnder(SRC)) {
      if (rel(file) === 'cli.ts' || rel(file).startsWith('commands/')) continue;
      for (const x of importsOf(file).all) {
        if (x.startsWith('.') && rel(path.resolve(path.dirname(file), x)).startsWith('commands/')) found.push(`${rel(file)} imports ${x}`);
      }
    }
    expect(found).toEqual([]);
  });
});
