/**
 * An approximate HTML rendering of Slack Block Kit messages, for the preview: close enough to judge
 * layout and wording in a browser. The exact rendering is Slack's; each message also links to Slack's
 * Block Kit Builder (`renderBlockKitBuilderUrl`) for that.
 */
import type { KnownBlock } from '@slack/types';
import type { SlackPayload } from '../render/types.js';
import { escapeHtml } from './html.js';

type Json = Record<string, unknown>;


/** Slack text escapes only &, < and >; undo that before escaping for HTML. */
const unslack = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const text = (s: string) => escapeHtml(unslack(s));

const safeHref = (url: string): string | null => (/^(https?:|mailto:)/i.test(url) ? url : null);

/** `<!date^1732194000^{date_long} {time}|Thursday 21 November 2024, 13:00 GMT>` → the reader's local time. */
function dateToken(body: string): string {
  const [spec, fallback = ''] = splitOnce(body, '|');
  const [, ts] = spec.split('^');
  const seconds = Number(ts);
  const title = Number.isFinite(seconds) ? ` title="${escapeHtml(new Date(seconds * 1000).toISOString())}"` : '';
  return `<time class="slack-date"${title}>${text(fallback)}</time>`;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** One `<…>` control sequence of mrkdwn. */
function token(body: string): string {
  if (body.startsWith('!date^')) return dateToken(body);
  if (body.startsWith('!')) return `<span class="slack-mention">@${text(splitOnce(body.slice(1), '|')[0])}</span>`;
  if (body.startsWith('@')) return `<span class="slack-mention">@${text(body.slice(1))}</span>`;
  if (body.startsWith('#')) {
    const [id, label] = splitOnce(body.slice(1), '|');
    return `<span class="slack-mention">#${text(label ?? id)}</span>`;
  }
  const [url, label] = splitOnce(body, '|');
  const href = safeHref(unslack(url));
  const shown = text(label ?? url);
  return href ? `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${shown}</a>` : shown;
}

/** Inline styles of mrkdwn on text that is already HTML: *bold*, _italic_, ~strike~, `code`. */
function styles(html: string): string {
  return html
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(>])\*(?!\s)([^*\n]+?)\*(?=$|[\s).,;:!?<])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(>])_(?!\s)([^_\n]+?)_(?=$|[\s).,;:!?<])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(>])~(?!\s)([^~\n]+?)~(?=$|[\s).,;:!?<])/g, '$1<s>$2</s>');
}

/** Slack mrkdwn → HTML. Literal <, > and & arrive escaped, so every raw `<…>` is a link, mention or date. */
export function mrkdwnToHtml(mrkdwn: string): string {
  const out: string[] = [];
  // Code blocks first: nothing inside them is formatted.
  const parts = mrkdwn.split(/```([\s\S]*?)```/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      out.push(`<pre>${text(part.replace(/^\n/, ''))}</pre>`);
      return;
    }
    const lines = part.split('\n').map((line) => {
      // Tokens are set aside during the style pass (a URL's underscores are not italics), then put back.
      const saved: string[] = [];
      let html = '';
      let last = 0;
      for (const m of line.matchAll(/<([^<>]*)>/g)) {
        html += text(line.slice(last, m.index)) + `\u0002${saved.push(token(m[1]!)) - 1}\u0003`;
        last = m.index! + m[0].length;
      }
      html += text(line.slice(last));
      html = styles(html).replace(/\u0002(\d+)\u0003/g, (_, n: string) => saved[Number(n)]!);
      return line.startsWith('&gt;') ? `<blockquote>${html.replace(/^&gt;\s?/, '')}</blockquote>` : html;
    });
    out.push(lines.join('<br>').replace(/<\/blockquote><br>/g, '</blockquote>'));
  });
  return out.join('');
}

function textObject(t: unknown): string {
  const o = t as { type?: string; text?: string } | undefined;
  if (!o || typeof o.text !== 'string') return '';
  return o.type === 'mrkdwn' ? mrkdwnToHtml(o.text) : text(o.text);
}

