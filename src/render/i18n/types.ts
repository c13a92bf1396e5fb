import type { en } from './en.js';

/** A label: a text with `{name}` slots, or its plural forms (Intl.PluralRules categories; `other` required). */
export type PluralForms = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };
export type Message = string | PluralForms;

export type LabelKey = keyof typeof en;

/** Every label of one language. */
export type Catalogue = Record<LabelKey, Message>;

/** What the configuration's `labels:` may say: any label, in its own words. */
export type LabelOverrides = Partial<Record<LabelKey, Message>>;
