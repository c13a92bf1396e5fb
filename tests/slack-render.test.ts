import { describe, expect, it } from 'vitest';
import type { Event } from '../src/content/event.js';
import { renderSlack } from '../src/render/slack/index.js';
import { countChars } from '../src/render/slack/blocks.js';
import type { MessageInput, MessageKind, SlackPayload } from '../src/render/types.js';
import { aConfig, anEvent } from './support/builders.js';
import { validateSlackMessage } from './support/slack-server.js';

const site = { title: 'NLP Seminar', baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' };
const KINDS: MessageKind[] = ['announcement', 'digest', 'reminder', 'update', 'cancellation'];

function render(kind: MessageKind, events: Event[], over: Partial<MessageInput> = {}): SlackPayload {
  return renderSlack({
    kind,
    events,
    config: aConfig(),
    site,
    now: new Date('2024-11-18T09:00:00Z'),
    period: { from: new Date('2024-11-18T08:00:00Z'), to: new Date('2024-11-25T08:00:00Z') },
    changes: ['Time: Thu 21 Nov 13:00 → 14:00'],
    minutesBefore: 60,
    sequence: {},
    ...over,
  });
}

/** Every string a reader or Slack's parser sees: the fallback, all text objects, all URLs. */
function strings(payload: SlackPayload): string[] {
  const out: string[] = [payload.text];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === 'text' || k === 'url') && typeof x === 'string' ? out.push(x) : visit(x);
  };
  visit(payload.blocks);
  return out;
}

/**
 * The only control sequences allowed are our date tokens and links to http(s) URLs; everything else in angle
 * brackets (mentions, <!channel>, javascript: links) would be an injection. Returns the link URLs found.
 */
function controlSequences(payload: SlackPayload): { links: string[]; bad: string[] } {
  const links: string[] = [];
  const bad: string[] = [];
  for (const s of strings(payload)) {
    for (const m of s.matchAll(/<([^>]*)>/g)) {
      const inner = m[1]!;
      if (/^!date\^\d+\^\{[a-z_ {}]+\}(\^[^|]*)?\|[^<>]*$/.test(inner)) continue;
      const link = /^(https?:\/\/[^|\s<>]+)(?:\|([^<>|]*))?$/.exec(inner);
      if (!link) {
        bad.push(m[0]);
        continue;
      }
      links.push(link[1]!);
      // A label that reads as a URL must go where it says.
      const label = link[2]?.trim() ?? '';
      const labelHost = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})/i.exec(label)?.[1];
      if (labelHost && labelHost.toLowerCase() !== new URL(link[1]!.replace(/&amp;/g, '&')).hostname) bad.push(`disguised ${m[0]}`);
    }
    // A stray `<` or `>` left after the sequences above would start one in Slack's parser.
    const rest = s.replace(/<[^>]*>/g, '');
    if (/[<>]/.test(rest)) bad.push(`stray bracket in: ${rest.slice(0, 80)}`);
  }
  return { links, bad };
}

function expectSafe(payload: SlackPayload): void {
  expect(validateSlackMessage({ ...payload })).toEqual([]);
  const { links, bad } = controlSequences(payload);
  expect(bad).toEqual([]);
  for (const l of links) expect(l).toMatch(/^https?:\/\//);
  for (const s of strings(payload)) {
    expect(s).not.toMatch(/<!(channel|here|everyone|subteam)/);
    expect(s).not.toMatch(/<[@#][A-Z0-9]/);
    // javascript: may be shown as (escaped) text, never as a link target.
    expect(s).not.toMatch(/<\s*javascript:/i);
  }
  // Slack's automatic parsing (channel names, some mentions) stays off for every mrkdwn text.
  const mrkdwnObjects: Array<Record<string, unknown>> = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      if ((v as { type?: unknown }).type === 'mrkdwn') mrkdwnObjects.push(v as Record<string, unknown>);
      Object.values(v).forEach(visit);
    }
  };
  visit(payload.blocks);
  for (const o of mrkdwnObjects) expect(o.verbatim).toBe(true);
  expect(countChars(payload.blocks)).toBeLessThanOrEqual(12_000);
  expect(payload.blocks.length).toBeLessThanOrEqual(50);
}

const buttons = (p: SlackPayload) =>
  p.blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Array<{ text: { text: string }; url: string; action_id: string }>);

