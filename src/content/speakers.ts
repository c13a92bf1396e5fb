import type { Speaker } from './event.js';
import { detach, isHttpUrl, normaliseLine, withoutShortcodes } from './text.js';

/**
 * Speakers as seminar pages write them when there is no `speakers:` front matter:
 * "Talk by [Name](url) (Affiliation)", "Talks by [A](u) (X) and [B](v) (Y)",
 * "**Invited Speaker:** [Name](url) (Affiliation)", "**Speaker:** Name, Affiliation".
 */

// Every pattern here is matched against one line (or one short prefix) at a time, anchored and without
// nested quantifiers: reading stays linear in the page size, whatever the page holds.
// "Talk by", and the same lead as real sites write it in German, French, Spanish, Italian, Portuguese and Dutch.
const SUMMARY_LEAD = /^\s*(?:talks?\s+(?:given\s+)?by|vortrag\s+von|expos[ée]\s+de|conf[ée]rence\s+de|pr[ée]sentation\s+de|charla\s+de|ponencia\s+de|presentaci[óo]n\s+de|intervento\s+di|palestra\s+de|lezing\s+door)\s+/i;
const SPEAKER_LINE = /^\*\*\s*(?:invited\s+|guest\s+|keynote\s+)?(speakers?|presenters?|referent(?:in|en|innen)?|sprecher(?:in|innen)?|intervenant(?:e|s|es)?|orat(?:eur|rice)s?|ponentes?|relator(?:e|i)|palestrantes?|sprekers?)\s*:?\s*\*\*\s*:?\s*(.*)$/i;
const BIO_LINE = /^\*\*\s*(?:short\s+)?bio(?:graphy)?\s*:?\s*\*\*\s*:?[ \t]*(.*)$/i;

/** The lines of `text`, without their line breaks. */
function* lines(text: string): Generator<{ raw: string }> {
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    yield { raw: text.slice(start, end).replace(/\r$/, '') };
    start = end + 1;
  }
}

/**
 * The first line that starts (after blanks) with `**` and matches `re`, and where the text after it
 * starts. Jumps from one `**` to the next, so blank lines and long lines cost nothing but the search.
 */
function markedLine(body: string, re: RegExp): { match: RegExpExecArray; after: number } | null {
  for (let at = body.indexOf('**'); at !== -1; at = body.indexOf('**', at + 2)) {
    let k = at - 1;
    while (k >= 0 && (body[k] === ' ' || body[k] === '\t')) k--;
    if (k >= 0 && body[k] !== '\n') continue;
    const end = body.indexOf('\n', at);
    const match = re.exec(body.slice(at, end === -1 ? body.length : end).replace(/\r$/, ''));
    if (match) return { match, after: end === -1 ? body.length : end + 1 };
    if (end === -1) break;
    at = end - 1;
  }
  return null;
}

export function speakersFromSummary(summary: string | null): Speaker[] {
  if (!summary || !SUMMARY_LEAD.test(summary)) return [];
  return parseSpeakerList(summary.replace(SUMMARY_LEAD, ''), true);
}

export function speakersFromBody(body: string): Speaker[] {
  const found = markedLine(body, SPEAKER_LINE);
  if (!found) return [];
  const plural = /(?:s|en|innen|i)$/i.test(found.match[1]!) && !/^referent$/i.test(found.match[1]!);
  // "**Speaker:**" alone on its line names the speaker on the next line that is not blank.
  const named = found.match[2]!.trim() || paragraphs(body, found.after, 3).find((p) => p !== '') || '';
  return parseSpeakerList(withoutShortcodes(named), plural);
}

/** Front matter `speakers: [{name, affiliation, url}]`, `speakers: [name]` or `speaker: name`. */
export function speakersFromFrontMatter(fm: Record<string, unknown>): Speaker[] | null {
  const raw = fm.speakers ?? fm.speaker;
  if (raw === undefined || raw === null || raw === '') return null;
  const items = Array.isArray(raw) ? raw : [raw];
  const out: Speaker[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim()) out.push(...parseSpeakerList(item, false).slice(0, 1));
    else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const name = typeof o.name === 'string' ? normaliseLine(o.name) : '';
      if (!name) continue;
      const aff = o.affiliation ?? o.organization ?? o.institution;
      const url = typeof o.url === 'string' ? o.url.trim() : typeof o.link === 'string' ? o.link.trim() : '';
      out.push({ name, affiliation: typeof aff === 'string' && aff.trim() ? normaliseLine(aff) : null, url: isHttpUrl(url) ? detach(url) : null });
    }
  }
  return out;
}

interface Piece {
  name: string;
  url: string | null;
  affiliation: string | null;
}

/** Splits "A (X), [B](u) (Y) and C" at top-level separators and reads each item. */
export function parseSpeakerList(text: string, plural: boolean): Speaker[] {
  const line = text.split('\n')[0] ?? '';
  const items = plural ? splitTopLevel(line) : [line];
  const out: Speaker[] = [];
  for (const item of items) {
    const p = readItem(item, !plural);
    if (!p || !p.name) continue;
    // "Talks by authors of papers accepted to …" names no one.
    if (!p.url && /^[a-z]/.test(p.name)) continue;
    out.push({ name: p.name, affiliation: p.affiliation, url: p.url && isHttpUrl(p.url) ? detach(p.url) : null });
  }
  return out;
}

