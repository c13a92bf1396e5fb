export type { HugoSite, PublishState } from './types.js';
export { readSite, publishState, isPublished } from './read-site.js';
