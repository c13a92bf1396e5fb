/** Rendering email without a network: wording, times, escaping, the calendar, size, templates. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TemplateError } from '../src/render/email/index.js';
import { sampleInputs, sampleTalks } from '../src/samples.js';
import { formatWhen, formatWhenShort } from '../src/render/format.js';
import { renderMarkdownHtml } from '../src/render/markdown.js';
import { renderIcs } from '../src/render/ics.js';
import { aConfig, anEvent } from './support/builders.js';
import { anAdversarialEvent, anInput, parseCalendar, renderEmail } from './email-support.js';

const config = aConfig();

/** The <body> of an HTML document: the head legitimately holds MJML's <style> blocks. */
const bodyOf = (html: string) => html.slice(html.search(/<body/i));

describe('times as people read them', () => {
  it('names the zone and the end, in the display zone', () => {
    expect(formatWhen(anEvent(), config)).toBe('Thursday 21 November 2024, 13:00–14:00 GMT');
    const summer = anEvent({ start: new Date('2024-06-20T12:00:00Z'), end: new Date('2024-06-20T13:30:00Z') });
    expect(formatWhen(summer, config)).toBe('Thursday 20 June 2024, 13:00–14:30 BST');
    expect(formatWhen(anEvent(), { ...config, timezone: 'America/New_York', locale: 'en-US' })).toBe('Thursday 21 November 2024, 08:00–09:00 EST');
    expect(formatWhenShort(anEvent(), config)).toBe('Thu 21 Nov, 13:00 GMT');
  });

  it('all-day events show dates only', () => {
    const day = anEvent({ allDay: true, start: new Date('2024-11-21T00:00:00Z'), end: null });
    expect(formatWhen(day, config)).toBe('Thursday 21 November 2024');
    const two = anEvent({ allDay: true, start: new Date('2024-11-21T00:00:00Z'), end: new Date('2024-11-22T00:00:00Z') });
    expect(formatWhen(two, config)).toBe('Thursday 21 November 2024 – Friday 22 November 2024');
  });
});