const CONJUNCTION = /\s+(?:and|y|et|und|e)\s+/iy;

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  // The current part is s.slice(from, i): cut out once, not built a character at a time.
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0) {
      if (c === ',' || c === ';' || c === '&') {
        parts.push(s.slice(from, i));
        from = i + 1;
        continue;
      }
      CONJUNCTION.lastIndex = i;
      const word = c === ' ' || c === '\t' ? CONJUNCTION.exec(s) : null;
      if (word) {
        parts.push(s.slice(from, i));
        i += word[0].length - 1;
        from = i + 1;
        continue;
      }
    }
  }
  parts.push(s.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function readItem(item: string, single: boolean): Piece | null {
  let s = item.trim().replace(/^\[(\[)/, '$1');
  let name = '';
  let url: string | null = null;
  const link = markdownLink(s);
  if (link) {
    name = link.text;
    url = link.url || null;
    s = s.slice(link.length).trim();
  } else {
    const m = /^([^(,]+)/.exec(s);
    if (!m) return null;
    name = m[1]!;
    s = s.slice(m[0].length).trim();
  }
  let affiliation: string | null = null;
  const paren = /^\(([^]*)\)/.exec(balancedParen(s));
  if (paren) affiliation = paren[1]!.trim() || null;
  else if (single && s.startsWith(',')) affiliation = s.slice(1).trim() || null;
  name = normaliseLine(name.replace(/[*_]/g, ''));
  return { name, url, affiliation: affiliation ? normaliseLine(affiliation.replace(/\*\*/g, '')) : null };
}

/** A leading Markdown link `[text](url)`: the text holds no `]`, the url no space or `)`. A scan, not a pattern. */
function markdownLink(s: string): { text: string; url: string; length: number } | null {
  if (s[0] !== '[') return null;
  const close = s.indexOf(']');
  if (close === -1 || s[close + 1] !== '(') return null;
  const end = s.indexOf(')', close + 2);
  if (end === -1) return null;
  const url = s.slice(close + 2, end);
  if (/\s/.test(url)) return null;
  return { text: s.slice(1, close), url, length: end + 1 };
}

/** The leading "( … )" group of s, with nested parentheses, or "" when s does not start with one. */
function balancedParen(s: string): string {
  if (!s.startsWith('(')) return '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return s.slice(0, i + 1);
  }
  return '';
}

/** The paragraph after a "**Bio:**" marker (on the same line or the next paragraph). */
export function bioFromBody(body: string): string | null {
  const found = markedLine(body, BIO_LINE);
  if (!found) return null;
  let text = (found.match[1] ?? '').trim();
  const [first, second] = paragraphs(body, found.after, 2);
  if (first) text = text ? `${text}\n${first}` : first;
  else if (!text) text = second ?? '';
  return text || null;
}

/**
 * The first `count` paragraphs of `text` from `start`, trimmed: a run of blank lines separates two (the
 * first is empty when the text starts with one).
 */
function paragraphs(text: string, start: number, count: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let inSeparator = false;
  for (const { raw } of lines(text.slice(start))) {
    if (raw.trim() !== '') {
      current.push(raw);
      inSeparator = false;
    } else if (!inSeparator) {
      out.push(current.join('\n').trim());
      if (out.length === count) return out;
      current = [];
      inSeparator = true;
    }
  }
  out.push(current.join('\n').trim());
  return out.slice(0, count);
}

/** A Hugo Blox author profile (`content/authors/<id>/_index.md`): title, role, first organization. */
export interface AuthorProfile {
  name: string;
  role: string | null;
  affiliation: string | null;
}

/** The profile's fields from its front matter, or null when it names no one. */
export function authorProfile(fm: Record<string, unknown>): AuthorProfile | null {
  const name = typeof fm.title === 'string' ? normaliseLine(withoutShortcodes(fm.title)) : '';
  if (!name) return null;
  const orgs = Array.isArray(fm.organizations) ? fm.organizations : [];
  const first = orgs[0] && typeof orgs[0] === 'object' ? (orgs[0] as Record<string, unknown>).name : typeof orgs[0] === 'string' ? orgs[0] : null;
  const role = typeof fm.role === 'string' ? normaliseLine(fm.role) : '';
  return { name, role: role || null, affiliation: typeof first === 'string' && first.trim() ? normaliseLine(first) : null };
}

/**
 * Wowchemy's `authors: [id]`, read as the theme shows them: an id with a profile page is that person;
 * without one, an entry that reads as a name (a space and a capital: "Suyang Zhong") is shown as
 * written, and one that reads as a user name or slug ("camachocolladosj") is not a speaker.
 */
export function speakersFromAuthors(authors: unknown, profiles: ReadonlyMap<string, AuthorProfile>): Speaker[] {
  if (!Array.isArray(authors)) return [];
  const out: Speaker[] = [];
  for (const a of authors) {
    if (typeof a !== 'string' || !a.trim()) continue;
    const id = a.trim();
    const profile = profiles.get(id) ?? profiles.get(id.toLowerCase());
    if (profile) out.push({ name: profile.name, affiliation: profile.affiliation, url: null, ...(profile.role ? { role: profile.role } : {}) });
    else if (/\s/.test(id) && /\p{Lu}/u.test(id)) out.push({ name: normaliseLine(id), affiliation: null, url: null });
  }
  return out;
}
