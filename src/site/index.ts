export type { HugoSite } from './types.js';
export { readSite } from './read-site.js';
