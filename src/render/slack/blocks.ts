/** Small pure Block Kit builders that enforce Slack's per-element limits by trimming, never by failing. */
import type {
  ActionsBlock,
  Button as ButtonElement,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  KnownBlock,
  MrkdwnElement,
  SectionBlock,
} from '@slack/types';
import { ELLIPSIS, LIMITS, truncateMrkdwn, truncatePlain } from './limits.js';
import { renderLink, safeHttpUrl, safeText, slackLinkUrl } from './escape.js';

/** A Block Kit block, as Slack's own types describe it (the SDKs take these). */
export type Block = KnownBlock;

/**
 * A mrkdwn text object. `verbatim: true` stops Slack's automatic parsing (linkifying `#channel` names, some `@`
 * mentions) of page text; our own formatting and the links and dates we built are still processed.
 */
export const mrkdwnText = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });

/**
 * "… <url|Read more>": what a trimmed text ends with, so the reader can get the rest from the page. The label comes
 * from the message's language (there is no English default): without one, the text ends in "…" alone.
 */
export function readMore(url: string | null | undefined, label: string | undefined): string {
  const safe = safeHttpUrl(url);
  return safe && label && safe.length <= LIMITS.url ? `${ELLIPSIS} <${slackLinkUrl(safe)}|${label}>` : ELLIPSIS;
}

/**
 * Header (plain text, 150 characters); `text` is page text, escaped here. Slack rejects an empty header, so an empty
 * title shows `fallback`, the word for "Seminar" in the message's language.
 */
export function headerBlock(text: string, fallback: string): HeaderBlock {
  const escaped = truncatePlain(safeText(text).replace(/\s+/g, ' ').trim() || safeText(fallback).trim() || '…', LIMITS.headerText);
  return { type: 'header', text: { type: 'plain_text', text: escaped, emoji: true } };
}

/** Section of mrkdwn that is already safe (built from escaped parts); trimmed to 3000 with a link to `moreUrl`. */
export function sectionBlock(body: string, moreUrl?: string | null, moreLabel?: string): SectionBlock {
  return { type: 'section', text: mrkdwnText(truncateMrkdwn(body, LIMITS.sectionText, readMore(moreUrl, moreLabel))) };
}

/** Section of fields (at most 10, each at most 2000 characters). */
export function fieldsBlock(fields: string[], moreUrl?: string | null, moreLabel?: string): SectionBlock | null {
  const kept = fields.filter((f) => f.trim() !== '').slice(0, LIMITS.fields);
  if (kept.length === 0) return null;
  return {
    type: 'section',
    fields: kept.map((f) => mrkdwnText(truncateMrkdwn(f, LIMITS.fieldText, readMore(moreUrl, moreLabel)))),
  };
}

export function contextBlock(mrkdwnElements: string[]): ContextBlock | null {
  const kept = mrkdwnElements.filter((e) => e.trim() !== '').slice(0, LIMITS.contextElements);
  if (kept.length === 0) return null;
  return { type: 'context', elements: kept.map((e) => mrkdwnText(truncateMrkdwn(e, LIMITS.sectionText))) };
}

export function dividerBlock(): DividerBlock {
  return { type: 'divider' };
}

export interface Button {
  /** Our own label, or page text (escaped here). */
  text: string;
  url: string | null | undefined;
  actionId: string;
  primary?: boolean;
}

/**
 * Link buttons; a button whose URL is not http(s) or is over 3000 characters is left out rather than sent. Slack
 * rejects an empty button label: one shows `fallback`, the word for "Link" in the message's language.
 */
export function actionsBlock(buttons: Button[], fallback: string): ActionsBlock | null {
  const seen = new Set<string>();
  const elements: ButtonElement[] = [];
  for (const b of buttons) {
    const url = safeHttpUrl(b.url);
    if (!url || url.length > LIMITS.url || seen.has(b.actionId)) continue;
    seen.add(b.actionId);
    const el: ButtonElement = {
      type: 'button',
      text: { type: 'plain_text', text: truncatePlain(safeText(b.text).trim() || safeText(fallback).trim() || '…', LIMITS.buttonText), emoji: true },
      url,
      action_id: b.actionId,
    };
    if (b.primary) el.style = 'primary';
    elements.push(el);
  }
  return elements.length ? { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements) } : null;
}

/** Characters of text a reader gets from these blocks (what the 12,000-character budget counts). */
export function countChars(blocks: Block[]): number {
  let n = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'text' || k === 'url') && typeof x === 'string') n += x.length;
        else visit(x);
      }
    }
  };
  visit(blocks);
  return n;
}

export const compact = (blocks: Array<Block | null>): Block[] => blocks.filter((b): b is Block => b !== null);

export { renderLink };
