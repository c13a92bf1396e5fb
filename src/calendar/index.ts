export type { FeedEntry } from './feed.js';
export { planFeed } from './feed.js';
export type { FeedContext } from './render.js';
export { renderFeed, vtimezoneOf } from './render.js';
