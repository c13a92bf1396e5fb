/**
 * Splits a content file into front matter and body exactly where Hugo's page lexer does: leading white
 * space and a byte-order mark are skipped; `---` opens YAML, `+++` TOML, `{` JSON; a closing delimiter
 * is any line that starts with the same three characters. (gray-matter splits differently: it does not
 * read JSON front matter, skip leading blank lines, or tell on which line the front matter starts, which
 * every error message needs; so this small lexer is ours.)
 */

export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'none';

export interface SplitPage {
  format: FrontMatterFormat;
  /** The front matter text, without delimiters (for JSON: including the braces). */
  frontMatter: string;
  /** 0-based line of the page on which `frontMatter` starts. */
  frontMatterLine: number;
  body: string;
}

export class SplitError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const countLines = (s: string, end: number) => {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
};

export function splitPage(text: string): SplitPage {
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\uFEFF' || c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    break;
  }
  const c = text[i];
  if (c === '-' || c === '+') return splitDelimited(text, i, c === '-' ? 'yaml' : 'toml');
  if (c === '{') return splitJson(text, i);
  return { format: 'none', frontMatter: '', frontMatterLine: 0, body: text };
}

function splitDelimited(text: string, start: number, format: 'yaml' | 'toml'): SplitPage {
  const delim = format === 'yaml' ? '---' : '+++';
  const openLine = countLines(text, start);
  if (!text.startsWith(delim, start)) throw new SplitError(`invalid ${format.toUpperCase()} delimiter: expected "${delim}"`, openLine, 0);
  let pos = start + 3;
  // Hugo lets the front matter begin right after the delimiter's line break.
  if (text[pos] === '\r' && text[pos + 1] === '\n') pos += 2;
  else if (text[pos] === '\n') pos += 1;
  const fmStart = pos;
  let lineStart = pos;
  for (;;) {
    if (text.startsWith(delim, lineStart)) {
      const frontMatter = text.slice(fmStart, lineStart);
      let bodyStart = lineStart + 3;
      if (text[bodyStart] === '\r' && text[bodyStart + 1] === '\n') bodyStart += 2;
      else if (text[bodyStart] === '\n') bodyStart += 1;
      return {
        format,
        frontMatter,
        frontMatterLine: countLines(text, fmStart),
        body: text.slice(bodyStart),
      };
    }
    const nl = text.indexOf('\n', lineStart);
    if (nl === -1)
      throw new SplitError(
        `the front matter opened with "${delim}" on line ${openLine + 1} is never closed: add a line "${delim}" after it`,
        openLine,
        0,
      );
    lineStart = nl + 1;
  }
}

function splitJson(text: string, start: number): SplitPage {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      let bodyStart = i + 1;
      if (text[bodyStart] === '\r' && text[bodyStart + 1] === '\n') bodyStart += 2;
      else if (text[bodyStart] === '\n') bodyStart += 1;
      return {
        format: 'json',
        frontMatter: text.slice(start, i + 1),
        frontMatterLine: countLines(text, start),
        body: text.slice(bodyStart),
      };
    }
  }
  throw new SplitError('the JSON front matter is never closed: its "{" has no matching "}"', countLines(text, start), 0);
}
