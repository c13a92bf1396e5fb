import type { Speaker } from './event.js';
import { detach, isHttpUrl, normaliseLine } from './text.js';

/**
 * Speakers as seminar pages write them when there is no `speakers:` front matter:
 * "Talk by [Name](url) (Affiliation)", "Talks by [A](u) (X) and [B](v) (Y)",
 * "**Invited Speaker:** [Name](url) (Affiliation)", "**Speaker:** Name, Affiliation".
 */

const SUMMARY_LEAD = /^\s*talks?\s+(?:given\s+)?by\s+/i;
const BODY_LINE = /^\s*\*\*\s*(?:invited\s+|guest\s+|keynote\s+)?(speakers?|presenters?)\s*:?\s*\*\*\s*:?\s*(.+)$/im;

export function speakersFromSummary(summary: string | null): Speaker[] {
  if (!summary || !SUMMARY_LEAD.test(summary)) return [];
  return parseSpeakerList(summary.replace(SUMMARY_LEAD, ''), true);
}

export function speakersFromBody(body: string): Speaker[] {
  const m = BODY_LINE.exec(body);
  if (!m) return [];
  const plural = /s$/i.test(m[1]!);
  return parseSpeakerList(m[2]!, plural);
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

const CONJUNCTION = /\s+(?:and|y|et|und)\s+/iy;

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth === 0) {
      if (c === ',' || c === ';' || c === '&') {
        parts.push(cur);
        cur = '';
        continue;
      }
      CONJUNCTION.lastIndex = i;
      const word = c === ' ' || c === '\t' ? CONJUNCTION.exec(s) : null;
      if (word) {
        parts.push(cur);
        cur = '';
        i += word[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function readItem(item: string, single: boolean): Piece | null {
  let s = item.trim().replace(/^\[(\[)/, '$1');
  let name = '';
  let url: string | null = null;
  const link = /^\[([^\]]*(?:\([^)]*\)[^\]]*)*)\]\(([^)\s]*)\)/.exec(s);
  if (link) {
    name = link[1]!;
    url = link[2]! || null;
    s = s.slice(link[0].length).trim();
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
  const m = /^\s*\*\*\s*(?:short\s+)?bio(?:graphy)?\s*:?\s*\*\*\s*:?[ \t]*(.*)$/im.exec(body);
  if (!m) return null;
  const after = body.slice(m.index + m[0].length);
  const paragraphs = after.split(/\n\s*\n/);
  let text = (m[1] ?? '').trim();
  const first = paragraphs[0]?.trim() ?? '';
  if (first) text = text ? `${text}\n${first}` : first;
  else if (!text) text = paragraphs[1]?.trim() ?? '';
  return text || null;
}
