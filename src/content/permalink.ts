import { DateTime } from 'luxon';

/**
 * Permalinks as Hugo builds them: `url` front matter, else the section's `permalinks` pattern, else the
 * content path with `slug` replacing the last segment; each segment sanitised the way Hugo's
 * UnicodeSanitize does (letters, digits, marks and `._~+#@` kept, each run of hyphens and white space turned into one hyphen,
 * anything else dropped), lower-cased, escaped as Go's net/url escapes paths, prefixed by baseURL.
 */

export interface PermalinkInput {
  baseURL: string;
  /** Path under the content directory, without extension, e.g. `event/2024-11-21/index` or `event/foo`. */
  contentPath: string;
  /** True for a leaf bundle (`…/index.md`). */
  bundle: boolean;
  section: string;
  slug: string | null;
  url: string | null;
  title: string;
  /** .Date in the zone it was written in (zero date when the page has none). */
  date: DateTime | null;
  /** Pattern for this section, if any. */
  pattern: string | null;
  /** Language prefix ("de") for non-default languages, else null. */
  langPrefix: string | null;
}

export function hugoUnicodeSanitize(s: string): string {
  let out = '';
  let hyphen = false;
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const r = chars[i]!;
    const allowed =
      './\\_#+~@'.includes(r) ||
      /[\p{L}\p{Nd}\p{M}]/u.test(r) ||
      (r === '%' && i + 2 < chars.length && /[0-9a-fA-F]/.test(chars[i + 1]!) && /[0-9a-fA-F]/.test(chars[i + 2]!));
    if (allowed) {
      if (hyphen) {
        out += '-';
        hyphen = false;
      }
      out += r;
    } else if (out.length > 0 && (r === '-' || /\s/u.test(r))) {
      hyphen = true;
    }
  }
  return out;
}

const pathSanitized = (s: string) => hugoUnicodeSanitize(s).toLowerCase();

/** Go's url.URL.EscapedPath for a path Hugo produced. */
export function goEscapePath(path: string): string {
  // Go keeps the path as written when it is a valid encoding already.
  if (/^[A-Za-z0-9\-._~!$&'()*+,;=:@/%[\]]*$/.test(path) && !/%(?![0-9A-Fa-f]{2})/.test(path)) return path;
  let out = '';
  for (const byte of Buffer.from(path, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-._~$&+,/:;=@]/.test(c)) out += c;
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function expandPattern(pattern: string, p: PermalinkInput): string {
  const d = p.date;
  const base = p.contentPath.split('/');
  const fileName = p.bundle ? base[base.length - 2]! : base[base.length - 1]!;
  const urlize = (s: string) => pathSanitized(s);
  const tokens: Record<string, () => string> = {
    year: () => (d ? pad(d.year, 4) : '0001'),
    month: () => (d ? pad(d.month) : '01'),
    monthname: () => (d ? d.setLocale('en').toFormat('LLLL').toLowerCase() : 'january'),
    day: () => (d ? pad(d.day) : '01'),
    weekday: () => (d ? String(d.weekday % 7) : '1'),
    weekdayname: () => (d ? d.setLocale('en').toFormat('cccc').toLowerCase() : 'monday'),
    yearday: () => (d ? String(d.ordinal) : '1'),
    section: () => p.section,
    sections: () => base.slice(0, p.bundle ? -2 : -1).join('/'),
    title: () => urlize(p.title),
    slug: () => urlize(p.slug ?? p.title),
    slugorfilename: () => urlize(p.slug ?? fileName),
    filename: () => urlize(fileName),
    contentbasename: () => urlize(fileName),
  };
  return pattern.replace(/:([a-z]+)/g, (whole, name: string) => (tokens[name] ? tokens[name]!() : whole));
}

export function buildPermalink(p: PermalinkInput): string {
  let rel: string;
  if (p.url) {
    rel = p.url.startsWith('/') ? p.url : '/' + p.url;
    if (p.langPrefix) rel = `/${p.langPrefix}${rel}`;
  } else {
    if (p.pattern) {
      rel = expandPattern(p.pattern, p);
    } else {
      const parts = p.contentPath.split('/');
      if (p.bundle) parts.pop();
      if (p.slug) parts[parts.length - 1] = p.slug;
      rel = '/' + parts.join('/') + '/';
    }
    rel = rel
      .split('/')
      .map((seg) => pathSanitized(seg))
      .join('/');
    if (!rel.startsWith('/')) rel = '/' + rel;
    if (!rel.endsWith('/') && !/\.[a-z0-9]+$/i.test(rel)) rel += '/';
    rel = rel.replace(/\/{2,}/g, '/');
    if (p.langPrefix) rel = `/${p.langPrefix}${rel}`;
  }
  return joinBase(p.baseURL, goEscapePath(rel));
}

function joinBase(baseURL: string, rel: string): string {
  return baseURL.replace(/\/+$/, '') + rel;
}
