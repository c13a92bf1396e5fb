/**
 * The emails in a real browser engine (Debian's Chromium through playwright-core) at a desktop mail
 * column (600 px) and a phone (375 px): nothing overflows sideways, the essentials are visible, and
 * nothing in the document could run. Screenshots go to test-artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { sampleInputs, sampleTalks } from '../src/samples.js';
import type { MessageInput } from '../src/render/types.js';
import { aConfig } from './support/builders.js';
import { anAdversarialEvent, anInput, renderEmail } from './email-support.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('test-artifacts');
const WIDTHS = [600, 375] as const;

let browser: Browser;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Case {
  name: string;
  input: MessageInput;
}

const config = aConfig();
const preview = sampleInputs(config);
const digest10 = sampleTalks(10);
const digest60 = sampleTalks(60);
const cases: Case[] = [
  { name: 'announcement', input: preview.announcement },
  { name: 'digest-10', input: { ...preview.digest, events: digest10, sequence: {} } },
  // A long week: compact entries (see templates/digest.mjml).
  { name: 'digest-60', input: { ...preview.digest, events: digest60, sequence: {} } },
  { name: 'adversarial', input: anInput('announcement', [anAdversarialEvent()], {}, config) },
  // German labels are the longest of the shipped languages ("In Google Kalender eintragen").
  { name: 'announcement-de', input: { ...preview.announcement, config: aConfig({ locale: 'de-DE' }) } },
];

// Chromium is installed by .ci/run: a missing browser fails these tests rather than skipping them.
describe('emails in Chromium', () => {
  for (const c of cases) {
    for (const width of WIDTHS) {
      it(`${c.name} at ${width} px: no horizontal overflow, essentials visible, nothing executable`, async () => {
        const { html } = await renderEmail(c.input);
        const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
        try {
          const page = await context.newPage();
          // Loopback only, and an email must not need the network to lay out.
          await context.route('**/*', (route) => route.abort());
          await page.setContent(html, { waitUntil: 'load', timeout: 15_000 });
          const scrollWidth = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
          expect(scrollWidth).toBeLessThanOrEqual(width);

          const first = c.input.events[0]!;
          const speaker = first.speakers[0]!.name.replace(/<[^>]*>/g, '');
          const essentials = c.name === 'adversarial'
            ? ['مرحبا بالعالم', 'Mallory', 'Thursday 21 November 2024, 13:00–14:00 GMT', 'Room <1> & "A"']
            : c.name === 'announcement'
              ? [first.title.slice(0, 40), speaker, 'Thursday 21 November 2024, 13:00–14:00 GMT', first.location!]
              : c.name === 'announcement-de'
                ? [first.title.slice(0, 40), speaker, 'Donnerstag, 21. November 2024, 13:00–14:00', 'In Google Kalender eintragen', 'Zur Person'.toLocaleUpperCase()]
              : c.name === 'digest-60'
                ? digest60.flatMap((t) => [t.title, t.speakers[0]!.name]).concat(['11:00–12:00 GMT', 'Abacws, Room 2.25'])
                : digest10.flatMap((t) => [t.title, t.speakers[0]!.name]).concat(['11:00–12:00 GMT', 'Abacws, Room 2.25']);
          for (const text of essentials) {
            // The first visible occurrence: the inbox preview line (hidden by design) also holds titles.
            const box = await page.evaluate((needle) => {
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!n.textContent?.includes(needle)) continue;
                const el = n.parentElement!;
                if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
                const r = el.getBoundingClientRect();
                if (r.width * r.height === 0) continue;
                return { x: r.left, right: r.right, w: r.width, h: r.height };
              }
              return null;
            }, text);
            expect(box, `"${text}" is visible on the page`).not.toBeNull();
            expect(box!.x, `"${text}" starts inside the viewport`).toBeGreaterThanOrEqual(0);
            expect(box!.right, `"${text}" ends inside the viewport`).toBeLessThanOrEqual(width + 0.5);
          }

          const executable = await page.evaluate(() => {
            const found: string[] = [];
            for (const el of Array.from(document.querySelectorAll('*'))) {
              const tag = el.tagName.toLowerCase();
              if (['script', 'iframe', 'object', 'embed', 'form', 'svg'].includes(tag)) found.push(`<${tag}>`);
              for (const a of Array.from(el.attributes)) {
                if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
                if (/^\s*(javascript|vbscript|data):/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value.slice(0, 30)}]`);
              }
            }
            for (const a of Array.from(document.querySelectorAll('a[href]'))) {
              const href = (a as HTMLAnchorElement).href;
              if (!/^(https?|mailto):/i.test(href)) found.push(`a[href=${href.slice(0, 30)}]`);
            }
            return found;
          });
          expect(executable).toEqual([]);

          await page.screenshot({ path: path.join(ARTIFACTS, `email-${c.name}-${width}.png`), fullPage: true, timeout: 20_000 });
        } finally {
          await context.close();
        }
      }, 60_000);
    }
  }
});
