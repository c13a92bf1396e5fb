/** Speakers named the ways real sites name them, shortcodes kept out of messages, and links resolved as the theme does. */
import { afterAll, describe, expect, it } from 'vitest';
import { makeSite } from './support/site.js';
import { readHugoConfig } from '../src/site/hugo-config.js';
import { readSite } from '../src/site/index.js';
import { parsePage, type PageLocation } from '../src/content/page.js';

const loc: PageLocation = { path: 'content/event/x/index.md', contentPath: 'event/x/index', bundle: true, section: 'event', lang: null, langPrefix: null, translation: false };
const site = { baseURL: 'https://seminars.example.org/lab/', zone: 'Europe/London', permalinks: {} };
const eventOf = (fm: string, body = '') => parsePage(`---\ntitle: A talk\ndate: 2025-05-09T15:30:00Z\n${fm}---\n${body}`, loc, site).event!;

describe('authors', () => {
  const s = makeSite({
    'content/authors/svigna/_index.md': '---\ntitle: Sebastiano Vigna\nrole: Professor of Computer Science\norganizations:\n  - name: Università degli Studi di Milano\n    url: https://www.unimi.it\n---\n',
    'content/event/profiled/index.md': '---\ntitle: Succinct data structures\ndate: 2025-05-09T15:30:00Z\nauthors: [svigna]\n---\n',
    'content/event/by-name/index.md': '---\ntitle: Fuzzing\ndate: 2025-05-10T15:30:00Z\nauthors: [Suyang Zhong]\n---\n',
    'content/event/by-slug/index.md': '---\ntitle: Organised by a user name\ndate: 2025-05-11T15:30:00Z\nauthors: [camachocolladosj]\n---\n',
    'content/event/named-elsewhere/index.md': '---\ntitle: Summary first\ndate: 2025-05-12T15:30:00Z\nauthors: [svigna]\nsummary: Talk by [Ada Lovelace](https://ada.example.org) (Analytical Engines)\n---\n',
  });
  afterAll(() => s.cleanup());

  it('an id with a profile page is that person (title, first organization, role); without one, a name as written and no slug', async () => {
    const { events } = await readSite(await readHugoConfig(s.dir), { sections: ['event'] });
    const byId = new Map(events.map((e) => [e.id, e.speakers]));
    expect(byId.get('event/profiled')).toEqual([{ name: 'Sebastiano Vigna', affiliation: 'Università degli Studi di Milano', url: null, role: 'Professor of Computer Science' }]);
    expect(byId.get('event/by-name')).toEqual([{ name: 'Suyang Zhong', affiliation: null, url: null }]);
    expect(byId.get('event/by-slug')).toEqual([]);
    expect(byId.get('event/named-elsewhere')!.map((sp) => sp.name)).toEqual(['Ada Lovelace']);
  });
});

describe('speakers in other languages and shortcodes', () => {
  it('reads "Vortrag von", "Exposé de", "Charla de" summaries and a "**Referent:**" body line', () => {
    expect(eventOf('summary: Vortrag von [Anna Schmidt](https://anna.example.de) (TU München)\n').speakers).toEqual([{ name: 'Anna Schmidt', affiliation: 'TU München', url: 'https://anna.example.de' }]);
    expect(eventOf("summary: Exposé de Marie Curie (Université de Namur)\n").speakers.map((sp) => [sp.name, sp.affiliation])).toEqual([['Marie Curie', 'Université de Namur']]);
    expect(eventOf('summary: Charla de Ana García y Luis Pérez (UC3M)\n').speakers.map((sp) => sp.name)).toEqual(['Ana García', 'Luis Pérez']);
    expect(eventOf('', '**Referent:** Hans Meier, Universität Bonn\n').speakers).toEqual([{ name: 'Hans Meier', affiliation: 'Universität Bonn', url: null }]);
  });

  it('a mention shortcode becomes the name; an icon and unknown shortcodes are dropped, from every text field', () => {
    const e = eventOf(
      `speaker: '{{% mention "Sebastiano Vigna" %}}'\nlocation: '{{< icon name="map-marker" pack="fas" >}} Room 1, {{< hl >}}Main{{< /hl >}} Building'\nabstract: 'On {{< cite page="x" >}}succinct data'\n`,
      '**Bio:** Works with {{% mention "Paolo Boldi" %}} on graphs.\n',
    );
    expect(e.speakers.map((sp) => sp.name)).toEqual(['Sebastiano Vigna']);
    expect(e.location).toBe('Room 1, Main Building');
    expect(e.abstract).toBe('On succinct data');
    expect(e.bio).toBe('Works with Paolo Boldi on graphs.');
    // Inline Markdown in short fields stays for the renderers.
    expect(eventOf("location: '**B080.09.012** at RMIT'\n").location).toBe('**B080.09.012** at RMIT');
  });
});

describe('relative links', () => {
  it('a resource of the page bundle links to that file; any other relative value is relative to the site root', () => {
    const e = parsePage(
      '---\ntitle: A talk\ndate: 2025-05-09T15:30:00Z\nurl_slides: slides.pdf\nurl_pdf: uploads/paper.pdf\nurl_code: files/code.zip\nurl_video: /media/talk.mp4\n---\n',
      { ...loc, resources: ['slides.pdf', 'files', 'featured.jpg'] },
      site,
    ).event!;
    expect(Object.fromEntries(e.links.map((l) => [l.name, l.url]))).toEqual({
      'Event page': 'https://seminars.example.org/lab/event/x/',
      Slides: 'https://seminars.example.org/lab/event/x/slides.pdf',
      PDF: 'https://seminars.example.org/lab/uploads/paper.pdf',
      Code: 'https://seminars.example.org/lab/event/x/files/code.zip',
      Video: 'https://seminars.example.org/media/talk.mp4',
    });
  });

  it('the walker gives a bundle its resources', async () => {
    const s = makeSite({ 'content/event/t/index.md': '---\ntitle: T\ndate: 2025-05-09T15:30:00Z\nurl_slides: slides.pdf\nurl_pdf: uploads/x.pdf\n---\n', 'content/event/t/slides.pdf': '%PDF' });
    try {
      const { events } = await readSite(await readHugoConfig(s.dir), { sections: ['event'] });
      expect(events[0]!.links.map((l) => l.url)).toEqual(['https://seminars.example.org/event/t/', 'https://seminars.example.org/event/t/slides.pdf', 'https://seminars.example.org/uploads/x.pdf']);
    } finally {
      s.cleanup();
    }
  });
});
