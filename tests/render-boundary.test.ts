/**
 * What a page, the configuration or a template override holds is bounded at the render boundary: no bidirectional
 * control in any part of an email (Subject, HTML, text, .ics, the calendar link), sizes capped (Subject, title, bio,
 * abstract), and Slack drops the content of <script> and <style> as email does.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSlack } from '../src/render/slack/index.js';
import { markdownToMrkdwn } from '../src/render/slack/mrkdwn.js';
import type { MessageInput } from '../src/render/types.js';
import { aConfig, anEvent } from './support/builders.js';
import { anInput, renderEmail } from './email-support.js';

const BIDI = /[\u202A-\u202E\u2066-\u2069]|%E2%80%A[A-E]|%E2%81%A[6-9]|&#x0*202[A-E];|&#8238;/i;
const RLO = '\u202E';

describe('bidirectional controls never reach an email', () => {
  it('from the page, the subject prefix, the site title and a template override, in every part', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'announce-bidi-'));
    try {
      await mkdir(path.join(dir, 'partials'));
      await writeFile(
        path.join(dir, 'partials', 'footer.mjml'),
        `<mj-section><mj-column><mj-text>Footer ${RLO}gpj.exe &#x202E;fdp.exe &#8238;x <a href="https://example.org/?q=%E2%80%AEx">l</a></mj-text></mj-column></mj-section>`,
      );
      const event = anEvent({ title: `Talk ${RLO}cod.exe`, location: `Room \u2066B\u2069`, abstract: `About ${RLO}this.` });
      const input = anInput('announcement', [event], { site: { title: `Series \u202Bname`, baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' } }, aConfig({
        templates: dir,
        email: { ...aConfig().email, subjectPrefix: `[Sem${RLO}]` },
      }));
      const r = await renderEmail(input);
      for (const [part, text] of [['subject', r.subject], ['html', r.html], ['text', r.text], ['ics', r.calendar!.content]] as const)
        expect(BIDI.exec(text), part).toBeNull();
      expect(r.subject).toContain('[Sem]');
      expect(r.html).toContain('Footer gpj.exe');
      expect(r.html).toContain('calendar.google.com');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('size caps on email', () => {
  it('a 300,000-character title: a Subject of at most 150 characters ending in an ellipsis, a bounded email', async () => {
    const title = 'Word '.repeat(60_000);
    const r = await renderEmail(anInput('announcement', [anEvent({ title })]));
    expect(r.subject.length).toBeLessThanOrEqual(150);
    expect(r.subject.endsWith('…')).toBe(true);
    expect(r.html.length + r.text.length + r.calendar!.content.length).toBeLessThan(200_000);
  });

  it('a 3.5 MB bio and a 1 MB abstract: cut with an ellipsis and a link to the talk page; the email stays small', async () => {
    const bio = 'Biography sentence with words. '.repeat(120_000);
    const abstract = 'Abstract sentence with words. '.repeat(35_000);
    const event = anEvent({ bio, abstract });
    const r = await renderEmail(anInput('announcement', [event]));
    const size = r.html.length + r.text.length + r.calendar!.content.length;
    expect(size).toBeLessThan(300_000);
    expect(r.text).toContain('…');
    expect(r.text).toContain(event.permalink);
    expect(r.html).toMatch(/Read more on the talk(&#x27;|')s page/);
  });

  it('a subject that fits is left alone', async () => {
    const r = await renderEmail(anInput('announcement', [anEvent({ title: 'A short title' })]));
    expect(r.subject).toContain('A short title');
    expect(r.subject.endsWith('…')).toBe(false);
  });
});

describe('Slack drops what <script> and <style> hold', () => {
  it.each([
    ['inline', 'Hello <script>alert(1)</script> world <style>.x{color:red}</style> end'],
    ['upper case, attributes', 'A <SCRIPT type="text/javascript">steal()</SCRIPT> B'],
    ['never closed', 'Before <script>forever()'],
    ['a block', '<div>\n<style>body { color: red }</style>\n<p>kept</p>\n</div>'],
  ])('%s', (_, abstract) => {
    const text = markdownToMrkdwn(abstract);
    expect(text).not.toMatch(/alert|color|steal|forever/);
    const payload = renderSlack({ ...anInput('announcement', [anEvent({ abstract })]), minutesBefore: null } as MessageInput);
    expect(JSON.stringify(payload)).not.toMatch(/alert\(1\)|color:red|steal\(\)|forever\(\)/);
  });
});
