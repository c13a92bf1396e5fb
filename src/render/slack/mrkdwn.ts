import MarkdownIt, { type Token } from 'markdown-it';
import { labelDisguisesUrl } from '../links.js';
import { cleanText, escapeSlack, renderLink, safeHttpUrl } from './escape.js';

// html: true so that raw HTML in an abstract is recognised as HTML (and dropped) instead of shown as tags.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false });

// Short fields (title, location, speaker names): inline Markdown whose raw HTML is text, as in the email.
const inlineMd = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** A short field's inline Markdown → mrkdwn on one line: `**B080** at [RMIT](https://…)` → `*B080* at <https://…|RMIT>`. */
export function inlineMarkdownToMrkdwn(text: string | null | undefined): string {
  const line = cleanText(text ?? '').replace(/\s+/g, ' ').trim();
  if (!line) return '';
  const [block] = inlineMd.parse(line, {}).filter((t) => t.type === 'inline');
  return renderInline(block?.children ?? []).replace(/\s*\n\s*/g, ' ').trim();
}

/** A short field's inline Markdown as plain text (headers, link labels, fallbacks): markers gone, links as labels. */
export function inlineMarkdownToPlain(text: string | null | undefined): string {
  const line = cleanText(text ?? '').replace(/\s+/g, ' ').trim();
  if (!line) return '';
  const [block] = inlineMd.parse(line, {}).filter((t) => t.type === 'inline');
  let out = '';
  for (const t of block?.children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
    else if (t.type === 'image') out += t.content;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Markdown (or HTML) from a page → Slack mrkdwn, walking markdown-it's tokens: every piece of page text is escaped, so
 * the only `<…>` sequences in the result are links we built from http(s) URLs.
 */
export function markdownToMrkdwn(markdown: string): string {
  const tokens = md.parse(cleanText(markdown), {});
  const out = renderBlocks(tokens, 0, tokens.length, 0);
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Index of the token closing the one opened at `i`. */
function closing(tokens: Token[], i: number): number {
  const open = tokens[i]!;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.nesting === -1 && t.level === open.level) return j;
  }
  return tokens.length;
}

function renderBlocks(tokens: Token[], from: number, to: number, depth: number): string {
  let out = '';
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'paragraph_open': {
        const end = closing(tokens, i);
        const text = renderBlocks(tokens, i + 1, end, depth);
        out += t.hidden ? `${text}\n` : `${text}\n\n`;
        i = end + 1;
        continue;
      }
      case 'heading_open': {
        const end = closing(tokens, i);
        const text = renderBlocks(tokens, i + 1, end, depth).trim();
        out += text ? `*${stripMarkers(text)}*\n\n` : '';
        i = end + 1;
        continue;
      }
      case 'inline':
        out += renderInline(t.children ?? []);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = closing(tokens, i);
        out += renderList(tokens, i, end, depth);
        out += depth === 0 ? '\n' : '';
        i = end + 1;
        continue;
      }
      case 'blockquote_open': {
        const end = closing(tokens, i);
        const inner = renderBlocks(tokens, i + 1, end, depth).trim();
        out += inner
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n');
        out += '\n\n';
        i = end + 1;
        continue;
      }
      case 'fence':
      case 'code_block': {
        const code = escapeSlack(t.content.replace(/```/g, "'''")).replace(/\n$/, '');
        out += code ? `\`\`\`${code}\`\`\`\n\n` : '';
        break;
      }
      case 'hr':
        out += '———\n\n';
        break;
      case 'html_block': {
        const text = htmlToText(t.content);
        out += text ? `${escapeSlack(text)}\n\n` : '';
        break;
      }
      case 'table_open': {
        const end = closing(tokens, i);
        out += renderTable(tokens, i, end);
        i = end + 1;
        continue;
      }
      default:
        break;
    }
    i++;
  }
  return out;
}

function renderList(tokens: Token[], open: number, close: number, depth: number): string {
  const ordered = tokens[open]!.type === 'ordered_list_open';
  let n = Number(tokens[open]!.attrGet('start') ?? 1) || 1;
  const indent = '    '.repeat(depth);
  let out = '';
  let i = open + 1;
  while (i < close) {
    const t = tokens[i]!;
    if (t.type === 'list_item_open') {
      const end = closing(tokens, i);
      const body = renderBlocks(tokens, i + 1, end, depth + 1).replace(/\n+$/, '');
      const marker = ordered ? `${n++}. ` : '• ';
      // Continuation lines (nested lists already carry their own indent) stay under the item.
      const [first = '', ...rest] = body.split('\n');
      out += `${indent}${marker}${first.trimStart()}\n`;
      for (const line of rest) out += line.startsWith(indent + '    ') || line === '' ? `${line}\n` : `${indent}    ${line}\n`;
      i = end + 1;
      continue;
    }
    i++;
  }
  return out;
}

