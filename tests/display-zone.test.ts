/**
 * The zone messages show when neither Hugo nor our config names one: each talk in the offset its page was written
 * with ("15:30 UTC+11"), even when most pages write another offset (a Melbourne series across the end of summer
 * time); a configured zone still wins. Real pages read as a run reads them, rendered by the real renderers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { loadContext } from '../src/context.js';
import { siteInfoOf } from '../src/model.js';
import { announcementInput } from '../src/run/message-input.js';
import { renderEmail } from '../src/render/email/index.js';
import { renderSlack } from '../src/render/slack/index.js';
import { readEmailTemplates } from '../src/run/templates.js';
import type { DigestInput, MessageInput, SlackPayload } from '../src/render/types.js';
import { makeSite } from './support/site.js';

const NO_ZONE = 'baseURL = "https://seminars.example.edu.au/"\ntitle = "Seminar"\n';
const page = (title: string, start: string, end: string) =>
  `---\ntitle: "${title}"\ndate: '${start}'\ndate_end: '${end}'\npublishDate: 2025-01-01T00:00:00Z\nlocation: "B080.09.012"\nsummary: Talk by Ada Lovelace (Engines)\n---\n`;
const NOW = new Date('2025-05-05T00:00:00Z');

const slackText = (p: SlackPayload) => JSON.stringify(p.blocks) + p.text;

async function rendered(dir: string) {
  const loaded = await loadContext({ site: dir });
  const ctx = { ...loaded, siteInfo: siteInfoOf(loaded.site) };
  const input = (id: string): MessageInput => announcementInput(ctx, NOW, ctx.events.find((e) => e.id.includes(id))!, {});
  const digest: DigestInput = {
    ...announcementInput(ctx, NOW, ctx.events[0]!, {}),
    kind: 'digest',
    events: ctx.events,
    period: { from: NOW, to: new Date(NOW.getTime() + 7 * 86_400_000) },
  };
  const templates = readEmailTemplates(null);
  return {
    ctx,
    announcement: await renderEmail(input('summer'), templates),
    digest: await renderEmail(digest, templates),
    slack: renderSlack(input('summer')),
    slackDigest: renderSlack(digest),
  };
}

describe('no zone named: each talk in the offset its page was written with', () => {
  const s = makeSite(
    {
      'content/event/summer/index.md': page('Late summer', '2025-05-09T15:30:00+11:00', '2025-05-09T16:30:00+11:00'),
      'content/event/a/index.md': page('Autumn one', '2025-05-07T15:30:00+10:00', '2025-05-07T16:30:00+10:00'),
      'content/event/b/index.md': page('Autumn two', '2025-05-08T15:30:00+10:00', '2025-05-08T16:30:00+10:00'),
    },
    NO_ZONE,
  );
  afterAll(() => s.cleanup());

  it('email (subject, HTML, text), Slack and the calendar show 15:30 UTC+11 for the page written +11:00', async () => {
    const r = await rendered(s.dir);
    expect(r.ctx.config).toMatchObject({ timezone: 'UTC+10', timezoneFrom: 'pages' });
    expect(r.announcement.subject).toContain('Fri 9 May, 15:30 UTC+11');
    expect(r.announcement.html).toContain('15:30–16:30 UTC+11');
    expect(r.announcement.text).toContain('Friday 9 May 2025, 15:30–16:30 UTC+11');
    for (const m of [r.announcement.html, r.announcement.text, r.digest.html, r.digest.text, slackText(r.slack), slackText(r.slackDigest)]) {
      expect(m).not.toMatch(/14:30|04:30/);
    }
    expect(slackText(r.slack)).toContain('Friday 9 May 2025, 15:30');
    expect(slackText(r.slack)).toContain('16:30 UTC+11');
    expect(slackText(r.slackDigest)).toContain('15:30 UTC+11');
    expect(slackText(r.slackDigest)).toContain('15:30 UTC+10');
    // The digest lists every talk at the time its page says, each with its own offset.
    expect(r.digest.text).toMatch(/15:30–16:30 UTC\+10[\s\S]*15:30–16:30 UTC\+10[\s\S]*15:30–16:30 UTC\+11/);
    // The calendar carries the instant: 15:30 at +11:00 is 04:30Z.
    const vevent = new ICAL.Component(ICAL.parse(r.announcement.calendar!.content)).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('dtstart')!.toString()).toBe('2025-05-09T04:30:00Z');
    const gcal = /https:\/\/calendar\.google\.com\/\S+/.exec(r.announcement.text)![0];
    expect(new URL(gcal).searchParams.get('dates')).toBe('20250509T043000Z/20250509T053000Z');
  });

  it('a configured zone still wins', async () => {
    s.write('announce.config.yaml', 'timezone: Australia/Melbourne\n');
    try {
      const r = await rendered(s.dir);
      // Melbourne's own name for its winter time (English as written in Australia).
      expect(r.announcement.subject).toContain('Fri 9 May, 14:30 AEST');
      expect(r.announcement.text).toContain('14:30–15:30 AEST');
      expect(slackText(r.slack)).toContain('14:30 AEST');
    } finally {
      s.remove('announce.config.yaml');
    }
  });
});
