import type { KnownBlock } from '@slack/types';

/** Opens the blocks in Slack's Block Kit Builder, which reads the message from the URL fragment. */
export function renderBlockKitBuilderUrl(blocks: KnownBlock[]): string {
  return `https://app.slack.com/block-kit-builder/#${encodeURIComponent(JSON.stringify({ blocks }))}`;
}
