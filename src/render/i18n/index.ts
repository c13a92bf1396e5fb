/**
 * The words of messages in the site's language: one catalogue per language (en, fr, de, es, it, pt), chosen by the
 * configuration's locale, with the configuration's `labels:` over it. Plurals by Intl.PluralRules of that locale,
 * lists ("A, B and C") by Intl.ListFormat. Pure.
 */
import { en } from './en.js';
import { fr } from './fr.js';
import { de } from './de.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { Catalogue, LabelKey, LabelOverrides, Message } from './types.js';

export type { Catalogue, LabelKey, LabelOverrides, Message, PluralForms } from './types.js';
export { en };

export const CATALOGUES: Record<string, Catalogue> = { en, fr, de, es, it, pt };
export const LABEL_KEYS = Object.keys(en) as LabelKey[];

/** The language of a BCP 47 locale ("fr-CA" → "fr"). */
export const languageOf = (locale: string): string => locale.split(/[-_]/)[0]!.toLowerCase();

/** True when messages in this locale have a catalogue of their own (else they are in English). */
export const hasCatalogue = (locale: string): boolean => languageOf(locale) in CATALOGUES;

/**
 * The names the page reader gives links (Wowchemy's url_slides, url_video, …, and the page itself), in English:
 * messages say them in their own language.
 */
const READER_LINK_NAMES: Record<string, LabelKey> = {
  'event page': 'eventPage',
  slides: 'slides',
  video: 'video',
  code: 'code',
  poster: 'poster',
  dataset: 'dataset',
  project: 'project',
  source: 'source',
  link: 'link',
};

/** A link's name as a message shows it: a name the reader gave, in the message's language; any other as written. */
export function linkName(name: string, labels: Labels): string {
  const key = READER_LINK_NAMES[name.trim().toLowerCase()];
  return key ? labels.t(key) : name;
}

export interface Labels {
  locale: string;
  /** The label, its `{name}` slots filled; a plural label gives its `other` form. */
  t(key: LabelKey, params?: Record<string, string | number>): string;
  /** The plural form of the label for `n` (also `{n}`), its other slots filled. */
  n(key: LabelKey, n: number, params?: Record<string, string | number>): string;
  /** "A, B and C" in the locale. */
  list(items: string[]): string;
}

const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export function makeLabels(locale: string, overrides: LabelOverrides = {}): Labels {
  const base = CATALOGUES[languageOf(locale)] ?? en;
  const message = (key: LabelKey): Message => overrides[key] ?? base[key] ?? en[key];
  // Made on first use: the first Intl formatter of a process starts ICU (some 30 ms), and most commands
  // only ever ask for a plain label (the subject prefix).
  let intl: { plural: Intl.PluralRules; list: Intl.ListFormat } | undefined;
  const formatters = () => {
    if (intl) return intl;
    try {
      intl = { plural: new Intl.PluralRules(locale), list: new Intl.ListFormat(locale, { type: 'conjunction' }) };
    } catch {
      intl = { plural: new Intl.PluralRules('en'), list: new Intl.ListFormat('en', { type: 'conjunction' }) };
    }
    return intl;
  };
  return {
    locale,
    t: (key, params = {}) => {
      const m = message(key);
      return fill(typeof m === 'string' ? m : m.other, params);
    },
    n: (key, n, params = {}) => {
      const m = message(key);
      const form = typeof m === 'string' ? m : (m[formatters().plural.select(n)] ?? m.other);
      return fill(form, { n, ...params });
    },
    list: (items) => formatters().list.format(items),
  };
}

// One Labels per configuration: renderers ask for it per message.
const cache = new WeakMap<object, Labels>();

/** The labels of a configuration (its locale and `labels:`). */
export function labelsOf(config: { locale: string; labels?: LabelOverrides }): Labels {
  let hit = cache.get(config);
  if (!hit || hit.locale !== config.locale) cache.set(config, (hit = makeLabels(config.locale, config.labels)));
  return hit;
}