function element(el: Json): string {
  switch (el.type) {
    case 'button': {
      const href = typeof el.url === 'string' ? safeHref(el.url) : null;
      const cls = el.style === 'primary' ? 'slack-button primary' : el.style === 'danger' ? 'slack-button danger' : 'slack-button';
      const label = textObject(el.text);
      return href ? `<a class="${cls}" href="${escapeHtml(href)}" target="_blank" rel="noopener">${label}</a>` : `<span class="${cls}">${label}</span>`;
    }
    case 'image':
      return `<img class="slack-image-el" src="${escapeHtml(String(el.image_url ?? ''))}" alt="${escapeHtml(String(el.alt_text ?? ''))}">`;
    case 'mrkdwn':
    case 'plain_text':
      return `<span>${textObject(el)}</span>`;
    default:
      return `<span class="slack-unknown">[${escapeHtml(String(el.type))}]</span>`;
  }
}

/** An element read as plain JSON: the preview approximates whatever element it meets. */
const elementOf = (el: unknown): string => (el && typeof el === 'object' ? element(el as Json) : '');

function block(b: KnownBlock): string {
  switch (b.type) {
    case 'header':
      return `<div class="slack-header">${textObject(b.text)}</div>`;
    case 'section': {
      const fields = b.fields ? `<div class="slack-fields">${b.fields.map((f) => `<div>${textObject(f)}</div>`).join('')}</div>` : '';
      const accessory = b.accessory ? `<div class="slack-accessory">${elementOf(b.accessory)}</div>` : '';
      return `<div class="slack-section"><div class="slack-section-body">${b.text ? `<div>${textObject(b.text)}</div>` : ''}${fields}</div>${accessory}</div>`;
    }
    case 'context':
      return `<div class="slack-context">${b.elements.map(elementOf).join(' ')}</div>`;
    case 'divider':
      return '<hr class="slack-divider">';
    case 'actions':
      return `<div class="slack-actions">${b.elements.map(elementOf).join('')}</div>`;
    case 'image':
      return `<div class="slack-image">${elementOf({ ...b, type: 'image' })}</div>`;
    default:
      return `<div class="slack-unknown">[${escapeHtml(String(b.type))} block]</div>`;
  }
}

export const SLACK_CSS = `
.slack-message{display:flex;gap:8px;font:15px/1.46668 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d1c1d;max-width:640px}
.slack-avatar{flex:0 0 36px;height:36px;border-radius:6px;background:#4a154b;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.slack-body{flex:1;min-width:0;overflow-wrap:anywhere}
.slack-name{font-weight:900}.slack-app{font-size:10px;background:#e8e8e8;border-radius:2px;padding:1px 3px;margin-left:4px;color:#616061}
.slack-header{font-size:18px;font-weight:900;margin:8px 0 4px}
.slack-section{display:flex;gap:12px;margin:6px 0}.slack-section-body{flex:1;min-width:0}
.slack-fields{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px;margin-top:6px}
.slack-context{font-size:12px;color:#616061;margin:6px 0}
.slack-divider{border:0;border-top:1px solid #ddd;margin:10px 0}
.slack-actions{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.slack-button{display:inline-block;border:1px solid #bbb;border-radius:4px;padding:3px 12px;font-weight:700;font-size:13px;color:#1d1c1d;text-decoration:none}
.slack-button.primary{background:#007a5a;border-color:#007a5a;color:#fff}.slack-button.danger{background:#e01e5a;border-color:#e01e5a;color:#fff}
.slack-message a{color:#1264a3}.slack-message .slack-button.primary{color:#fff}
.slack-message code{font:12px Monaco,Menlo,Consolas,monospace;background:#f6f6f6;border:1px solid #ddd;border-radius:3px;padding:0 3px;color:#e01e5a}
.slack-message pre{font:12px Monaco,Menlo,Consolas,monospace;background:#f8f8f8;border:1px solid #ddd;border-radius:4px;padding:8px;white-space:pre-wrap}
.slack-message blockquote{border-left:4px solid #ddd;margin:0;padding-left:10px}
.slack-date{border-bottom:1px dotted #999}.slack-mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
.slack-fallback{font-size:12px;color:#616061;margin-top:10px}
@media (max-width:480px){.slack-fields{grid-template-columns:1fr}}
`;

/** The message as it would appear in a channel, posted by the app `appName`. */
export function renderSlackHtml(payload: SlackPayload, appName: string): string {
  const initial = escapeHtml((appName.trim()[0] ?? 'S').toUpperCase());
  return (
    `<div class="slack-message"><div class="slack-avatar" aria-hidden="true">${initial}</div><div class="slack-body">` +
    `<div><span class="slack-name">${escapeHtml(appName)}</span><span class="slack-app">APP</span></div>` +
    payload.blocks.map((b) => block(b)).join('\n') +
    `</div></div>`
  );
}