describe('what each kind says', () => {
  const e = anEvent({ links: [{ name: 'Event page', url: 'https://seminars.example.org/event/mert-seminar/' }, { name: 'Slides', url: 'https://example.org/slides.pdf' }] });

  it('an announcement: title header, linked speaker with affiliation, local time token, place, abstract, buttons', () => {
    const p = render('announcement', [e]);
    expectSafe(p);
    expect(p.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'The BERT moment for Music', emoji: true } });
    const all = strings(p).join('\n');
    expect(all).toContain('<https://chenghua-lin.github.io/|Chenghua Lin> (University of Manchester)');
    expect(all).toContain(`<!date^${Date.parse('2024-11-21T13:00:00Z') / 1000}^{date_long_pretty} {time}|Thursday 21 November 2024, 13:00 GMT>`);
    expect(all).toContain('Abacws, Senghennydd Road, Cardiff CF24 4AG');
    expect(all).toContain('*MERT*');
    expect(buttons(p).map((b) => b.text.text)).toEqual(['Event page', 'Slides', 'Add to calendar']);
    const cal = new URL(buttons(p).find((b) => b.action_id === 'add_to_calendar')!.url);
    expect(cal.host).toBe('calendar.google.com');
    expect(cal.searchParams.get('dates')).toBe('20241121T130000Z/20241121T140000Z');
    expect(cal.searchParams.get('text')).toBe('The BERT moment for Music');
    expect(p.text).toBe(
      'Seminar: The BERT moment for Music — Chenghua Lin (University of Manchester) — Thursday 21 November 2024, 13:00–14:00 GMT — https://seminars.example.org/event/mert-seminar/',
    );
  });

  it('times fall back in the display zone and name it (BST in summer)', () => {
    const p = render('announcement', [anEvent({ start: new Date('2024-06-06T12:00:00Z') })]);
    expect(p.text).toContain('Thursday 6 June 2024, 13:00–14:00 BST');
  });

  it('an all-day talk is a date, not a time token', () => {
    const p = render('announcement', [anEvent({ allDay: true, start: new Date('2024-11-21T00:00:00Z'), end: null })]);
    expectSafe(p);
    expect(strings(p).join('\n')).not.toContain('<!date');
    expect(p.text).toContain('— Thursday 21 November 2024 —');
  });

  it('a reminder says when once: in its first line, not again in the fields', () => {
    const p = render('reminder', [e], { minutesBefore: 60 });
    const texts = strings(p).filter((t) => t !== p.text);
    expect(texts.filter((t) => t.includes('<!date^')).length).toBe(1);
    expect(texts.some((t) => t.startsWith('*When*'))).toBe(false);
    expect(strings(render('announcement', [e])).some((t) => t.startsWith('*When*'))).toBe(true);
  });

  it('a reminder says how soon and has no calendar button', () => {
    const p = render('reminder', [e], { minutesBefore: 90 });
    expectSafe(p);
    expect(p.text).toMatch(/^Starting in 1 hour 30 minutes: The BERT moment/);
    expect(buttons(p).map((b) => b.action_id)).not.toContain('add_to_calendar');
  });

  it('a reminder posted late says how long is really left', () => {
    const late = render('reminder', [e], { minutesBefore: 60, now: new Date('2024-11-21T12:35:00Z') });
    expect(late.text).toMatch(/^Starting in 25 minutes: /);
    const started = render('reminder', [e], { minutesBefore: 60, now: new Date('2024-11-21T13:00:00Z') });
    expect(started.text).toMatch(/^Starting now: /);
  });

  it('an update says what changed', () => {
    const p = render('update', [e], { changes: ['Time: Thu 21 Nov 13:00 → 14:00', 'Where: Abacws → <Room 2.01>'] });
    expectSafe(p);
    const all = strings(p).join('\n');
    expect(all).toContain('• Time: Thu 21 Nov 13:00 → 14:00');
    expect(all).toContain('• Where: Abacws → &lt;Room 2.01&gt;');
    expect((p.blocks[0] as { text: { text: string } }).text.text).toBe('Updated: The BERT moment for Music');
  });

  it('an announcement, reminder or update of a cancelled talk (sent with --force) says so in its header and text', () => {
    const gone = { ...e, cancelled: true };
    for (const [kind, header, text] of [
      ['announcement', 'Cancelled: The BERT moment for Music', /^Cancelled: Seminar: The BERT moment for Music/],
      ['reminder', 'Cancelled: The BERT moment for Music', /^Cancelled: Starting in /],
      ['update', 'Cancelled: Updated: The BERT moment for Music', /^Cancelled: Updated: /],
    ] as const) {
      const p = render(kind, [gone]);
      expectSafe(p);
      expect((p.blocks[0] as { text: { text: string } }).text.text).toBe(header);
      expect(p.text).toMatch(text);
      expect(buttons(p).map((b) => b.action_id)).not.toContain('add_to_calendar');
    }
  });

  it('a cancellation is unmistakable', () => {
    const p = render('cancellation', [e]);
    expectSafe(p);
    expect((p.blocks[0] as { text: { text: string } }).text.text).toBe('Cancelled: The BERT moment for Music');
    expect(strings(p).join('\n')).toContain('This talk has been cancelled');
    expect(p.text).toMatch(/^Cancelled: /);
    expect(buttons(p).map((b) => b.action_id)).toEqual(['event_page']);
  });

  it('a digest groups its talks by day in the display zone', () => {
    const events = [
      anEvent({ id: 'event/a', title: 'Talk A', start: new Date('2024-11-19T13:00:00Z') }),
      anEvent({ id: 'event/b', title: 'Talk B', start: new Date('2024-11-19T15:00:00Z') }),
      anEvent({ id: 'event/c', title: 'Talk C', start: new Date('2024-11-21T23:30:00Z') }),
    ];
    const p = render('digest', events);
    expectSafe(p);
    const sections = p.blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^\*Tuesday 19 November\*\n• .*Talk A.*\n• .*Talk B/);
    expect(sections[1]).toMatch(/^\*Thursday 21 November\*/);
    expect(p.text).toBe('Seminars: 18–25 November 2024: 3 talks — Talk A; Talk B; Talk C');
  });

  it('every kind has a text fallback and valid blocks', () => {
    for (const kind of KINDS) expectSafe(render(kind, [e]));
  });
});

