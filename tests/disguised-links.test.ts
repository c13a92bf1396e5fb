/**
 * A link whose label reads as another host's address shows its target instead, in Slack and in email, whatever
 * disguise the label wears: punctuation around it, markup, a zero-width space, a Cyrillic letter, an ideographic
 * full stop. A label that names the target's own host stays.
 */
import { describe, expect, it } from 'vitest';
import { renderSlack } from '../src/render/slack/index.js';
import type { MessageInput, SlackPayload } from '../src/render/types.js';
import { aConfig, anEvent } from './support/builders.js';
import { anInput, renderEmail } from './email-support.js';

const EVIL = 'https://evil.example/x';
const DISGUISES = [
  'https://good.example,',
  'good.example.',
  '(good.example)',
  'good.example_',
  '<b>good.example</b>',
  'https://good.example|x',
  'good\u200B.example',
  'go\u200Bod.example',
  'g\u043Eod.example', // Cyrillic о
  'g\u03BFod.example', // Greek ο
  'good\u3002example', // ideographic full stop
  'ｇｏｏｄ.example', // full-width letters (NFKC)
];

const site = { title: 'NLP Seminar', baseURL: 'https://seminars.example.org/', host: 'seminars.example.org' };
function slack(abstract: string): SlackPayload {
  const input: MessageInput = {
    kind: 'announcement',
    events: [anEvent({ abstract })],
    config: aConfig(),
    site,
    now: new Date('2024-11-18T09:00:00Z'),
    period: null,
    changes: [],
    minutesBefore: null,
    sequence: {},
  } as unknown as MessageInput;
  return renderSlack(input);
}
const mrkdwn = (p: SlackPayload) => JSON.stringify(p.blocks);

/** The labels of the email's links to `href`. */
function emailLabels(html: string, href: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].filter((m) => m[1] === href).map((m) => m[2]!.replace(/<[^>]*>/g, '').trim());
}

describe('a label disguised as another host shows the target', () => {
  it.each(DISGUISES)('Slack: %j', (label) => {
    const blocks = mrkdwn(slack(`Read [${label}](${EVIL}) first.`));
    expect(blocks).toContain(`<${EVIL}>`);
    expect(blocks).not.toMatch(/<https:\/\/evil\.example\/x\|/);
  });

  it.each(DISGUISES)('email: %j', async (label) => {
    const r = await renderEmail(anInput('announcement', [anEvent({ abstract: `Read [${label}](${EVIL}) first.` })]));
    expect(emailLabels(r.html, EVIL)).toEqual([EVIL]);
    expect(r.text).not.toMatch(/good/i);
  });
});

describe('labels that do not disguise anything stay', () => {
  for (const [label, href] of [
    ['good.example', 'https://good.example/talk'],
    ['www.good.example', 'https://good.example/'],
    ['Slides', EVIL],
    ['the paper (PDF)', EVIL],
  ] as const) {
    it(`${label} → ${href}`, async () => {
      expect(mrkdwn(slack(`Read [${label}](${href}) first.`))).toContain(`<${href}|${label}>`);
      const r = await renderEmail(anInput('announcement', [anEvent({ abstract: `Read [${label}](${href}) first.` })]));
      expect(emailLabels(r.html, href)).toEqual([label]);
    });
  }
});

describe('links the messages make themselves', () => {
  it('a speaker "named" like another host, linked elsewhere, shows the link target (Slack and email)', async () => {
    const event = anEvent({ speakers: [{ name: 'good.example', affiliation: null, url: EVIL }] });
    const blocks = JSON.stringify(renderSlack({ ...anInput('announcement', [event]), minutesBefore: null } as MessageInput).blocks);
    expect(blocks).toContain(`<${EVIL}>`);
    expect(blocks).not.toContain(`<${EVIL}|good.example>`);
    const r = await renderEmail(anInput('announcement', [event]));
    expect(emailLabels(r.html, EVIL)).toEqual([EVIL]);
  });
});
