/**
 * What people read, as a real site writes it: short fields are inline Markdown (rendered in HTML and Slack, plain in
 * subjects, text parts, calendars and links), digest excerpts come from the Markdown's structure, and the wording
 * of one-talk digests, reminders, cancellations of deleted pages and updates across a zone change.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { describeChanges } from '../src/plan/changes.js';
import { saidOf } from '../src/ledger/keys.js';
import { eventFromSaid } from '../src/run/events.js';
import { renderSlack } from '../src/render/slack/index.js';
import type { MessageKind, SlackPayload } from '../src/render/types.js';
import { anEvent } from './support/builders.js';
import { anInput, renderEmail } from './email-support.js';
import { cleanEnv, makeSite, runCli } from './run-support.js';

const bodyOf = (html: string) => html.slice(html.search(/<body/i));

/** Every text a Slack reader sees: the fallback and each text object. */
function slackTexts(p: SlackPayload): string {
  const out: string[] = [p.text];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'text' && typeof x === 'string' ? out.push(x) : visit(x);
  };
  visit(p.blocks);
  return out.join('\n');
}

describe('short fields are inline Markdown', () => {
  const marked = anEvent({
    title: 'Scaling *attention* with `FlashAttention`',
    location: '**B080.09.012** at [RMIT](https://www.rmit.edu.au/)',
    address: '124 La Trobe St, _Melbourne_',
    speakers: [{ name: '**Jane Doe**', affiliation: '*RMIT University*', url: 'https://example.org/jane' }],
  });

  it('email: rendered in the HTML, plain in the subject, the text part, the calendar and the Google Calendar link', async () => {
    const r = await renderEmail(anInput('announcement', [marked]));
    const body = bodyOf(r.html);
    expect(body).toContain('<strong>B080.09.012</strong> at <a href="https://www.rmit.edu.au/">RMIT</a>');
    expect(body).toContain('124 La Trobe St, <em>Melbourne</em>');
    expect(body).toContain('Scaling <em>attention</em> with <code>FlashAttention</code>');
    expect(body).toMatch(/<a href="https:\/\/example\.org\/jane"[^>]*><strong>Jane Doe<\/strong><\/a>, <em>RMIT University<\/em>/);
    expect(body).not.toMatch(/\*\*|\*RMIT|_Melbourne_/);
    expect(r.subject).toBe('[Seminar] Scaling attention with FlashAttention — Thu 21 Nov, 13:00 GMT');
    expect(r.text).toContain('Where: B080.09.012 at RMIT, 124 La Trobe St, Melbourne');
    expect(r.text).toContain('Speaker: Jane Doe (RMIT University)');
    expect(r.text).not.toMatch(/\*\*|`|_Melbourne_/);
    expect(r.calendar!.content).toContain('SUMMARY:Scaling attention with FlashAttention');
    expect(r.calendar!.content).toContain('LOCATION:B080.09.012 at RMIT\\, 124 La Trobe St\\, Melbourne');
    const gcal = new URL(/Add to Google Calendar: (\S+)/.exec(r.text)![1]!);
    expect(gcal.searchParams.get('location')).toBe('B080.09.012 at RMIT, 124 La Trobe St, Melbourne');
    expect(gcal.searchParams.get('text')).toBe('Scaling attention with FlashAttention');
  });

  it('Slack: **x** becomes *x*, links become <url|label>; the header and the fallback are plain', () => {
    const p = renderSlack(anInput('announcement', [marked]));
    const texts = slackTexts(p);
    expect(texts).toContain('*Where*\n*B080.09.012* at <https://www.rmit.edu.au/|RMIT>, 124 La Trobe St, _Melbourne_');
    expect(texts).toContain('<https://example.org/jane|Jane Doe> (_RMIT University_)');
    expect(p.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Scaling attention with FlashAttention' } });
    expect(p.text).toContain('Seminar: Scaling attention with FlashAttention — Jane Doe (RMIT University)');
    expect(texts).not.toContain('**');
  });

  it('raw HTML in a short field stays text, escaped: it is neither markup nor dropped', async () => {
    const e = anEvent({ location: 'Room <1> & <b>2</b>' });
    const r = await renderEmail(anInput('announcement', [e]));
    expect(bodyOf(r.html)).toContain('Room &lt;1&gt; &amp; &lt;b&gt;2&lt;/b&gt;');
    expect(r.text).toContain('Where: Room <1> & <b>2</b>');
  });
});

describe('digest excerpts come from the Markdown structure', () => {
  it('no <https://…> autolinks, no "* item" bullets, no code blocks: prose on one line', async () => {
    const abstract = [
      'We present a new model. Code: <https://github.com/example/model>, paper [on arXiv](https://arxiv.org/abs/1).',
      '',
      'Topics:',
      '',
      '* item one',
      '* item **two**',
      '',
      '```',
      'pip install model',
      '```',
      '',
      '## Bio',
      '',
      'Jane works on models.',
    ].join('\n');
    const r = await renderEmail(anInput('digest', [anEvent({ abstract })]));
    const excerpt = 'We present a new model. Code: https://github.com/example/model, paper on arXiv. Topics: item one; item two. Bio: Jane works on models.';
    expect(r.text.replace(/\s+/g, ' ')).toContain(excerpt);
    expect(bodyOf(r.html)).toContain(excerpt);
    for (const part of [r.text, bodyOf(r.html)]) {
      expect(part).not.toContain('&lt;https://github.com');
      expect(part).not.toMatch(/<https:\/\/github\.com/);
      expect(part).not.toMatch(/\* item/);
      expect(part).not.toContain('pip install');
    }
  });
});

