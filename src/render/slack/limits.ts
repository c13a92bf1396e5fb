/** Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks) and our own budget for one message. */
export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  buttonText: 75,
  url: 3000,
  contextElements: 10,
  actionsElements: 25,
  /** Slack recommends keeping the whole message readable; about 12,000 characters of text in all blocks. */
  totalChars: 12_000,
  /** The top-level `text` fallback (used in notifications); Slack truncates very long ones. */
  fallbackText: 3000,
} as const;

export const ELLIPSIS = '…';

/**
 * Cuts escaped mrkdwn to at most `max` characters without splitting an entity (`&amp;`), a `<…>` link or date, or a
 * surrogate pair, and appends `suffix` (an ellipsis, possibly with a link to the page). The result fits in `max`.
 */
export function truncateMrkdwn(text: string, max: number, suffix: string = ELLIPSIS): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - suffix.length);
  let cut = room;
  // Do not end inside `<…>`: back up to the `<` if one is open at the cut.
  const lastOpen = text.lastIndexOf('<', cut - 1);
  const lastClose = text.lastIndexOf('>', cut - 1);
  if (lastOpen > lastClose) cut = lastOpen;
  // Do not end inside an entity such as `&amp;`.
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp > cut - 6 && !text.slice(amp, cut).includes(';')) cut = amp;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let head = text.slice(0, cut);
  // Unbalanced formatting markers are harmless but ugly; trim trailing whitespace at least.
  head = head.replace(/\s+$/u, '');
  return head + suffix;
}

/** Plain text (already escaped) cut to `max` characters with an ellipsis. */
export function truncatePlain(text: string, max: number): string {
  return truncateMrkdwn(text, max, ELLIPSIS);
}
