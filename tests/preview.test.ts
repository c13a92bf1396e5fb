/**
 * `announce preview` end to end: the CLI as a child process serving a temporary Hugo site on 127.0.0.1,
 * opened in headless Chromium (Debian's /usr/bin/chromium through playwright-core). The index lists the
 * upcoming talks and the planned messages, each email opens and renders, the phone width does not
 * overflow, Slack messages render and link to the Block Kit Builder, a changed page is re-rendered, and
 * the ledger is read but never written. Screenshots go to test-artifacts/preview/.
 * With UPDATE_SCREENSHOTS=1 it also writes the README's docs/screenshots/preview-*.png from the sample site.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts/preview');
const NOW = '2024-11-18T08:30:00Z'; // a Monday, just after the weekly digest is due (08:00 London)

/** No secrets: the preview must work, and plan, exactly as a fresh clone would. */
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), LANG: 'C.UTF-8' };

const page = (front: Record<string, unknown>, body = '') =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n${body}\n`;

const TALKS: Record<string, string> = {
  'event/parsing/index.md': page(
    {
      title: 'Parsing the Unparseable',
      date: '2024-11-20T13:00:00Z',
      date_end: '2024-11-20T14:00:00Z',
      publishDate: '2024-11-01T00:00:00Z',
      location: 'Abacws, Room 2.25',
      summary: 'Talk by [Ada Byron](https://example.org/ada) (University of Cardiff)',
      url_slides: 'https://example.org/slides.pdf',
    },
    'A talk about **parsers** that could not parse, with a very long word: Pneumonoultramicroscopicsilicovolcanoconiosis_and_a_long_identifier_without_breaks.\n\n**Bio:** Ada builds parsers.',
  ),
  'event/retrieval.md': page(
    {
      title: 'Retrieval that Knows When to Stop',
      date: '2024-11-22T16:00:00Z',
      publishDate: '2024-11-02T00:00:00Z',
      location: 'Online (Zoom)',
      speakers: [{ name: 'Priya Raman', affiliation: 'Cardiff University', url: 'https://example.org/priya' }],
    },
    'Retrieval-augmented generation, and when to stop retrieving.',
  ),
  'event/next-month/index.md': page({
    title: 'Next Month: Grounded Dialogue',
    date: '2024-12-04T13:00:00Z',
    publishDate: '2024-11-03T00:00:00Z',
    location: 'Abacws',
    speakers: [{ name: 'Sofia Kowalska', affiliation: 'University of Warsaw' }],
  }),
  'event/draft-talk/index.md': page({
    title: 'A Draft Talk Not Yet Public',
    date: '2024-11-21T13:00:00Z',
    draft: true,
    speakers: [{ name: 'Dan Draft' }],
  }),
  'event/old-talk/index.md': page({ title: 'An Old Talk Long Gone', date: '2024-10-01T13:00:00Z', publishDate: '2024-09-01T00:00:00Z' }),
  'event/_index.md': page({ title: 'Events' }),
};
const UPCOMING = ['Parsing the Unparseable', 'Retrieval that Knows When to Stop', 'A Draft Talk Not Yet Public', 'Next Month: Grounded Dialogue'];

async function makeSite(): Promise<string> {
  const site = await mkdtemp(path.join(os.tmpdir(), 'preview-site-'));
  await writeFile(path.join(site, 'hugo.toml'), 'baseURL = "https://seminars.example.org/"\ntitle = "Preview Test Seminars"\ntimeZone = "Europe/London"\n');
  for (const [rel, text] of Object.entries(TALKS)) {
    const file = path.join(site, 'content', rel);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return site;
}

/** Starts `announce preview --serve` and resolves with the URL it prints. */
function serve(site: string, extra: string[] = []): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [CLI, 'preview', '--serve', '--port', '0', '--site', site, '--now', NOW, ...extra], {
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed within 30 s; stdout: ${out}; stderr: ${err}`)), 30_000);
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /Preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, stderr: () => err });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code} before serving; stderr: ${err}`));
    });
  });
}

async function stop(child: ChildProcess | undefined): Promise<number | null> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

const launch = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/** Widest content of the document against its viewport (a horizontal scrollbar when positive). */
const overflow = (p: Page) =>
  p.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body?.scrollWidth ?? 0) - document.documentElement.clientWidth);

// Chromium is installed by .ci/run: a missing browser fails these tests rather than skipping them.
describe('announce preview --serve in Chromium', () => {
  let site: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let ledgerBefore: string;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    site = await makeSite();
    // A ledger in which this period's digest already went out by email: the preview must plan the
    // Slack digest only, and leave this file exactly as it is.
    await mkdir(path.join(site, '.announce'));
    ledgerBefore = JSON.stringify(
      {
        version: 1,
        deliveries: {
          'digest:2024-11-18:email:outbox': {
            kind: 'digest',
            channel: 'email',
            destination: 'outbox',
            events: ['event/parsing', 'event/retrieval'],
            period: '2024-11-18',
            status: 'sent',
            sentAt: '2024-11-18T08:07:00.000Z',
            at: '2024-11-18T08:00:00.000Z',
            said: {},
            sequence: 0,
            messageId: '<digest.2024-11-18-abc@seminars.example.org>',
            slack: null,
            scheduled: null,
            minutesBefore: null,
            paths: {},
          },
        },
      },
      null,
      2,
    );
    await writeFile(path.join(site, '.announce/state.json'), ledgerBefore);
    [server, browser] = await Promise.all([serve(site), launch()]);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    const code = await stop(server?.child);
    expect(code).toBe(0); // SIGTERM is a normal way to stop it
    if (site) await rm(site, { recursive: true, force: true });
  }, 30_000);

  it('lists the upcoming talks and what the next run would send', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const p = await context.newPage();
      await p.goto(server.url, { waitUntil: 'load', timeout: 15_000 });
      const talks = await p.$$eval('tr.talk', (rows) => rows.map((r) => r.textContent ?? ''));
      expect(talks).toHaveLength(UPCOMING.length);
      for (const title of UPCOMING) expect(talks.some((t) => t.includes(title)), title).toBe(true);
      expect(talks.join('\n')).not.toContain('An Old Talk Long Gone');
      // In start order, with their state.
      expect(talks[0]).toContain('Parsing the Unparseable');
      expect(talks.find((t) => t.includes('Draft'))).toContain('draft');
      expect(talks[0]).toContain('Wed, 20 Nov 2024, 13:00 GMT');

      const planned = await p.$$eval('tr.message', (rows) => rows.map((r) => ({ kind: r.getAttribute('data-kind'), text: r.textContent ?? '' })));
      const digest = planned.filter((m) => m.kind === 'digest');
      expect(digest).toHaveLength(1);
      // Email's digest is in the ledger already: only Slack's is planned.
      expect(digest[0]!.text).toContain('Slack');
      expect(digest[0]!.text).not.toMatch(/\bemail\b/);
      await p.screenshot({ path: path.join(ARTIFACTS, 'index.png'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 60_000);

  it('opens every email, which renders and does not overflow at 375 px', async () => {
    const index = await (await fetch(server.url)).text();
    const slugs = [...new Set([...index.matchAll(/href="([^"/]+)\/email\.html"/g)].map((m) => m[1]!))];
    expect(slugs.length).toBeGreaterThanOrEqual(UPCOMING.length); // one announcement per upcoming talk at least
    for (const slug of slugs) {
      for (const width of [1024, 375]) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        try {
          const p = await context.newPage();
          const errors: string[] = [];
          p.on('pageerror', (e) => errors.push(e.message));
          const res = await p.goto(`${server.url}${slug}/email.html`, { waitUntil: 'load', timeout: 15_000 });
          expect(res?.status()).toBe(200);
          const text = await p.evaluate(() => document.body.innerText);
          expect(text.length, slug).toBeGreaterThan(100);
          expect(UPCOMING.some((t) => text.includes(t)), `${slug} names its talk`).toBe(true);
          expect(await overflow(p), `${slug} at ${width} px`).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
          await p.screenshot({ path: path.join(ARTIFACTS, `${slug}-email-${width}.png`), fullPage: true });
        } finally {
          await context.close();
        }
      }
    }
  }, 120_000);

  it('shows each email in a 375 px phone frame without overflow', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 1400 } });
    try {
      const p = await context.newPage();
      await p.goto(`${server.url}talk-event-parsing/email-mobile.html`, { waitUntil: 'load', timeout: 15_000 });
      const frame = (await (await p.$('iframe#mobile'))!.contentFrame())!;
      await frame.waitForLoadState('load');
      const [scrollWidth, clientWidth] = await frame.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(clientWidth).toBeLessThanOrEqual(375);
      expect(clientWidth).toBeGreaterThan(300);
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      expect(await frame.evaluate(() => document.body.innerText)).toContain('Parsing the Unparseable');
      await p.screenshot({ path: path.join(ARTIFACTS, 'phone-frame.png'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 60_000);

  it('serves the text part and the calendar file of each email', async () => {
    const text = await (await fetch(`${server.url}talk-event-parsing/email.txt`)).text();
    expect(text).toContain('Parsing the Unparseable');
    expect(text).not.toMatch(/<\/?(p|div|a|br|span|table|td|b|strong|em|img)\b[^>]*>/i); // no HTML (a <url> is fine)
    const ics = await fetch(`${server.url}talk-event-parsing/invite.ics`);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await ics.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    expect(body).toContain('DTSTART');
  });

  it('renders each Slack message and links it to the Block Kit Builder', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
    try {
      const p = await context.newPage();
      for (const slug of ['talk-event-parsing', '01-digest-2024-11-18']) {
        await p.goto(`${server.url}${slug}/slack.html`, { waitUntil: 'load', timeout: 15_000 });
        const header = await p.textContent('.slack-header');
        expect(header?.trim().length).toBeGreaterThan(0);
        const link = await p.getAttribute('a[href^="https://app.slack.com/block-kit-builder/#"]', 'href');
        const payload = JSON.parse(await (await fetch(`${server.url}${slug}/slack.json`)).text()) as { blocks: unknown[] };
        expect(JSON.parse(decodeURIComponent(link!.split('#')[1]!))).toEqual({ blocks: payload.blocks });
        // No raw Slack syntax left in what a reader sees.
        const seen = await p.evaluate(() => document.querySelector('.slack-message')!.textContent ?? '');
        expect(seen).not.toMatch(/<!date|<https?:|&lt;|&amp;amp;/);
        await p.screenshot({ path: path.join(ARTIFACTS, `${slug}-slack.png`), fullPage: true });
      }
      // The digest names the talks of the period.
      expect(await p.textContent('.slack-message')).toContain('Parsing the Unparseable');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('re-renders when a page changes, and the open page reloads itself', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const p = await context.newPage();
      await p.goto(server.url, { waitUntil: 'load', timeout: 15_000 });
      const file = path.join(site, 'content/event/retrieval.md');
      await writeFile(file, (await readFile(file, 'utf8')).replace('Retrieval that Knows When to Stop', 'Retrieval, Renamed'));
      await p.waitForFunction(() => document.body.innerText.includes('Retrieval, Renamed'), undefined, { timeout: 15_000 });
      expect(await p.textContent('body')).not.toContain('Retrieval that Knows When to Stop');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('never writes the ledger', async () => {
    expect(await readFile(path.join(site, '.announce/state.json'), 'utf8')).toBe(ledgerBefore);
    expect((await readdir(path.join(site, '.announce'))).sort()).toEqual(['state.json']);
  });

  it('answers only GET and HEAD, and 404 outside the preview', async () => {
    expect((await fetch(`${server.url}nope/email.html`)).status).toBe(404);
    expect((await fetch(`${server.url}../../etc/passwd`)).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
});

describe('announce preview --out', () => {
  const run = promisify(execFile);
  let site: string;
  let out: string;
  beforeAll(async () => {
    site = await makeSite();
    out = await mkdtemp(path.join(os.tmpdir(), 'preview-out-'));
  });
  afterAll(async () => {
    await rm(site, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  });

  it('writes the index and, per message, the email HTML, phone frame, text, calendar and Slack files', async () => {
    const { stdout } = await run(process.execPath, [CLI, 'preview', '--out', out, '--site', site, '--now', NOW], { env: ENV, timeout: 60_000 });
    expect(stdout).toContain(path.join(out, 'index.html'));
    const dirs = (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs).toContain('01-digest-2024-11-18');
    expect(dirs).toEqual(expect.arrayContaining(['talk-event-parsing', 'talk-event-retrieval', 'talk-event-next-month', 'talk-event-draft-talk']));
    // The calendar file is named as the email names it: the digest's talks.ics, a talk's invite.ics.
    for (const d of dirs)
      expect((await readdir(path.join(out, d))).sort(), d).toEqual(
        ['email-mobile.html', 'email.html', 'email.txt', 'index.html', d.includes('-digest-') ? 'talks.ics' : 'invite.ics', 'slack.html', 'slack.json'].sort(),
      );
    const digestIcs = await readFile(path.join(out, '01-digest-2024-11-18', 'talks.ics'), 'utf8');
    expect(digestIcs).toContain('METHOD:PUBLISH');
    expect(await readFile(path.join(out, '01-digest-2024-11-18', 'index.html'), 'utf8')).toContain('/talks.ics"');
    // No ledger, and nothing in the outbox: a preview sends nothing and records nothing.
    expect(existsSync(path.join(site, '.announce'))).toBe(false);
    // Written files carry no live-reload script (they are opened from disk).
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).not.toContain('__preview/version');
  }, 90_000);

  it('with --event previews that talk only', async () => {
    const dir = path.join(out, 'one');
    await run(process.execPath, [CLI, 'preview', '--out', dir, '--event', 'parsing', '--site', site, '--now', NOW], { env: ENV, timeout: 60_000 });
    const dirs = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(dirs.some((d) => d.includes('announcement-event-parsing'))).toBe(true);
    expect(dirs.every((d) => d.includes('parsing'))).toBe(true);
    const index = await readFile(path.join(dir, 'index.html'), 'utf8');
    expect(index).toContain('Parsing the Unparseable');
    expect(index).not.toContain('Retrieval that Knows When to Stop');
  }, 90_000);

  it('asks for --out or --serve, and names an unknown event', async () => {
    const fail = (args: string[]) =>
      run(process.execPath, [CLI, 'preview', '--site', site, '--now', NOW, ...args], { env: ENV, timeout: 30_000 }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    const none = await fail([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--out DIR.*--serve/);
    const unknown = await fail(['--out', path.join(out, 'x'), '--event', 'no-such-talk']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-talk');
  }, 60_000);
});

describe('the approximate Slack rendering', async () => {
  const { mrkdwnToHtml, renderSlackHtml } = await import('../src/preview/slack-html.js');
  const { renderBlockKitBuilderUrl } = await import('../src/render/slack/builder.js');

  it('turns mrkdwn into HTML: styles, links, dates, quotes, code', () => {
    expect(mrkdwnToHtml('*Bold* and _italic_ and ~gone~ and `x_y`')).toBe('<b>Bold</b> and <i>italic</i> and <s>gone</s> and <code>x_y</code>');
    expect(mrkdwnToHtml('<https://example.org/a_b_c|The _page_>')).toBe(
      '<a href="https://example.org/a_b_c" target="_blank" rel="noopener">The _page_</a>',
    );
    expect(mrkdwnToHtml('<!date^1732194000^{date_long}|Thursday 21 November 2024>')).toContain('>Thursday 21 November 2024</time>');
    expect(mrkdwnToHtml('&gt; quoted\nnext')).toBe('<blockquote>quoted</blockquote>next');
    expect(mrkdwnToHtml('```a *b*```')).toBe('<pre>a *b*</pre>');
  });

  it('keeps page text as text: no markup, no script links', () => {
    const html = mrkdwnToHtml('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <javascript:alert(1)|click> "q"');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; click');
    expect(html).not.toMatch(/href="javascript/i);
    const page = renderSlackHtml(
      { text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: '<img src=x onerror=alert(1)>' } }, { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Go' }, url: 'javascript:alert(1)' }] }] },
      'Seminars',
    );
    expect(page).not.toMatch(/<img|href="javascript/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('links to the Block Kit Builder with the blocks in the fragment', () => {
    const payload = { text: 'fallback', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a & b #1?' } }] };
    const url = renderBlockKitBuilderUrl(payload.blocks);
    expect(url.startsWith('https://app.slack.com/block-kit-builder/#')).toBe(true);
    expect(JSON.parse(decodeURIComponent(url.split('#')[1]!))).toEqual({ blocks: payload.blocks });
  });
});
