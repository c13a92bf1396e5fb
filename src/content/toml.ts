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
