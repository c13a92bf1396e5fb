/**
 * What a new user noticed on the first messages of real-looking sites: zone names by offset for US and Australian
 * sites, a double full stop after French and German date spans, "Quand: …" without the French space, "[Seminar]
 * Seminar: …" subjects, and a YAML error that points at the end of the front matter without saying why.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, normaliseConfig, type Config } from '../src/config/config.js';
import { decodePage } from '../src/content/front-matter.js';
import { renderSubject } from '../src/render/email/index.js';
import { formatWhenShort } from '../src/render/format.js';
import { anEvent } from './support/builders.js';
import { anInput, renderEmail } from './email-support.js';

const configFor = (file: Parameters<typeof normaliseConfig>[0], hugoTimeZone: string | null, site?: { defaultContentLanguage: string; languageCode?: string | null }): Config =>
  normaliseConfig({ email: { from: 'Seminar <seminar@example.org>', to: 'list@example.org' }, ...file }, { siteRoot: '/tmp/site', hugoTimeZone, site, resolve: (r, p) => path.resolve(r, p) });

describe('English as it is written where the talks are', () => {
  it('names the zone as people there do: EST in New York, AEDT in Sydney, BST in London', () => {
    const winter = anEvent({ start: new Date('2025-01-15T14:00:00Z') });
    const summer = anEvent({ start: new Date('2025-07-15T13:00:00Z') });
    expect(formatWhenShort(winter, configFor({}, 'America/New_York'))).toMatch(/09:00 EST$/);
    expect(formatWhenShort(winter, configFor({}, 'Australia/Sydney'))).toMatch(/01:00 AEDT$/);
    // Hugo's sample languageCode "en-us" on a British site: London keeps its own name for summer time.
    expect(formatWhenShort(summer, configFor({}, 'Europe/London', { defaultContentLanguage: 'en', languageCode: 'en-us' }))).toMatch(/14:00 BST$/);
  });
  it('keeps a configured locale, another language, and en-GB where the zone says nothing', () => {
    expect(configFor({ locale: 'en-GB' }, 'America/New_York').locale).toBe('en-GB');
    expect(defaultLocale(null, { defaultContentLanguage: 'fr', languageCode: 'fr-CA' }, 'America/Montreal')).toBe('fr-CA');
    expect(defaultLocale(null, undefined, 'Europe/Berlin')).toBe('en-GB');
    expect(defaultLocale(null, { defaultContentLanguage: 'en', languageCode: 'en-us' }, null)).toBe('en-us');
    expect(defaultLocale(null, undefined, 'America/Toronto')).toBe('en-CA');
    expect(defaultLocale(null, undefined, 'Asia/Singapore')).toBe('en-SG');
  });
});

describe('a French digest reads as French', () => {
  const fr = configFor({ locale: 'fr-FR' }, 'Europe/Paris');
  const talks = [
    anEvent({ id: 'event/a', start: new Date('2024-11-19T13:00:00Z') }),
    anEvent({ id: 'event/b', title: 'Second exposé', start: new Date('2024-11-21T13:00:00Z') }),
  ];
  it('one full stop after a date span whose abbreviation ends in one, and the space before a colon', async () => {
    const email = await renderEmail(anInput('digest', talks, {}, fr));
    expect(email.text).not.toMatch(/\.\. /);
    expect(email.html).not.toMatch(/\.\. /);
    expect(email.text).toMatch(/nov\. [A-Z]/);
    expect(email.text).toMatch(/^Quand : /m);
    expect(email.text).not.toMatch(/^Quand: /m);
  });
  it('English keeps its single full stop and its colon', async () => {
    const email = await renderEmail(anInput('digest', talks, {}, configFor({}, 'Europe/London')));
    expect(email.text).toMatch(/Thu 21 Nov\. /);
    expect(email.text).toMatch(/^When: /m);
  });
});

describe('subjects under the prefix', () => {
  const config = configFor({}, 'Europe/London');
  it('do not say the prefix word twice ("[Seminar] Seminar: …")', () => {
    const subject = renderSubject(anInput('announcement', [anEvent({ title: 'Seminar: Multilingual LLMs' })], {}, config));
    expect(subject).toMatch(/^\[Seminar\] Multilingual LLMs — /);
  });
  it('leave other titles, and a title that is only the word, as they are', () => {
    expect(renderSubject(anInput('announcement', [anEvent({ title: 'Seminars in spring: an overview' })], {}, config))).toMatch(/^\[Seminar\] Seminars in spring: an overview — /);
    expect(renderSubject(anInput('announcement', [anEvent({ title: 'Seminar: ' })], {}, config))).toMatch(/^\[Seminar\] Seminar: /);
  });
});

describe('a YAML error found only at the end of the front matter', () => {
  it('says that a bracket or quote opened earlier is never closed', () => {
    const r = decodePage('---\ntitle: Talk\ndate: 2024-11-21T14:00:00Z\nlocation: [Room 1\n---\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/a \[ or \{ is opened on an earlier line and never closed/);
    const q = decodePage('---\ntitle: "Broken\ndate: 2024-11-25T14:00:00Z\n---\n');
    if (!q.ok) expect(q.message).toMatch(/a " is opened on an earlier line and never closed/);
    expect(q.ok).toBe(false);
  });
});
