import { labelDisguisesUrl } from '../links.js';

/**
 * Slack reads `<…>` as a control sequence (mentions, `<!channel>`, `<url|label>` links) and `&` as the start of an
 * entity; escaping exactly these three characters is what Slack asks for, and it makes page text inert.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Control characters (except tab and newline) never reach a message. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Page text made safe for any Slack text field: control characters dropped, `&`, `<`, `>` escaped. */
export function safeText(text: string): string {
  return escapeSlack(cleanText(text));
}

/** Only absolute http(s) URLs become links or buttons; anything else (javascript:, data:, mailto:, relative) is null. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname) return null;
  return u.href;
}

/**
 * A URL as it may appear inside `<…|…>`: `|` and `>` would end the link early and `<` would start another, so they
 * are percent-encoded; `&` is written as an entity, as Slack itself stores links.
 */
export function slackLinkUrl(url: string): string {
  return url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

/** `<url|label>` for a safe URL (label already escaped), else the label alone. */
export function renderLink(rawUrl: string | null | undefined, escapedLabel: string): string {
  const url = safeHttpUrl(rawUrl);
  if (!url) return escapedLabel;
  // A label cannot contain `|` or a newline inside Slack's link syntax.
  // A label that reads as another host's address (a speaker "named" good.example) shows the target instead.
  const label = labelDisguisesUrl(escapedLabel, url) ? '' : escapedLabel.replace(/\|/g, '¦').replace(/\s*\n\s*/g, ' ').trim();
  return label ? `<${slackLinkUrl(url)}|${label}>` : `<${slackLinkUrl(url)}>`;
}
