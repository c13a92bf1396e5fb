/**
 * Messages in the site's language: every email (subject, HTML, text) and Slack message in French, German, Spanish,
 * Italian and Portuguese carries no English label (only names of things: titles, people, places), dates are the
 * locale's, plurals follow Intl.PluralRules; the locale defaults to the site's language; any label can be
 * overridden from the configuration (validated); a list configured for another language of a bilingual site
 * gets that language's labels and versions.
 */
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseConfig, type Config } from '../src/config/config.js';
import { readConfig } from '../src/config/read-config.js';
import { loadContext } from '../src/context.js';
import { saidOf } from '../src/ledger/keys.js';
import { siteInfoOf } from '../src/model.js';
import { describeChanges } from '../src/plan/changes.js';
import { renderSlack } from '../src/render/slack/index.js';
import { CATALOGUES } from '../src/render/i18n/index.js';
import type { MessageInput, MessageKind, SlackPayload } from '../src/render/types.js';
import { announcementInput } from '../src/run/message-input.js';
import { anEvent } from './support/builders.js';
import { makeSite } from './support/site.js';
import { anInput, renderEmail } from './email-support.js';

const configFor = (file: Parameters<typeof normaliseConfig>[0], site?: { defaultContentLanguage: string; languageCode?: string | null }): Config =>
  normaliseConfig(
    { email: { from: 'Seminar <seminar@example.org>', to: 'list@example.org', unsubscribe: 'https://lists.example.org/leave' }, ...file },
    { siteRoot: '/tmp/site', hugoTimeZone: 'Europe/Paris', site, resolve: (r, p) => path.resolve(r, p) },
  );

/** Talks with names that are no English words: what remains English in a message is ours. */
const talk = (id: string, over: Parameters<typeof anEvent>[0] = {}) =>
  anEvent({
    id,
    title: `Diffusion ${id.length}: LLM & RAG`,
    start: new Date('2024-11-21T13:00:00Z'),
    location: 'B080.09.012',
    address: 'Via Roma 1, Torino',
    speakers: [
      { name: 'Ada Lovelace', affiliation: 'Universität Wien', url: 'https://people.example.org/ada' },
      { name: 'Grace Hopper', affiliation: 'Politecnico di Torino', url: null },
    ],
    abstract: 'Lorem ipsum dolor sit amet, **consectetur** adipiscing elit.',
    bio: 'Ada Lovelace, PhD.',
    links: [
      { name: 'Event page', url: `https://seminars.example.org/${id}/` },
      { name: 'Slides', url: `https://seminars.example.org/uploads/${id}.pdf` },
    ],
    ...over,
  });

const LOCALES = ['fr-FR', 'de-DE', 'es-ES', 'it-IT', 'pt-BR'];
/** English labels, as they would show if a message fell back to English. */
const ENGLISH = [
  'Upcoming', 'upcoming', 'Speaker', 'When', 'Where', 'Add to', 'Event page', 'All talks', 'Reminder', 'Cancelled', 'cancelled',
  'Unsubscribe', 'your calendar', 'About the speaker', 'ABOUT THE SPEAKER', 'All day', 'Starting', 'starts', 'talk', 'Talk', 'Slides',
  'changed', 'will not take place', 'Read more', 'website', 'Updated', 'Time:', 'Location:', 'seminars', 'What changed',
  'invitation', 'attached', 'soon', ' and ', ' by ', 'planned', 'hour', ' day', 'days', 'times in your own',
];
/** English day and month names of the fixtures' dates, unless the locale writes them the same. */
const englishDates = (locale: string) =>
  ['2024-11-19', '2024-11-21']
    .flatMap((d) => ['cccc', 'ccc', 'LLLL'].map((f) => [DateTime.fromISO(d).setLocale('en-GB').toFormat(f), DateTime.fromISO(d).setLocale(locale).toFormat(f)]))
    .filter(([en, own]) => en !== own && !own.toLowerCase().startsWith(en.toLowerCase()))
    .map(([en]) => en!);

