import { DateTime } from 'luxon';
import type { Config } from './config.js';
import { knownZoneOr } from '../content/zone.js';
import type { ConfigFile } from './schema.js';

type Rule = (config: Config, file: ConfigFile) => { error?: string; warning?: string } | null;

const validZone: Rule = (c) =>
  knownZoneOr(c.timezone, (z) => DateTime.now().setZone(z).isValid) ? null : { error: `timezone: "${c.timezone}" is not an IANA time zone (e.g. Europe/London)` };

const validLocale: Rule = (c) => {
  try {
    // What a formatter checks of its locale (ECMA-402 CanonicalizeLocaleList), without making one: the
    // first formatter of a process costs some 25 ms.
    Intl.getCanonicalLocales(c.locale);
    return null;
  } catch {
    return { error: `locale: "${c.locale}" is not a BCP 47 locale (e.g. en-GB)` };
  }
};

const emailHasRecipients: Rule = (c, f) =>
  f.email && c.email.to.length + c.email.cc.length + c.email.bcc.length === 0
    ? { error: 'email: give at least one recipient in email.to, email.cc or email.bcc' }
    : null;

const announcedOnTheDay: Rule = (c) =>
  c.announce.daysBefore === 0 && !c.digest.enabled
    ? {
        warning: `announce.daysBefore is 0 and the digest is off: each talk is announced only on its day (from 00:00 ${c.timezone}), hours before it starts`,
      }
    : null;

const RULES: Rule[] = [validZone, validLocale, emailHasRecipients, announcedOnTheDay];

/** Cross-field checks that the schema cannot express. */
export function checkConfigRules(config: Config, file: ConfigFile): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const rule of RULES) {
    const r = rule(config, file);
    if (r?.error) errors.push(r.error);
    if (r?.warning) warnings.push(r.warning);
  }
  return { errors, warnings };
}
