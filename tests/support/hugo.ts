/** Hugo itself (Debian's `hugo`) as the reference for what a site publishes (shared with scripts/parity.mjs). */
export { hugoListAll, parseCsv } from '../../scripts/hugo-list.mjs';

export interface HugoListed {
  path: string;
  slug: string;
  title: string;
  date: Date | null;
  expiryDate: Date | null;
  publishDate: Date | null;
  draft: boolean;
  permalink: string;
}