/** What a reader sees of an email: the subject, the text part, the HTML's text (URLs left out). */
function emailWords(r: { subject: string; html: string; text: string }): string {
  const body = r.html.slice(r.html.search(/<body/i)).replace(/<style[\s\S]*?<\/style>/gi, '');
  const htmlText = body.replace(/<[^>]+>/g, ' ').replace(/&[#\w]+;/g, ' ');
  // talks.ics is the name of the attached file.
  return [r.subject, htmlText, r.text].join('\n').replace(/https?:\/\/\S+/g, ' ').replaceAll('talks.ics', ' ');
}

/** What a Slack reader sees: every text (date tokens by their fallback, links by their label, no emoji codes). */
function slackWords(p: SlackPayload): string {
  const out: string[] = [p.text];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'text' && typeof x === 'string' ? out.push(x) : visit(x);
  };
  visit(p.blocks);
  return out
    .join('\n')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<[^|>]*\|([^>]*)>/g, '$1')
    .replace(/:[a-z0-9_]+:/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

function inputsFor(config: Config): Array<[string, MessageInput]> {
  const a = talk('event/a');
  const b = talk('event/bb', { start: new Date('2024-11-19T10:00:00Z'), cancelled: true });
  const moved = { ...a, start: new Date('2024-11-21T14:00:00Z'), end: new Date('2024-11-21T15:00:00Z'), location: 'C1' };
  const changes = describeChanges(saidOf(a), saidOf(moved), config.timezone, config.locale, config.labels);
  const long = Array.from({ length: 14 }, (_, i) => talk(`event/l${i}`, { start: new Date(Date.UTC(2024, 10, 19 + (i % 3), 9 + i)) }));
  const kinds: Array<[string, MessageKind, ReturnType<typeof talk>[], Record<string, unknown>]> = [
    ['digest', 'digest', [b, a], {}],
    ['compact digest', 'digest', long, {}],
    ['one-talk digest', 'digest', [a], {}],
    ['announcement', 'announcement', [a], {}],
    ['reminder', 'reminder', [a], { minutesBefore: 60 }],
    ['reminder a day ahead', 'reminder', [a], { minutesBefore: 1440 }],
    ['update', 'update', [moved], { changes }],
    ['cancellation', 'cancellation', [{ ...a, cancelled: true }], {}],
    ['cancellation of a deleted page', 'cancellation', [{ ...a, cancelled: true }], { removed: true }],
  ];
  return kinds.map(([name, kind, events, over]) => [name, anInput(kind, events, over, config)]);
}

describe('messages in each shipped language', () => {
  for (const locale of LOCALES) {
    it(`${locale}: no English label in any email or Slack message`, async () => {
      const config = configFor({ locale });
      // A word both languages write ("invitation" in French) is not an English label there.
      const own = JSON.stringify(CATALOGUES[locale.slice(0, 2)]);
      const forbidden = [...ENGLISH.filter((w) => !own.includes(w)), ...englishDates(locale)];
      for (const [name, input] of inputsFor(config)) {
        const email = emailWords(await renderEmail(input));
        const slack = slackWords(renderSlack(input));
        for (const word of forbidden) {
          expect(email.includes(word), `${locale} ${name} email says "${word}":\n${email}`).toBe(false);
          expect(slack.includes(word), `${locale} ${name} Slack says "${word}":\n${slack}`).toBe(false);
        }
      }
    });
  }

  it('French in detail: dates, plurals, the subject prefix, <html lang>, reader link names', async () => {
    const config = configFor({ locale: 'fr-FR' });
    const [, digest] = inputsFor(config)[0]!;
    const r = await renderEmail(digest);
    // A subject is one line of plain spaces.
    expect(r.subject).toBe('[Séminaire] 2 exposés à venir : mar. 19 nov. – jeu. 21 nov.');
    expect(r.html).toMatch(/<html[^>]* lang="fr"/);
    expect(r.text).toContain('jeudi 21 novembre');
    expect(r.text).toContain('Intervenants : Ada Lovelace (Universität Wien) et Grace Hopper (Politecnico di Torino)');
    const one = await renderEmail(anInput('announcement', [talk('event/a')], {}, config));
    expect(one.subject).toBe('[Séminaire] Diffusion 7: LLM & RAG — jeu. 21 nov., 14:00 UTC+1');
    expect(one.text).toContain('Quand : jeudi 21 novembre 2024, 14:00–15:00 UTC+1');
    expect(one.text).toContain('Diapositives : https://seminars.example.org/uploads/event/a.pdf');
    expect(one.text).toContain('Page de l’exposé : https://seminars.example.org/event/a/');
    // Plural forms by Intl.PluralRules: French says "1 exposé" and "0 exposé".
    const single = await renderEmail(anInput('digest', [talk('event/a')], {}, config));
    expect(single.subject).toContain('1 exposé à venir');
    expect(renderSlack(anInput('digest', [talk('event/a')], {}, config)).text).toContain('Séminaires : 18–25 novembre 2024');
  });

  it('German dates are German ("Donnerstag, 21. November 2024"); Spanish and Portuguese say "de"', async () => {
    const when = async (locale: string) => (await renderEmail(anInput('announcement', [talk('event/a')], {}, configFor({ locale })))).text;
    expect(await when('de-DE')).toContain('Wann: Donnerstag, 21. November 2024, 14:00–15:00');
    expect(await when('es-ES')).toContain('Cuándo: jueves, 21 de noviembre de 2024, 14:00–15:00');
    expect(await when('pt-BR')).toContain('Quando: quinta-feira, 21 de novembro de 2024, 14:00–15:00');
    expect(await when('it-IT')).toContain('Quando: giovedì 21 novembre 2024, 14:00–15:00');
  });

  it('a locale without a catalogue gets English labels with its own dates', async () => {
    const r = await renderEmail(anInput('announcement', [talk('event/a')], {}, configFor({ locale: 'nl-NL' })));
    expect(r.text).toContain('When: donderdag 21 november 2024, 14:00–15:00');
    expect(r.subject.startsWith('[Seminar] ')).toBe(true);
  });
});

describe('labels from the configuration', () => {
  it('override any label, plural forms included, in email and Slack', async () => {
    const config = configFor({ labels: { eventPage: 'Talk page', upcomingTalks: { one: '{n} talk this week', other: '{n} talks this week' }, when: 'Time' } });
    const [, digest] = inputsFor(config)[0]!;
    const r = await renderEmail(digest);
    expect(r.subject).toBe('[Seminar] 2 talks this week: Tue 19 Nov – Thu 21 Nov');
    expect(r.html).toContain('>Talk page</a>');
    expect(r.html).not.toContain('Event page');
    const one = await renderEmail(anInput('announcement', [talk('event/a')], {}, config));
    expect(one.text).toContain('Time: Thursday 21 November 2024');
    expect(one.text).toContain('Talk page: https://seminars.example.org/event/a/');
    expect(JSON.stringify(renderSlack(anInput('announcement', [talk('event/a')], {}, config)).blocks)).toContain('"text":"Talk page"');
  });

  it('an unknown label or a plural without "other" is a configuration error naming it', async () => {
    const s = makeSite({ 'announce.config.yaml': 'labels:\n  eventPge: Talk page\n' });
    try {
      await expect(readConfig(s.dir, {})).rejects.toThrow(/labels/);
      s.write('announce.config.yaml', 'labels:\n  upcomingTalks:\n    one: "{n} talk"\n');
      await expect(readConfig(s.dir, {})).rejects.toThrow(/labels\.upcomingTalks/);
      s.write('announce.config.yaml', 'locale: fr-FR\nlabels:\n  eventPage: Voir la page\n');
      const { config } = await readConfig(s.dir, {});
      expect(config.labels).toEqual({ eventPage: 'Voir la page' });
    } finally {
      s.cleanup();
    }
  });
});

describe('the locale by default', () => {
  it("is the site's language: defaultContentLanguage, else languageCode (with its region), else en-GB", () => {
    expect(configFor({}, { defaultContentLanguage: 'fr', languageCode: 'en-us' }).locale).toBe('fr');
    expect(configFor({}, { defaultContentLanguage: 'en', languageCode: 'de-AT' }).locale).toBe('de-AT');
    expect(configFor({}, { defaultContentLanguage: 'en', languageCode: 'en-us' }).locale).toBe('en-GB');
    expect(configFor({}, { defaultContentLanguage: 'en' }).locale).toBe('en-GB');
    expect(configFor({ locale: 'it-CH' }, { defaultContentLanguage: 'fr' }).locale).toBe('it-CH');
    expect(configFor({}, { defaultContentLanguage: 'fr' }).email.subjectPrefix).toBe('[Séminaire]');
  });

  describe('a bilingual site whose list is configured for German', () => {
    const s = makeSite(
      {
        'content/event/graphs/index.en.md': '---\ntitle: Graph talk\ndate: 2024-11-21T15:30:00\npublishDate: 2024-01-01T00:00:00Z\nlocation: Room 1\nsummary: Talk by Ada Lovelace (Universität Wien)\n---\n',
        'content/event/graphs/index.de.md': '---\ntitle: Graphenvortrag\ndate: 2024-11-21T15:30:00\npublishDate: 2024-01-01T00:00:00Z\nlocation: Raum 1\nsummary: Vortrag von Ada Lovelace (Universität Wien)\n---\n',
        'announce.config.yaml': 'language: de\n',
      },
      ['baseURL = "https://lab.example.de/"', 'title = "Lab"', 'defaultContentLanguage = "en"', 'timeZone = "Europe/Berlin"', '[languages.en]', '  weight = 1', '[languages.de]', '  weight = 2', ''].join('\n'),
    );
    afterAll(() => s.cleanup());

    it("gets the German version and German labels (and English for the site's own default)", async () => {
      const loaded = await loadContext({ site: s.dir });
      expect(loaded.config.locale).toBe('de');
      const ctx = { ...loaded, siteInfo: siteInfoOf(loaded.site) };
      const input = announcementInput(ctx, new Date('2024-11-18T08:00:00Z'), ctx.events[0]!, {});
      const r = await renderEmail(input);
      expect(r.subject).toBe('[Seminar] Graphenvortrag — Do., 21. Nov., 15:30 MEZ');
      expect(r.text).toContain('Wo: Raum 1');
      expect(r.text).toContain('Zur Veranstaltung: https://lab.example.de/de/event/graphs/');
      expect(slackWords(renderSlack(input))).toContain('Wann');
      s.write('announce.config.yaml', '');
      const english = await loadContext({ site: s.dir });
      expect(english.config.locale).toBe('en-GB');
      expect(english.events[0]!.title).toBe('Graph talk');
      s.write('announce.config.yaml', 'language: de\n');
    });
  });
});