function renderTable(tokens: Token[], open: number, close: number): string {
  const rows: string[] = [];
  let cells: string[] = [];
  for (let i = open + 1; i < close; i++) {
    const t = tokens[i]!;
    if (t.type === 'tr_open') cells = [];
    else if (t.type === 'inline') cells.push(renderInline(t.children ?? []).trim());
    else if (t.type === 'tr_close') rows.push(cells.join(' | '));
  }
  return rows.length ? `${rows.join('\n')}\n\n` : '';
}

function renderInline(children: Token[]): string {
  let out = '';
  for (let i = 0; i < children.length; i++) {
    const t = children[i]!;
    switch (t.type) {
      case 'text':
        out += escapeSlack(t.content);
        break;
      case 'softbreak':
        // Authors wrap abstracts at 80 columns; those breaks are not meant to be seen.
        out += ' ';
        break;
      case 'hardbreak':
        out += '\n';
        break;
      case 'strong_open':
      case 'strong_close':
        out += '*';
        break;
      case 'em_open':
      case 'em_close':
        out += '_';
        break;
      case 's_open':
      case 's_close':
        out += '~';
        break;
      case 'code_inline':
        out += t.content ? `\`${escapeSlack(t.content.replace(/`/g, "'"))}\`` : '';
        break;
      case 'link_open': {
        let j = i + 1;
        let depth = 1;
        const label: Token[] = [];
        for (; j < children.length; j++) {
          const c = children[j]!;
          if (c.type === 'link_open') depth++;
          if (c.type === 'link_close' && --depth === 0) break;
          label.push(c);
        }
        const text = stripMarkers(renderInline(label)).trim();
        const href = String(t.attrGet('href') ?? '');
        const url = safeHttpUrl(href);
        if (!url) out += text;
        else if (!text || labelDisguisesUrl(label.map((c) => c.content).join(''), url)) out += renderLink(url, '');
        else out += renderLink(url, text);
        i = j;
        break;
      }
      case 'image': {
        // Slack shows no inline images in text; the description stands in for it.
        const alt = t.content || (t.children ?? []).map((c: Token) => c.content).join('');
        if (alt) out += escapeSlack(`[${alt}]`);
        break;
      }
      case 'html_inline': {
        // A script, style and the like is dropped with what it holds, as email does: never shown as text.
        const skipTo = nonTextEnd(children, i);
        if (skipTo !== null) i = skipTo;
        else out += renderHtmlInline(t.content);
        break;
      }
      default:
        if (t.content) out += escapeSlack(t.content);
    }
  }
  return out;
}

/** Elements whose content is not text (the email sanitiser's nonTextTags): dropped whole. */
const NON_TEXT = new Set(['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'head', 'title']);

/**
 * When children[i] opens a non-text element (`<script …>`), the index of its closing tag (or of the last child when it
 * is never closed: the rest is its content); else null.
 */
function nonTextEnd(children: Token[], i: number): number | null {
  const open = /^<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?>$/.exec(children[i]!.content);
  const name = open?.[1]?.toLowerCase();
  if (!name || !NON_TEXT.has(name)) return null;
  for (let j = i + 1; j < children.length; j++) {
    const c = children[j]!;
    if (c.type === 'html_inline' && new RegExp(`^</${name}\\s*>$`, 'i').test(c.content)) return j;
  }
  return children.length - 1;
}

const INLINE_MARKERS: Record<string, string> = { b: '*', strong: '*', i: '_', em: '_', s: '~', del: '~', strike: '~' };

/**
 * Inline HTML in an abstract: simple emphasis tags become mrkdwn, `<br>` a line break, other tags and comments go;
 * anything else that merely looks like markup (such as `<!channel>`) is shown as the text it is.
 */
function renderHtmlInline(html: string): string {
  if (/^<br\s*\/?>$/i.test(html)) return '\n';
  const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?\/?>$/.exec(html);
  if (tag) return INLINE_MARKERS[tag[1]!.toLowerCase()] ?? '';
  if (html.startsWith('<!--') || html.startsWith('<?')) return '';
  return escapeSlack(html);
}


/** Inside a link label or a heading, emphasis markers only clutter. */
function stripMarkers(mrkdwn: string): string {
  return mrkdwn.replace(/(^|[\s(])[*_~]+|[*_~]+(?=$|[\s).,;:!?])/g, '$1');
}

/** Text of an HTML fragment (an abstract pasted as HTML): tags dropped, entities decoded, whitespace collapsed. */
function htmlToText(html: string): string {
  const withBreaks = html.replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n');
  // Only real tags, comments and declarations go; `<!channel>` and the like stay as text (escaped by the caller).
  const noTags = withBreaks
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g, ' ')
    .replace(/<!DOCTYPE[^>]*>/gi, ' ');
  return md.utils
    .unescapeAll(noTags)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