describe('adversarial pages', () => {
  const mentions = '<!channel> <!here> <!everyone> <@U024BE7LH> <#C024BE7LR> <!subteam^SAZ94GDB8> @channel';
  const hostile = anEvent({
    title: `Free pizza ${mentions} <https://evil.example|https://seminars.example.org>`,
    speakers: [
      { name: `Mallory <!here>`, affiliation: `Evil & Co <@U1>`, url: 'javascript:alert(1)' },
      { name: 'Eve', affiliation: null, url: 'https://evil.example/|<!channel>' },
    ],
    location: `Room <!channel> & "1" > 2`,
    address: '<#C024BE7LR>',
    abstract: [
      `Hello ${mentions}`,
      '',
      '[click <!here>](javascript:alert(1)) and [data](data:text/html,x) and <javascript:alert(1)>',
      '',
      '<https://evil.example|https://good.example> and [ok](https://good.example/?q=<!channel>&a=b|c)',
      '',
      '<script>alert(1)</script> <b>bold</b> <img src=x onerror=alert(1)>',
      '',
      '```',
      '<!channel> in code',
      '```',
    ].join('\n'),
    links: [
      { name: 'Slides', url: 'javascript:alert(1)' },
      { name: 'Video', url: 'https://video.example/?x=<!here>' },
    ],
    permalink: 'https://seminars.example.org/event/evil/',
  });

  it.each(KINDS)('%s: page text cannot mention, link in disguise or run javascript', (kind) => {
    const p = render(kind, [hostile], { changes: [`Title: ${mentions}`] });
    expectSafe(p);
    const all = strings(p).join('\n');
    expect(all).toContain('&lt;!channel&gt;');
    expect(buttons(p).every((b) => /^https?:\/\//.test(b.url))).toBe(true);
  });

  it('links keep only http(s) targets, encoded so they cannot break out of <…|…>', () => {
    const p = render('announcement', [hostile]);
    const { links } = controlSequences(p);
    expect(links).toContain('https://good.example/?q=%3C!channel%3E&amp;a=b%7Cc');
    expect(links.some((l) => l.includes('evil.example/%7C'))).toBe(true);
    expect(links.every((l) => !l.includes('javascript'))).toBe(true);
    // Slack's own link syntax in a page is not a link; a Markdown link labelled with another site's address shows its target.
    expect(links.some((l) => l.startsWith('https://evil.example|'))).toBe(false);
    const disguised = render('announcement', [anEvent({ abstract: 'See [https://good.example/login](https://evil.example/login) or [good.example](https://evil.example/x).' })]);
    expectSafe(disguised);
    expect(controlSequences(disguised).links).toEqual(expect.arrayContaining(['https://evil.example/login', 'https://evil.example/x']));
    expect(buttons(p).map((b) => b.action_id)).not.toContain('slides');
  });

  it('a 20,000-character abstract is trimmed with an ellipsis and a link to the page', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} with **bold** & <angle> [link](https://x.example/${i}).`).join(' ');
    expect(long.length).toBeGreaterThan(20_000);
    for (const kind of ['announcement', 'update', 'reminder', 'cancellation', 'digest'] as const) {
      const p = render(kind, [anEvent({ abstract: long })]);
      expectSafe(p);
    }
    const p = render('announcement', [anEvent({ abstract: long })]);
    const abstract = p.blocks.find((b) => b.type === 'section' && typeof (b.text as { text?: string } | undefined)?.text === 'string' && (b.text as { text: string }).text.startsWith('Sentence 0'));
    const text = (abstract!.text as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/… <https:\/\/seminars\.example\.org\/event\/mert-seminar\/\|Read more on the website>$/);
  });

  it('over-long titles, speakers and places stay within header, field and button limits', () => {
    const e = anEvent({
      title: 'T&'.repeat(400),
      speakers: Array.from({ length: 60 }, (_, i) => ({ name: `Speaker ${i} ${'x'.repeat(40)}`, affiliation: 'University of Somewhere & Elsewhere', url: `https://p.example/${i}` })),
      location: 'L'.repeat(5000),
    });
    expectSafe(render('digest', [e]));
    for (const kind of ['announcement', 'reminder', 'update', 'cancellation'] as const) {
      const p = render(kind, [e]);
      expectSafe(p);
      const header = (p.blocks[0]!.text as { text: string }).text;
      expect(header.length).toBeLessThanOrEqual(150);
      expect(header.endsWith('…')).toBe(true);
      expect(header).not.toMatch(/&[a-z]*…$/);
    }
  });

  it('a URL over 3000 characters never becomes a link or button', () => {
    const huge = `https://p.example/${'a'.repeat(3100)}`;
    const p = render('announcement', [anEvent({ speakers: [{ name: 'Long', affiliation: null, url: huge }], links: [{ name: 'Slides', url: huge }] })]);
    expectSafe(p);
    expect(buttons(p).every((b) => b.url.length <= 3000)).toBe(true);
  });

  it('a 60-talk digest collapses within 50 blocks and 12,000 characters, pointing to the rest', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      anEvent({
        id: `event/talk-${i}`,
        title: `Talk number ${i}: ${'a fairly long title about language models '.repeat(2)}`,
        start: new Date(Date.parse('2024-11-18T09:00:00Z') + i * 2.5 * 3600 * 1000),
        abstract: 'x'.repeat(5000),
      }),
    );
    const p = render('digest', events);
    expectSafe(p);
    const all = strings(p).join('\n');
    expect(all).toMatch(/… and \d+ more talks: <https:\/\/seminars\.example\.org\/event\/\|see them all on the website>/);
    expect(all).toContain('Talk number 0');
    expect(p.text.length).toBeLessThanOrEqual(3000);
  });

  it('60 talks on 60 different days stop at 50 blocks and keep the footer', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      anEvent({ id: `event/d${i}`, title: `Day talk ${i}`, speakers: [], location: null, address: null, start: new Date(Date.parse('2024-11-19T12:00:00Z') + i * 86_400_000) }),
    );
    const p = render('digest', events);
    expectSafe(p);
    expect(p.blocks).toHaveLength(50);
    expect(p.blocks.at(-1)).toMatchObject({ type: 'context' });
    expect(strings(p).join('\n')).toMatch(/and \d+ more talks/);
  });

  it('60 talks on one day split into several sections', () => {
    const events = Array.from({ length: 60 }, (_, i) => anEvent({ id: `event/t${i}`, title: `Short ${i}`, speakers: [], location: null, address: null, start: new Date(Date.parse('2024-11-19T08:00:00Z') + i * 60_000) }));
    const p = render('digest', events);
    expectSafe(p);
    expect(p.blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(1);
  });

  it('CJK and right-to-left text pass through intact and valid', () => {
    const e = anEvent({
      title: '大規模言語モデルと音楽理解 — فهم الموسيقى باستخدام النماذج اللغوية',
      speakers: [{ name: '林成华', affiliation: 'جامعة مانشستر', url: 'https://example.org/lin' }],
      location: 'תל אביב',
      abstract: '本講演では **MERT** を紹介します。\n\nسنناقش _النماذج_ الكبيرة. ' + '文'.repeat(4000),
    });
    for (const kind of KINDS) {
      const p = render(kind, [e]);
      expectSafe(p);
      const all = strings(p).join('\n');
      expect(all).toContain('大規模言語モデルと音楽理解');
      expect(all).toContain('فهم الموسيقى');
    }
    const abstract = strings(render('announcement', [e])).find((s) => s.startsWith('本講演'))!;
    expect(abstract).toContain('*MERT*');
    expect(abstract).toContain('_النماذج_');
  });

  it('bidirectional override characters and control characters are dropped', () => {
    const p = render('announcement', [anEvent({ title: 'Harmless\u202Eevil\u001b[31m', abstract: 'a\u0007b' })]);
    expectSafe(p);
    const all = strings(p).join('\n');
    expect(all).not.toMatch(/[\u202e\u0007\u001b]/);
  });
});

describe("fallbacks in the message's language", () => {
  it('an empty title and an empty button label show the words of the catalogue, not English', () => {
    const config = aConfig({ locale: 'fr-FR', labels: { eventPage: '' } });
    for (const kind of ['announcement', 'reminder'] as MessageKind[]) {
      const payload = render(kind, [anEvent({ title: '  ' })], { config });
      const header = payload.blocks.find((b) => b.type === 'header') as { text: { text: string } };
      expect(header.text.text).toBe('Séminaire');
      expect(JSON.stringify(payload.blocks)).not.toMatch(/"Seminar"|"Link"/);
      if (kind === 'announcement') {
        const actions = payload.blocks.find((b) => b.type === 'actions') as { elements: { text: { text: string }; action_id: string }[] };
        expect(actions.elements.find((el) => el.action_id === 'event_page')!.text.text).toBe('Lien');
      }
    }
  });
});
