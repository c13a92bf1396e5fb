/**
 * Disguised links: a label that reads as an address (`good.example`, `https://good.example/x`) while the link goes
 * to another host. The label is read the way a reader sees it before it is compared with the target: markup and
 * surrounding punctuation gone, NFKC, invisible characters removed, dot look-alikes (`。`, `．`) read as dots, and
 * Unicode confusables (Cyrillic `о`, Greek `ο`) mapped to the letters they imitate (unhomoglyph: the skeletons of
 * Unicode's confusables.txt). Such a link shows its target instead of the label, in Slack and in email. Pure.
 */
import unhomoglyph from 'unhomoglyph';

/** Labels are short; anything past this is not read (a bound on the work for a hostile page). */
const MAX_LABEL = 400;

/** Characters a reader does not see: format characters (zero-width space and joiners, bidi controls, soft hyphen). */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
/** What reads as a full stop in a host name (IDNA maps these to `.`). */
const DOTS = /[\u3002\uFF0E\uFF61\u2024\u2E33\uFE52]/g;

/** How a reader sees a label: plain, NFKC, nothing invisible, dots as dots, lower case (confusables: see skeleton). */
export function readerView(label: string): string {
  return label
    .slice(0, MAX_LABEL)
    .replace(/<[^<>]*>/g, '')
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DOTS, '.')
    .toLowerCase();
}

/**
 * A host name with each confusable character mapped to the one it imitates, so `gооd.example` (Cyrillic о) and
 * `good.example` compare equal. Applied to a host once found, never to the label around it (`|` would read as `l`).
 */
const skeleton = (host: string) => unhomoglyph(host).toLowerCase();

const isHostChar = (c: string) => /[\p{L}\p{N}-]/u.test(c);

/**
 * The host a label (as readerView gives it) starts with, after any opening punctuation and a scheme: the longest run
 * of letters, digits, hyphens and dots, with at least one dot and a last part of two letters or more; else null.
 * A scanner, not a regular expression: linear in the label.
 */
export function leadingHost(view: string): string | null {
  let s = view.trimStart();
  let i = 0;
  while (i < s.length && !isHostChar(s[i]!)) i++;
  s = s.slice(i);
  const scheme = /^[a-z][a-z0-9+.-]{0,20}:\/\//.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  const chars = [...s];
  let end = 0;
  while (end < chars.length && (isHostChar(chars[end]!) || chars[end] === '.')) end++;
  const host = chars.slice(0, end).join('').replace(/[.-]+$/, '');
  const parts = host.split('.');
  if (parts.length < 2 || parts.some((p) => p === '')) return null;
  return /^\p{L}{2,}$/u.test(parts[parts.length - 1]!) ? host : null;
}

/** A host name as the URL parser writes it (an IDN in its `xn--` form), or null when it is none. */
function asciiHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Whether a link's label reads as the address of another host than its target. A label that names the target's own
 * host (`seminars.example.org` for https://seminars.example.org/talk, with or without `www.`; an IDN written in
 * Unicode for its `xn--` form) is kept; a `mailto:` target has no host, so a label that looks like a host on one is a
 * disguise too.
 */
export function labelDisguisesUrl(label: string, url: string): boolean {
  const host = leadingHost(readerView(label));
  if (!host) return false;
  let target: string;
  try {
    target = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return true;
  }
  if (!target) return true;
  const named = host.replace(/^www\./, '');
  return asciiHost(named) !== target && skeleton(named) !== skeleton(target);
}

const decodeEntities = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' })[e] ?? '');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * HTML whose attributes are in double quotes (sanitize-html's output, and MJML's) with each disguised link's label
 * replaced by its target, written out: `<a href="https://evil.example/">good.example</a>` shows `https://evil.example/`.
 */
export function undisguiseLinks(html: string): string {
  if (!html.includes('<a ')) return html;
  return html.replace(/<a(\s[^>]*?)?\shref="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (whole, before: string | undefined, href: string, rest: string, inner: string) => {
    const url = decodeEntities(href);
    if (!labelDisguisesUrl(decodeEntities(inner), url)) return whole;
    return `<a${before ?? ''} href="${href}"${rest}>${escapeHtml(url)}</a>`;
  });
}