describe('subjects', () => {
  it('announcement, reminder, update and cancellation say what they are', async () => {
    const subject = async (kind: Parameters<typeof anInput>[0]) => (await renderEmail(anInput(kind))).subject;
    expect(await subject('announcement')).toBe('[Seminar] The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
    expect(await subject('reminder')).toBe('[Seminar] Starting soon: The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
    expect(await subject('update')).toBe('[Seminar] Updated: The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
    expect(await subject('cancellation')).toBe('[Seminar] Cancelled: The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
  });

  it('a message about a cancelled talk (an announcement or reminder sent with --force) says so after the prefix', async () => {
    const subject = async (kind: Parameters<typeof anInput>[0]) => (await renderEmail(anInput(kind, [anEvent({ cancelled: true })]))).subject;
    expect(await subject('announcement')).toBe('[Seminar] Cancelled: The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
    expect(await subject('reminder')).toBe('[Seminar] Cancelled: The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
    expect(await subject('update')).toBe('[Seminar] Cancelled: The BERT moment for Music — Thu 21 Nov, 13:00 GMT');
    const r = await renderEmail(anInput('announcement', [anEvent({ cancelled: true })]));
    expect(r.calendar?.method).toBe('CANCEL');
    expect(r.text).toContain('The BERT moment for Music (CANCELLED)');
    expect(bodyOf(r.html)).toContain('removes the talk from your calendar');
  });

  it('a digest says how many talks and which dates', async () => {
    const r = await renderEmail(anInput('digest', sampleTalks(5)));
    expect(r.subject).toBe('[Seminar] 5 upcoming talks: Mon 18 Nov – Wed 20 Nov');
  });

  it('a digest of one talk speaks of it, not of "any of them"', async () => {
    const one = await renderEmail(anInput('digest', sampleTalks(1)));
    expect(one.text).toContain('Add it to your calendar with one click.');
    expect(one.text).not.toContain('any of them');
    expect((await renderEmail(anInput('digest', sampleTalks(2)))).text).toContain('Add any of them to your calendar with one click.');
  });

  it('control characters and line breaks never reach a message', async () => {
    const e = anEvent({ title: 'Line\none \u001b[31mred\u0007 \u0000null\r\nInjected: header', location: 'Room\u001b 1' });
    const r = await renderEmail(anInput('announcement', [e]));
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
    expect(r.subject).toBe('[Seminar] Line one [31mred null Injected: header — Thu 21 Nov, 13:00 GMT');
    for (const part of [r.subject, r.html, r.text, r.calendar!.content]) expect(part).not.toMatch(control);
  });
});

describe('what a talk shows', () => {
  it('announcement: title, linked speaker with affiliation, time with zone, place, abstract, bio, links, calendar link', async () => {
    const e = anEvent({
      links: [
        { name: 'Event page', url: 'https://seminars.example.org/event/mert-seminar/' },
        { name: 'Slides', url: 'https://example.org/s.pdf' },
        { name: 'Video', url: 'https://example.org/v' },
        { name: 'Code', url: 'https://github.com/example/mert' },
      ],
    });
    const r = await renderEmail(anInput('announcement', [e]));
    const body = bodyOf(r.html);
    expect(body).toContain('The BERT moment for Music');
    expect(body).toMatch(/<a href="https:\/\/chenghua-lin\.github\.io\/"[^>]*>Chenghua Lin<\/a>, University of Manchester/);
    expect(body).toContain('Thursday 21 November 2024, 13:00–14:00 GMT');
    expect(body).toContain('Abacws');
    expect(body).toContain('Senghennydd Road, Cardiff CF24 4AG');
    expect(body).toContain('<strong>MERT</strong>');
    expect(body).toContain('Professor of Natural Language Processing');
    for (const name of ['Event page', 'Slides', 'Video', 'Code']) expect(body).toContain(`>${name}</a>`);
    expect(body).toContain('https://calendar.google.com/calendar/render?action&#x3D;TEMPLATE');
    expect(body).toContain('Add to Google Calendar');
    // The text part stands alone, links written out.
    expect(r.text).toContain('When: Thursday 21 November 2024, 13:00–14:00 GMT');
    expect(r.text).toContain('Speaker: Chenghua Lin (University of Manchester)');
    expect(r.text).toContain('Where: Abacws, Senghennydd Road, Cardiff CF24 4AG');
    expect(r.text).toContain('Slides: https://example.org/s.pdf');
    expect(r.text).toContain('Code: https://github.com/example/mert');
    expect(r.text).toMatch(/Add to Google Calendar: https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=The\+BERT\+moment\+for\+Music&dates=20241121T130000Z%2F20241121T140000Z/);
    expect(r.text).not.toMatch(/<\/?[a-z]+[^>]*>/i);
  });

  it('a digest lists its talks in order, grouped by day', async () => {
    const talks = sampleTalks(6);
    const r = await renderEmail(anInput('digest', talks));
    const body = bodyOf(r.html);
    // Each heading and title is found after the one before it (the preheader, which also names the titles, comes first).
    const expected = ['MONDAY 18 NOVEMBER', ...talks.slice(0, 2).map((t) => t.title), 'TUESDAY 19 NOVEMBER', ...talks.slice(2, 4).map((t) => t.title), 'WEDNESDAY 20 NOVEMBER', ...talks.slice(4).map((t) => t.title)];
    let at = body.indexOf('MONDAY 18 NOVEMBER') - 1;
    for (const s of expected) {
      const next = body.indexOf(s, at + 1);
      expect(next, s).toBeGreaterThan(at);
      at = next;
    }
    expect(body.indexOf('MONDAY 18 NOVEMBER')).toBeLessThan(body.indexOf(`>${talks[0]!.title}<`));
    expect(r.text.indexOf('--- Monday 18 November ---')).toBeLessThan(r.text.indexOf(talks[0]!.title));
    expect(r.text.indexOf('--- Tuesday 19 November ---')).toBeGreaterThan(r.text.indexOf(talks[1]!.title));
  });

  it('update lists what changed; cancellation says so clearly', async () => {
    const upd = await renderEmail(anInput('update', [anEvent()], { changes: ['Time: Thu 21 Nov 13:00 → 14:00 GMT', 'Location: A → <B>'] }));
    expect(bodyOf(upd.html)).toContain('What changed');
    expect(bodyOf(upd.html)).toContain('Location: A → &lt;B&gt;');
    expect(upd.text).toContain('What changed:\n  - Time: Thu 21 Nov 13:00 → 14:00 GMT\n  - Location: A → <B>');
    const can = await renderEmail(anInput('cancellation', [anEvent({ cancelled: true })]));
    expect(bodyOf(can.html)).toContain('This talk is cancelled');
    expect(can.text).toContain('TALK CANCELLED');
    expect(can.text).toContain('The BERT moment for Music (CANCELLED)');
    expect(can.text).not.toContain('Add to Google Calendar');
  });

  it('all-day events: dates only, and DATE values in the calendar', async () => {
    const e = anEvent({ allDay: true, start: new Date('2024-11-21T00:00:00Z'), end: new Date('2024-11-22T00:00:00Z') });
    const r = await renderEmail(anInput('announcement', [e]));
    expect(r.subject).toBe('[Seminar] The BERT moment for Music — Thu 21 Nov – Fri 22 Nov');
    expect(r.text).toContain('When: Thursday 21 November 2024 – Friday 22 November 2024');
    expect(r.text).not.toContain('00:00');
    const cal = parseCalendar(r.calendar!.content);
    expect(cal.events[0]!.allDay).toBe(true);
    expect(cal.events[0]!.dtstart).toBe('2024-11-21');
    expect(r.calendar!.content).toContain('DTEND;VALUE=DATE:20241123');
    expect(r.text).toContain('dates=20241121%2F20241123');
  });
});

describe('footer', () => {
  it('links to unsubscribe, by URL or by address', async () => {
    const byUrl = await renderEmail(anInput('announcement', [anEvent()], {}, aConfig({ email: { ...config.email, unsubscribe: 'https://lists.example.org/u?l=nlp' } })));
    expect(bodyOf(byUrl.html)).toMatch(/<a href="https:\/\/lists\.example\.org\/u\?l&#x3D;nlp"[^>]*>Unsubscribe<\/a>/);
    expect(byUrl.text).toContain('Unsubscribe: https://lists.example.org/u?l=nlp');
    const byMail = await renderEmail(anInput('announcement', [anEvent()], {}, aConfig({ email: { ...config.email, unsubscribe: 'leave@lists.example.org' } })));
    expect(bodyOf(byMail.html)).toContain('href="mailto:leave@lists.example.org"');
    const none = await renderEmail(anInput('announcement'));
    expect(none.text).not.toContain('Unsubscribe');
  });
});

describe('the calendar', () => {
  it('a digest: PUBLISH (not an invitation) with ORGANIZER and no ATTENDEE, UTC times, DTSTAMP and SEQUENCE; one VEVENT per talk', () => {
    const talks = sampleTalks(3);
    const ics = renderIcs(anInput('digest', talks, { sequence: { [talks[1]!.id]: 4 } }));
    expect(ics.method).toBe('PUBLISH');
    const cal = parseCalendar(ics.content);
    expect(cal.method).toBe('PUBLISH');
    expect(ics.content).not.toContain('ATTENDEE');
    expect(cal.events.map((e) => e.uid)).toEqual(talks.map((t) => `${t.id}@seminars.example.org`));
    expect(cal.events.map((e) => e.sequence)).toEqual([0, 4, 0]);
    expect(cal.events.map((e) => e.start.getTime())).toEqual(talks.map((t) => t.start.getTime()));
    expect(ics.content).toContain('DTSTAMP:20241118T080000Z');
    expect(ics.content).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect(ics.content).toContain('ORGANIZER;CN="Seminars":mailto:seminars@example.org');
  });

  it('CANCEL with STATUS:CANCELLED for a cancellation', () => {
    const ics = renderIcs(anInput('cancellation', [anEvent({ cancelled: true })], { sequence: { 'event/mert-seminar': 2 } }));
    expect(ics.method).toBe('CANCEL');
    const cal = parseCalendar(ics.content);
    expect(cal.method).toBe('CANCEL');
    expect(cal.events[0]).toMatchObject({ uid: 'event/mert-seminar@seminars.example.org', sequence: 2, status: 'CANCELLED' });
  });
});

describe('the calendar of a cancelled talk', () => {
  it('an announcement or reminder of a cancelled talk is a CANCEL with STATUS:CANCELLED; a mixed digest stays a PUBLISH', () => {
    for (const kind of ['announcement', 'reminder'] as const) {
      const ics = renderIcs(anInput(kind, [anEvent({ cancelled: true })]));
      expect(ics.method).toBe('CANCEL');
      const cal = parseCalendar(ics.content);
      expect(cal.method).toBe('CANCEL');
      expect(cal.events[0]).toMatchObject({ status: 'CANCELLED' });
    }
    const [a, b] = sampleTalks(2);
    const digest = renderIcs(anInput('digest', [a!, { ...b!, cancelled: true }]));
    expect(digest.method).toBe('PUBLISH');
    expect(parseCalendar(digest.content).events.map((e) => e.status)).toEqual(['CONFIRMED', 'CANCELLED']);
  });
});

describe('untrusted page content', () => {
  it('Markdown is sanitised: no script, no handlers, only http(s) and mailto links', () => {
    const html = renderMarkdownHtml('<script>x()</script>\n\n[a](javascript:y()) [b](https://ok.example/) <a href="mailto:a@b.c" onclick="z()">m</a> <a href="ftp://x">f</a> <img src=x onerror=alert(1)>');
    expect(html).toBe('<p><span>a</span> <a href="https://ok.example/">b</a> <a href="mailto:a@b.c">m</a> <span>f</span> </p>');
    // Prose that only looks like a script URL stays readable but cannot be auto-linked by a mail client.
    expect(renderMarkdownHtml('<div>[c](javascript:z())</div>')).toBe('[c](javascript\u200B:z())');
    expect(renderMarkdownHtml('Big data: a survey')).toBe('<p>Big data: a survey</p>');
  });

  it('an adversarial talk renders with no executable markup and no javascript: URL anywhere', async () => {
    const evil = anAdversarialEvent();
    expect(evil.abstract!.length).toBeGreaterThan(20_000);
    for (const kind of ['announcement', 'digest', 'reminder', 'update', 'cancellation'] as const) {
      const r = await renderEmail(anInput(kind, [evil], { changes: ['<script>alert(1)</script> moved'] }));
      const body = bodyOf(r.html);
      expect(r.html).not.toMatch(/<script/i);
      expect(body).not.toMatch(/<(iframe|object|embed|svg|form|input|img|style|link|meta)\b/i);
      expect(r.html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      for (const part of [r.html, r.text, r.calendar!.content, r.subject]) {
        expect(part).not.toMatch(/javascript:/i);
        expect(part).not.toMatch(/data:text/i);
      }
      // The title shows as text, escaped.
      expect(body).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &quot;Quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
      expect(body).toContain('مرحبا بالعالم 深層学習の未来');
      // The text part stays readable: the words are there, no markup from the abstract leaks into it.
      expect(r.text).toContain('When: Thursday 21 November 2024, 13:00–14:00 GMT');
      expect(r.text).toContain('Where: Room <1> & "A" <script>alert(\'l\')</script>');
      // Markup in the abstract is gone from the text part, not shown as tags (the title is plain text and shows as written).
      for (const gone of ['alert(2)', 'alert(3)', 'alert(9)', 'abstract")', 'display:none']) expect(r.text).not.toContain(gone);
      if (kind !== 'digest') {
        expect(body).toContain('<a href="https://arxiv.org/abs/2306.00107">paper</a>');
        expect(body).toContain('href="mailto:speaker@example.org"');
        expect(body).toContain('HTML in the body');
        expect(r.text).toContain('CJK: 这是一个关于自然语言处理的报告。');
        expect(r.text).toContain('paper <https://arxiv.org/abs/2306.00107>');
        expect(r.text).toContain('Sentence 399 of a very long abstract');
      }
    }
  });
});

describe('size', () => {
  it('a digest of 20 talks stays under Gmail\'s 102 KB clipping limit, even with 20,000-character abstracts', async () => {
    const talks = sampleTalks(20);
    const plain = await renderEmail(anInput('digest', talks));
    const long = await renderEmail(anInput('digest', talks.map((t) => ({ ...t, abstract: anAdversarialEvent().abstract }))));
    const kb = (s: string) => Buffer.byteLength(s, 'utf8') / 1024;
    console.log(`20-talk digest HTML: ${kb(plain.html).toFixed(1)} KB; with 20,000-character abstracts: ${kb(long.html).toFixed(1)} KB`);
    expect(kb(plain.html)).toBeLessThan(102);
    expect(kb(long.html)).toBeLessThan(102);
    for (const t of talks) expect(plain.html).toContain(t.title);
  });
});

describe('templates', () => {
  it('every template renders its preview data', async () => {
    const inputs = sampleInputs(config);
    for (const input of Object.values(inputs)) {
      const r = await renderEmail(input);
      expect(r.html).toContain(input.events[0]!.title.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
      expect(r.text.length).toBeGreaterThan(100);
    }
  });

  it('a file in the templates folder overrides the built-in one, per file; invalid MJML names the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'announce-templates-'));
    try {
      await mkdir(path.join(dir, 'partials'));
      await writeFile(
        path.join(dir, 'partials', 'footer.mjml'),
        '<mj-section><mj-column><mj-text>Custom footer for {{siteTitle}} &amp; friends</mj-text></mj-column></mj-section>',
      );
      const r = await renderEmail(anInput('announcement', [anEvent()], {}, aConfig({ templates: dir })));
      expect(r.html).toContain('Custom footer for NLP Seminar &amp; friends');
      expect(r.html).toContain('The BERT moment for Music'); // the rest is still built in

      const broken = path.join(dir, 'broken');
      await mkdir(broken);
      await writeFile(path.join(broken, 'reminder.mjml'), '{{#> layout}}<mj-section><mj-column><mj-text unknown-attribute="1">x</mj-text></mj-column></mj-section>{{/layout}}');
      const err = await renderEmail(anInput('reminder', [anEvent()], {}, aConfig({ templates: broken }))).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TemplateError);
      expect((err as TemplateError).file).toBe(path.join(broken, 'reminder.mjml'));
      expect((err as Error).message).toMatch(/unknown-attribute/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('start-up cost', () => {
  it('importing the email renderer does not load mjml; rendering does', async () => {
    // Against the compiled code (npm test builds it first): a fresh process, as the CLI runs.
    const script = `
      import { createRequire } from 'node:module';
      import path from 'node:path';
      const require = createRequire(import.meta.url);
      const loaded = () => Object.keys(require.cache).some((k) => k.includes(path.sep + 'mjml-browser' + path.sep));
      const email = await import(path.resolve('dist/render/email/index.js'));
      const { readEmailTemplates } = await import(path.resolve('dist/run/templates.js'));
      const { sampleInputs } = await import(path.resolve('dist/samples.js'));
      const { normaliseConfig } = await import(path.resolve('dist/config/config.js'));
      const before = loaded();
      const config = normaliseConfig({}, { siteRoot: process.cwd(), hugoTimeZone: null, resolve: (r, p) => path.resolve(r, p) });
      await email.renderEmail(sampleInputs(config).announcement, readEmailTemplates(null));
      console.log(JSON.stringify({ before, after: loaded() }));`;
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
    );
    expect(JSON.parse(out)).toEqual({ before: false, after: true });
  });
});