describe('wording', () => {
  it('a one-talk digest says "Add it to your calendar", a longer one "any of them"', async () => {
    const one = await renderEmail(anInput('digest', [anEvent()]));
    expect(one.text).toContain('Add it to your calendar');
    expect(one.text).not.toContain('any of them');
    const two = await renderEmail(anInput('digest', [anEvent(), anEvent({ id: 'event/other', start: new Date('2024-11-22T13:00:00Z') })]));
    expect(two.text).toContain('Add any of them to your calendar');
  });

  it('a Slack reminder says when once', () => {
    const p = renderSlack(anInput('reminder', [anEvent()]));
    const blockTexts = slackTexts({ text: '', blocks: p.blocks });
    expect(blockTexts.match(/<!date\^1732194000\^/g)).toHaveLength(1);
    expect(blockTexts).not.toContain('*When*');
    expect(blockTexts).toContain('*Where*');
  });

  it("the text part's underline is as long as its heading, (CANCELLED) included, however long the title", async () => {
    const title = 'A title much longer than seventy-two characters, as real seminar titles often are in practice';
    for (const kind of ['announcement', 'cancellation'] as MessageKind[]) {
      const r = await renderEmail(anInput(kind, [anEvent({ title, cancelled: kind === 'cancellation' })]));
      const lines = r.text.split('\n');
      const at = lines.findIndex((l) => l.startsWith(title));
      expect(lines[at]).toBe(kind === 'cancellation' ? `${title} (CANCELLED)` : title);
      expect(lines[at + 1]).toBe('-'.repeat(lines[at]!.length));
    }
  });

  it('an update says when the zone name changes with the time (GMT → BST), and not otherwise', () => {
    const before = saidOf(anEvent({ start: new Date('2024-03-29T14:00:00Z'), end: null }));
    const after = saidOf(anEvent({ start: new Date('2024-04-01T13:00:00Z'), end: null }));
    expect(describeChanges(before, after, 'Europe/London', 'en-GB')).toEqual(['Time: Fri 29 Mar 14:00 GMT → Mon 1 Apr 14:00 BST']);
    const later = saidOf(anEvent({ start: new Date('2024-11-21T14:00:00Z'), end: null }));
    expect(describeChanges(saidOf(anEvent({ end: null })), later, 'Europe/London', 'en-GB')).toEqual(['Time: Thu 21 Nov 13:00 → 14:00']);
  });

  it('the ledger keeps the address with the location, so a deleted page is cancelled with it', () => {
    const said = saidOf(anEvent({ location: 'NUS SoC', address: 'Singapore' }));
    expect(eventFromSaid('event/mert-seminar', said)).toMatchObject({ location: 'NUS SoC', address: 'Singapore' });
    // Recorded before addresses were kept: none, as before.
    const { address: _, ...old } = said;
    expect(eventFromSaid('event/mert-seminar', old).address).toBeNull();
  });
});

describe('a deleted page', () => {
  it('is cancelled with the address it was announced with, linking to the series list page, not the 404', async () => {
    const site = await makeSite('announce: { mode: each, daysBefore: 7 }\nemail: { from: "Seminars <seminars@example.org>", to: list@example.org }\n');
    try {
      const dir = path.join(site.root, 'content', 'event', 'nus-talk');
      await mkdir(dir, { recursive: true });
      await writeFile(
        path.join(dir, 'index.md'),
        [
          '---',
          'title: "Fuzzing at scale"',
          'date: 2024-11-21T14:00:00Z',
          'publishDate: 2024-11-01T00:00:00Z',
          'location: NUS SoC',
          'address: { street: 13 Computing Drive, city: Singapore }',
          'speakers: [{ name: Suyang Zhong }]',
          '---',
          'A talk.',
          '',
        ].join('\n'),
      );
      const env = cleanEnv();
      const first = await runCli(['--site', site.root, '--now', '2024-11-18T09:00:00Z'], env);
      expect(first.code, first.stdout + first.stderr).toBe(0);
      await site.removeTalk('nus-talk');
      const second = await runCli(['--site', site.root, '--now', '2024-11-19T09:00:00Z'], env);
      expect(second.code, second.stdout + second.stderr).toBe(0);
      expect(second.stdout).toMatch(/cancellation/);

      const outbox = path.join(site.root, '.announce', 'outbox');
      const files = await readdir(outbox);
      const eml = files.find((f) => f.startsWith('cancellation.') && f.endsWith('.eml'))!;
      const mail = await simpleParser(await readFile(path.join(outbox, eml)));
      expect(mail.text).toContain('Where: NUS SoC, 13 Computing Drive, Singapore');
      expect(mail.text).toContain('All talks: https://seminars.example.org/event/');
      expect(mail.text).not.toContain('https://seminars.example.org/event/nus-talk/');
      expect(mail.html).toContain('href="https://seminars.example.org/event/"');
      expect(mail.html).not.toContain('/event/nus-talk/');
      const slackFile = files.find((f) => f.startsWith('slack-cancellation') && f.endsWith('.json'))!;
      const slack = await readFile(path.join(outbox, slackFile), 'utf8');
      expect(slack).toContain('"url": "https://seminars.example.org/event/"');
      expect(slack).not.toContain('/event/nus-talk/');
    } finally {
      await site.remove();
    }
  });
});
