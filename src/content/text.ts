/** Text clean-up shared by the readers: what reaches a message is printable and tidy. */

// C0 and C1 controls and DEL; a LaTeX `\emph` in double quotes becomes ESC + "mph" in YAML.
const CONTROLS_EXCEPT_NEWLINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ALL_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;

/** One line: each run of white space becomes one space, ends trimmed, control characters removed. */
export function normaliseLine(s: string): string {
  return s.replace(/\s+/g, ' ').replace(ALL_CONTROLS, '').trim();
}

/** Multi-line text (Markdown): keeps line breaks, drops other control characters, trims. */
export function cleanText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROLS_EXCEPT_NEWLINES, '').trim();
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
