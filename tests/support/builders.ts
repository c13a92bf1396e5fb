/** In-memory builders with defaults, shared by the tests: anEvent({ start }), aConfig(), aSite(). */
import type { Event } from '../../src/content/event.js';
import type { Config } from '../../src/config/config.js';
import { normaliseConfig } from '../../src/config/config.js';
import type { HugoSite } from '../../src/site/types.js';
import path from 'node:path';

export function anEvent(over: Partial<Event> = {}): Event {
  const start = over.start ?? new Date('2024-11-21T13:00:00Z');
  const id = over.id ?? 'event/mert-seminar';
  return {
    id,
    path: `content/${id}/index.md`,
    section: id.split('/')[0]!,
    lang: null,
    slug: null,
    title: 'The BERT moment for Music',
    start,
    end: new Date(start.getTime() + 60 * 60 * 1000),
    allDay: false,
    timezone: 'Europe/London',
    date: start,
    publishDate: new Date(start.getTime() - 13 * 24 * 3600 * 1000),
    expiryDate: null,
    draft: false,
    cancelled: false,
    permalink: `https://seminars.example.org/${id}/`,
    location: 'Abacws',
    address: 'Senghennydd Road, Cardiff CF24 4AG',
    speakers: [{ name: 'Chenghua Lin', affiliation: 'University of Manchester', url: 'https://chenghua-lin.github.io/' }],
    abstract: 'In this talk, I will first introduce **MERT**, an acoustic music understanding model.',
    summary: null,
    bio: 'Chenghua Lin is Professor of Natural Language Processing.',
    eventName: null,
    links: [{ name: 'Event page', url: `https://seminars.example.org/${id}/` }],
    ...over,
  };
}

export function aSite(over: Partial<HugoSite> = {}): HugoSite {
  return {
    root: '/tmp/site',
    baseURL: 'https://seminars.example.org/',
    title: 'NLP Seminar',
    timeZone: 'Europe/London',
    contentDirs: [{ dir: 'content', lang: null }],
    defaultContentLanguage: 'en',
    languages: ['en'],
    defaultContentLanguageInSubdir: false,
    permalinks: {},
    buildFuture: false,
    buildDrafts: false,
    buildExpired: false,
    configFiles: ['hugo.toml'],
    ...over,
  };
}

export function aConfig(over: Partial<Config> = {}, siteRoot = '/tmp/site'): Config {
  const base = normaliseConfig(
    { email: { from: 'Seminars <seminars@example.org>', to: 'nlp-seminar@lists.example.org' }, slack: { channel: '#seminars' } },
    { siteRoot, hugoTimeZone: 'Europe/London', resolve: (r, p) => path.resolve(r, p) },
  );
  return { ...base, ...over };
}
