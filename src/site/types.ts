/** The parts of a Hugo site's configuration that decide what it publishes and where. */
export interface HugoSite {
  /** Absolute path of the site root. */
  root: string;
  /** Always ends with "/". */
  baseURL: string;
  title: string;
  /** Hugo's languageCode (or locale), e.g. "en-SG", or null: evidence of where the site is. */
  languageCode?: string | null;
  /** Hugo's `timeZone`, or null (then Hugo reads zone-less dates as UTC). */
  timeZone: string | null;
  /** Content directories, relative to root; one per language on multilingual sites. */
  contentDirs: Array<{ dir: string; lang: string | null }>;
  defaultContentLanguage: string;
  /** The site's languages in Hugo's order (by weight, unweighted last, then by code); one on a one-language site. */
  languages: string[];
  defaultContentLanguageInSubdir: boolean;
  /** Section → pattern, e.g. { event: "/event/:year/:slug/" }. */
  permalinks: Record<string, string>;
  buildFuture: boolean;
  buildDrafts: boolean;
  buildExpired: boolean;
  /** Config file(s) read, relative to root (for messages). */
  configFiles: string[];
}
