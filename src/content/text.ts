/** Text clean-up shared by the readers: what reaches a message is printable and tidy. */

// C0 and C1 controls and DEL; a LaTeX `\emph` in double quotes becomes ESC + "mph" in YAML.
const CONTROLS_EXCEPT_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * A flat copy of `s`. A value cut out of a page by the parser can be a V8 "sliced string" that keeps the
 * whole page text alive; 10,000 events would then hold 10,000 pages in memory.
 */
export function detach(s: string): string {
  if (s.length < 16) return s;
  // Re-encoding also stores pure ASCII/Latin-1 text in one byte a character, halving what it keeps. Through
  // one reused buffer: Buffer.from(s) allocates for every call, three times slower over 10,000 pages.
  if (s.length * 3 > DETACH_POOL.length) return Buffer.from(s, 'utf8').toString('utf8');
  return DETACH_POOL.toString('utf8', 0, DETACH_POOL.write(s));
}

const DETACH_POOL = Buffer.allocUnsafe(64 * 1024);

/** One line: each run of white space becomes one space, ends trimmed, control characters removed. */
export function normaliseLine(s: string): string {
  return detach(s.replace(/\s+/g, ' ').replace(ALL_CONTROLS, '').trim());
}

/** Multi-line text (Markdown): keeps line breaks, drops other control characters, trims. */
export function cleanText(s: string): string {
  const unix = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  return detach(unix.replace(CONTROLS_EXCEPT_NEWLINES, '').trim());
}

/** A string value from front matter, or null when absent, empty or not text. */
export function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number') return String(v);
  return null;
}

export function isHttpUrl(u: string): boolean {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
