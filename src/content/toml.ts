import { parse, TomlDate, TomlError } from 'smol-toml';

/** A TOML syntax error at a 0-based line and column. */
export class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * TOML front matter and config. Dates become text in the shape Hugo's own date parser reads, so that
 * a local date or date-time is read in Hugo's timeZone exactly like a quoted string would be.
 */
export function parseToml(text: string): unknown {
  try {
    return datesToText(parse(text));
  } catch (error) {
    if (error instanceof TomlError) {
      const firstLine = error.message.split('\n')[0] ?? error.message;
      const unterminated = unterminatedString(text, error.line - 1);
      if (unterminated)
        throw new TomlSyntaxError(
          `the string opened with ${unterminated.quote} is not closed on its line: add the closing ${unterminated.quote} (or use ${unterminated.quote.repeat(3)} … ${unterminated.quote.repeat(3)} for text on several lines)`,
          error.line - 1,
          unterminated.column,
          { cause: error },
        );
      throw new TomlSyntaxError(firstLine.replace(/^Invalid TOML document: /, ''), Math.max(0, error.line - 1), Math.max(0, error.column - 1), { cause: error });
    }
    throw error;
  }
}

function datesToText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesToText);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = datesToText(v);
    return out;
  }
  return value;
}

/**
 * smol-toml reports a one-line string left open as "control characters are not allowed in strings"
 * (it reaches the line break): find the quote that opened it on `line` (0-based), if that is what happened.
 */
function unterminatedString(text: string, line: number): { quote: string; column: number } | null {
  const l = text.split('\n')[line];
  if (l === undefined) return null;
  let open: { quote: string; column: number } | null = null;
  for (let i = 0; i < l.length; i++) {
    const c = l[i]!;
    if (open) {
      if (open.quote === '"' && c === '\\') i++;
      else if (c === open.quote) open = null;
    } else if (c === '#') break;
    else if (c === '"' || c === "'") {
      if (l.startsWith(c.repeat(3), i)) return null;
      open = { quote: c, column: i };
    }
  }
  return open;
}
