import type { PageLocation } from '../content/page.js';
import { CONTENT_EXT, type FoundPage } from './walk.js';

/**
 * What placing a page needs to know of the site, as plain data (the reading thread gets a copy): its
 * languages, and for each walked folder (a section of a content folder) where it is and in which language.
 */
export interface Placement {
  /** The languages of the site's content folders (none: a one-language site). */
  langs: string[];
  defaultContentLanguage: string;
  defaultContentLanguageInSubdir: boolean;
  /** By WalkRoot index. */
  places: Array<{ dir: string; dirLang: string | null; section: string }>;
}

/** A page's path, language and URL prefix as Hugo gives them. Pure. */
export function placePage(page: FoundPage, p: Placement): PageLocation {
  const { dir, dirLang, section } = p.places[page.root]!;
  const multilingual = p.langs.length > 0;
  let noExt = page.rel.replace(CONTENT_EXT, '');
  let pageLang = dirLang;
  // index.de.md is the German translation when German is a language of the site.
  const langSuffix = /\.([a-z]{2,3}(?:-[a-z]+)?)$/i.exec(noExt);
  const suffixLang = langSuffix?.[1]!.toLowerCase();
  // Hugo reads a language suffix it knows (a configured language, or the default one on a
  // one-language site: foo.en.md is foo) and keeps any other in the name (foo.fr.md is foo.fr,
  // in the folder's language); a bundle's index.<anything>.md is the bundle's page either way.
  if (langSuffix && suffixLang && (p.langs.includes(suffixLang) || suffixLang === p.defaultContentLanguage || page.bundleIndex)) {
    if (multilingual && p.langs.includes(suffixLang)) pageLang = suffixLang;
    noExt = noExt.slice(0, -langSuffix[0].length);
  }
  const translation = multilingual && pageLang !== null && pageLang !== p.defaultContentLanguage;
  // Hugo puts the default language in a subdirectory only when the site has more than one.
  const inSubdir = p.langs.length > 1 && pageLang !== null && (translation || p.defaultContentLanguageInSubdir);
  return {
    path: `${dir}/${page.rel}`,
    contentPath: noExt,
    bundle: page.bundleIndex,
    section,
    lang: multilingual ? pageLang : null,
    langPrefix: inSubdir ? pageLang : null,
    translation,
    ...(page.resources.length > 0 ? { resources: page.resources } : {}),
  };
}
