/**
 * Page Markdown (abstracts, bios; they may hold raw HTML too) → sanitised HTML for email, and → plain text.
 * Page content is untrusted: whatever markdown-it lets through, sanitize-html keeps only inert formatting
 * and http(s)/mailto links, so no script, event handler or `javascript:` URL can reach a message.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { convert } from 'html-to-text';
import { undisguiseLinks } from './links.js';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
// markdown-it leaves a link it refuses (javascript:, data:) as literal Markdown, URL included. Let every
// link through and decide in one place, the sanitiser below, which keeps the text and drops the URL.
md.validateLink = () => true;

/**
 * Short fields (title, location, address, speaker names and affiliations) are inline Markdown, as the theme shows them
 * (`markdownify`): `**B080.09.012** at RMIT`. Raw HTML in them is not markup but text (escaped where it is shown),
 * which keeps `Room <1>` readable and any tag inert.
 */
const inlineMd = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
inlineMd.validateLink = () => true;

const SAFE_SCHEMES = ['http', 'https', 'mailto'];

/** Control characters other than tab and newline never reach a message (a LaTeX `\e` in YAML becomes ESC). */
export function stripControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
}

/**
 * Text that merely looks like a script URL ("javascript:alert(1)" left as prose, e.g. inside a raw HTML
 * block Markdown does not parse) is never a link here, but some mail clients turn scheme-like text into
 * links. A zero-width space before the colon keeps it readable and inert.
 */
export function defuseSchemes(text: string): string {
  // `data:` only before a media type ("data:text/html"), so "Big data: a survey" is left alone.
  return text
    .replace(/\b(javascript|vbscript|livescript)(\s*):/gi, '$1$2\u200B:')
    .replace(/\b(data):(?=\s*[a-z]+\/)/gi, '$1\u200B:');
}

/** One line: control characters and line breaks removed, white space collapsed (subjects, titles). */
export function oneLine(text: string): string {
  return defuseSchemes(stripControl(text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')).replace(/\s+/g, ' ').trim());
}

/** The URL if it is absolute http(s) or mailto, else null: the only links a message ever carries. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = stripControl(url).trim();
  try {
    const u = new URL(trimmed);
    if (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:') return u.toString();
  } catch {
    /* relative or malformed: dropped */
  }
  return null;
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'sub', 'sup', 'span'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Dropped with their content: nothing of a script or style should show up as text either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'head', 'title'],
  disallowedTagsMode: 'discard',
  textFilter: (text) => defuseSchemes(text),
  transformTags: {
    // Headings inside an abstract would compete with the talk title; keep them as bold paragraphs.
    h1: 'p', h2: 'p', h3: 'p', h4: 'p', h5: 'p', h6: 'p',
    a: (tagName, attribs) => {
      const href = safeUrl(attribs.href);
      return href
        ? { tagName, attribs: { href, ...(attribs.title ? { title: attribs.title } : {}) } }
        : { tagName: 'span', attribs: {} };
    },
  },
};

const INLINE_TAGS = ['strong', 'b', 'em', 'i', 'u', 's', 'code', 'a', 'sub', 'sup', 'span'];
const SANITIZE_INLINE: sanitizeHtml.IOptions = { ...SANITIZE, allowedTags: INLINE_TAGS, nonTextTags: [] };
const SANITIZE_INLINE_NO_LINKS: sanitizeHtml.IOptions = { ...SANITIZE_INLINE, allowedTags: INLINE_TAGS.filter((t) => t !== 'a') };

/**
 * A short field as inline HTML: emphasis, code and links kept (links only with http(s)/mailto URLs); `links: false`
 * for a field shown inside a link of its own (a linked title), where a nested link would be invalid.
 */
export function renderInlineHtml(source: string | null | undefined, opts: { links?: boolean } = {}): string {
  const line = source ? oneLine(source) : '';
  if (!line) return '';
  const html = inlineMd.renderInline(line);
  return undisguiseLinks(sanitizeHtml(html, opts.links === false ? SANITIZE_INLINE_NO_LINKS : SANITIZE_INLINE).trim());
}

/** Inline tokens → their text: emphasis markers gone, a link becomes its label, an image its description. */
function inlineText(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.type === 'image') out += t.content || inlineText(t.children ?? []);
    else if (t.type === 'html_inline') out += '';
  }
  return out;
}

/** A short field as plain text (subjects, text parts, calendars, Google Calendar links): `**B080**` → `B080`. */
export function renderInlineText(source: string | null | undefined): string {
  const line = source ? oneLine(source) : '';
  if (!line) return '';
  const [block] = inlineMd.parse(line, {}).filter((t) => t.type === 'inline');
  return oneLine(block ? inlineText(block.children ?? []) : line);
}

/** Markdown (or HTML) → sanitised HTML fragment. */
export function renderMarkdownHtml(source: string | null | undefined): string {
  if (!source) return '';
  return undisguiseLinks(sanitizeHtml(md.render(stripControl(source)), SANITIZE).trim());
}

/** Sanitised HTML → readable plain text, links written out after their text. */
export function htmlToPlainText(html: string, wordwrap: number | false = 78): string {
  return convert(html, {
    wordwrap,
    selectors: [
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['<', '>'] } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
    ],
  }).trim();
}

/** Markdown → plain text with links written out. */
export function renderMarkdownText(source: string | null | undefined, wordwrap: number | false = 78): string {
  const html = renderMarkdownHtml(source);
  return html ? htmlToPlainText(html, wordwrap) : '';
}

/**
 * The prose of a Markdown text on one line, from its structure: paragraphs and headings as sentences, list items
 * joined with semicolons, links as their labels, code blocks, images and raw HTML tags left out. What a digest
 * shows of an abstract: never `<https://…>` or `* item one * item two`.
 */
export function renderMarkdownProse(source: string | null | undefined): string {
  if (!source) return '';
  const tokens = md.parse(stripControl(source), {});
  const parts: string[] = [];
  let listDepth = 0;
  let item = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') listDepth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      listDepth--;
      const last = parts.length - 1;
      if (listDepth === 0 && last >= 0 && !/[.!?:;]$/.test(parts[last]!)) parts[last] = `${parts[last]}.`;
    }
    else if (t.type === 'list_item_open') item++;
    else if (t.type === 'inline') {
      const text = inlineText(t.children ?? []).replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const heading = tokens[i - 1]?.type === 'heading_open';
      if (listDepth > 0 && parts.length && tokens[i - 2]?.type === 'list_item_open' && item > 1) {
        // The items of one list read as one sentence: "Topics: one; two; three."
        parts[parts.length - 1] = `${parts[parts.length - 1]!.replace(/[.;,]$/, '')};`;
      }
      parts.push(heading && !/[.:!?]$/.test(text) ? `${text}:` : text);
    } else if (t.type === 'html_block') {
      const text = sanitizeHtml(t.content, { allowedTags: [], allowedAttributes: {}, nonTextTags: SANITIZE.nonTextTags }).replace(/\s+/g, ' ').trim();
      if (text) parts.push(md.utils.unescapeAll(text));
    }
    if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') item = 0;
  }
  return defuseSchemes(parts.join(' ').replace(/\s+/g, ' ').trim());
}

/** The text of a Markdown fragment cut to about `max` characters at a word boundary, for digests. */
export function renderMarkdownExcerpt(source: string | null | undefined, max: number): string {
  return clipText(renderMarkdownProse(source), max);
}

/** Plain text cut to about `max` characters at a word boundary, ending in "…" when cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}
