/**
 * Sample data for every kind of message, shared by `announce check` (each kind rendered once), `announce preview`
 * (every kind, for a look at each template) and the tests: what a designer previews is what the tests check and
 * what `check` renders (react-email's preview props). Pure.
 */
import type { Config } from './config/config.js';
import type { Event } from './content/event.js';
import { saidOf } from './ledger/keys.js';
import type { MessageKind } from './model.js';
import { describeChanges } from './plan/changes.js';
import type { InputOf, MessageInput } from './render/types.js';

export const SAMPLE_SITE = { title: 'NLP Seminar', baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' };

/** The seed talk (MERT), as the site reader produces it. */
export function sampleEvent(over: Partial<Event> = {}): Event {
  const id = over.id ?? 'event/mert-seminar';
  const start = over.start ?? new Date('2024-11-21T13:00:00Z');
  const permalink = over.permalink ?? `https://seminars.example.org/${id}/`;
  return {
    id,
    path: `content/${id}/index.md`,
    section: id.split('/')[0] ?? 'event',
    lang: null,
    slug: null,
    title: `Seminar: "The 'BERT moment' for Music - MERT: Large-Scale Self-supervised Training for Acoustic Music Understanding "`.trim(),
    start,
    end: new Date(start.getTime() + 3600_000),
    allDay: false,
    timezone: 'Europe/London',
    date: start,
    publishDate: new Date(start.getTime() - 13 * 86400_000),
    expiryDate: null,
    draft: false,
    cancelled: false,
    permalink,
    location: 'Abacws, Room 2.25',
    address: 'Senghennydd Road, Cardiff CF24 4AG, United Kingdom',
    speakers: [{ name: 'Chenghua Lin', affiliation: 'University of Manchester', url: 'https://chenghua-lin.github.io/' }],
    abstract:
      'Self-supervised learning (SSL) has recently emerged as a promising paradigm for training generalisable models on large-scale data in the fields of vision, text, and speech. In this talk, I will first introduce **MERT**, an acoustic music understanding model with large-scale self-supervised training, which achieves state-of-the-art results on 14 music understanding tasks.\n\nI will then discuss [MARBLE](https://marble-bm.shef.ac.uk/), a universal music benchmark.',
    summary: null,
    bio: 'Chenghua Lin is Professor of Natural Language Processing in the Department of Computer Science, University of Manchester.',
    eventName: 'NLP Seminar Series',
    links: [
      { name: 'Event page', url: permalink },
      { name: 'Slides', url: 'https://seminars.example.org/slides/mert.pdf' },
      { name: 'Video', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ],
    ...over,
  };
}

const TITLES: Array<[string, string, string]> = [
  ['Efficient Transformers for Long Documents', 'Ana Souza', 'University of Edinburgh'],
  ['Evaluating Factuality in Summarisation', 'Wei Zhang', 'Imperial College London'],
  ['Low-Resource Machine Translation with Pivot Languages', 'Fatima Al-Sayed', 'Qatar Computing Research Institute'],
  ['Probing Syntax in Multilingual Language Models', 'Jonas Berg', 'University of Copenhagen'],
  ['Retrieval-Augmented Generation in the Clinic', 'Priya Natarajan', 'Cardiff University'],
  ['Speech Recognition for Welsh', 'Rhiannon Price', 'Bangor University'],
  ['Argument Mining at Scale', 'Luca Moretti', 'University of Turin'],
  ['Counterfactual Data Augmentation', 'Hannah Schmidt', 'LMU Munich'],
  ['Detecting Misinformation Across Platforms', 'Kwame Mensah', 'University of Sheffield'],
  ['Grounded Dialogue Agents', 'Sofia Kowalska', 'University of Warsaw'],
];

/** `n` talks on weekdays from Monday 18 November 2024, two a day at 11:00 and 14:00 London time. */
export function sampleTalks(n: number): Event[] {
  const out: Event[] = [];
  for (let i = 0; i < n; i++) {
    const [title, name, affiliation] = TITLES[i % TITLES.length]!;
    const day = Math.floor(i / 2);
    const start = new Date(Date.UTC(2024, 10, 18 + (day % 5) + 7 * Math.floor(day / 5), i % 2 === 0 ? 11 : 14, 0));
    const slug = `talk-${String(i + 1).padStart(2, '0')}`;
    out.push(
      sampleEvent({
        id: `event/${slug}`,
        title: n > TITLES.length ? `${title} (${i + 1})` : title,
        start,
        end: new Date(start.getTime() + 3600_000),
        permalink: `https://seminars.example.org/event/${slug}/`,
        speakers: [{ name, affiliation, url: `https://example.org/people/${slug}` }],
        links: [
          { name: 'Event page', url: `https://seminars.example.org/event/${slug}/` },
          { name: 'Slides', url: `https://seminars.example.org/slides/${slug}.pdf` },
        ],
        abstract:
          'Large language models have changed how we build NLP systems, but they remain costly and hard to evaluate. This talk presents recent work on making them **cheaper**, more *faithful* and easier to audit, with results on several benchmarks and a discussion of open problems for the community. ' +
          'We close with lessons learned from deploying these systems with partners in industry and the public sector.',
      }),
    );
  }
  return out;
}

export interface SampleOptions {
  /** The talk of the one-talk messages: by default the seed talk, moved for the update. */
  talk?: Event;
  /** The talks of the digest: by default six sample talks, or the talk when one is given. */
  digest?: Event[];
  site?: MessageInput['site'];
  /** The instant the messages are rendered for: by default Monday 18 November 2024, 08:00 UTC. */
  now?: Date;
}

/** One input of every kind of message, the same for the preview, `check` and the tests. */
export function sampleInputs(config: Config, opts: SampleOptions = {}): { [K in MessageKind]: InputOf<K> } {
  const now = opts.now ?? new Date('2024-11-18T08:00:00Z');
  const base = { config, site: opts.site ?? SAMPLE_SITE, now };
  const talk = opts.talk ?? sampleEvent();
  // The update says what changed: the seed talk moved an hour and a room; a given talk as if it had moved an hour.
  const [before, after] = opts.talk
    ? [{ ...talk, start: new Date(talk.start.getTime() - 3600_000), end: talk.end && new Date(talk.end.getTime() - 3600_000) }, talk]
    : [talk, sampleEvent({ start: new Date('2024-11-21T14:00:00Z'), end: new Date('2024-11-21T15:00:00Z'), location: 'Abacws, Room 0.01' })];
  const changes = describeChanges(saidOf(before), saidOf(after), config.timezone, config.locale, config.labels);
  const listed = opts.digest ?? (opts.talk ? [talk] : sampleTalks(6));
  return {
    announcement: { ...base, kind: 'announcement', events: [talk], sequence: { [talk.id]: 0 } },
    digest: {
      ...base,
      kind: 'digest',
      events: listed,
      period: { from: now, to: new Date(now.getTime() + config.digest.days * 86400_000) },
      sequence: Object.fromEntries(listed.map((t) => [t.id, 0])),
    },
    reminder: { ...base, kind: 'reminder', events: [talk], minutesBefore: 60, sequence: { [talk.id]: 0 } },
    update: { ...base, kind: 'update', events: [after], changes, sequence: { [after.id]: 1 } },
    cancellation: { ...base, kind: 'cancellation', events: [{ ...talk, cancelled: true }], sequence: { [talk.id]: 2 } },
  };
}
