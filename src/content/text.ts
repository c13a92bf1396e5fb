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
  // Through UTF-16, which is copied rather than transcoded (three times faster than through UTF-8 for text
  // with a curly quote, twice for ASCII), and through one reused buffer (Buffer.from(s) allocates for every
  // call). Decoding stores ASCII/Latin-1 text in one byte a character, halving what it keeps; a lone
  // surrogate (a YAML "\uD800") becomes U+FFFD, as UTF-8 would have it.
  const text = (s as string & { toWellFormed(): string }).toWellFormed();
  if (text.length * 2 > DETACH_POOL.length) return Buffer.from(text, 'utf16le').toString('utf16le');
  return DETACH_POOL.toString('utf16le', 0, DETACH_POOL.write(text, 0, 'utf16le'));
}

const DETACH_POOL = Buffer.allocUnsafe(64 * 1024);

/**
 * Characters that show nothing but change the text: zero-width spaces and joiners, the word joiner,
 * a stray byte-order mark, the soft hyphen, and the bidirectional controls (embeddings, overrides,
 * isolates, LRM/RLM) that can reorder what a reader sees. A zero-width (non-)joiner between two
 * non-ASCII characters is kept: Persian words and emoji sequences need it.
 */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]|(?<![^\x00-\x7F])[\u200C\u200D]|[\u200C\u200D](?![^\x00-\x7F])/g;
const NON_ASCII = /[^\x00-\x7F]/;

/** `s` as a reader sees it: invisible characters removed, composed (NFC), so an invisible edit is no change. */
export function visibleText(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.replace(INVISIBLE, '').normalize('NFC');
}

/** One line: each run of white space becomes one space, ends trimmed, control and invisible characters removed. */
export function normaliseLine(s: string): string {
  // Invisible characters first: JavaScript counts U+FEFF as white space.
  return detach(visibleText(s).replace(/\s+/g, ' ').replace(ALL_CONTROLS, '').trim());
}

/** Anything cleanText would remove or change but NFC: carriage returns, controls, the invisible characters. */
const TO_CLEAN = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2060\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]/;

/** Multi-line text (Markdown): keeps line breaks, drops other control and invisible characters, trims. */
export function cleanText(s: string): string {
  // Most abstracts hold none of it: one scan instead of three.
  if (!TO_CLEAN.test(s)) return detach((NON_ASCII.test(s) ? s.normalize('NFC') : s).trim());
  const unix = s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  return detach(visibleText(unix.replace(CONTROLS_EXCEPT_NEWLINES, '')).trim());
}

/** At most `max` characters, cut at a word where one is near, with an ellipsis; and whether it was cut. */
export function capText(s: string, max: number): { text: string; cut: boolean } {
  if (s.length <= max) return { text: s, cut: false };
  let end = max - 1;
  const space = s.lastIndexOf(' ', end);
  if (space > max * 0.8) end = space;
  // Not inside a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(s[end - 1] ?? '')) end--;
  return { text: detach(s.slice(0, end).trimEnd() + '…'), cut: true };
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

/**
 * Hugo shortcodes in front-matter text, which the theme renders and a message cannot: `{{% mention
 * "Name" %}}` becomes the name, `{{< icon … >}}` nothing (a glyph), and any other shortcode's tags are
 * dropped (the text between a pair is kept). A scan from one `{{` to the next, linear in the text.
 */
export function withoutShortcodes(s: string): string {
  if (!s.includes('{{')) return s;
  let out = '';
  let i = 0;
  for (let open = s.indexOf('{{', i); open !== -1; open = s.indexOf('{{', i)) {
    const delim = s[open + 2];
    if (delim !== '<' && delim !== '%') {
      out += s.slice(i, open + 2);
      i = open + 2;
      continue;
    }
    const close = s.indexOf(delim === '<' ? '>}}' : '%}}', open + 3);
    if (close === -1) break;
    out += s.slice(i, open) + shortcodeText(s.slice(open + 3, close).trim());
    i = close + 3;
  }
  return out + s.slice(i);
}

/** What a shortcode shows as text: the name of a mention, else nothing. */
function shortcodeText(inner: string): string {
  const m = /^(\/?)\s*([\w-]+)\s*(.*)$/s.exec(inner);
  if (!m || m[1] || m[2] !== 'mention') return '';
  const arg = /^(?:\w+\s*=\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|(\S+))/.exec(m[3]!.trim());
  return arg ? (arg[1] ?? arg[2] ?? arg[3] ?? arg[4] ?? '') : '';
}

/** A copy of front-matter data with shortcodes taken out of every text value (see withoutShortcodes). */
export function frontMatterWithoutShortcodes<T>(v: T, depth = 0): T {
  if (typeof v === 'string') return withoutShortcodes(v) as T;
  if (depth > 4 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => frontMatterWithoutShortcodes(x, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = frontMatterWithoutShortcodes(x, depth + 1);
  return out as T;
}
