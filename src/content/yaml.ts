import yaml from 'js-yaml';

/**
 * YAML as Hugo (go-yaml) reads front matter in practice.
 *
 * Why js-yaml and not `yaml`: dozens of real pages continue a quoted value on lines that start at
 * column 0; go-yaml and js-yaml accept that, `yaml` 2.x rejects it.
 * Why not js-yaml as is: go-yaml also accepts `\'` inside double quotes (the seed page's title), which
 * YAML 1.2 and js-yaml reject. We accept exactly that escape, at the position js-yaml reports, and no
 * other unknown escape: go-yaml refuses the others too, so Hugo would fail on them.
 * Other go-yaml habits kept: YAML 1.1 booleans (`yes`, `no`, `on`, `off`, `y`, `n`), merge keys, and
 * timestamps left as text so that a date without an offset is read in Hugo's timeZone, as Hugo does.
 */

const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

const bool11 = new yaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  // Called for every plain scalar: reject long text before the set look-ups.
  resolve: (data: unknown) => typeof data === 'string' && data.length <= 5 && (YAML11_TRUE.has(data) || YAML11_FALSE.has(data)),
  construct: (data: string) => YAML11_TRUE.has(data),
  predicate: (obj: unknown) => typeof obj === 'boolean',
  represent: { lowercase: (obj: object) => String(obj) },
  defaultStyle: 'lowercase',
});

// No timestamp type: dates stay strings and are read by content/time.ts with Hugo's rules.
const HUGO_SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [bool11, (yaml as unknown as { types: { merge: yaml.Type } }).types.merge] });

/** An error at a 0-based line and column of the YAML text. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An alias (`*name`) where YAML allows one: after a space, a line start or `[ { , :`. */
const MAY_HAVE_ALIAS = /(?:^|[\s[{,:])\*[^\s*,\]}]/m;

/** More nodes than any real front matter has; an alias bomb expands far past it. */
const MAX_NODES = 200_000;
/**
 * Characters of text reachable through the document, counting each alias as often as it is used: a
 * front matter without aliases holds at most its own size (512 KB), so this is only reached by aliases
 * that repeat large values (two 100 KB strings used 20,000 times would be 4 GB once copied into events).
 */
export const MAX_EXPANDED_CHARS = 2 * 1024 * 1024;

export function parseYaml(text: string): unknown {
  let source = text;
  let scanned = false;
  for (let pass = 0; ; pass++) {
    try {
      const doc = yaml.load(source, { schema: HUGO_SCHEMA, json: true });
      // Only aliases can make a small text expand; most pages have none, and skip the walk.
      if (source.includes('*') && MAY_HAVE_ALIAS.test(source)) assertBounded(doc);
      return doc;
    } catch (error) {
      if (!(error instanceof yaml.YAMLException)) throw error;
      const pos = error.mark?.position ?? -1;
      if (error.reason === 'unknown escape sequence' && source[pos] === "'" && source[pos - 1] === '\\') {
        // One linear pass fixes every double-quoted value, when it agrees with js-yaml on the first one
        // (js-yaml knows the context exactly); otherwise one value a pass, as js-yaml reports them.
        if (!scanned) {
          scanned = true;
          const fixed = unescapeQuotedApostrophes(source);
          if (fixed.at.has(pos - 1)) {
            source = fixed.text;
            continue;
          }
        }
        if (pass >= MAX_QUOTE_PASSES)
          throw new YamlSyntaxError(`more than ${MAX_QUOTE_PASSES} values use \\' inside double quotes; write ' without the backslash`, error.mark.line, error.mark.column);
        source = unescapeSingleQuotes(source, pos);
        continue;
      }
      throw new YamlSyntaxError(error.reason ?? error.message, error.mark?.line ?? 0, error.mark?.column ?? 0, { cause: error });
    }
  }
}

const MAX_QUOTE_PASSES = 200;

/**
 * Rewrites `\'` as `'` inside every double-quoted scalar, in one pass over the text, and returns the
 * positions of the backslashes it removed. Knows just enough YAML to tell where a double-quoted scalar
 * is: one starts where a value or key starts (line start, after `: `, `- `, `[`, `{` or `,`); comments,
 * single-quoted scalars and block scalars (`|`, `>`) are passed over.
 */
export function unescapeQuotedApostrophes(source: string): { text: string; at: Set<number> } {
  const at = new Set<number>();
  let out = '';
  let copied = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    // A line: its indentation, then its content.
    const lineStart = i;
    while (i < n && source[i] === ' ') i++;
    const indent = i - lineStart;
    let valueStart = true;
    let blockScalar = false;
    for (; i < n && source[i] !== '\n'; i++) {
      const c = source[i]!;
      if (c === '#' && (i === lineStart || /\s/.test(source[i - 1]!))) {
        while (i < n && source[i] !== '\n') i++;
        break;
      }
      if (c === ' ' || c === '\t' || c === '\r') continue;
      if (valueStart && c === '"') {
        // To the closing quote, across lines.
        for (i++; i < n && source[i] !== '"'; i++) {
          if (source[i] !== '\\') continue;
          if (source[i + 1] === "'") {
            out += source.slice(copied, i);
            copied = i + 1;
            at.add(i);
          }
          i++;
        }
        valueStart = false;
        continue;
      }
      if (valueStart && c === "'") {
        for (i++; i < n; i++) if (source[i] === "'" && source[++i] !== "'") break;
        i--;
        valueStart = false;
        continue;
      }
      if (valueStart && (c === '|' || c === '>')) {
        blockScalar = true;
        while (i < n && source[i] !== '\n') i++;
        break;
      }
      if (c === '-' && valueStart && /[ \t\n]/.test(source[i + 1] ?? '\n')) continue;
      if (c === ':' && /[ \t\r\n]/.test(source[i + 1] ?? '\n')) valueStart = true;
      else if (c === '[' || c === '{' || c === ',') valueStart = true;
      else valueStart = false;
    }
    i++;
    if (blockScalar) {
      // Its lines are those more indented than the line that opened it, and blank lines.
      while (i < n) {
        let j = i;
        while (j < n && source[j] === ' ') j++;
        if (j < n && source[j] !== '\n' && source[j] !== '\r' && j - i <= indent) break;
        const nl = source.indexOf('\n', j);
        i = nl === -1 ? n : nl + 1;
      }
    }
  }
  return { text: out + source.slice(copied), at };
}

/**
 * `pos` is the `'` of a `\'` inside a double-quoted value: rewrites every `\'` of that value as `'`,
 * up to its closing quote, keeping the other escapes for js-yaml.
 */
function unescapeSingleQuotes(source: string, pos: number): string {
  let out = source.slice(0, pos - 1);
  let i = pos;
  for (; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source[i + 1] === "'" ? "'" : c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    out += c;
    if (c === '"') {
      i++;
      break;
    }
  }
  return out + source.slice(i);
}

/** Refuses documents whose aliases expand to more nodes or text than any page has (a "billion laughs"). */
function assertBounded(doc: unknown): void {
  let nodes = MAX_NODES;
  let chars = MAX_EXPANDED_CHARS;
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') {
      chars -= node.length;
      if (chars < 0)
        throw new YamlSyntaxError(
          `the front matter's aliases (*name) expand to more than ${MAX_EXPANDED_CHARS / 1024 / 1024} MB of text; write the values out instead of repeating an anchor`,
          0,
          0,
        );
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    nodes -= children.length + 1;
    if (nodes < 0) throw new YamlSyntaxError(`the front matter expands to more than ${MAX_NODES} values (a YAML alias bomb?)`, 0, 0);
    for (const c of children) stack.push(c);
  }
}
